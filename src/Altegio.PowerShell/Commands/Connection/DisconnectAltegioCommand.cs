using System.Management.Automation;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Forgets the current Altegio session of this runspace.</para>
    /// <para type="description">Removes $AltegioSession. Sessions held in variables (from -PassThru) keep working; the shared connection pool is left alone.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Altegio")]
    [OutputType(typeof(void))]
    public sealed class DisconnectAltegioCommand : AltegioCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var session = SessionStore.Get(this);
            SessionStore.Clear(this);
            if (session != null)
            {
                WriteVerbose("Disconnected: " + session);
            }
        }
    }
}

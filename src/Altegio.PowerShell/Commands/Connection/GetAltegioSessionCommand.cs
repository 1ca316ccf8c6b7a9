using System.Management.Automation;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the current Altegio session of this runspace.</para>
    /// <para type="description">Writes the session Connect-Altegio stored, or nothing when not connected. The session shows the base URI, the company, the user and when it connected; it never shows a token.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AltegioSession")]
    [OutputType(typeof(AltegioSession))]
    public sealed class GetAltegioSessionCommand : AltegioCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var session = SessionStore.Get(this);
            if (session != null)
            {
                WriteObject(session);
            }
        }
    }
}

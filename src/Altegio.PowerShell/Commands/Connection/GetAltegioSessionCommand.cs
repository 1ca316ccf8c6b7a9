namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioSession cmdlet; its help for users is src/help/en-US/Get-AltegioSession.md.</summary>
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

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Disconnect-Altegio cmdlet; its help for users is src/help/en-US/Disconnect-Altegio.md.</summary>
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

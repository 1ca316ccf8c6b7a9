namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEvent cmdlet; its help for users is src/help/en-US/Remove-AltegioEvent.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ChangeEach(Id, id => string.Format(CultureInfo.InvariantCulture, "event {0} in location {1}", id, companyId), "Remove", null,
                id => Nothing(Client.Events.DeleteAsync(companyId, id, Cancellation)));
        }

        /// <summary>Says that removing an event cancels every booking in it.</summary>
        protected override bool ShouldChange(long id, string target, string action) =>
            ShouldProcess("Removing " + target + "; every booking in it is cancelled.", "Remove " + target + "? Every booking in it will be cancelled.",
                "Remove-AltegioEvent");
    }
}

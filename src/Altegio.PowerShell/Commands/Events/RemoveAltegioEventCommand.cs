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
        protected override void ProcessRecordCore() => RemoveEach(Id, "event", Client.Events.DeleteAsync);

        /// <summary>Says that removing an event cancels every booking in it.</summary>
        protected override bool ShouldChange(string target, string action) =>
            ShouldProcess("Removing " + target + "; every booking in it is cancelled.", "Remove " + target + "? Every booking in it will be cancelled.",
                "Remove-AltegioEvent");
    }
}

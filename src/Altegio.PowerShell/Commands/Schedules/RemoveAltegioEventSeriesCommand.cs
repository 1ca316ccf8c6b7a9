namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEventSeries cmdlet; its help for users is src/help/en-US/Remove-AltegioEventSeries.md.</summary>
    /// <remarks>
    /// The series id is named SeriesId (alias Id) so that a piped event binds its own SeriesId, not its Id: the
    /// binder tries a parameter's name before its aliases, and an event's Id is no series id.
    /// </remarks>
    [Cmdlet(VerbsCommon.Remove, "AltegioEventSeries", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventSeriesCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1, long.MaxValue)]
        public long[] SeriesId { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore() => RemoveEach(SeriesId, "event series", Client.EventSeries.DeleteAsync);

        /// <summary>Says that deleting a series deletes its events and cancels their bookings.</summary>
        protected override bool ShouldChange(string target, string action) =>
            ShouldProcess("Deleting " + target + ": every event of the series is deleted and every booking in them cancelled.",
                "Delete " + target + "? Every event of the series will be deleted and every booking in them cancelled.", "Remove-AltegioEventSeries");
    }
}

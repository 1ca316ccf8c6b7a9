namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioEventSeries cmdlet; its help for users is src/help/en-US/Set-AltegioEventSeries.md.</summary>
    /// <remarks>
    /// The series id is named SeriesId (alias Id) so that a piped event binds its own SeriesId, not its Id: the
    /// binder tries a parameter's name before its aliases, and an event's Id is no series id.
    /// </remarks>
    [Cmdlet(VerbsCommon.Set, "AltegioEventSeries", SupportsShouldProcess = true)]
    [OutputType(typeof(EventSeries))]
    public sealed class SetAltegioEventSeriesCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1, long.MaxValue)]
        public long[] SeriesId { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, Position = 1)]
        public DateTime Until { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var action = string.Format(CultureInfo.InvariantCulture,
                "Set the last day to {0:yyyy-MM-dd} (later dates lose their events and bookings; new dates get events)", Until);
            ChangeEach(SeriesId, id => Target("Event series", id, companyId), action, null,
                id => Client.EventSeries.UpdateAsync(companyId, id, Until, Cancellation), PassThru);
        }
    }
}

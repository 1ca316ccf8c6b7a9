namespace Altegio.PowerShell.Commands
{
    /// <summary>The Copy-AltegioEvent cmdlet; its help for users is src/help/en-US/Copy-AltegioEvent.md.</summary>
    [Cmdlet(VerbsCommon.Copy, "AltegioEvent", SupportsShouldProcess = true, DefaultParameterSetName = ByStartSet)]
    [OutputType(typeof(Event))]
    public sealed class CopyAltegioEventCommand : AltegioLocationCmdlet
    {
        private const string ByStartSet = "ByStart";
        private const string UntilSet = "Until";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long Id { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByStartSet)]
        [LocationTime]
        public DateTime[] Start { get; set; } = Array.Empty<DateTime>();

        [Parameter(Mandatory = true, ParameterSetName = UntilSet)]
        [LocationTime]
        public DateTime Until { get; set; }

        [Parameter(ParameterSetName = UntilSet)]
        public DayOfWeek[]? DayOfWeek { get; set; }

        [Parameter]
        public SwitchParameter WithBookings { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var id = Id;
            ForItem(id, () =>
            {
                var source = Await(Client.Events.GetAsync(companyId, id, EventInclude.Staff | EventInclude.Service, Cancellation));
                var now = Await(Client.Events.LocationNowAsync(companyId, Cancellation)).Now;
                IReadOnlyList<DateTime> starts = ParameterSetName == UntilSet
                    ? EventsApi.RepeatDates(source, Until, DayOfWeek, now)
                    : Start;
                EventsApi.ValidateCopyDates(source, starts, now);
                foreach (var batch in EventsApi.CopyBatches(starts))
                {
                    var target = string.Format(CultureInfo.InvariantCulture, "Event {0} ({1}) in location {2} to {3} start time(s): {4}{5}",
                        id, source, companyId, batch.Count, string.Join(", ", batch.Select(s => s.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))),
                        WithBookings ? ", with its bookings" : string.Empty);
                    if (!ShouldProcess(target, "Copy"))
                    {
                        continue;
                    }

                    foreach (var copy in Await(Client.Events.CopyAsync(companyId, source, batch, WithBookings, Force, Cancellation)))
                    {
                        WriteObject(copy);
                    }
                }
            });
        }
    }
}

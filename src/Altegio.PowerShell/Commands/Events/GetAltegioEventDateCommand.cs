namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioEventDate cmdlet; its help for users is src/help/en-US/Get-AltegioEventDate.md.</summary>
    [Cmdlet(VerbsCommon.Get, "AltegioEventDate")]
    [OutputType(typeof(EventDay), typeof(EventDateRange))]
    public sealed class GetAltegioEventDateCommand : AltegioLocationCmdlet
    {
        /// <summary>How far the default period reaches.</summary>
        public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(31);

        [Parameter]
        [LocationTime]
        public DateTime? From { get; set; }

        [Parameter]
        [LocationTime]
        public DateTime? To { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.EventTeamMemberIdCompleter))]
        public long[]? TeamMemberId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.EventServiceIdCompleter))]
        public long[]? ServiceId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.EventResourceIdCompleter))]
        public long[]? ResourceId { get; set; }

        [Parameter]
        [ValidateRange(0, int.MaxValue)]
        public int? MinFreeSeats { get; set; }

        [Parameter]
        public DayOfWeek[]? DayOfWeek { get; set; }

        [Parameter]
        public SwitchParameter IncludeDeleted { get; set; }

        [Parameter]
        public SwitchParameter Range { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ForItem(companyId, () =>
            {
                var now = From is null ? Await(Client.Events.LocationNowAsync(companyId, Cancellation)).Now : default;
                var (start, _) = EventsApi.ResolveWindow(From, null, now);
                var (from, to) = EventsApi.ResolveWindow(start, To ?? start + DefaultWindow, now);

                WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                    "Days with events in location {0} from {1} to {2} (location time).", companyId, EventTime.Format(from), EventTime.Format(to)));
                var query = new EventListQuery
                {
                    From = from,
                    To = to,
                    TeamMemberIds = TeamMemberId,
                    ServiceIds = ServiceId,
                    ResourceIds = ResourceId,
                    MinFreeSeats = MinFreeSeats,
                    DaysOfWeek = DayOfWeek,
                    IncludeDeleted = IncludeDeleted,
                };
                if (Range)
                {
                    WriteObject(Await(Client.Events.DateRangeAsync(companyId, query, Cancellation)));
                    return;
                }

                foreach (var day in Await(Client.Events.DatesAsync(companyId, query, Cancellation)))
                {
                    WriteObject(day);
                }
            });
        }
    }
}

namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioEventSeries cmdlet; its help for users is src/help/en-US/New-AltegioEventSeries.md.</summary>
    [Cmdlet(VerbsCommon.New, "AltegioEventSeries", SupportsShouldProcess = true)]
    [OutputType(typeof(EventSeries))]
    public sealed class NewAltegioEventSeriesCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1, long.MaxValue)]
        public long EventId { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        public DateTime Until { get; set; }

        [Parameter]
        public DayOfWeek[]? DayOfWeek { get; set; }

        [Parameter]
        public TimeSpan[]? Time { get; set; }

        [Parameter]
        [Duration]
        public TimeSpan[]? Duration { get; set; }

        [Parameter]
        public int[]? Capacity { get; set; }

        // Bound by property name like every id; a piped template binds its own team member, the default anyway.
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StaffId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[]? TeamMemberId { get; set; }

        [Parameter]
        public SwitchParameter WithBookings { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var draft = new EventSeriesDraft
            {
                TemplateEventId = EventId,
                Until = Until,
                DaysOfWeek = DayOfWeek ?? Array.Empty<DayOfWeek>(),
                Times = Time ?? Array.Empty<TimeSpan>(),
                Durations = Duration ?? Array.Empty<TimeSpan>(),
                Capacities = Capacity ?? Array.Empty<int>(),
                TeamMemberIds = TeamMemberId ?? Array.Empty<long>(),
                WithBookings = WithBookings,
            };
            var target = string.Format(CultureInfo.InvariantCulture, "Event {0} in location {1}", EventId, companyId);
            var days = DayOfWeek is { Length: > 0 } given ? string.Join(", ", given) : "its own weekday";
            var action = string.Format(CultureInfo.InvariantCulture, "Repeat as a series on {0} until {1:yyyy-MM-dd}{2}",
                days, Until, WithBookings ? ", with its bookings" : string.Empty);
            Change(EventId, target, action, () => EventSeriesApi.ValidateDraft(draft), () => Client.EventSeries.CreateAsync(companyId, draft, Cancellation), WriteSeries);
        }

        /// <summary>Writes the new series, after a warning for events Altegio has still to make or could not make.</summary>
        private void WriteSeries(EventSeries series)
        {
            if (series.PendingCount is > 0 and var pending)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture,
                    "Altegio is still making {0} of the {1} events of series {2}; Get-AltegioEvent may not list them yet. Check later with: Get-AltegioEventSeries -Id {2} -IncludeEvents",
                    pending, series.Occurrences!.Length, series.Id));
            }

            var failed = series.Occurrences?.Count(o => o.Status == EventSeriesOccurrenceStatus.EntityFailed) ?? 0;
            if (failed > 0)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture,
                    "{0} events of series {1} could not be made (Status EntityFailed), for example because the team member or a hall was busy.", failed, series.Id));
            }

            WriteObject(series);
        }
    }
}

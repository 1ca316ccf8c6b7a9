namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// What Set- and Clear-AltegioSchedule share: the member and date parameters, -PassThru, and the days gathered
    /// across pipeline records by location, so that a whole rota goes out in one request per location at the end.
    /// </summary>
    public abstract class ScheduleChangeCmdlet : AltegioLocationCmdlet
    {
        private readonly Dictionary<long, List<WorkDayChange>> _byCompany = new Dictionary<long, List<WorkDayChange>>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("StaffId")]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[] TeamMemberId { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Dates")]
        public DateTime[] Date { get; set; } = Array.Empty<DateTime>();

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Asks ShouldProcess for every member and date of this record, and keeps those agreed to.</summary>
        protected void Queue(long companyId, IReadOnlyList<TimeSlot>? slots, string action)
        {
            foreach (var member in TeamMemberId)
            {
                foreach (var date in Date)
                {
                    var target = string.Format(CultureInfo.InvariantCulture, "Team member {0} on {1:ddd yyyy-MM-dd} in location {2}", member, date, companyId);
                    if (ShouldProcess(target, action))
                    {
                        if (!_byCompany.TryGetValue(companyId, out var list))
                        {
                            _byCompany[companyId] = list = new List<WorkDayChange>();
                        }

                        list.Add(new WorkDayChange(member, date, slots));
                    }
                }
            }
        }

        /// <inheritdoc />
        protected override void EndProcessingCore()
        {
            foreach (var pair in _byCompany)
            {
                ForItem(pair.Value, () =>
                {
                    var days = Await(Client.Schedules.ApplyAsync(pair.Key, pair.Value, Cancellation));
                    if (PassThru)
                    {
                        WriteObject(days, enumerateCollection: true);
                    }
                });
            }
        }
    }
}

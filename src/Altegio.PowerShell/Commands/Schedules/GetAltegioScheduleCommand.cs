namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioSchedule cmdlet; its help for users is src/help/en-US/Get-AltegioSchedule.md.</summary>
    /// <remarks>Members piped in are collected and read at the end, so several members cost one request per location.</remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioSchedule")]
    [OutputType(typeof(WorkDay))]
    public sealed class GetAltegioScheduleCommand : AltegioLocationCmdlet
    {
        private readonly Dictionary<long, List<long>> _members = new Dictionary<long, List<long>>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id", "StaffId")]
        [IdList]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[] TeamMemberId { get; set; } = Array.Empty<long>();

        [Parameter]
        public DateTime? From { get; set; }

        [Parameter]
        public DateTime? To { get; set; }

        [Parameter]
        public SwitchParameter IncludeBusy { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            if (!_members.TryGetValue(companyId, out var list))
            {
                _members[companyId] = list = new List<long>();
            }

            list.AddRange(TeamMemberId.Where(id => !list.Contains(id)));
        }

        /// <inheritdoc />
        protected override void EndProcessingCore()
        {
            foreach (var pair in _members)
            {
                var companyId = pair.Key;
                ForItem(pair.Value.ToArray(), () =>
                {
                    var today = From is null ? Await(Client.Schedules.LocationTodayAsync(companyId, Cancellation)) : From.Value.Date;
                    var (from, to) = SchedulesApi.ResolvePeriod(From, To, today);
                    WriteObject(Await(Client.Schedules.ListAsync(companyId, pair.Value, from, to, IncludeBusy, Cancellation)), enumerateCollection: true);
                });
            }
        }
    }
}

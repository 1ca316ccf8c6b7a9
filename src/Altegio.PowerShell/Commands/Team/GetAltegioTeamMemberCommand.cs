namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioTeamMember cmdlet; its help for users is src/help/en-US/Get-AltegioTeamMember.md.</summary>
    /// <remarks>
    /// The default set takes an optional -Id, so piped members, numbers and CSV rows with Id and CompanyId
    /// columns all get by id: PowerShell binds piped objects to the default set first, and a list set that
    /// accepted -CompanyId by property name would swallow them.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioTeamMember", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(TeamMember))]
    public sealed class GetAltegioTeamMemberCommand : AltegioLocationCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ListSet = "List";

        [Parameter(Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamMemberId", "StaffId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [BlankAsNullTransformation]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long? PositionId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? PositionTitle { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public TeamMemberStatus Status { get; set; } = TeamMemberStatus.Active;

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeDeleted { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter UserLinked { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Paid { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter HasSchedule { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter AvailableAsAssistant { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludePosition { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore() =>
            GetEachOrList(Id, Client.TeamMembers.GetAsync, (companyId, cancel) => Client.TeamMembers.ListAsync(companyId, ListQuery(), cancel));

        private TeamMemberListQuery ListQuery() =>
            new TeamMemberListQuery
            {
                Name = Name,
                PositionId = PositionId,
                PositionTitle = PositionTitle,
                Status = Status,
                IncludeDeleted = IncludeDeleted,

                // A switch is a three-way filter: absent = either, -X = only those, -X:$false = only the others.
                UserLinked = Given(nameof(UserLinked), UserLinked),
                IsPaid = Given(nameof(Paid), Paid),
                HasSchedule = Given(nameof(HasSchedule), HasSchedule),
                IsAssistant = Given(nameof(AvailableAsAssistant), AvailableAsAssistant),
                IncludePosition = IncludePosition,
            };
    }
}

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioEvent cmdlet; its help for users is src/help/en-US/Get-AltegioEvent.md.</summary>
    /// <remarks>
    /// One parameter set on purpose: the list filters end in "Id" and bind by property name, so with a
    /// separate ById set a piped event (Id, TeamMemberId, ServiceId) would bind to the list set and list its
    /// team member's events. With -Id optional in the same set, a piped event or number gets that event.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioEvent", SupportsPaging = true)]
    [OutputType(typeof(Event))]
    public sealed class GetAltegioEventCommand : AltegioPagedCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long[]? Id { get; set; }

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
        public EventInclude[]? Include { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var include = (Include ?? Array.Empty<EventInclude>()).Aggregate(EventInclude.None, (all, one) => all | one);
            if (Id is { Length: > 0 })
            {
                ForEachItem(Id, id => WriteObject(Await(Client.Events.GetAsync(companyId, id, include, Cancellation))));
                return;
            }

            var query = new EventListQuery
            {
                From = From,
                To = To,
                TeamMemberIds = TeamMemberId,
                ServiceIds = ServiceId,
                ResourceIds = ResourceId,
                MinFreeSeats = MinFreeSeats,
                DaysOfWeek = DayOfWeek,
                IncludeDeleted = IncludeDeleted,
                Include = include,
            };
            WritePaged(Await(Client.Events.ListAsync(companyId, query, CreatePagePlan(), Cancellation)), "events");
        }
    }
}

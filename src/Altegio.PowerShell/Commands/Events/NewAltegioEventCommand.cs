namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioEvent cmdlet; its help for users is src/help/en-US/New-AltegioEvent.md.</summary>
    [Cmdlet(VerbsCommon.New, "AltegioEvent", SupportsShouldProcess = true)]
    [OutputType(typeof(Event))]
    public sealed class NewAltegioEventCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("StaffId")]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long TeamMemberId { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(Completers.GroupServiceIdCompleter))]
        public long ServiceId { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [LocationTime]
        public DateTime Start { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Duration]
        public TimeSpan Duration { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public int Capacity { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("TagIds")]
        [IdList]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[]? TagId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ResourceInstanceIds")]
        [IdList]
        [AllowEmptyCollection]
        public long[]? ResourceInstanceId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Comment { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Color { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Instructions { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? StreamLink { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Duration]
        public TimeSpan? TechnicalBreak { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var draft = new EventDraft
            {
                TeamMemberId = TeamMemberId,
                ServiceId = ServiceId,
                Start = Start,
                Duration = Duration,
                Capacity = Capacity,
                TagIds = TagId,
                ResourceInstanceIds = ResourceInstanceId,
                Comment = Text.NullIfEmpty(Comment),
                Color = Text.NullIfEmpty(Color),
                Instructions = Text.NullIfEmpty(Instructions),
                StreamLink = Text.NullIfEmpty(StreamLink),
                TechnicalBreak = TechnicalBreak,
            };
            var target = string.Format(CultureInfo.InvariantCulture, "Event of service {0} with team member {1} at {2} in location {3}",
                ServiceId, TeamMemberId, EventTime.Format(Start), companyId);
            Change(target, target, "Create", () => EventsApi.Validate(draft), () => Client.Events.CreateAsync(companyId, draft, Force, Cancellation));
        }
    }
}

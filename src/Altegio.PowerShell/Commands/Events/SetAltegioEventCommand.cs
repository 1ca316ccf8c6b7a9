namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioEvent cmdlet; its help for users is src/help/en-US/Set-AltegioEvent.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioEvent", SupportsShouldProcess = true)]
    [OutputType(typeof(Event))]
    public sealed class SetAltegioEventCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        [Parameter]
        [LocationTime]
        public DateTime? Start { get; set; }

        [Parameter]
        [Duration]
        public TimeSpan? Duration { get; set; }

        [Parameter]
        public int? Capacity { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StaffId")]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long? TeamMemberId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? ServiceId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[]? TagId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [AllowEmptyCollection]
        public long[]? ResourceInstanceId { get; set; }

        [Parameter]
        [AllowEmptyString]
        public string? Comment { get; set; }

        [Parameter]
        [AllowEmptyString]
        [AllowNull]
        public string? Color { get; set; }

        [Parameter]
        [AllowEmptyString]
        public string? Instructions { get; set; }

        [Parameter]
        [AllowEmptyString]
        public string? StreamLink { get; set; }

        [Parameter]
        [Duration]
        public TimeSpan? TechnicalBreak { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private System.Collections.Generic.HashSet<string> _commandLine = new System.Collections.Generic.HashSet<string>();

        /// <inheritdoc />
        protected override void BeginProcessingCore()
        {
            // Only command-line parameters are bound at this point; piped values bind per record later.
            _commandLine = new System.Collections.Generic.HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var changes = new EventChanges
            {
                TeamMemberId = TeamMemberId is > 0 ? TeamMemberId : null,
                ServiceId = ServiceId is > 0 ? ServiceId : null,
                Start = Start,
                Duration = Duration,
                Capacity = Capacity,
                TagIds = IdsGiven(TagId, nameof(TagId)),
                ResourceInstanceIds = IdsGiven(ResourceInstanceId, nameof(ResourceInstanceId)),
                Comment = Comment,
                Color = string.IsNullOrEmpty(Color) ? null : Color,
                Instructions = Instructions,
                StreamLink = StreamLink,
                TechnicalBreak = TechnicalBreak,
            };
            ChangeEach(Id, id => Target("Event", id, companyId), "Update", () => EventsApi.Validate(changes),
                id => Client.Events.UpdateAsync(companyId, id, changes, Force, Cancellation), PassThru);
        }

        // An empty list clears only when typed on the command line (-TagId @()); an empty CSV cell means "not given".
        private long[]? IdsGiven(long[]? ids, string parameter)
        {
            if (ids is { Length: > 0 })
            {
                return ids;
            }

            return _commandLine.Contains(parameter) ? Array.Empty<long>() : null;
        }
    }
}

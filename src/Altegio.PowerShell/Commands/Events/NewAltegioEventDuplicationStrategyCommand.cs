namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioEventDuplicationStrategy cmdlet; its help for users is src/help/en-US/New-AltegioEventDuplicationStrategy.md.</summary>
    [Cmdlet(VerbsCommon.New, "AltegioEventDuplicationStrategy", SupportsShouldProcess = true)]
    [OutputType(typeof(EventDuplicationStrategy))]
    public sealed class NewAltegioEventDuplicationStrategyCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public string Title { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public EventRepeatMode RepeatMode { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DaysOfWeek")]
        public DayOfWeek[]? DayOfWeek { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, 1000)]
        public int Interval { get; set; } = 1;

        [Parameter]
        public SwitchParameter WithBookings { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var draft = new EventDuplicationStrategyDraft
            {
                Title = Title,
                RepeatMode = RepeatMode,
                DaysOfWeek = DayOfWeek,
                Interval = Interval,
                WithBookings = WithBookings.IsPresent,
            };
            Change(Title, string.Format(CultureInfo.InvariantCulture, "Duplication strategy '{0}' ({1}) in location {2}", Title, RepeatMode, companyId), "Create",
                () => EventDuplicationStrategiesApi.Merge(new EventDuplicationStrategy { CompanyId = companyId }, draft, create: true),
                () => Client.EventDuplicationStrategies.CreateAsync(companyId, draft, Cancellation));
        }
    }
}

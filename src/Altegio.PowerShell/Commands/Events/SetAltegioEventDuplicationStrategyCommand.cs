namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioEventDuplicationStrategy cmdlet; its help for users is src/help/en-US/Set-AltegioEventDuplicationStrategy.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioEventDuplicationStrategy", SupportsShouldProcess = true)]
    [OutputType(typeof(EventDuplicationStrategy))]
    public sealed class SetAltegioEventDuplicationStrategyCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long Id { get; set; }

        [Parameter]
        public string? Title { get; set; }

        [Parameter]
        public EventRepeatMode? RepeatMode { get; set; }

        [Parameter]
        [AllowEmptyCollection]
        public DayOfWeek[]? DayOfWeek { get; set; }

        [Parameter]
        [ValidateRange(0, 1000)]
        public int? Interval { get; set; }

        [Parameter]
        public SwitchParameter WithBookings { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var changes = new EventDuplicationStrategyDraft
            {
                Title = Title,
                RepeatMode = RepeatMode,
                DaysOfWeek = DayOfWeek,
                Interval = Interval,
                WithBookings = Given(nameof(WithBookings), WithBookings),
            };
            Change(Id, Target("Duplication strategy", Id, companyId), "Change", null,
                () => Client.EventDuplicationStrategies.UpdateAsync(companyId, Id, changes, Cancellation), PassThru);
        }
    }
}

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioSchedule cmdlet; its help for users is src/help/en-US/Set-AltegioSchedule.md.</summary>
    /// <remarks>Rows piped in are checked one by one and sent together at the end: one request per location.</remarks>
    [Cmdlet(VerbsCommon.Set, "AltegioSchedule", SupportsShouldProcess = true)]
    [OutputType(typeof(WorkDay))]
    public sealed class SetAltegioScheduleCommand : ScheduleChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [Alias("Slots")]
        [AllowEmptyString]
        public string[] Slot { get; set; } = Array.Empty<string>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ForItem(string.Join(", ", Slot), () =>
            {
                var slots = TimeSlot.ParseDay(Slot);
                Queue(companyId, slots, "Set working hours to " + string.Join(", ", slots.Select(s => s.ToString())));
            });
        }
    }
}

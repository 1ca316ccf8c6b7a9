namespace Altegio.PowerShell.Commands
{
    /// <summary>The Clear-AltegioSchedule cmdlet; its help for users is src/help/en-US/Clear-AltegioSchedule.md.</summary>
    /// <remarks>Days piped in are sent together at the end: one request per location.</remarks>
    [Cmdlet(VerbsCommon.Clear, "AltegioSchedule", SupportsShouldProcess = true)]
    [OutputType(typeof(WorkDay))]
    public sealed class ClearAltegioScheduleCommand : ScheduleChangeCmdlet
    {
        /// <inheritdoc />
        protected override void ProcessRecordCore() =>
            Queue(ResolveCompanyId(), null, "Make it a day off (appointments already booked that day stay)");
    }
}

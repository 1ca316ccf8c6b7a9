namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEventSeries cmdlet; its help for users is src/help/en-US/Remove-AltegioEventSeries.md.</summary>
    /// <remarks>
    /// The series id is named SeriesId (alias Id) so that a piped event binds its own SeriesId, not its Id: the
    /// binder tries a parameter's name before its aliases, and an event's Id is no series id.
    /// </remarks>
    [Cmdlet(VerbsCommon.Remove, "AltegioEventSeries", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventSeriesCommand : AltegioLocationCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1, long.MaxValue)]
        public long[] SeriesId { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ForEachItem(SeriesId, id =>
            {
                var description = string.Format(CultureInfo.InvariantCulture,
                    "Deleting event series {0} in location {1}: every event of the series is deleted and every booking in them cancelled.", id, companyId);
                var question = string.Format(CultureInfo.InvariantCulture,
                    "Delete event series {0} in location {1}? Every event of the series will be deleted and every booking in them cancelled.", id, companyId);
                if (ShouldProcess(description, question, "Remove-AltegioEventSeries"))
                {
                    Await(Client.EventSeries.DeleteAsync(companyId, id, Cancellation));
                }
            });
        }
    }
}

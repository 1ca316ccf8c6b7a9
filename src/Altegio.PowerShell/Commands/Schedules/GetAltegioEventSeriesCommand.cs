namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioEventSeries cmdlet; its help for users is src/help/en-US/Get-AltegioEventSeries.md.</summary>
    /// <remarks>
    /// The series id is named SeriesId (alias Id) so that a piped event binds its own SeriesId, not its Id: the
    /// binder tries a parameter's name before its aliases, and an event's Id is no series id.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioEventSeries", DefaultParameterSetName = ByEventSet)]
    [OutputType(typeof(EventSeries))]
    public sealed class GetAltegioEventSeriesCommand : AltegioLocationCmdlet
    {
        private const string ByEventSet = "ByEvent";
        private const string ByIdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByEventSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[] EventId { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, ParameterSetName = ByIdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1, long.MaxValue)]
        public long[] SeriesId { get; set; } = Array.Empty<long>();

        [Parameter]
        public SwitchParameter IncludeEvents { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            if (ParameterSetName == ByIdSet)
            {
                ForEachItem(SeriesId, id => WriteObject(Await(Client.EventSeries.GetAsync(companyId, id, IncludeEvents, Cancellation))));
                return;
            }

            ForEachItem(EventId, id => WriteObject(Await(Client.EventSeries.FindByEventAsync(companyId, id, IncludeEvents, Cancellation))));
        }
    }
}

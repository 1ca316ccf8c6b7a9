using Altegio.Paging;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioEventBooking cmdlet; its help for users is src/help/en-US/Get-AltegioEventBooking.md.</summary>
    [Cmdlet(VerbsCommon.Get, "AltegioEventBooking")]
    [OutputType(typeof(EventBooking))]
    public sealed class GetAltegioEventBookingCommand : AltegioPagedCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1, long.MaxValue)]
        public long[] EventId { get; set; } = Array.Empty<long>();

        [Parameter]
        public SwitchParameter IncludeClient { get; set; }

        [Parameter]
        [Alias("IncludeDeleted")]
        public SwitchParameter IncludeCancelled { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ForEachItem(EventId, id => WritePaged(Client.EventBookings.List(companyId, id, IncludeClient, PagePlan.All(PageSize), IncludeCancelled), "bookings"));
        }
    }
}

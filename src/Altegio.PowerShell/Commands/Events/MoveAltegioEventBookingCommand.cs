namespace Altegio.PowerShell.Commands
{
    /// <summary>The Move-AltegioEventBooking cmdlet; its help for users is src/help/en-US/Move-AltegioEventBooking.md.</summary>
    [Cmdlet(VerbsCommon.Move, "AltegioEventBooking", SupportsShouldProcess = true)]
    [OutputType(typeof(EventBooking))]
    public sealed class MoveAltegioEventBookingCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long EventId { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long BookingId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public long ToEventId { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? Seats { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Booking {0} from event {1} to event {2} in location {3}", BookingId, EventId, ToEventId, companyId)
                + (Seats is { } seats ? string.Format(CultureInfo.InvariantCulture, " ({0} seat(s))", seats) : string.Empty);
            Change(BookingId, target, "Move", () => EventBookingsApi.ValidateMove(EventId, BookingId, ToEventId, Seats),
                () => Client.EventBookings.MoveAsync(companyId, EventId, BookingId, ToEventId, Seats, Cancellation));
        }
    }
}

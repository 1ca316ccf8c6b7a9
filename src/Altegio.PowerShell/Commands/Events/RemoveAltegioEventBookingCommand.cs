namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEventBooking cmdlet; its help for users is src/help/en-US/Remove-AltegioEventBooking.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioEventBooking", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventBookingCommand : AltegioLocationCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long EventId { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long BookingId { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var eventId = EventId;
            var bookingId = BookingId;
            ForItem(bookingId, () =>
            {
                EventsApi.ValidateIds("EventId", eventId);
                EventsApi.ValidateIds("BookingId", bookingId);
                var description = string.Format(CultureInfo.InvariantCulture, "Cancelling booking {0} in event {1} in location {2}.", bookingId, eventId, companyId);
                var question = string.Format(CultureInfo.InvariantCulture, "Cancel booking {0} in event {1} in location {2}?", bookingId, eventId, companyId);
                if (!ShouldProcess(description, question, "Remove-AltegioEventBooking"))
                {
                    return;
                }

                var result = Await(Client.EventBookings.CancelAsync(companyId, eventId, bookingId, Cancellation));
                if (!result.SeatsFreed)
                {
                    WriteWarning(string.Format(CultureInfo.InvariantCulture,
                        "Booking {0} was deleted, but event {1} still has {2} booked seat(s), as before: the API may not have freed the seat. Check the event in Altegio.",
                        bookingId, eventId, result.SeatsAfter));
                }
            });
        }
    }
}

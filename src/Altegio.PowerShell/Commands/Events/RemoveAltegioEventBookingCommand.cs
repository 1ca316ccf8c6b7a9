namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEventBooking cmdlet; its help for users is src/help/en-US/Remove-AltegioEventBooking.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioEventBooking", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventBookingCommand : AltegioChangeCmdlet
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
            Change(BookingId, string.Format(CultureInfo.InvariantCulture, "booking {0} in event {1} in location {2}", BookingId, EventId, companyId), "Remove",
                () =>
                {
                    EventsApi.ValidateIds("EventId", EventId);
                    EventsApi.ValidateIds("BookingId", BookingId);
                },
                () => Client.EventBookings.CancelAsync(companyId, EventId, BookingId, Cancellation),
                WarnIfSeatsKept);
        }

        /// <summary>Asks whether to cancel the booking: the client gives up the seats.</summary>
        protected override bool ShouldChange(string target, string action) =>
            ShouldProcess("Cancelling " + target + ".", "Cancel " + target + "?", "Remove-AltegioEventBooking");

        private void WarnIfSeatsKept(EventBookingCancellation result)
        {
            if (!result.SeatsFreed)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture,
                    "Booking {0} was deleted, but event {1} still has {2} booked seat(s), as before: the API may not have freed the seat. Check the event in Altegio.",
                    result.BookingId, result.EventId, result.SeatsAfter));
            }
        }
    }
}

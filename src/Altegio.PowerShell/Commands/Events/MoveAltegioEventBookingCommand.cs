using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Moves a booking to another group event.</para>
    /// <para type="description">Moves a client's booking from its event to another event (for example the same class next week), with all its seats or, with -Seats, only some of them, and writes the moved booking. Only unpaid bookings that are still waiting can move; the target event needs enough free seats. Accepts piped bookings from Get-AltegioEventBooking.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Move, "AltegioEventBooking", SupportsShouldProcess = true)]
    [OutputType(typeof(EventBooking))]
    public sealed class MoveAltegioEventBookingCommand : AltegioLocationCmdlet
    {
        /// <summary>
        /// <para type="description">The event the booking is in now. Bound from piped bookings.</para>
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long EventId { get; set; }

        /// <summary>
        /// <para type="description">The booking to move. Bound from piped bookings (Id).</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long BookingId { get; set; }

        /// <summary>
        /// <para type="description">The event to move the booking to.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        public long ToEventId { get; set; }

        /// <summary>
        /// <para type="description">How many of the booking's seats to move (clients_count); the others stay in the current event. Without -Seats all seats move. Not bound from piped bookings, whose Seats is the whole booking.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? Seats { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Booking {0} from event {1} to event {2} in location {3}", BookingId, EventId, ToEventId, companyId)
                + (Seats is { } seats ? string.Format(CultureInfo.InvariantCulture, " ({0} seat(s))", seats) : string.Empty);
            ForItem(BookingId, () =>
            {
                EventBookingsApi.ValidateMove(EventId, BookingId, ToEventId, Seats);
                if (ShouldProcess(target, "Move"))
                {
                    WriteObject(Await(Client.EventBookings.MoveAsync(companyId, EventId, BookingId, ToEventId, Seats, Cancellation)));
                }
            });
        }
    }
}

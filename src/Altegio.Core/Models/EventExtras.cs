namespace Altegio.Models
{
    /// <summary>
    /// Changes to a booking: null members stay as they are. The price, discount and seats together make the
    /// cost; when one of them changes the cost is worked out again.
    /// </summary>
    public sealed class EventBookingChanges
    {
        /// <summary>A new number of seats, at least 1.</summary>
        public int? Seats { get; set; }

        /// <summary>A new comment; empty clears it.</summary>
        public string? Comment { get; set; }

        /// <summary>A new colour, <c>#rrggbb</c>; empty clears it.</summary>
        public string? Color { get; set; }

        /// <summary>The new set of tags (replaces the old one); empty removes every tag.</summary>
        public IReadOnlyList<long>? TagIds { get; set; }

        /// <summary>A new price per seat, 0 or more.</summary>
        public decimal? Price { get; set; }

        /// <summary>A new discount in percent, 0 to 100.</summary>
        public decimal? DiscountPercent { get; set; }

        /// <summary>True when at least one member is set.</summary>
        public bool HasChanges =>
            Seats.HasValue || Comment != null || Color != null || TagIds != null || Price.HasValue || DiscountPercent.HasValue;
    }

    /// <summary>One row of a bulk booking that the API booked.</summary>
    public sealed class BulkBooked
    {
        /// <summary>Creates the result.</summary>
        public BulkBooked(int index, EventBooking booking)
        {
            Index = index;
            Booking = booking;
        }

        /// <summary>The row's position in the list given to the bulk call; -1 when the answer could not be matched to a row.</summary>
        public int Index { get; }

        /// <summary>The booking made.</summary>
        public EventBooking Booking { get; }
    }

    /// <summary>One row of a bulk booking that the API refused; the other rows are not affected.</summary>
    public sealed class BulkRefusal
    {
        /// <summary>Creates the refusal.</summary>
        public BulkRefusal(int index, string reason)
        {
            Index = index;
            Reason = reason;
        }

        /// <summary>The row's position in the list given to the bulk call; -1 when the API did not say.</summary>
        public int Index { get; }

        /// <summary>The API's reason.</summary>
        public string Reason { get; }
    }

    /// <summary>What one bulk request did: rows are independent, so some may be booked and some refused.</summary>
    public sealed class BulkBookingResult
    {
        /// <summary>Creates the result.</summary>
        public BulkBookingResult(IReadOnlyList<BulkBooked> booked, IReadOnlyList<BulkRefusal> refused)
        {
            Booked = booked;
            Refused = refused;
        }

        /// <summary>The rows booked.</summary>
        public IReadOnlyList<BulkBooked> Booked { get; }

        /// <summary>The rows refused, with the API's reasons.</summary>
        public IReadOnlyList<BulkRefusal> Refused { get; }
    }

    /// <summary>What cancelling a booking did to its event's booked seats.</summary>
    public sealed class EventBookingCancellation
    {
        /// <summary>Creates the result.</summary>
        public EventBookingCancellation(long eventId, long bookingId, int seatsBefore, int seatsAfter)
        {
            EventId = eventId;
            BookingId = bookingId;
            SeatsBefore = seatsBefore;
            SeatsAfter = seatsAfter;
        }

        /// <summary>The event.</summary>
        public long EventId { get; }

        /// <summary>The cancelled booking.</summary>
        public long BookingId { get; }

        /// <summary>The event's booked seats before the cancellation.</summary>
        public int SeatsBefore { get; }

        /// <summary>The event's booked seats after it, as read back.</summary>
        public int SeatsAfter { get; }

        /// <summary>True when the event's booked seats dropped.</summary>
        public bool SeatsFreed => SeatsAfter < SeatsBefore;
    }

    /// <summary>A day on which a location has at least one event that matches the filters.</summary>
    public sealed class EventDay
    {
        /// <summary>The location.</summary>
        public long CompanyId { get; set; }

        /// <summary>The day (midnight, location time).</summary>
        public DateTime Date { get; set; }

        /// <summary>The day of the week.</summary>
        public DayOfWeek DayOfWeek => Date.DayOfWeek;

        /// <inheritdoc />
        public override string ToString() => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first and the last day with events that match the filters; both null when there are none.</summary>
    public sealed class EventDateRange
    {
        /// <summary>The location.</summary>
        public long CompanyId { get; set; }

        /// <summary>The first day with events.</summary>
        public DateTime? First { get; set; }

        /// <summary>The last day with events.</summary>
        public DateTime? Last { get; set; }
    }

    /// <summary>A value Get-AltegioEvent can filter by, as the API lists it for a period (<c>GET …/events/filters</c>).</summary>
    public sealed class EventFilterValue
    {
        /// <summary>Creates the value.</summary>
        public EventFilterValue(string criterion, long id, string? title)
        {
            Criterion = criterion;
            Id = id;
            Title = title;
        }

        /// <summary>The API's code of the criterion: <c>staff</c>, <c>service</c>, <c>service_category</c> or <c>resource</c>.</summary>
        public string Criterion { get; }

        /// <summary>The id to filter by.</summary>
        public long Id { get; }

        /// <summary>The name or title, when the API gave one.</summary>
        public string? Title { get; }
    }

    /// <summary>How a duplication strategy repeats (the API's <c>repeat_mode_id</c>).</summary>
    public enum EventRepeatMode
    {
        /// <summary>Every day (interval in days).</summary>
        Daily = 1,
        /// <summary>Monday to Friday.</summary>
        Weekdays = 2,
        /// <summary>Monday, Wednesday and Friday.</summary>
        MondayWednesdayFriday = 3,
        /// <summary>Tuesday and Thursday.</summary>
        TuesdayThursday = 4,
        /// <summary>On the chosen days of the week (interval in weeks); needs at least one day.</summary>
        Weekly = 5,
        /// <summary>Every month.</summary>
        Monthly = 6,
        /// <summary>Every year.</summary>
        Yearly = 7,
    }

    /// <summary>A saved repeat pattern for copying events.</summary>
    public sealed class EventDuplicationStrategy
    {
        /// <summary>The strategy id.</summary>
        public long Id { get; set; }

        /// <summary>The location.</summary>
        public long CompanyId { get; set; }

        /// <summary>The title, at most 50 characters.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>How it repeats.</summary>
        public EventRepeatMode RepeatMode { get; set; }

        /// <summary>The days of the week a weekly strategy repeats on.</summary>
        public DayOfWeek[] DaysOfWeek { get; set; } = Array.Empty<DayOfWeek>();

        /// <summary>The gap between repeats in the mode's unit (0 and 1 both mean every one).</summary>
        public int Interval { get; set; }

        /// <summary>True when copies take the bookings along (<c>content_type</c> 2).</summary>
        public bool WithBookings { get; set; }

        /// <inheritdoc />
        public override string ToString() => Title;
    }

    /// <summary>A new strategy, or changes to one (null members stay as they are on update).</summary>
    public sealed class EventDuplicationStrategyDraft
    {
        /// <summary>The title, 1 to 50 characters.</summary>
        public string? Title { get; set; }

        /// <summary>How it repeats.</summary>
        public EventRepeatMode? RepeatMode { get; set; }

        /// <summary>The days of the week (a weekly strategy needs at least one).</summary>
        public IReadOnlyList<DayOfWeek>? DaysOfWeek { get; set; }

        /// <summary>The gap between repeats, 0 or more.</summary>
        public int? Interval { get; set; }

        /// <summary>Whether copies take the bookings along.</summary>
        public bool? WithBookings { get; set; }

        /// <summary>True when at least one member is set.</summary>
        public bool HasChanges => Title != null || RepeatMode.HasValue || DaysOfWeek != null || Interval.HasValue || WithBookings.HasValue;
    }
}

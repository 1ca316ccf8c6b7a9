namespace Altegio.Models
{
    /// <summary>
    /// Where a booking stands. The API sends it as <c>attendance_status_slug</c>, or as the older number
    /// <c>attendance</c>; a booking flagged <c>deleted</c> is <see cref="Cancelled"/>.
    /// </summary>
    public enum AttendanceStatus
    {
        /// <summary>A state this module does not know.</summary>
        Unknown = 0,
        /// <summary>Booked, not yet confirmed (the only state a booking can be moved from).</summary>
        Waiting,
        /// <summary>The client confirmed.</summary>
        Confirmed,
        /// <summary>The client came.</summary>
        Attended,
        /// <summary>The client did not come.</summary>
        Absent,
        /// <summary>The booking was cancelled (the API marks it deleted); lists leave it out unless asked.</summary>
        Cancelled,
    }

    /// <summary>A client's booking of seats in a group event. The API calls it a record (appointment).</summary>
    public sealed class EventBooking
    {
        /// <summary>The booking (record) id.</summary>
        public long Id { get; set; }

        /// <summary>The location (company) of the booking.</summary>
        public long CompanyId { get; set; }

        /// <summary>The event the seats are booked in.</summary>
        public long EventId { get; set; }

        /// <summary>The client who booked.</summary>
        public long ClientId { get; set; }

        /// <summary>The client's name (name and surname), when included (-IncludeClient) or just given.</summary>
        public string? ClientName { get; set; }

        /// <summary>The client's phone, when included.</summary>
        public string? ClientPhone { get; set; }

        /// <summary>The client's e-mail, when included.</summary>
        public string? ClientEmail { get; set; }

        /// <summary>How many seats the booking takes.</summary>
        public int Seats { get; set; }

        /// <summary>Whether the client is waiting, confirmed, came or did not, or the booking was cancelled.</summary>
        public AttendanceStatus Status { get; set; }

        /// <summary>True when the booking is paid.</summary>
        public bool IsPaid { get; set; }

        /// <summary>The team member of the event.</summary>
        public long TeamMemberId { get; set; }

        /// <summary>The visit the booking belongs to.</summary>
        public long? VisitId { get; set; }

        /// <summary>When the event starts, in the location's time.</summary>
        public DateTimeOffset? Start { get; set; }

        /// <summary>How long the event lasts.</summary>
        public TimeSpan? Duration { get; set; }

        /// <summary>When the booking was made, in the location's time.</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The booking's comment.</summary>
        public string? Comment { get; set; }

        /// <summary>The booking's tags; null unless the booking was read for a change (Set-AltegioEventBooking).</summary>
        public long[]? TagIds { get; set; }

        /// <summary>The booking's own colour, <c>#rrggbb</c>, when it has one.</summary>
        public string? Color { get; set; }

        /// <summary>The price of one seat (the service line's <c>cost_per_unit</c>), when read.</summary>
        public decimal? Price { get; set; }

        /// <summary>The discount on the service line, in percent, when read.</summary>
        public decimal? DiscountPercent { get; set; }

        /// <summary>What the booking costs after the discount (<c>manual_cost</c>), when read.</summary>
        public decimal? Cost { get; set; }

        /// <inheritdoc />
        public override string ToString() =>
            (ClientName ?? "client " + ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture)) +
            " in event " + EventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

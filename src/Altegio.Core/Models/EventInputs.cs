namespace Altegio.Models
{
    /// <summary>The filters of an event list. Times are clock times at the location (their Kind is ignored).</summary>
    public sealed class EventListQuery
    {
        /// <summary>The start of the period, past or future; by default a minute after "now" at the location.</summary>
        public DateTime? From { get; set; }

        /// <summary>The end of the period, after <see cref="From"/>; by default 7 days after it.</summary>
        public DateTime? To { get; set; }

        /// <summary>Only events run by these team members.</summary>
        public IReadOnlyList<long>? TeamMemberIds { get; set; }

        /// <summary>Only events of these services.</summary>
        public IReadOnlyList<long>? ServiceIds { get; set; }

        /// <summary>Only events that take these resources.</summary>
        public IReadOnlyList<long>? ResourceIds { get; set; }

        /// <summary>Only events with at least this many free seats.</summary>
        public int? MinFreeSeats { get; set; }

        /// <summary>Only events on these days of the week (<c>filter[weekdays][]</c>).</summary>
        public IReadOnlyList<DayOfWeek>? DaysOfWeek { get; set; }

        /// <summary>Also soft-deleted events. Any period can be listed either way: past periods too.</summary>
        public bool IncludeDeleted { get; set; }

        /// <summary>Titles to side-load.</summary>
        public EventInclude Include { get; set; }

        /// <summary>A copy with the given window.</summary>
        public EventListQuery WithWindow(DateTime from, DateTime to)
        {
            var copy = (EventListQuery)MemberwiseClone();
            copy.From = from;
            copy.To = to;
            return copy;
        }
    }

    /// <summary>A new event, as New-AltegioEvent takes it.</summary>
    public sealed class EventDraft
    {
        /// <summary>The team member who runs it.</summary>
        public long TeamMemberId { get; set; }

        /// <summary>The service it provides.</summary>
        public long ServiceId { get; set; }

        /// <summary>The start, as a clock time at the location.</summary>
        public DateTime Start { get; set; }

        /// <summary>The length, technical break included; on the 5-minute grid, at most 24 hours.</summary>
        public TimeSpan Duration { get; set; }

        /// <summary>The number of seats, at least 1.</summary>
        public int Capacity { get; set; }

        /// <summary>The tags (activity tags).</summary>
        public IReadOnlyList<long>? TagIds { get; set; }

        /// <summary>The resource instances it takes.</summary>
        public IReadOnlyList<long>? ResourceInstanceIds { get; set; }

        /// <summary>An internal comment.</summary>
        public string? Comment { get; set; }

        /// <summary>The colour, <c>#rrggbb</c>.</summary>
        public string? Color { get; set; }

        /// <summary>Instructions for the clients.</summary>
        public string? Instructions { get; set; }

        /// <summary>A link to the online stream.</summary>
        public string? StreamLink { get; set; }

        /// <summary>
        /// The technical break inside <see cref="Duration"/>; null leaves it to the API, which then adds the
        /// location's default break after the length.
        /// </summary>
        public TimeSpan? TechnicalBreak { get; set; }
    }

    /// <summary>
    /// Changes to an event: null members stay as they are. For the text members an empty string clears
    /// the field; for the id lists an empty list removes every tag or resource instance.
    /// </summary>
    public sealed class EventChanges
    {
        /// <summary>A new team member.</summary>
        public long? TeamMemberId { get; set; }

        /// <summary>A new service.</summary>
        public long? ServiceId { get; set; }

        /// <summary>A new start (clock time at the location).</summary>
        public DateTime? Start { get; set; }

        /// <summary>A new length, technical break included.</summary>
        public TimeSpan? Duration { get; set; }

        /// <summary>A new number of seats (not below the seats already booked).</summary>
        public int? Capacity { get; set; }

        /// <summary>The new set of tags (replaces the old one).</summary>
        public IReadOnlyList<long>? TagIds { get; set; }

        /// <summary>The new set of resource instances (replaces the old one).</summary>
        public IReadOnlyList<long>? ResourceInstanceIds { get; set; }

        /// <summary>A new comment; empty clears it.</summary>
        public string? Comment { get; set; }

        /// <summary>A new colour, <c>#rrggbb</c>.</summary>
        public string? Color { get; set; }

        /// <summary>New instructions; empty clears them.</summary>
        public string? Instructions { get; set; }

        /// <summary>A new stream link; empty clears it.</summary>
        public string? StreamLink { get; set; }

        /// <summary>A new technical break, inside the length.</summary>
        public TimeSpan? TechnicalBreak { get; set; }

        /// <summary>True when at least one member is set.</summary>
        public bool HasChanges =>
            TeamMemberId.HasValue || ServiceId.HasValue || Start.HasValue || Duration.HasValue || Capacity.HasValue
            || TagIds != null || ResourceInstanceIds != null || Comment != null || Color != null
            || Instructions != null || StreamLink != null || TechnicalBreak.HasValue;
    }

    /// <summary>A booking to make: an existing client by id, or a client by name and phone.</summary>
    public sealed class EventBookingDraft
    {
        /// <summary>An existing client; when null, <see cref="ClientName"/> and <see cref="Phone"/> describe the client.</summary>
        public long? ClientId { get; set; }

        /// <summary>The client's name (for a client not given by id).</summary>
        public string? ClientName { get; set; }

        /// <summary>The client's phone, 9 to 15 digits; the API books an existing client with this phone.</summary>
        public string? Phone { get; set; }

        /// <summary>The client's e-mail.</summary>
        public string? Email { get; set; }

        /// <summary>How many seats to book, at least 1.</summary>
        public int Seats { get; set; } = 1;

        /// <summary>A comment on the booking.</summary>
        public string? Comment { get; set; }
    }
}

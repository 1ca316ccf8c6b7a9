namespace Altegio.Models
{
    /// <summary>Side-loaded resources of an event whose titles can be added to <see cref="Event"/>.</summary>
    [Flags]
    public enum EventInclude
    {
        /// <summary>Nothing beyond what every read loads.</summary>
        None = 0,
        /// <summary>The team member (fills <see cref="Event.TeamMemberName"/>).</summary>
        Staff = 1,
        /// <summary>The service (fills <see cref="Event.ServiceTitle"/>).</summary>
        Service = 2,
        /// <summary>The tags (fills <see cref="Event.TagTitles"/>). Always loaded: the tag ids come only with them.</summary>
        Labels = 4,
        /// <summary>The resource instances (fills <see cref="Event.ResourceInstanceTitles"/>). Always loaded, like the tags.</summary>
        ResourceInstances = 8,
        /// <summary>Everything.</summary>
        All = Staff | Service | Labels | ResourceInstances,
    }

    /// <summary>A group event (yoga class, workshop, group training) of a location. The API calls it an activity.</summary>
    public sealed class Event
    {
        /// <summary>The event id.</summary>
        public long Id { get; set; }

        /// <summary>The location (company) the event belongs to.</summary>
        public long CompanyId { get; set; }

        /// <summary>When the event starts, in the location's time, with the location's offset.</summary>
        public DateTimeOffset Start { get; set; }

        /// <summary>How long the event lasts, technical break included (the API's <c>length</c>).</summary>
        public TimeSpan Duration { get; set; }

        /// <summary>When the event ends (<see cref="Start"/> + <see cref="Duration"/>).</summary>
        public DateTimeOffset End => Start + Duration;

        /// <summary>The part of <see cref="Duration"/> kept free after the service (cleaning, changeover); null when the API did not say.</summary>
        public TimeSpan? TechnicalBreak { get; set; }

        /// <summary>The team member who runs the event.</summary>
        public long TeamMemberId { get; set; }

        /// <summary>The team member's name, when included (-Include Staff).</summary>
        public string? TeamMemberName { get; set; }

        /// <summary>The service the event provides.</summary>
        public long ServiceId { get; set; }

        /// <summary>The service's title, when included (-Include Service).</summary>
        public string? ServiceTitle { get; set; }

        /// <summary>How many seats the event has.</summary>
        public int Capacity { get; set; }

        /// <summary>How many seats are booked.</summary>
        public int BookedSeats { get; set; }

        /// <summary>How many seats are still free.</summary>
        public int FreeSeats => Math.Max(0, Capacity - BookedSeats);

        /// <summary>The event's colour in the calendar, <c>#rrggbb</c>.</summary>
        public string? Color { get; set; }

        /// <summary>The text colour the API chose for <see cref="Color"/>.</summary>
        public string? FontColor { get; set; }

        /// <summary>An internal comment.</summary>
        public string? Comment { get; set; }

        /// <summary>Instructions for the clients (what to bring, where to go).</summary>
        public string? Instructions { get; set; }

        /// <summary>A link to the online stream, if the event has one.</summary>
        public string? StreamLink { get; set; }

        /// <summary>The ids of the event's tags; null when the API did not send them.</summary>
        public long[]? TagIds { get; set; }

        /// <summary>The titles of the event's tags, in the order of <see cref="TagIds"/>, when the API side-loaded them.</summary>
        public string[]? TagTitles { get; set; }

        /// <summary>The ids of the resource instances (halls, rooms, equipment) the event takes; null when the API did not send them.</summary>
        public long[]? ResourceInstanceIds { get; set; }

        /// <summary>The titles of the resource instances, in the order of <see cref="ResourceInstanceIds"/>, when side-loaded.</summary>
        public string[]? ResourceInstanceTitles { get; set; }

        /// <summary>True when the event was removed (the API deletes softly; its bookings were cancelled).</summary>
        public bool IsDeleted { get; set; }

        /// <summary>The recurring series (Get-AltegioEventSeries) the event belongs to; null for a one-off event.</summary>
        public long? SeriesId { get; set; }

        /// <summary>True when the event was edited away from its series, so changes to the series may pass it by.</summary>
        public bool IsChangedFromSeries { get; set; }

        /// <inheritdoc />
        public override string ToString() =>
            Start.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " +
            (ServiceTitle ?? "service " + ServiceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

namespace Altegio.Models
{
    /// <summary>
    /// A recurring event series: a template event repeated on some weekdays until an end date. The API calls it
    /// a schedule; each weekday of it is a "day" (<see cref="EventSeriesDay"/>), and each date it produces an
    /// occurrence (<see cref="EventSeriesOccurrence"/>) that becomes a real event.
    /// </summary>
    public sealed class EventSeries
    {
        /// <summary>The series id (the API's schedule id; an event's <see cref="Event.SeriesId"/>).</summary>
        public long Id { get; set; }

        /// <summary>The location (company).</summary>
        public long CompanyId { get; set; }

        /// <summary>The event the series was made from.</summary>
        public long TemplateEventId { get; set; }

        /// <summary>The first day of the series.</summary>
        public DateTime? StartDate { get; set; }

        /// <summary>The last day of the series.</summary>
        public DateTime? Until { get; set; }

        /// <summary>When the series was created.</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>When the series was last changed.</summary>
        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>True when the series was deleted.</summary>
        public bool IsDeleted { get; set; }

        /// <summary>The weekdays of the series, each with its time, length and team member.</summary>
        public EventSeriesDay[] Days { get; set; } = Array.Empty<EventSeriesDay>();

        /// <summary>The weekdays the series runs on, Monday first.</summary>
        public DayOfWeek[] DaysOfWeek => Days.Select(d => d.DayOfWeek).OrderBy(d => ((int)d + 6) % 7).ToArray();

        /// <summary>Every occurrence of every weekday, by date; null unless read (-IncludeEvents).</summary>
        public EventSeriesOccurrence[]? Occurrences =>
            Days.Length > 0 && Days.All(d => d.Occurrences != null)
                ? Days.SelectMany(d => d.Occurrences!).OrderBy(o => o.Start).ToArray()
                : null;

        /// <summary>How many occurrences have no event yet (the API still generating them); null unless read.</summary>
        public int? PendingCount => Occurrences?.Count(o => o.IsPending);

        /// <inheritdoc />
        public override string ToString() =>
            "Series " + Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + string.Join(", ", DaysOfWeek) + ")";
    }

    /// <summary>One weekday of a series: when the events start, how long they last, who runs them.</summary>
    public sealed class EventSeriesDay
    {
        /// <summary>The id of this weekday of the series (the API's series day id).</summary>
        public long Id { get; set; }

        /// <summary>The series.</summary>
        public long SeriesId { get; set; }

        /// <summary>The weekday.</summary>
        public DayOfWeek DayOfWeek { get; set; }

        /// <summary>When the events start (time of day).</summary>
        public TimeSpan Time { get; set; }

        /// <summary>How long the events last, without the technical break.</summary>
        public TimeSpan Duration { get; set; }

        /// <summary>The technical break after each event, when the API says.</summary>
        public TimeSpan? TechnicalBreak { get; set; }

        /// <summary>The seats of each event, when the API says.</summary>
        public int? Capacity { get; set; }

        /// <summary>The team member who runs the events.</summary>
        public long? TeamMemberId { get; set; }

        /// <summary>The team member's name.</summary>
        public string? TeamMemberName { get; set; }

        /// <summary>The tags of the events.</summary>
        public long[] TagIds { get; set; } = Array.Empty<long>();

        /// <summary>The resource instances (halls, rooms) the events take.</summary>
        public long[] ResourceInstanceIds { get; set; } = Array.Empty<long>();

        /// <summary>The dates this weekday produces; null unless read (-IncludeEvents).</summary>
        public EventSeriesOccurrence[]? Occurrences { get; set; }

        /// <inheritdoc />
        public override string ToString() => DayOfWeek + " " + TimeSlot.FormatClock(Time);
    }

    /// <summary>Where an occurrence of a series stands (the API's <c>event_status</c>).</summary>
    public enum EventSeriesOccurrenceStatus
    {
        /// <summary>A status this module does not know.</summary>
        Unknown,
        /// <summary>The event exists and matches the series (<c>stable</c>).</summary>
        Stable,
        /// <summary>Queued: the event is still being created (<c>event_created</c>).</summary>
        EventCreated,
        /// <summary>The series changed and the event is being updated (<c>event_changed</c>).</summary>
        EventChanged,
        /// <summary>The series changed with force, overriding manual edits (<c>event_changed_force</c>).</summary>
        EventChangedForce,
        /// <summary>The event is being deleted (<c>event_deleted</c>).</summary>
        EventDeleted,
        /// <summary>The event was deleted on its own (<c>entity_deleted</c>).</summary>
        EntityDeleted,
        /// <summary>The event could not be created, e.g. the team member was busy (<c>entity_failed</c>).</summary>
        EntityFailed,
    }

    /// <summary>One date of a series and the event made for it.</summary>
    public sealed class EventSeriesOccurrence
    {
        /// <summary>The occurrence id.</summary>
        public long Id { get; set; }

        /// <summary>The series weekday it belongs to.</summary>
        public long DayId { get; set; }

        /// <summary>Where it stands.</summary>
        public EventSeriesOccurrenceStatus Status { get; set; }

        /// <summary>The status as the API wrote it.</summary>
        public string? StatusText { get; set; }

        /// <summary>When the event starts (or is to start).</summary>
        public DateTimeOffset Start { get; set; }

        /// <summary>The event's id; null until the API has created it.</summary>
        public long? EventId { get; set; }

        /// <summary>True when the event was edited away from the series (time, length, team member, tags or halls).</summary>
        public bool IsChanged { get; set; }

        /// <summary>True while the event is not created yet.</summary>
        public bool IsPending => EventId is null || Status == EventSeriesOccurrenceStatus.EventCreated;

        /// <inheritdoc />
        public override string ToString() => Start.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + Status;
    }
}

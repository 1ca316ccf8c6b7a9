namespace Altegio.Resources
{
    /// <summary>One day of one team member to set (with <see cref="Slots"/>) or to clear (<see cref="Slots"/> null).</summary>
    public sealed class WorkDayChange
    {
        /// <summary>Creates a change; null <paramref name="slots"/> makes the day non-working.</summary>
        public WorkDayChange(long teamMemberId, DateTime date, IReadOnlyList<TimeSlot>? slots)
        {
            TeamMemberId = teamMemberId;
            Date = date.Date;
            Slots = slots;
        }

        /// <summary>The team member.</summary>
        public long TeamMemberId { get; }

        /// <summary>The day.</summary>
        public DateTime Date { get; }

        /// <summary>The day's new slots; null clears the day.</summary>
        public IReadOnlyList<TimeSlot>? Slots { get; }

        /// <summary>True when the day becomes non-working.</summary>
        public bool IsClear => Slots is null;
    }

    /// <summary>
    /// A new series from a template event. Each per-weekday list is empty (take the template's value), holds
    /// one value (for every weekday) or one value per weekday of <see cref="DaysOfWeek"/>, in that order.
    /// </summary>
    public sealed class EventSeriesDraft
    {
        /// <summary>The template event whose time, length, seats, team member, tags and halls are repeated.</summary>
        public long TemplateEventId { get; set; }

        /// <summary>The last day of the series.</summary>
        public DateTime Until { get; set; }

        /// <summary>The weekdays; empty means the template's own weekday.</summary>
        public IReadOnlyList<DayOfWeek> DaysOfWeek { get; set; } = Array.Empty<DayOfWeek>();

        /// <summary>Start times of day.</summary>
        public IReadOnlyList<TimeSpan> Times { get; set; } = Array.Empty<TimeSpan>();

        /// <summary>Event lengths, without the technical break.</summary>
        public IReadOnlyList<TimeSpan> Durations { get; set; } = Array.Empty<TimeSpan>();

        /// <summary>Seats per event.</summary>
        public IReadOnlyList<int> Capacities { get; set; } = Array.Empty<int>();

        /// <summary>The team members who run the events.</summary>
        public IReadOnlyList<long> TeamMemberIds { get; set; } = Array.Empty<long>();

        /// <summary>Copy the template's bookings into every event of the series.</summary>
        public bool WithBookings { get; set; }
    }
}

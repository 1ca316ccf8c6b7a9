using System.Text.RegularExpressions;

namespace Altegio.Models
{
    /// <summary>
    /// A span of working time inside one day, such as 10:00-14:00. <see cref="To"/> may be 24:00 (the end of
    /// the day); everything else is a clock time from 00:00 to 23:59.
    /// </summary>
    public sealed class TimeSlot : IEquatable<TimeSlot>
    {
        private static readonly Regex SlotPattern = new Regex(@"^\s*(?<from>\d{1,2}:\d{2})\s*-\s*(?<to>\d{1,2}:\d{2})\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex ClockPattern = new Regex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?$", RegexOptions.CultureInvariant);
        private static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

        /// <summary>Creates a slot; use <see cref="Parse"/> to check user input.</summary>
        public TimeSlot(TimeSpan from, TimeSpan to)
        {
            From = from;
            To = to;
        }

        /// <summary>When the slot starts (time of day).</summary>
        public TimeSpan From { get; }

        /// <summary>When the slot ends (time of day; 24:00 is the end of the day).</summary>
        public TimeSpan To { get; }

        /// <summary>How long the slot lasts.</summary>
        public TimeSpan Duration => To - From;

        /// <summary>
        /// Reads one slot, <c>HH:mm-HH:mm</c>: both times on the clock, the start before the end, the end at
        /// most 24:00. Throws an Altegio.InvalidParameter error naming <paramref name="parameter"/> otherwise.
        /// </summary>
        public static TimeSlot Parse(string? text, string parameter = "Slot")
        {
            var match = text is null ? null : SlotPattern.Match(text);
            if (match is null || !match.Success)
            {
                throw AltegioApiException.InvalidParameter(parameter,
                    "'" + text + "' is not a time slot: use HH:mm-HH:mm, for example 10:00-14:00.");
            }

            var from = ParseClock(match.Groups["from"].Value, allowEndOfDay: false)
                ?? throw AltegioApiException.InvalidParameter(parameter, "'" + text + "' starts at a time that is not on the clock (00:00 to 23:59).");
            var to = ParseClock(match.Groups["to"].Value, allowEndOfDay: true)
                ?? throw AltegioApiException.InvalidParameter(parameter, "'" + text + "' ends at a time that is not within the day (00:01 to 24:00).");
            if (to <= from)
            {
                throw AltegioApiException.InvalidParameter(parameter, "'" + text + "' must start before it ends.");
            }

            return new TimeSlot(from, to);
        }

        /// <summary>
        /// Reads the slots of one day from any mix of single slots and lists (<c>10:00-14:00;15:00-19:00</c>, a
        /// comma or a space also separates them, as a CSV cell may), sorted by start. Refuses an empty list and
        /// slots that overlap; slots that only touch (14:00-15:00, 15:00-19:00) are fine.
        /// </summary>
        public static IReadOnlyList<TimeSlot> ParseDay(IEnumerable<string?>? texts, string parameter = "Slot")
        {
            var slots = new List<TimeSlot>();
            foreach (var text in texts ?? Array.Empty<string?>())
            {
                foreach (var part in (text ?? string.Empty).Split(new[] { ';', ',', ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    slots.Add(Parse(part, parameter));
                }
            }

            if (slots.Count == 0)
            {
                throw AltegioApiException.InvalidParameter(parameter,
                    "A working day needs at least one slot such as 10:00-14:00; to make a day non-working use Clear-AltegioSchedule.");
            }

            return CheckDay(slots, parameter);
        }

        /// <summary>Sorts a day's slots and refuses overlaps.</summary>
        public static IReadOnlyList<TimeSlot> CheckDay(IEnumerable<TimeSlot> slots, string parameter = "Slot")
        {
            var sorted = slots.OrderBy(s => s.From).ThenBy(s => s.To).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].From < sorted[i - 1].To)
                {
                    throw AltegioApiException.InvalidParameter(parameter,
                        "The slots " + sorted[i - 1] + " and " + sorted[i] + " overlap; a day's slots must not overlap.");
                }
            }

            return sorted;
        }

        /// <summary>Reads a clock time the API sent (<c>10:00</c> or <c>10:00:00</c>); null when unreadable.</summary>
        public static TimeSpan? ParseClock(string? text, bool allowEndOfDay)
        {
            var match = text is null ? null : ClockPattern.Match(text.Trim());
            if (match is null || !match.Success)
            {
                return null;
            }

            var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var seconds = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            if (minutes > 59 || seconds > 59)
            {
                return null;
            }

            var value = new TimeSpan(hours, minutes, seconds);
            return value < EndOfDay || (allowEndOfDay && value == EndOfDay) ? value : null;
        }

        /// <summary>A time of day as the API writes it in slots: <c>HH:mm</c>, with 24:00 for the end of the day.</summary>
        public static string FormatClock(TimeSpan time) =>
            ((int)time.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public bool Equals(TimeSlot? other) => other is not null && From == other.From && To == other.To;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TimeSlot);

        /// <inheritdoc />
        public override int GetHashCode() => From.GetHashCode() ^ (To.GetHashCode() * 31);

        /// <summary><c>10:00-14:00</c>; the form <see cref="Parse"/> reads, so a slot converts back to its text.</summary>
        public override string ToString() => FormatClock(From) + "-" + FormatClock(To);
    }

    /// <summary>What keeps a team member busy during working hours.</summary>
    public enum BusyKind
    {
        /// <summary>Something the API named in a way this module does not know.</summary>
        Other,
        /// <summary>An appointment (the API's <c>record</c>).</summary>
        Appointment,
        /// <summary>A group event (the API's <c>activity</c>).</summary>
        Event,
    }

    /// <summary>A busy interval in a team member's working day: an appointment or an event.</summary>
    public sealed class BusyInterval
    {
        /// <summary>Appointment or event.</summary>
        public BusyKind Kind { get; set; }

        /// <summary>The id of the appointment or event.</summary>
        public long EntityId { get; set; }

        /// <summary>When it starts (time of day).</summary>
        public TimeSpan From { get; set; }

        /// <summary>When it ends (time of day).</summary>
        public TimeSpan To { get; set; }

        /// <inheritdoc />
        public override string ToString() => TimeSlot.FormatClock(From) + "-" + TimeSlot.FormatClock(To) + " " + Kind + " " + EntityId.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>One day of a team member's work schedule.</summary>
    public sealed class WorkDay
    {
        /// <summary>The team member.</summary>
        public long TeamMemberId { get; set; }

        /// <summary>The location (company).</summary>
        public long CompanyId { get; set; }

        /// <summary>The day (time 00:00).</summary>
        public DateTime Date { get; set; }

        /// <summary>The day of the week of <see cref="Date"/>.</summary>
        public DayOfWeek DayOfWeek => Date.DayOfWeek;

        /// <summary>True when the member works that day (has at least one slot).</summary>
        public bool IsWorking { get; set; }

        /// <summary>The working hours, sorted; empty on a day off.</summary>
        public TimeSlot[] Slots { get; set; } = Array.Empty<TimeSlot>();

        /// <summary>The hours worked that day.</summary>
        public TimeSpan WorkingTime => TimeSpan.FromTicks(Slots.Sum(s => s.Duration.Ticks));

        /// <summary>Appointments and events that day; null unless asked for (-IncludeBusy).</summary>
        public BusyInterval[]? Busy { get; set; }

        /// <inheritdoc />
        public override string ToString() =>
            Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + (IsWorking ? string.Join(", ", Slots.Select(s => s.ToString())) : "off");
    }
}

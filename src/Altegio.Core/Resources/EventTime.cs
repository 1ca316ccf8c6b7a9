using System.Text.RegularExpressions;

namespace Altegio.Resources
{
    /// <summary>
    /// Dates and durations of group events. The API sends and takes location time: requests carry
    /// <c>YYYY-MM-DD HH:MM:SS</c> with no offset, answers carry an offset (<c>+0200</c>, often without a colon).
    /// A <see cref="DateTime"/> given by the user is read as a clock time at the location: its Kind is ignored.
    /// </summary>
    public static class EventTime
    {
        /// <summary>The form of dates in V2 event filters and bodies.</summary>
        public const string WireFormat = "yyyy-MM-dd HH:mm:ss";

        /// <summary>The grid the API puts event lengths and breaks on.</summary>
        public static readonly TimeSpan Grid = TimeSpan.FromMinutes(5);

        private static readonly Regex IsoWithOffset = new Regex(
            @"^\s*(?<clock>\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,7})?)?)\s*(?<offset>Z|[+-]\d{2}(?::?\d{2})?)?\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly string[] ClockFormats =
        {
            "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm",
            "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd H:mm:ss.FFFFFFF",
        };

        private static readonly Regex UnitDuration = new Regex(
            @"^\s*(?:(?<h>\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(?<m>\d+(?:\.\d+)?)\s*m(?:in(?:utes?|s)?)?)?\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>Formats a clock time at the location for the API: <c>2027-01-15 09:00:00</c>. The Kind is ignored.</summary>
        public static string Format(DateTime locationTime) =>
            locationTime.ToString(WireFormat, CultureInfo.InvariantCulture);

        /// <summary>
        /// Reads a date the API sent: <c>2027-01-15T09:00:00+0200</c>, <c>+02:00</c>, <c>Z</c>, or no offset at all.
        /// Without an offset the offset comes from <paramref name="unixSeconds"/> (the event's <c>timestamp</c>)
        /// when given, else from <paramref name="fallbackOffset"/>, else UTC; the clock time is kept either way.
        /// Null when the text is empty or unreadable and there is no timestamp.
        /// </summary>
        public static DateTimeOffset? ParseApiDate(string? text, long? unixSeconds = null, TimeSpan? fallbackOffset = null)
        {
            if (TrySplit(text, out var clock, out var offset))
            {
                if (offset is null && unixSeconds is { } seconds)
                {
                    var derived = clock - DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
                    derived = TimeSpan.FromMinutes(Math.Round(derived.TotalMinutes));
                    if (derived.Duration() <= TimeSpan.FromHours(14))
                    {
                        offset = derived;
                    }
                }

                return new DateTimeOffset(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), offset ?? fallbackOffset ?? TimeSpan.Zero);
            }

            if (unixSeconds is { } only)
            {
                var utc = DateTimeOffset.FromUnixTimeSeconds(only);
                return fallbackOffset is { } zone ? utc.ToOffset(zone) : utc;
            }

            return null;
        }

        /// <summary>
        /// Reads a time a user typed (or a CSV cell) as a clock time at the location: <c>2027-01-15 09:00</c>,
        /// <c>2027-01-15T09:00:00+0200</c> (the offset is dropped, the clock time kept), or any form
        /// <see cref="DateTime"/> reads with the invariant culture. Null when it is not a date.
        /// </summary>
        public static DateTime? ParseLocationTime(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (TrySplit(text, out var clock, out _))
            {
                return clock;
            }

            // Other forms: DateTimeOffset keeps the clock time as written whether or not an offset is given.
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var any))
            {
                return DateTime.SpecifyKind(any.DateTime, DateTimeKind.Unspecified);
            }

            return null;
        }

        /// <summary>
        /// Reads a duration: a plain number is minutes (<c>60</c>, <c>"90"</c>), <c>1h30m</c>/<c>45min</c> are
        /// read by unit, <c>01:30</c> is hours and minutes, <c>PT1H30M</c> is ISO 8601. Null when unreadable.
        /// </summary>
        public static TimeSpan? ParseDuration(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var trimmed = text!.Trim();
            if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes))
            {
                return FromMinutes(minutes);
            }

            if (trimmed.IndexOf(':') >= 0)
            {
                return TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out var clock) ? clock : null;
            }

            if (trimmed.StartsWith("P", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("-P", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    return System.Xml.XmlConvert.ToTimeSpan(trimmed.ToUpperInvariant());
                }
                catch (FormatException)
                {
                    return null;
                }
            }

            var match = UnitDuration.Match(trimmed);
            if (match.Success && (match.Groups["h"].Success || match.Groups["m"].Success))
            {
                var hours = match.Groups["h"].Success ? double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
                var mins = match.Groups["m"].Success ? double.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
                return FromMinutes((hours * 60) + mins);
            }

            return null;
        }

        /// <summary>A number of minutes as a duration (what a bare number means for -Duration and -TechnicalBreak).</summary>
        public static TimeSpan FromMinutes(double minutes) => TimeSpan.FromTicks((long)Math.Round(minutes * TimeSpan.TicksPerMinute));

        /// <summary>True when <paramref name="value"/> is a whole number of 5-minute steps.</summary>
        public static bool IsOnGrid(TimeSpan value) => value.Ticks % Grid.Ticks == 0;

        private static bool TrySplit(string? text, out DateTime clock, out TimeSpan? offset)
        {
            clock = default;
            offset = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            if (TrySplitExact(text!, out clock, out offset))
            {
                return true;
            }

            var match = IsoWithOffset.Match(text);
            if (!match.Success)
            {
                return false;
            }

            var clockText = match.Groups["clock"].Value.Replace('T', ' ').Replace('t', ' ').Replace(',', '.');
            if (!DateTime.TryParseExact(clockText, ClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
            {
                return false;
            }

            clock = DateTime.SpecifyKind(clock, DateTimeKind.Unspecified);
            var offsetText = match.Groups["offset"].Value;
            if (offsetText.Length == 0)
            {
                return true;
            }

            if (offsetText.Equals("Z", StringComparison.OrdinalIgnoreCase))
            {
                offset = TimeSpan.Zero;
                return true;
            }

            var sign = offsetText[0] == '-' ? -1 : 1;
            var digits = offsetText.Substring(1).Replace(":", string.Empty);
            var hours = int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture);
            var minutes = digits.Length >= 4 ? int.Parse(digits.Substring(2, 2), CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = TimeSpan.FromMinutes(sign * ((hours * 60) + minutes));
            return true;
        }

        /// <summary>
        /// The form the API actually sends, <c>yyyy-MM-ddTHH:mm:ss</c> with an optional <c>Z</c>, <c>+hh</c>,
        /// <c>+hhmm</c> or <c>+hh:mm</c>, read without the regex and format list (which cost more than the rest of
        /// mapping an event). Anything else, including out-of-range fields, is left to the general path, which
        /// decides; so this only ever agrees with it.
        /// </summary>
        internal static bool TrySplitExact(string text, out DateTime clock, out TimeSpan? offset)
        {
            clock = default;
            offset = null;
            var length = text.Length;
            if (length != 19 && length != 20 && length != 22 && length != 24 && length != 25)
            {
                return false;
            }

            if (!Digits(text, 0, 4, out var year) || text[4] != '-' || !Digits(text, 5, 2, out var month) || text[7] != '-'
                || !Digits(text, 8, 2, out var day) || (text[10] != 'T' && text[10] != ' ')
                || !Digits(text, 11, 2, out var hour) || text[13] != ':' || !Digits(text, 14, 2, out var minute) || text[16] != ':'
                || !Digits(text, 17, 2, out var second))
            {
                return false;
            }

            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            var offsetMinutes = 0;
            if (length == 20)
            {
                if (text[19] != 'Z')
                {
                    return false;
                }
            }
            else if (length > 19)
            {
                var sign = text[19] == '+' ? 1 : text[19] == '-' ? -1 : 0;
                if (sign == 0 || !Digits(text, 20, 2, out var offsetHours))
                {
                    return false;
                }

                var offsetRest = 0;
                if ((length == 24 && !Digits(text, 22, 2, out offsetRest))
                    || (length == 25 && (text[22] != ':' || !Digits(text, 23, 2, out offsetRest))))
                {
                    return false;
                }

                if (offsetHours > 14 || offsetRest > 59)
                {
                    return false;
                }

                offsetMinutes = sign * ((offsetHours * 60) + offsetRest);
            }

            clock = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
            offset = length == 19 ? null : TimeSpan.FromMinutes(offsetMinutes);
            return true;
        }

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    value = 0;
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}

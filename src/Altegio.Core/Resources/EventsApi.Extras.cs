using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>
    /// Copying events (<c>POST …/events/{id}/duplicate</c>), the days that have events (<c>…/events/dates</c>,
    /// <c>…/dates/range</c>) and the values the list can be filtered by (<c>…/events/filters</c>).
    /// </summary>
    public sealed partial class EventsApi
    {
        /// <summary>The most start times one duplicate request takes.</summary>
        public const int MaxCopyDates = 100;

        /// <summary>
        /// The start times of "every <paramref name="days"/> until <paramref name="until"/>": from the day after the
        /// source (or today, if the source is past) to <paramref name="until"/> inclusive, at the source's clock
        /// time, on the given days (the source's own weekday when none are given), none before
        /// <paramref name="locationNow"/>. Refused when no day qualifies.
        /// </summary>
        public static IReadOnlyList<DateTime> RepeatDates(Event source, DateTime until, IReadOnlyList<DayOfWeek>? days, DateTime locationNow)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            WeekdayNumbers(days);
            var weekdays = days is { Count: > 0 } ? new HashSet<DayOfWeek>(days) : new HashSet<DayOfWeek> { source.Start.DayOfWeek };
            var sourceDay = source.Start.DateTime.Date;
            var clock = source.Start.DateTime.TimeOfDay;
            var first = sourceDay.AddDays(1) > locationNow.Date ? sourceDay.AddDays(1) : locationNow.Date;
            var last = until.Date;
            if (last >= LatestStart)
            {
                throw AltegioApiException.InvalidParameter("Until", "-Until " + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " is past the year 2099.");
            }

            var starts = new List<DateTime>();
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                var start = DateTime.SpecifyKind(day + clock, DateTimeKind.Unspecified);
                if (weekdays.Contains(day.DayOfWeek) && start > locationNow)
                {
                    starts.Add(start);
                }
            }

            if (starts.Count == 0)
            {
                throw AltegioApiException.InvalidParameter("Until",
                    "No " + string.Join(" or ", weekdays.OrderBy(d => ((int)d + 6) % 7)) + " from " + first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    + " to " + last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": nothing to copy.");
            }

            return starts;
        }

        /// <summary>
        /// Checks every start time before anything is sent, since the API refuses the whole request for one bad
        /// date: none in the past (at the location), none outside 2000–2099, none twice, none equal to the
        /// source's own start. All the bad ones are named at once.
        /// </summary>
        public static void ValidateCopyDates(Event source, IReadOnlyList<DateTime> starts, DateTime locationNow)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (starts is null || starts.Count == 0)
            {
                throw AltegioApiException.InvalidParameter("Start", "Give at least one start time.");
            }

            var problems = new List<string>();
            var seen = new HashSet<DateTime>();
            foreach (var start in starts)
            {
                var clock = DateTime.SpecifyKind(start, DateTimeKind.Unspecified);
                var text = clock.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                if (clock < EarliestStart || clock >= LatestStart)
                {
                    problems.Add(text + " (outside 2000-2099)");
                }
                else if (clock <= locationNow)
                {
                    problems.Add(text + " (in the past at the location)");
                }
                else if (clock == source.Start.DateTime)
                {
                    problems.Add(text + " (the event's own start)");
                }
                else if (!seen.Add(clock))
                {
                    problems.Add(text + " (given twice)");
                }
            }

            if (problems.Count > 0)
            {
                throw AltegioApiException.InvalidParameter("Start",
                    "Nothing was copied: the API refuses the whole request for one bad start time. Bad: " + string.Join(", ", problems) + ".");
            }
        }

        /// <summary>The start times in sending order, at most <see cref="MaxCopyDates"/> per request.</summary>
        public static IEnumerable<IReadOnlyList<DateTime>> CopyBatches(IReadOnlyList<DateTime> starts)
        {
            var sorted = starts.OrderBy(s => s).ToList();
            for (var i = 0; i < sorted.Count; i += MaxCopyDates)
            {
                yield return sorted.GetRange(i, Math.Min(MaxCopyDates, sorted.Count - i));
            }
        }

        /// <summary>
        /// Copies <paramref name="source"/> to up to <see cref="MaxCopyDates"/> start times in one request, with its
        /// bookings when asked. The answer carries only the basics (and in the shape the official client saw:
        /// type <c>activities</c>, a date without offset, seats as <c>records_count</c>), so each copy is completed
        /// from the source: tags, resource instances, break, texts and titles are the source's. A busy team member
        /// or resource (409) becomes a conflict that names the clashing start.
        /// </summary>
        public async Task<IReadOnlyList<Event>> CopyAsync(long companyId, Event source, IReadOnlyList<DateTime> starts, bool withBookings, bool force, CancellationToken cancellationToken)
        {
            if (source is null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            ValidateIds("Id", source.Id);
            if (starts is null || starts.Count == 0 || starts.Count > MaxCopyDates)
            {
                throw AltegioApiException.InvalidParameter("Start",
                    "One copy request takes 1 to " + MaxCopyDates.ToString(CultureInfo.InvariantCulture) + " start times, not " + (starts?.Count ?? 0).ToString(CultureInfo.InvariantCulture) + ".");
            }

            var body = new EventCopyBody
            {
                Dates = starts.Select(start => start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).ToList(),
                ContentType = withBookings ? 2 : 1,
                Force = force,
            };
            try
            {
                return await _client.ListAsync(
                    AltegioRequest.Post(AltegioApiVersion.V2, ApiPaths.Join(EventPath(companyId, source.Id), "duplicate"), body, AltegioJsonContext.Wire.EventCopyBody),
                    AltegioJsonContext.Wire.EventAttributes, (r, included) => CompleteCopy(Map(r, included, companyId), r.Attributes, source), cancellationToken).ConfigureAwait(false);
            }
            catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.Conflict)
            {
                throw NameTheClash(ex, starts);
            }
        }

        private static Event CompleteCopy(Event copy, EventAttributes attributes, Event source)
        {
            // A date without offset is location time: give it the source's offset, not UTC.
            copy.Start = EventTime.ParseApiDate(attributes.Date, attributes.Timestamp, source.Start.Offset) ?? copy.Start;
            copy.CompanyId = copy.CompanyId == 0 ? source.CompanyId : copy.CompanyId;
            if (copy.TeamMemberId == 0)
            {
                copy.TeamMemberId = source.TeamMemberId;
            }

            if (copy.ServiceId == 0)
            {
                copy.ServiceId = source.ServiceId;
            }

            copy.TeamMemberName ??= copy.TeamMemberId == source.TeamMemberId ? source.TeamMemberName : null;
            copy.ServiceTitle ??= copy.ServiceId == source.ServiceId ? source.ServiceTitle : null;
            copy.Duration = copy.Duration == TimeSpan.Zero ? source.Duration : copy.Duration;
            copy.Capacity = copy.Capacity == 0 ? source.Capacity : copy.Capacity;
            copy.TechnicalBreak ??= source.TechnicalBreak;
            copy.Color ??= source.Color;
            copy.FontColor ??= source.FontColor;
            copy.Comment ??= source.Comment;
            copy.Instructions ??= source.Instructions;
            copy.StreamLink ??= source.StreamLink;
            copy.TagIds ??= source.TagIds;
            copy.TagTitles ??= source.TagTitles;
            copy.ResourceInstanceIds ??= source.ResourceInstanceIds;
            copy.ResourceInstanceTitles ??= source.ResourceInstanceTitles;
            return copy;
        }

        /// <summary>
        /// The API's conflict names the clash in its text (V1: "…busy or not working: 2020-10-01 10:30"). The start
        /// sent that it names is reported; failing that, the only start sent, else the range of starts.
        /// </summary>
        private static AltegioApiException NameTheClash(AltegioApiException ex, IReadOnlyList<DateTime> starts)
        {
            var text = ex.ApiMessage ?? string.Empty;
            DateTime? clash = null;
            foreach (var start in starts)
            {
                if (text.IndexOf(start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal) >= 0
                    || text.IndexOf(start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal) >= 0)
                {
                    clash = start;
                    break;
                }
            }

            if (clash is null && starts.Count == 1)
            {
                clash = starts[0];
            }

            var where = clash is { } found
                ? "The copy at " + found.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " clashes"
                : "One of the copies from " + starts.Min().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " to "
                    + starts.Max().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " clashes";
            var reason = text.Length > 0 ? " (" + text.TrimEnd('.') + ")" : string.Empty;
            return new AltegioApiException(ex.Kind, ex.Method, ex.Path, ex.StatusCode,
                where + " with a busy team member or resource" + reason + "; nothing in this request was copied. Pass -Force to copy anyway, or leave that date out.",
                ex.FieldErrors);
        }

        /// <summary>
        /// The days that have at least one event matching <paramref name="query"/>, in date order. Deleted
        /// events count only with <see cref="EventListQuery.IncludeDeleted"/>, which is also what lets the period
        /// start in the past.
        /// </summary>
        public async Task<IReadOnlyList<EventDay>> DatesAsync(long companyId, EventListQuery query, CancellationToken cancellationToken)
        {
            Validate(query);
            var dates = await _client.ListAsync(FilteredRequest(EventsPath(companyId) + "/dates", query, query.IncludeDeleted),
                AltegioJsonContext.Wire.EventDayAttributes, (r, _) => ParseDay(r.Attributes.Date ?? r.Id), cancellationToken).ConfigureAwait(false);
            return new SortedSet<DateTime>(dates.OfType<DateTime>()).Select(d => new EventDay { CompanyId = companyId, Date = d }).ToList();
        }

        /// <summary>The first and last day with events matching <paramref name="query"/> (both null when none).</summary>
        public async Task<EventDateRange> DateRangeAsync(long companyId, EventListQuery query, CancellationToken cancellationToken)
        {
            Validate(query);
            return await _client.OneOrNoneAsync(FilteredRequest(EventsPath(companyId) + "/dates/range", query, query.IncludeDeleted), AltegioJsonContext.Wire.EventDayAttributes,
                    (r, _) => new EventDateRange { CompanyId = companyId, First = ParseDay(r.Attributes.MinDate), Last = ParseDay(r.Attributes.MaxDate) }, cancellationToken).ConfigureAwait(false)
                ?? new EventDateRange { CompanyId = companyId };
        }

        /// <summary>
        /// The team members, services, service categories and resources that have events in the period, with
        /// their names (<c>GET …/events/filters</c>). A criterion with no values may come as <c>null</c>; the
        /// values are side-loaded with <c>type: null</c> and a <c>title</c> or a <c>name</c>.
        /// </summary>
        public async Task<IReadOnlyList<EventFilterValue>> FilterValuesAsync(long companyId, DateTime from, DateTime to, CancellationToken cancellationToken)
        {
            var query = new EventListQuery { From = from, To = to };
            Validate(query);
            var criteria = await _client.ListAsync(FilteredRequest(EventsPath(companyId) + "/filters", query, includeDeleted: false), AltegioJsonContext.Wire.IncludedAttributes,
                (r, included) => r.Id is { } criterion && r.Relationships["data"] is { } references
                    ? references.Where(reference => reference.NumericId.HasValue)
                        .Select(reference => new EventFilterValue(criterion, reference.NumericId!.Value,
                            Text.NullIfEmpty(included.Find(reference)?.Title) ?? Text.NullIfEmpty(included.Find(reference)?.Name)))
                    : Enumerable.Empty<EventFilterValue>(),
                cancellationToken).ConfigureAwait(false);
            return criteria.SelectMany(values => values).ToList();
        }

        private static DateTime? ParseDay(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var trimmed = text!.Trim();
            if (DateTime.TryParseExact(trimmed.Length >= 10 ? trimmed.Substring(0, 10) : trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return DateTime.SpecifyKind(day, DateTimeKind.Unspecified);
            }

            return null;
        }
    }
}

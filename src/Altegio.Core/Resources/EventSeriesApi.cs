using System.Net.Http;
using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>
    /// Recurring event series, V1 only: <c>/v1/locations/{id}/schedules</c> (the API calls a series a schedule
    /// and each of its weekdays a day). The API makes the events of a series in the background, so right
    /// after a change some occurrences may still have no event.
    /// </summary>
    public sealed class EventSeriesApi
    {
        private static readonly string[] DayNames = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
        private static readonly string[] DayIncludes = { "days", "days.events_master", "days.events_labels", "days.events_resource_instances" };
        private readonly AltegioClient _client;

        internal EventSeriesApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>
        /// Creates a series from a template event: reads the template, fills every weekday from it and the
        /// draft's per-weekday values, sends the series, then reads it back with its occurrences, so the result
        /// shows which events exist already and which the API is still making.
        /// </summary>
        public async Task<EventSeries> CreateAsync(long companyId, EventSeriesDraft draft, CancellationToken cancellationToken)
        {
            ValidateDraft(draft);
            var template = await _client.Events.GetAsync(companyId, draft.TemplateEventId, EventInclude.None, cancellationToken).ConfigureAwait(false);
            var body = BodyFor(template, draft);
            var request = new AltegioRequest(HttpMethod.Post, AltegioApiVersion.V1, SeriesPath(companyId))
                .AddQuery("include[]", "days")
                .WithBody(JsonSerializer.SerializeToUtf8Bytes(body, SchedulesJsonContext.Default.EventSeriesCreateBody));
            long id;
            using (var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false))
            {
                id = Read(ResourceReader.Single(document, "POST", request.DisplayPath), companyId, "POST", request.DisplayPath).Id;
            }

            // Read back through the template, the documented way to find a series, with the occurrences.
            var created = await FindByEventAsync(companyId, draft.TemplateEventId, true, cancellationToken).ConfigureAwait(false);
            if (created.Id != id)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, "GET", SeriesPath(companyId), null,
                    "Series " + id.ToString(CultureInfo.InvariantCulture) + " was created, but event " + draft.TemplateEventId.ToString(CultureInfo.InvariantCulture)
                    + " reads as part of series " + created.Id.ToString(CultureInfo.InvariantCulture) + ".");
            }

            return created;
        }

        /// <summary>
        /// Gets a series by id. The docs list no read by id; this is the GET of the path that PATCH and DELETE
        /// use. <see cref="FindByEventAsync"/> is the documented read.
        /// </summary>
        public Task<EventSeries> GetAsync(long companyId, long id, bool includeEvents, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            return ReadAsync(companyId, SeriesPath(companyId, id), includeEvents, cancellationToken);
        }

        /// <summary>Finds the series an event belongs to; an event in no series is an Altegio.NotFound error.</summary>
        public async Task<EventSeries> FindByEventAsync(long companyId, long eventId, bool includeEvents, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("EventId", eventId);
            try
            {
                return await ReadAsync(companyId, SeriesPath(companyId) + "/search/activity/" + eventId.ToString(CultureInfo.InvariantCulture), includeEvents, cancellationToken).ConfigureAwait(false);
            }
            catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.NotFound)
            {
                throw new AltegioApiException(ex.Kind, ex.Method, ex.Path, ex.StatusCode,
                    "Event " + eventId.ToString(CultureInfo.InvariantCulture) + " belongs to no series (or does not exist): " + (ex.ApiMessage ?? "not found."), ex.FieldErrors);
            }
        }

        /// <summary>Moves the end of a series; the API then makes or removes events to match.</summary>
        public async Task<EventSeries> UpdateAsync(long companyId, long id, DateTime until, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            ValidateUntil(until);
            var request = new AltegioRequest(new HttpMethod("PATCH"), AltegioApiVersion.V1, SeriesPath(companyId, id))
                .WithBody(JsonSerializer.SerializeToUtf8Bytes(new EventSeriesUpdateBody { DateEnd = SchedulesApi.DateText(until) }, SchedulesJsonContext.Default.EventSeriesUpdateBody));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (document.DataItems.Count == 0)
            {
                return await GetAsync(companyId, id, false, cancellationToken).ConfigureAwait(false);
            }

            var series = Read(document.DataItems[0], companyId, "PATCH", request.DisplayPath);
            series.Until ??= until.Date;
            return series;
        }

        /// <summary>Deletes a series with all its events and their bookings (HTTP 204).</summary>
        public async Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            var request = new AltegioRequest(HttpMethod.Delete, AltegioApiVersion.V1, SeriesPath(companyId, id));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Checks a draft before anything is sent (the template is not read yet).</summary>
        public static void ValidateDraft(EventSeriesDraft draft)
        {
            if (draft is null)
            {
                throw new ArgumentNullException(nameof(draft));
            }

            EventsApi.ValidateIds("EventId", draft.TemplateEventId);
            ValidateUntil(draft.Until);
            var days = draft.DaysOfWeek ?? Array.Empty<DayOfWeek>();
            EventsApi.WeekdayNumbers(days);
            var duplicate = days.GroupBy(d => d).FirstOrDefault(g => g.Count() > 1);
            if (duplicate != null)
            {
                throw AltegioApiException.InvalidParameter("DayOfWeek", duplicate.Key + " is given twice; a series has at most one set of events per weekday.");
            }

            var count = Math.Max(days.Count, 1);
            CheckPerDay("Time", draft.Times, count, t => t >= TimeSpan.Zero && t < TimeSpan.FromDays(1),
                "must be a time of day from 00:00 to 23:59");
            CheckPerDay("Duration", draft.Durations, count, d => d > TimeSpan.Zero && d <= EventsApi.MaxDuration && EventTime.IsOnGrid(d),
                "must be more than 0, at most 24 hours, and a multiple of 5 minutes");
            CheckPerDay("Capacity", draft.Capacities, count, c => c >= 1, "must be at least 1");
            CheckPerDay("TeamMemberId", draft.TeamMemberIds, count, id => id >= 1, "must be a positive id");
        }

        /// <summary>The create body: every weekday with all five fields the API requires, from the draft or else the template.</summary>
        internal static EventSeriesCreateBody BodyFor(Event template, EventSeriesDraft draft)
        {
            ValidateDraft(draft);
            var start = template.Start.DateTime;
            if (draft.Until.Date <= start.Date)
            {
                throw AltegioApiException.InvalidParameter("Until",
                    "-Until (" + SchedulesApi.DateText(draft.Until) + ") must be after the template event's date (" + SchedulesApi.DateText(start) + ").");
            }

            var days = draft.DaysOfWeek is { Count: > 0 } given ? given : new[] { start.DayOfWeek };
            // The series length excludes the technical break, which the event's length includes.
            var length = template.Duration - (template.TechnicalBreak ?? TimeSpan.Zero);
            var body = new EventSeriesCreateBody
            {
                OriginalEntityType = "activity",
                OriginalEntityId = template.Id,
                DateEnd = SchedulesApi.DateText(draft.Until),
                AddClientsFromOriginalEntity = draft.WithBookings,
            };
            for (var i = 0; i < days.Count; i++)
            {
                body.Days.Add(new EventSeriesDayBody
                {
                    DayOfWeek = DayNames[(int)days[i]],
                    EventsMasterId = Pick(draft.TeamMemberIds, i, template.TeamMemberId),
                    EventsTime = FormatTime(Pick(draft.Times, i, start.TimeOfDay)),
                    EventsDuration = (long)Pick(draft.Durations, i, length > TimeSpan.Zero ? length : template.Duration).TotalSeconds,
                    EventsCapacity = Pick(draft.Capacities, i, template.Capacity),
                    LabelsIds = (template.TagIds ?? Array.Empty<long>()).ToList(),
                    ResourceInstanceIds = (template.ResourceInstanceIds ?? Array.Empty<long>()).ToList(),
                });
            }

            return body;
        }

        private async Task<EventSeries> ReadAsync(long companyId, string path, bool includeEvents, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V1, path);
            foreach (var include in DayIncludes)
            {
                request.AddQuery("include[]", include);
            }

            EventSeries series;
            using (var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false))
            {
                series = Read(ResourceReader.Single(document, "GET", request.DisplayPath), companyId, "GET", request.DisplayPath);
            }

            if (includeEvents)
            {
                foreach (var day in series.Days)
                {
                    day.Occurrences = await OccurrencesAsync(companyId, series.Id, day.Id, cancellationToken).ConfigureAwait(false);
                }
            }

            return series;
        }

        private async Task<EventSeriesOccurrence[]> OccurrencesAsync(long companyId, long seriesId, long dayId, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V1,
                SeriesPath(companyId, seriesId) + "/days/" + dayId.ToString(CultureInfo.InvariantCulture) + "/events");
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return document.DataItems.Select(item => ReadOccurrence(item, dayId)).OrderBy(o => o.Start).ToArray();
        }

        internal static EventSeries Read(JsonElement resource, long companyId, string method, string path)
        {
            var fields = Fields(resource);
            var series = new EventSeries
            {
                Id = ResourceReader.ReadId(resource, method, path),
                CompanyId = fields.GetInt64("company_id") ?? companyId,
                TemplateEventId = fields.GetInt64("original_entity_id") ?? 0,
                StartDate = ParseDay(fields, "date_start"),
                Until = ParseDay(fields, "date_end"),
                CreatedAt = EventTime.ParseApiDate(fields.GetStringOrNull("created_at")),
                UpdatedAt = EventTime.ParseApiDate(fields.GetStringOrNull("updated_at")),
                IsDeleted = !string.IsNullOrEmpty(fields.GetStringOrNull("deleted_at")),
            };
            if (fields.TryGetProperty("days", out var days) && days.ValueKind == JsonValueKind.Array)
            {
                series.Days = days.EnumerateArray().Select(d => ReadDay(d, series.Id, method, path)).OrderBy(d => ((int)d.DayOfWeek + 6) % 7).ToArray();
            }

            return series;
        }

        private static EventSeriesDay ReadDay(JsonElement resource, long seriesId, string method, string path)
        {
            var day = Fields(resource);
            var master = day.TryGetProperty("events_master", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
            var result = new EventSeriesDay
            {
                Id = ResourceReader.ReadId(resource, method, path),
                SeriesId = day.GetInt64("timetable_event_schedule_id") ?? seriesId,
                DayOfWeek = ParseDayOfWeek(day.TryGetProperty("day_of_week", out var dow) ? dow : default)
                    ?? throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, null, "A series day in the answer has no readable day_of_week."),
                Time = TimeSlot.ParseClock(day.GetStringOrNull("events_time"), allowEndOfDay: false) ?? TimeSpan.Zero,
                Duration = TimeSpan.FromSeconds(day.GetInt64("events_duration") ?? 0),
                TechnicalBreak = day.GetInt64("event_technical_break_duration") is { } pause ? TimeSpan.FromSeconds(pause) : null,
                Capacity = day.GetInt64("events_capacity") is { } capacity ? (int)capacity : null,
                TeamMemberId = master.ValueKind == JsonValueKind.Object ? master.GetInt64("id") : day.GetInt64("events_master_id"),
                TeamMemberName = master.ValueKind == JsonValueKind.Object ? Text.NullIfEmpty(master.GetStringOrNull("name")) : null,
                TagIds = Ids(day, "events_labels") ?? Ids(day, "labels_ids") ?? Array.Empty<long>(),
                ResourceInstanceIds = Ids(day, "events_resource_instances")
                    ?? Ids(day, "resource_instance_ids") ?? Ids(day, "resource_instances_ids") ?? Array.Empty<long>(),
            };
            result.TeamMemberId ??= day.GetInt64("events_master_id");
            if (day.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array)
            {
                result.Occurrences = events.EnumerateArray().Select(e => ReadOccurrence(e, result.Id)).OrderBy(o => o.Start).ToArray();
            }

            return result;
        }

        private static EventSeriesOccurrence ReadOccurrence(JsonElement resource, long dayId)
        {
            var item = Fields(resource);
            var status = item.GetStringOrNull("event_status");
            var start = EventTime.ParseApiDate(item.GetStringOrNull("event_datetime"))
                ?? EventTime.ParseApiDate(item.GetStringOrNull("entity_datetime"))
                ?? default;
            var changed = new[] { "is_entity_master_changed", "is_entity_datetime_changed", "is_entity_duration_changed", "is_entity_labels_changed", "is_entity_resource_instances_changed" }
                .Any(flag => item.GetBooleanOrNull(flag) == true);
            return new EventSeriesOccurrence
            {
                Id = resource.GetInt64("id") ?? 0,
                DayId = item.GetInt64("timetable_event_schedule_day_id") ?? dayId,
                StatusText = status,
                Status = ParseStatus(status),
                Start = start,
                EventId = item.GetInt64("event_entity_id") is > 0 and var id ? id : null,
                IsChanged = changed,
            };
        }

        /// <summary>Maps the API's <c>event_status</c>; an unknown one is <see cref="EventSeriesOccurrenceStatus.Unknown"/>.</summary>
        public static EventSeriesOccurrenceStatus ParseStatus(string? status) => status switch
        {
            "stable" => EventSeriesOccurrenceStatus.Stable,
            "event_created" => EventSeriesOccurrenceStatus.EventCreated,
            "event_changed" => EventSeriesOccurrenceStatus.EventChanged,
            "event_changed_force" => EventSeriesOccurrenceStatus.EventChangedForce,
            "event_deleted" => EventSeriesOccurrenceStatus.EventDeleted,
            "entity_deleted" => EventSeriesOccurrenceStatus.EntityDeleted,
            "entity_failed" => EventSeriesOccurrenceStatus.EntityFailed,
            _ => EventSeriesOccurrenceStatus.Unknown,
        };

        /// <summary>Reads <c>mon</c>…<c>sun</c>, full English names, or numbers (1 Monday … 7 Sunday; 0 Sunday).</summary>
        internal static DayOfWeek? ParseDayOfWeek(JsonElement value)
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number is >= 0 and <= 7)
            {
                return (DayOfWeek)(number % 7);
            }

            var text = JsonValues.ReadString(value)?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 7)
            {
                return (DayOfWeek)(n % 7);
            }

            var index = Array.FindIndex(DayNames, name => text!.StartsWith(name, StringComparison.Ordinal));
            return index >= 0 ? (DayOfWeek)index : null;
        }

        private static void ValidateUntil(DateTime until)
        {
            if (until < EventsApi.EarliestStart || until >= EventsApi.LatestStart)
            {
                throw AltegioApiException.InvalidParameter("Until", "-Until " + SchedulesApi.DateText(until) + " is outside the years 2000 to 2099 that this module sends; check the date.");
            }
        }

        private static void CheckPerDay<T>(string parameter, IReadOnlyList<T>? values, int dayCount, Func<T, bool> valid, string rule)
        {
            if (values is null || values.Count == 0)
            {
                return;
            }

            if (values.Count != 1 && values.Count != dayCount)
            {
                throw AltegioApiException.InvalidParameter(parameter,
                    "-" + parameter + " takes one value for every weekday or one per -DayOfWeek (" + dayCount.ToString(CultureInfo.InvariantCulture)
                    + "), in the same order; " + values.Count.ToString(CultureInfo.InvariantCulture) + " were given.");
            }

            foreach (var value in values)
            {
                if (!valid(value))
                {
                    throw AltegioApiException.InvalidParameter(parameter, "-" + parameter + " " + value + " " + rule + ".");
                }
            }
        }

        private static T Pick<T>(IReadOnlyList<T>? values, int index, T fallback) =>
            values is null || values.Count == 0 ? fallback : values.Count == 1 ? values[0] : values[index];

        private static string FormatTime(TimeSpan time) =>
            time.Hours.ToString("00", CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture) + ":" + time.Seconds.ToString("00", CultureInfo.InvariantCulture);

        private static DateTime? ParseDay(JsonElement fields, string name) =>
            fields.TryGetProperty(name, out var value) ? SchedulesApi.ParseDate(value) : null;

        /// <summary>A V1 object's fields, or a JSON:API resource's <c>attributes</c> (keeping <c>id</c> readable from the resource).</summary>
        private static JsonElement Fields(JsonElement item) =>
            item.ValueKind == JsonValueKind.Object && item.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object
                ? attributes
                : item;

        private static long[]? Ids(JsonElement day, string name)
        {
            if (!day.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return list.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object ? x.GetInt64("id") : JsonValues.ReadInt64(x))
                .Where(x => x is > 0).Select(x => x!.Value).ToArray();
        }

        private static string SeriesPath(long companyId) => "locations/" + companyId.ToString(CultureInfo.InvariantCulture) + "/schedules";

        private static string SeriesPath(long companyId, long id) => SeriesPath(companyId) + "/" + id.ToString(CultureInfo.InvariantCulture);
    }
}

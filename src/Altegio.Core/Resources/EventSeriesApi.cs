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
            var id = await _client.OneAsync(
                AltegioRequest.Post(AltegioApiVersion.V1, SeriesPath(companyId), body, AltegioJsonContext.Wire.EventSeriesCreateBody).AddQuery("include[]", "days"),
                AltegioJsonContext.Wire.EventSeriesWire, (r, _) => r.NumericId, cancellationToken).ConfigureAwait(false);

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
            var series = await _client.OneOrNoneAsync(
                AltegioRequest.Patch(AltegioApiVersion.V1, SeriesPath(companyId, id), new EventSeriesUpdateBody { DateEnd = SchedulesApi.DateText(until) }, AltegioJsonContext.Wire.EventSeriesUpdateBody),
                AltegioJsonContext.Wire.EventSeriesWire, (r, _) => Map(r, companyId), cancellationToken).ConfigureAwait(false);
            if (series is null)
            {
                return await GetAsync(companyId, id, false, cancellationToken).ConfigureAwait(false);
            }

            series.Until ??= until.Date;
            return series;
        }

        /// <summary>Deletes a series with all its events and their bookings (HTTP 204).</summary>
        public Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            return _client.ExecuteAsync(AltegioRequest.Delete(AltegioApiVersion.V1, SeriesPath(companyId, id)), cancellationToken);
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
            var request = AltegioRequest.Get(AltegioApiVersion.V1, path);
            foreach (var include in DayIncludes)
            {
                request.AddQuery("include[]", include);
            }

            var series = await _client.OneAsync(request, AltegioJsonContext.Wire.EventSeriesWire, (r, _) => Map(r, companyId), cancellationToken).ConfigureAwait(false);
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
            var request = AltegioRequest.Get(AltegioApiVersion.V1, ApiPaths.Join(SeriesPath(companyId, seriesId), "days", dayId, "events"));
            var occurrences = await _client.ListAsync(request, AltegioJsonContext.Wire.EventSeriesOccurrenceWire,
                (r, _) => Map(r.Attributes, r.Ref?.NumericId, dayId), cancellationToken).ConfigureAwait(false);
            return occurrences.OrderBy(o => o.Start).ToArray();
        }

        internal static EventSeries Map(Resource<EventSeriesWire> resource, long companyId)
        {
            var fields = resource.Attributes;
            var series = new EventSeries
            {
                Id = resource.NumericId,
                CompanyId = fields.CompanyId ?? companyId,
                TemplateEventId = fields.OriginalEntityId ?? 0,
                StartDate = SchedulesApi.ParseDate(fields.DateStart),
                Until = SchedulesApi.ParseDate(fields.DateEnd),
                CreatedAt = EventTime.ParseApiDate(fields.CreatedAt),
                UpdatedAt = EventTime.ParseApiDate(fields.UpdatedAt),
                IsDeleted = !string.IsNullOrEmpty(fields.DeletedAt),
            };
            if (fields.Days is { } days)
            {
                series.Days = days.Select(d => Map(d, series.Id)).OrderBy(d => ((int)d.DayOfWeek + 6) % 7).ToArray();
            }

            return series;
        }

        private static EventSeriesDay Map(EventSeriesDayWire day, long seriesId)
        {
            var id = day.Id ?? throw new WireFormatException("A resource in the answer has no numeric id.");
            return new EventSeriesDay
            {
                Id = id,
                SeriesId = day.TimetableEventScheduleId ?? seriesId,
                DayOfWeek = day.DayOfWeek ?? throw new WireFormatException("A series day in the answer has no readable day_of_week."),
                Time = TimeSlot.ParseClock(day.EventsTime, allowEndOfDay: false) ?? TimeSpan.Zero,
                Duration = TimeSpan.FromSeconds(day.EventsDuration ?? 0),
                TechnicalBreak = day.EventTechnicalBreakDuration is { } pause ? TimeSpan.FromSeconds(pause) : null,
                Capacity = day.EventsCapacity is { } capacity ? (int)capacity : null,
                TeamMemberId = day.EventsMaster?.Id ?? day.EventsMasterId,
                TeamMemberName = Text.NullIfEmpty(day.EventsMaster?.Name),
                TagIds = day.EventsLabels ?? day.LabelsIds ?? Array.Empty<long>(),
                ResourceInstanceIds = day.EventsResourceInstances ?? day.ResourceInstanceIds ?? day.ResourceInstancesIds ?? Array.Empty<long>(),
                Occurrences = day.Events?.Select(e => Map(e, null, id)).OrderBy(o => o.Start).ToArray(),
            };
        }

        private static EventSeriesOccurrence Map(EventSeriesOccurrenceWire item, long? id, long dayId) => new EventSeriesOccurrence
        {
            Id = id ?? item.Id ?? 0,
            DayId = item.TimetableEventScheduleDayId ?? dayId,
            StatusText = item.EventStatus,
            Status = ParseStatus(item.EventStatus),
            Start = EventTime.ParseApiDate(item.EventDatetime) ?? EventTime.ParseApiDate(item.EntityDatetime) ?? default,
            EventId = item.EventEntityId is > 0 and var eventId ? eventId : null,
            IsChanged = item.IsEntityMasterChanged == true || item.IsEntityDatetimeChanged == true || item.IsEntityDurationChanged == true
                || item.IsEntityLabelsChanged == true || item.IsEntityResourceInstancesChanged == true,
        };

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

        private static string SeriesPath(long companyId, long? id = null) => ApiPaths.Location(companyId, "schedules", id);
    }
}

using System.Net.Http;

namespace Altegio.Resources
{
    /// <summary>
    /// Saved repeat patterns for copying events: <c>/v2/locations/{id}/events/duplication_strategies</c> (wire
    /// type <c>activity_duplication_strategy</c>). The list is not paged and there is no get by id. The server
    /// checks the pattern as a whole on update too, so an update sends the whole strategy.
    /// </summary>
    public sealed class EventDuplicationStrategiesApi
    {
        /// <summary>The longest title the API takes.</summary>
        public const int MaxTitleLength = 50;

        private readonly AltegioClient _client;

        internal EventDuplicationStrategiesApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>Lists the location's strategies.</summary>
        public async Task<IReadOnlyList<EventDuplicationStrategy>> ListAsync(long companyId, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V2, Path(companyId));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return document.DataItems.Select(item => Read(item, companyId, "GET", request.DisplayPath)).ToList();
        }

        /// <summary>Finds one strategy in the list (there is no get by id); NotFound when it is not there.</summary>
        public async Task<EventDuplicationStrategy> GetAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            var all = await ListAsync(companyId, cancellationToken).ConfigureAwait(false);
            return all.FirstOrDefault(s => s.Id == id)
                ?? throw new AltegioApiException(AltegioErrorKind.NotFound, "GET", "/v2/" + Path(companyId), 404,
                    "Location " + companyId.ToString(CultureInfo.InvariantCulture) + " has no duplication strategy " + id.ToString(CultureInfo.InvariantCulture) + ".");
        }

        /// <summary>Creates a strategy; title and repeat mode are required, and a weekly one needs days.</summary>
        public async Task<EventDuplicationStrategy> CreateAsync(long companyId, EventDuplicationStrategyDraft draft, CancellationToken cancellationToken)
        {
            var strategy = Merge(new EventDuplicationStrategy { CompanyId = companyId }, draft, create: true);
            var request = new AltegioRequest(HttpMethod.Post, AltegioApiVersion.V2, Path(companyId)).WithBody(Body(strategy));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return ReadAnswer(document, strategy, companyId, "POST", request.DisplayPath);
        }

        /// <summary>Changes a strategy: reads it, merges <paramref name="changes"/> and sends the whole strategy.</summary>
        public async Task<EventDuplicationStrategy> UpdateAsync(long companyId, long id, EventDuplicationStrategyDraft changes, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            if (changes is null || !changes.HasChanges)
            {
                throw AltegioApiException.InvalidParameter("Id", "Nothing to change: give -Title, -RepeatMode, -DayOfWeek, -Interval or -WithBookings.");
            }

            Merge(new EventDuplicationStrategy { RepeatMode = EventRepeatMode.Daily }, new EventDuplicationStrategyDraft
            {
                Title = changes.Title, RepeatMode = changes.RepeatMode, DaysOfWeek = changes.DaysOfWeek, Interval = changes.Interval,
            }, create: false, checkPattern: false);
            var current = await GetAsync(companyId, id, cancellationToken).ConfigureAwait(false);
            var strategy = Merge(current, changes, create: false);
            var request = new AltegioRequest(HttpMethod.Put, AltegioApiVersion.V2, Path(companyId) + "/" + id.ToString(CultureInfo.InvariantCulture)).WithBody(Body(strategy));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return ReadAnswer(document, strategy, companyId, "PUT", request.DisplayPath);
        }

        /// <summary>Removes a strategy (204).</summary>
        public async Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            var request = new AltegioRequest(HttpMethod.Delete, AltegioApiVersion.V2, Path(companyId) + "/" + id.ToString(CultureInfo.InvariantCulture));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The strategy with <paramref name="draft"/> merged in, checked: title 1 to 50 characters, a known repeat
        /// mode, real days, an interval of 0 or more, and days for a weekly strategy.
        /// </summary>
        public static EventDuplicationStrategy Merge(EventDuplicationStrategy current, EventDuplicationStrategyDraft draft, bool create, bool checkPattern = true)
        {
            if (current is null || draft is null)
            {
                throw new ArgumentNullException(current is null ? nameof(current) : nameof(draft));
            }

            if (create && draft.Title is null)
            {
                throw AltegioApiException.InvalidParameter("Title", "Give a -Title.");
            }

            if (create && draft.RepeatMode is null)
            {
                throw AltegioApiException.InvalidParameter("RepeatMode", "Give a -RepeatMode.");
            }

            var title = draft.Title is null ? current.Title : Require.Text(draft.Title, "Title", "The title");
            Require.MaxLength(title, MaxTitleLength, "Title", "The title");
            var mode = draft.RepeatMode ?? current.RepeatMode;
            if (!Enum.IsDefined(typeof(EventRepeatMode), mode))
            {
                throw AltegioApiException.InvalidParameter("RepeatMode", "'" + ((int)mode).ToString(CultureInfo.InvariantCulture) + "' is not a repeat mode.");
            }

            var days = draft.DaysOfWeek?.Distinct().OrderBy(d => d).ToArray() ?? current.DaysOfWeek;
            EventsApi.WeekdayNumbers(days);
            if (draft.Interval is < 0)
            {
                throw AltegioApiException.InvalidParameter("Interval", "The interval cannot be negative.");
            }

            if (checkPattern && mode == EventRepeatMode.Weekly && days.Length == 0)
            {
                throw AltegioApiException.InvalidParameter("DayOfWeek", "A weekly strategy needs at least one -DayOfWeek.");
            }

            return new EventDuplicationStrategy
            {
                Id = current.Id,
                CompanyId = current.CompanyId,
                Title = title,
                RepeatMode = mode,
                DaysOfWeek = days,
                Interval = draft.Interval ?? current.Interval,
                WithBookings = draft.WithBookings ?? current.WithBookings,
            };
        }

        internal static byte[] Body(EventDuplicationStrategy strategy) => EventBookingsApi.WriteJson(w =>
        {
            w.WriteStartObject();
            w.WriteString("title", strategy.Title);
            w.WriteNumber("repeat_mode_id", (int)strategy.RepeatMode);

            // The API numbers days 0 (Sunday) to 6 (Saturday), as DayOfWeek does.
            w.WriteStartArray("days");
            foreach (var day in strategy.DaysOfWeek)
            {
                w.WriteNumberValue((int)day);
            }

            w.WriteEndArray();
            w.WriteNumber("interval", strategy.Interval);
            w.WriteNumber("content_type", strategy.WithBookings ? 2 : 1);
            w.WriteEndObject();
        });

        private static EventDuplicationStrategy ReadAnswer(ApiDocument document, EventDuplicationStrategy sent, long companyId, string method, string path)
        {
            if (document.DataItems.Count == 0)
            {
                return sent;
            }

            var read = Read(document.DataItems[0], companyId, method, path);
            read.Id = read.Id == 0 ? sent.Id : read.Id;
            return read;
        }

        internal static EventDuplicationStrategy Read(JsonElement resource, long companyId, string method, string path)
        {
            var attributes = resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object ? a : resource;
            var mode = attributes.GetInt64("repeat_mode_id");
            if (mode is null && attributes.TryGetProperty("repeat_mode", out var nested) && nested.ValueKind == JsonValueKind.Object)
            {
                mode = nested.GetInt64("id");
            }

            var days = new List<DayOfWeek>();
            if (attributes.TryGetProperty("days", out var rawDays) && rawDays.ValueKind == JsonValueKind.Array)
            {
                foreach (var day in rawDays.EnumerateArray())
                {
                    if (JsonValues.ReadInt64(day) is { } number && number >= 0 && number <= 6)
                    {
                        days.Add((DayOfWeek)number);
                    }
                }
            }

            return new EventDuplicationStrategy
            {
                Id = resource.GetInt64("id") ?? attributes.GetInt64("id") ?? 0,
                CompanyId = attributes.GetInt64("company_id") ?? companyId,
                Title = attributes.GetStringOrNull("title") ?? string.Empty,
                RepeatMode = (EventRepeatMode)(mode ?? 0),
                DaysOfWeek = days.ToArray(),
                Interval = (int)(attributes.GetInt64("interval") ?? 0),
                WithBookings = attributes.GetInt64("content_type") == 2,
            };
        }

        private static string Path(long companyId) => EventsApi.EventsPath(companyId) + "/duplication_strategies";
    }
}

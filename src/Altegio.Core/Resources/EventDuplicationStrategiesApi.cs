using Altegio.Models.Wire;

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
        public Task<IReadOnlyList<EventDuplicationStrategy>> ListAsync(long companyId, CancellationToken cancellationToken) =>
            _client.ListAsync(AltegioRequest.Get(AltegioApiVersion.V2, Path(companyId)), AltegioJsonContext.Wire.EventDuplicationStrategyWire,
                (r, _) => Map(r, companyId), cancellationToken);

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
            return await SendAsync(AltegioRequest.Post(AltegioApiVersion.V2, Path(companyId), Body(strategy), AltegioJsonContext.Wire.EventDuplicationStrategyBody),
                strategy, companyId, cancellationToken).ConfigureAwait(false);
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
            return await SendAsync(AltegioRequest.Put(AltegioApiVersion.V2, Path(companyId, id), Body(strategy), AltegioJsonContext.Wire.EventDuplicationStrategyBody),
                strategy, companyId, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Removes a strategy (204).</summary>
        public Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("Id", id);
            return _client.ExecuteAsync(AltegioRequest.Delete(AltegioApiVersion.V2, Path(companyId, id)), cancellationToken);
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

        internal static EventDuplicationStrategyBody Body(EventDuplicationStrategy strategy) => new EventDuplicationStrategyBody
        {
            Title = strategy.Title,
            RepeatModeId = (int)strategy.RepeatMode,
            Days = strategy.DaysOfWeek.Select(d => (int)d).ToArray(),
            Interval = strategy.Interval,
            ContentType = strategy.WithBookings ? 2 : 1,
        };

        // The answer is the strategy as saved; one without data (or without an id) is the strategy as sent.
        private async Task<EventDuplicationStrategy> SendAsync(AltegioRequest request, EventDuplicationStrategy sent, long companyId, CancellationToken cancellationToken)
        {
            var read = await _client.OneOrNoneAsync(request, AltegioJsonContext.Wire.EventDuplicationStrategyWire, (r, _) => Map(r, companyId), cancellationToken).ConfigureAwait(false);
            if (read is null)
            {
                return sent;
            }

            read.Id = read.Id == 0 ? sent.Id : read.Id;
            return read;
        }

        internal static EventDuplicationStrategy Map(Resource<EventDuplicationStrategyWire> resource, long companyId)
        {
            var attributes = resource.Attributes;
            return new EventDuplicationStrategy
            {
                Id = resource.Ref?.NumericId ?? attributes.Id ?? 0,
                CompanyId = attributes.CompanyId ?? companyId,
                Title = attributes.Title ?? string.Empty,
                RepeatMode = (EventRepeatMode)(attributes.RepeatModeId ?? attributes.RepeatMode?.Id ?? 0),
                DaysOfWeek = (attributes.Days ?? Array.Empty<long>()).Where(d => d is >= 0 and <= 6).Select(d => (DayOfWeek)d).ToArray(),
                Interval = (int)(attributes.Interval ?? 0),
                WithBookings = attributes.ContentType == 2,
            };
        }

        private static string Path(long companyId, long? id = null) => ApiPaths.Join(EventsApi.EventsPath(companyId), "duplication_strategies", id);
    }
}

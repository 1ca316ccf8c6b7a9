using Altegio.Models.Wire;
using Altegio.Paging;

namespace Altegio.Resources
{
    /// <summary>
    /// Group events on V2: <c>/v2/locations/{location_id}/events</c> (wire type <c>activity</c>).
    /// Tag ids, resource instance ids and the technical break are not attributes of an event: they come
    /// only as side-loaded relationships, so every read asks for <c>labels</c>, <c>resource_instances</c>
    /// and <c>duration_details</c>. That is also what lets an update write them back unchanged.
    /// </summary>
    public sealed partial class EventsApi
    {
        /// <summary>How far the default list reaches: from now to 7 days ahead.</summary>
        public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

        /// <summary>
        /// The default start is this far after "now" at the location, so that clock skew and the trip to the
        /// server never turn it into a past start, which the API refuses.
        /// </summary>
        public static readonly TimeSpan NowMargin = TimeSpan.FromMinutes(1);

        /// <summary>The longest event the API takes.</summary>
        public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(24);

        /// <summary>The longest technical break the API takes.</summary>
        public static readonly TimeSpan MaxTechnicalBreak = TimeSpan.FromHours(1);

        /// <summary>
        /// The earliest and (exclusive) latest start sent. The API documents no window; these generous bounds
        /// only stop a typo such as 9999-12-31 or 0001-01-01 from creating or moving an event into another age.
        /// </summary>
        public static readonly DateTime EarliestStart = new DateTime(2000, 1, 1);

        /// <inheritdoc cref="EarliestStart"/>
        public static readonly DateTime LatestStart = new DateTime(2100, 1, 1);

        private static readonly string[] AlwaysIncluded = { "labels", "resource_instances", "duration_details" };
        private readonly AltegioClient _client;

        internal EventsApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>"Now" at the location, for the default list window (see <see cref="LocationClock"/>).</summary>
        public Task<LocationTime> LocationNowAsync(long companyId, CancellationToken cancellationToken) =>
            LocationClock.NowAsync(_client, companyId, cancellationToken);

        /// <summary>
        /// The list window: -From defaults to a minute after <paramref name="locationNow"/> (whole seconds),
        /// -To to 7 days after the start. Throws when the end is not after the start.
        /// </summary>
        public static (DateTime From, DateTime To) ResolveWindow(DateTime? from, DateTime? to, DateTime locationNow)
        {
            var start = from ?? new DateTime(locationNow.Ticks - (locationNow.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified) + NowMargin;
            var end = to ?? start + DefaultWindow;
            if (end <= start)
            {
                throw AltegioApiException.InvalidParameter("To",
                    "-To (" + EventTime.Format(end) + ") must be after -From (" + EventTime.Format(start) + ").");
            }

            return (start, end);
        }

        /// <summary>
        /// Lists events page by page, in the query's window or the default one: from a minute after "now" at the
        /// location (asked of the API, see <see cref="LocationClock"/>; said on the Verbose stream) to 7 days after
        /// the start. The query is checked before any request; the events come as <see cref="List"/> gives them.
        /// </summary>
        public async Task<Pager<Event>> ListAsync(long companyId, EventListQuery query, PagePlan plan, CancellationToken cancellationToken)
        {
            Validate(query);
            var now = default(DateTime);
            if (query.From is null)
            {
                var clock = await LocationNowAsync(companyId, cancellationToken).ConfigureAwait(false);
                now = clock.Now;
                _client.Trace?.Verbose("Now at location " + Id(companyId) + " is " + EventTime.Format(now) + ", from " + clock.Source + ".");
            }

            var (from, to) = ResolveWindow(query.From, query.To, now);
            _client.Trace?.Verbose("Listing events of location " + Id(companyId) + " from " + EventTime.Format(from) + " to "
                + EventTime.Format(to) + " (location time).");
            return List(companyId, query.WithWindow(from, to), plan);
        }

        /// <summary>
        /// Lists events in the query's window, which must be given (<see cref="ListAsync"/> finds the default),
        /// page by page: nothing is sent until the first <see cref="Pager{T}.NextPageAsync"/>. The query is checked
        /// here, before any request. Deleted events are dropped unless the query includes them.
        /// </summary>
        public Pager<Event> List(long companyId, EventListQuery query, PagePlan plan)
        {
            Validate(query);
            if (query.From is null || query.To is null)
            {
                throw new ArgumentException("The window must be given; ListAsync finds the default one.", nameof(query));
            }

            // The list always asks for deleted events (see ListRequest); unless they are wanted they are dropped
            // here, and -Skip/-First count only the events that are kept.
            return _client.Pages(plan, (page, limit) => ListRequest(companyId, query, page, limit), AltegioJsonContext.Wire.EventAttributes,
                (r, included) => Map(r, included, companyId), query.IncludeDeleted ? null : e => !e.IsDeleted);
        }

        /// <summary>Checks the filters of a list: a window whose end is after its start, no negative seat count, real weekdays.</summary>
        public static void Validate(EventListQuery query)
        {
            if (query is null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            if (query.From is { } from && query.To is { } to && to <= from)
            {
                throw AltegioApiException.InvalidParameter("To",
                    "-To (" + EventTime.Format(to) + ") must be after -From (" + EventTime.Format(from) + ").");
            }

            if (query.MinFreeSeats is < 0)
            {
                throw AltegioApiException.InvalidParameter("MinFreeSeats", "MinFreeSeats cannot be negative.");
            }

            WeekdayNumbers(query.DaysOfWeek);
        }

        /// <summary>
        /// The API's weekday numbers, 1 (Monday) to 7 (Sunday), of <paramref name="days"/>: distinct, in week
        /// order. Null when no day is given; a value outside DayOfWeek is refused.
        /// </summary>
        public static IReadOnlyList<long>? WeekdayNumbers(IReadOnlyList<DayOfWeek>? days)
        {
            if (days is null || days.Count == 0)
            {
                return null;
            }

            var numbers = new SortedSet<long>();
            foreach (var day in days)
            {
                if (day < DayOfWeek.Sunday || day > DayOfWeek.Saturday)
                {
                    throw AltegioApiException.InvalidParameter("DayOfWeek", "'" + ((int)day).ToString(CultureInfo.InvariantCulture) + "' is not a day of the week.");
                }

                numbers.Add(day == DayOfWeek.Sunday ? 7 : (long)day);
            }

            return numbers.ToArray();
        }

        /// <summary>
        /// The request for one page of the list (public for tests and -Debug explanations). It always sends
        /// <c>filter[include_deleted]=1</c>, as the official client does: without it the API refuses any period
        /// that starts in the past; the deleted events it then returns are dropped by <see cref="List"/>.
        /// </summary>
        public static AltegioRequest ListRequest(long companyId, EventListQuery query, long page, int limit)
        {
            var request = FilteredRequest(EventsPath(companyId), query, includeDeleted: true);
            AddIncludes(request, query.Include);
            return request
                .AddQuery("page", page)
                .AddQuery("limit", limit);
        }

        /// <summary>A GET of <paramref name="path"/> with the period and the filters of <paramref name="query"/>, the ones the list, the dates and the filter values share.</summary>
        internal static AltegioRequest FilteredRequest(string path, EventListQuery query, bool includeDeleted) =>
            AltegioRequest.Get(AltegioApiVersion.V2, path)
                .AddQuery("filter[from]", query.From is { } from ? EventTime.Format(from) : null)
                .AddQuery("filter[to]", query.To is { } to ? EventTime.Format(to) : null)
                .AddQueryValues("filter[master_ids][]", query.TeamMemberIds)
                .AddQueryValues("filter[service_ids][]", query.ServiceIds)
                .AddQueryValues("filter[resource_ids][]", query.ResourceIds)
                .AddQueryValues("filter[weekdays][]", WeekdayNumbers(query.DaysOfWeek))
                .AddQuery("filter[capacity]", query.MinFreeSeats)
                .AddQuery("filter[include_deleted]", includeDeleted ? "1" : null);

        /// <summary>Gets one event; soft-deleted events are returned too (with IsDeleted set).</summary>
        public async Task<Event> GetAsync(long companyId, long id, EventInclude include, CancellationToken cancellationToken)
        {
            ValidateIds("Id", id);
            var request = AltegioRequest.Get(AltegioApiVersion.V2, EventPath(companyId, id));
            AddIncludes(request, include);
            return await _client.OneAsync(request, AltegioJsonContext.Wire.EventAttributes, (r, included) => Map(r, included, companyId), cancellationToken)
                .ConfigureAwait(false);
        }

        /// <summary>Creates an event; the draft is checked before anything is sent. A 409 (busy team member or resource) names -Force.</summary>
        public async Task<Event> CreateAsync(long companyId, EventDraft draft, bool force, CancellationToken cancellationToken)
        {
            var body = BodyFor(draft, force);
            try
            {
                var created = await _client.OneAsync(AltegioRequest.Post(AltegioApiVersion.V2, EventsPath(companyId), body, AltegioJsonContext.Wire.EventCreateBody),
                    AltegioJsonContext.Wire.EventAttributes, (r, included) => Map(r, included, companyId), cancellationToken).ConfigureAwait(false);
                return FillFromBody(created, body, draft.TechnicalBreak.HasValue);
            }
            catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.Conflict)
            {
                throw PointToForce(ex, "create the event");
            }
        }

        /// <summary>
        /// Changes an event. PUT replaces the whole event, so this reads the event (with its tags, resource
        /// instances and break), merges <paramref name="changes"/> into it and writes every field back: a field
        /// the caller did not mention keeps its value. The changes are checked before anything is sent.
        /// </summary>
        public async Task<Event> UpdateAsync(long companyId, long id, EventChanges changes, bool force, CancellationToken cancellationToken)
        {
            ValidateIds("Id", id);
            Validate(changes);
            var current = await GetAsync(companyId, id, EventInclude.None, cancellationToken).ConfigureAwait(false);
            var body = Merge(current, changes, force);
            try
            {
                var updated = await _client.OneOrNoneAsync(AltegioRequest.Put(AltegioApiVersion.V2, EventPath(companyId, id), body, AltegioJsonContext.Wire.EventReplaceBody),
                    AltegioJsonContext.Wire.EventAttributes, (r, included) => Map(r, included, companyId), cancellationToken).ConfigureAwait(false);
                if (updated is null)
                {
                    // A 204 or an empty answer: what was written is what the event now is.
                    return FillFromBody(Copy(current), body, body.TechnicalBreakDuration.HasValue, overwrite: true);
                }

                updated.TeamMemberName ??= updated.TeamMemberId == current.TeamMemberId ? current.TeamMemberName : null;
                updated.ServiceTitle ??= updated.ServiceId == current.ServiceId ? current.ServiceTitle : null;
                return FillFromBody(updated, body, body.TechnicalBreakDuration.HasValue);
            }
            catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.Conflict)
            {
                throw PointToForce(ex, "save the change");
            }
        }

        /// <summary>Removes an event. The API deletes softly and cancels every booking in it.</summary>
        public async Task DeleteAsync(long companyId, long id, CancellationToken cancellationToken)
        {
            ValidateIds("Id", id);
            await _client.ExecuteAsync(AltegioRequest.Delete(AltegioApiVersion.V2, EventPath(companyId, id)), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Checks a new event: the length and break on the 5-minute grid, the break at most an hour and inside the length, at least one seat, a #rrggbb colour.</summary>
        public static void Validate(EventDraft draft)
        {
            if (draft is null)
            {
                throw new ArgumentNullException(nameof(draft));
            }

            ValidateIds("TeamMemberId", draft.TeamMemberId);
            ValidateIds("ServiceId", draft.ServiceId);
            ValidateStart(draft.Start);
            ValidateDuration(draft.Duration);
            ValidateCapacity(draft.Capacity);
            if (draft.TechnicalBreak is { } pause)
            {
                ValidateBreak(pause);
                ValidateBreakInside(pause, draft.Duration);
            }

            ValidateIdList("TagId", draft.TagIds);
            ValidateIdList("ResourceInstanceId", draft.ResourceInstanceIds);
            if (!string.IsNullOrEmpty(draft.Color))
            {
                TagsApi.ValidateColor(draft.Color);
            }
        }

        /// <summary>Checks changes the same way; at least one change is required.</summary>
        public static void Validate(EventChanges changes)
        {
            if (changes is null)
            {
                throw new ArgumentNullException(nameof(changes));
            }

            if (!changes.HasChanges)
            {
                throw AltegioApiException.InvalidParameter("Id",
                    "Nothing to change: give -Start, -Duration, -Capacity, -TeamMemberId, -ServiceId, -TagId, -ResourceInstanceId, -Comment, -Color, -Instructions, -StreamLink or -TechnicalBreak.");
            }

            if (changes.Start is { } start)
            {
                ValidateStart(start);
            }

            if (changes.TeamMemberId is { } member)
            {
                ValidateIds("TeamMemberId", member);
            }

            if (changes.ServiceId is { } service)
            {
                ValidateIds("ServiceId", service);
            }

            if (changes.Duration is { } duration)
            {
                ValidateDuration(duration);
            }

            if (changes.Capacity is { } capacity)
            {
                ValidateCapacity(capacity);
            }

            if (changes.TechnicalBreak is { } pause)
            {
                ValidateBreak(pause);
                if (changes.Duration is { } length)
                {
                    ValidateBreakInside(pause, length);
                }
            }

            ValidateIdList("TagId", changes.TagIds);
            ValidateIdList("ResourceInstanceId", changes.ResourceInstanceIds);
            if (changes.Color != null)
            {
                TagsApi.ValidateColor(changes.Color);
            }
        }

        /// <summary>The create body of a draft (validated here).</summary>
        internal static EventCreateBody BodyFor(EventDraft draft, bool force)
        {
            Validate(draft);
            return new EventCreateBody
            {
                StaffId = draft.TeamMemberId,
                ServiceId = draft.ServiceId,
                ResourceInstanceIds = (draft.ResourceInstanceIds ?? Array.Empty<long>()).ToList(),
                LabelIds = (draft.TagIds ?? Array.Empty<long>()).ToList(),
                Date = EventTime.Format(draft.Start),
                Length = Seconds(draft.Duration),
                Capacity = draft.Capacity,
                TechnicalBreakDuration = draft.TechnicalBreak is { } pause ? Seconds(pause) : null,
                Comment = Text.NullIfEmpty(draft.Comment),
                Color = string.IsNullOrEmpty(draft.Color) ? null : TagsApi.ValidateColor(draft.Color),
                Instructions = Text.NullIfEmpty(draft.Instructions),
                StreamLink = Text.NullIfEmpty(draft.StreamLink),
                Force = force ? true : null,
            };
        }

        /// <summary>
        /// Merges changes into the event as read: every writable field is carried over, so the PUT loses
        /// nothing. Refuses to guess tags or resource instances the API did not send (writing an empty list
        /// would remove them).
        /// </summary>
        internal static EventReplaceBody Merge(Event current, EventChanges changes, bool force)
        {
            Validate(changes);
            var tagIds = changes.TagIds ?? current.TagIds
                ?? throw Unknown("tags", "-TagId");
            var resourceIds = changes.ResourceInstanceIds ?? current.ResourceInstanceIds
                ?? throw Unknown("resource instances", "-ResourceInstanceId");
            var length = changes.Duration ?? current.Duration;
            var pause = changes.TechnicalBreak ?? current.TechnicalBreak;
            if (pause is { } known && (changes.TechnicalBreak.HasValue || changes.Duration.HasValue))
            {
                ValidateBreakInside(known, length);
            }

            return new EventReplaceBody
            {
                StaffId = changes.TeamMemberId ?? current.TeamMemberId,
                ServiceId = changes.ServiceId ?? current.ServiceId,
                ResourceInstanceIds = resourceIds.ToList(),
                LabelIds = tagIds.ToList(),
                Date = EventTime.Format(changes.Start ?? current.Start.DateTime),
                Length = Seconds(length),
                Capacity = changes.Capacity ?? current.Capacity,
                TechnicalBreakDuration = pause is { } seconds ? Seconds(seconds) : null,
                // An empty text clears the field: the API is sent null, as the official client sends it, not "".
                Comment = changes.Comment != null ? Text.NullIfEmpty(changes.Comment) : current.Comment,
                Color = changes.Color != null ? TagsApi.ValidateColor(changes.Color) : WithHash(current.Color),
                Instructions = changes.Instructions != null ? Text.NullIfEmpty(changes.Instructions) : current.Instructions,
                StreamLink = changes.StreamLink != null ? Text.NullIfEmpty(changes.StreamLink) : current.StreamLink,
                Force = force ? true : null,
            };
        }

        /// <summary>Maps an <c>activity</c> resource, with its side-loaded relationships, to an <see cref="Event"/>.</summary>
        internal static Event Map(Resource<EventAttributes> resource, IncludedIndex included, long companyId)
        {
            var attributes = resource.Attributes;
            var id = resource.NumericId;
            var start = EventTime.ParseApiDate(attributes.Date, attributes.Timestamp)
                ?? throw new WireFormatException("Event " + Id(id) + " has no readable date.");

            var relationships = resource.Relationships;
            var staff = relationships["staff"] ?? relationships["master"];
            var service = relationships["service"];
            var labels = relationships["labels"];
            var instances = relationships["resource_instances"];
            var breakSeconds = included.First(relationships["duration_details"])?.TechnicalBreakDuration ?? attributes.TechnicalBreakDuration;

            return new Event
            {
                Id = id,
                CompanyId = attributes.CompanyId ?? attributes.SalonId ?? companyId,
                Start = start,
                Duration = TimeSpan.FromSeconds(attributes.Length ?? 0),
                TechnicalBreak = breakSeconds is { } pause ? TimeSpan.FromSeconds(pause) : null,
                TeamMemberId = attributes.StaffId ?? attributes.MasterId ?? IncludedIndex.FirstId(staff) ?? 0,
                TeamMemberName = Text.NullIfEmpty(included.First(staff)?.Name),
                ServiceId = attributes.ServiceId ?? IncludedIndex.FirstId(service) ?? 0,
                ServiceTitle = Text.NullIfEmpty(included.First(service)?.Title),
                Capacity = (int)(attributes.Capacity ?? 0),
                BookedSeats = (int)(attributes.ClientsCount ?? attributes.RecordsCount ?? 0),
                Color = Text.NullIfEmpty(attributes.Color),
                FontColor = Text.NullIfEmpty(attributes.FontColor),
                Comment = Text.NullIfEmpty(attributes.Comment),
                Instructions = Text.NullIfEmpty(attributes.Instructions),
                StreamLink = Text.NullIfEmpty(attributes.StreamLink),
                TagIds = IncludedIndex.Ids(labels),
                TagTitles = included.Titles(labels),
                ResourceInstanceIds = IncludedIndex.Ids(instances),
                ResourceInstanceTitles = included.Titles(instances),
                IsDeleted = attributes.IsDeleted ?? attributes.Deleted ?? false,
                SeriesId = attributes.ScheduleId is > 0 ? attributes.ScheduleId : null,
                IsChangedFromSeries = attributes.ScheduleId is > 0 && attributes.ScheduleEventModified == true,
            };
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        private static AltegioApiException PointToForce(AltegioApiException ex, string what) =>
            new AltegioApiException(ex.Kind, ex.Method, ex.Path, ex.StatusCode,
                (ex.ApiMessage ?? "The team member or a resource is busy at this time.").TrimEnd('.') + ". Pass -Force to " + what + " anyway.",
                ex.FieldErrors);

        private static AltegioApiException Unknown(string what, string parameter) =>
            new AltegioApiException(AltegioErrorKind.InvalidResponse, null, null, null,
                "The API did not say which " + what + " the event has, so writing it back could remove them. Give " + parameter + " to set them explicitly.");

        private static void AddIncludes(AltegioRequest request, EventInclude include)
        {
            // include[] is the form the official client sends ("the form the API validates"); the docs' repeated include= is not used.
            foreach (var name in AlwaysIncluded)
            {
                request.AddQuery("include[]", name);
            }

            if ((include & EventInclude.Staff) != 0)
            {
                request.AddQuery("include[]", "staff");
            }

            if ((include & EventInclude.Service) != 0)
            {
                request.AddQuery("include[]", "service");
            }
        }

        private static Event FillFromBody(Event answer, EventCreateBody body, bool breakSent, bool overwrite = false)
        {
            // Create and update answers carry no relationships: what was sent is what the event has.
            if (overwrite || answer.TagIds is null)
            {
                answer.TagIds = body.LabelIds.ToArray();
                answer.TagTitles = null;
            }

            if (overwrite || answer.ResourceInstanceIds is null)
            {
                answer.ResourceInstanceIds = body.ResourceInstanceIds.ToArray();
                answer.ResourceInstanceTitles = null;
            }

            if ((overwrite || answer.TechnicalBreak is null) && breakSent && body.TechnicalBreakDuration is { } pause)
            {
                answer.TechnicalBreak = TimeSpan.FromSeconds(pause);
            }

            if (overwrite)
            {
                answer.TeamMemberId = body.StaffId;
                answer.ServiceId = body.ServiceId;
                answer.Duration = TimeSpan.FromSeconds(body.Length);
                answer.Capacity = body.Capacity;
                answer.Comment = Text.NullIfEmpty(body.Comment);
                answer.Color = body.Color;
                answer.Instructions = Text.NullIfEmpty(body.Instructions);
                answer.StreamLink = Text.NullIfEmpty(body.StreamLink);
                if (EventTime.ParseLocationTime(body.Date) is { } clock)
                {
                    answer.Start = new DateTimeOffset(clock, answer.Start.Offset);
                }
            }

            return answer;
        }

        private static Event Copy(Event e) => new Event
        {
            Id = e.Id, CompanyId = e.CompanyId, Start = e.Start, Duration = e.Duration, TechnicalBreak = e.TechnicalBreak,
            TeamMemberId = e.TeamMemberId, TeamMemberName = e.TeamMemberName, ServiceId = e.ServiceId, ServiceTitle = e.ServiceTitle,
            Capacity = e.Capacity, BookedSeats = e.BookedSeats, Color = e.Color, FontColor = e.FontColor, Comment = e.Comment,
            Instructions = e.Instructions, StreamLink = e.StreamLink, TagIds = e.TagIds, TagTitles = e.TagTitles,
            ResourceInstanceIds = e.ResourceInstanceIds, ResourceInstanceTitles = e.ResourceInstanceTitles, IsDeleted = e.IsDeleted,
            SeriesId = e.SeriesId, IsChangedFromSeries = e.IsChangedFromSeries,
        };

        private static void ValidateStart(DateTime start)
        {
            if (start < EarliestStart || start >= LatestStart)
            {
                throw AltegioApiException.InvalidParameter("Start", "The start " + start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                    + " is outside the years 2000 to 2099 that this module sends; check the date.");
            }
        }

        /// <summary>
        /// Refuses an id below 1 before anything is sent: a request for event 0 or booking 0 can only fail, or
        /// reach something the caller did not mean.
        /// </summary>
        internal static void ValidateIds(string parameter, long id)
        {
            if (id < 1)
            {
                throw AltegioApiException.InvalidParameter(parameter, parameter + " must be a positive id.");
            }
        }

        private static void ValidateIdList(string parameter, IReadOnlyList<long>? ids)
        {
            if (ids != null && ids.Any(id => id < 1))
            {
                throw AltegioApiException.InvalidParameter(parameter, parameter + " must hold positive ids only.");
            }
        }

        private static void ValidateDuration(TimeSpan duration)
        {
            if (duration <= TimeSpan.Zero || duration > MaxDuration || !EventTime.IsOnGrid(duration))
            {
                throw AltegioApiException.InvalidParameter("Duration",
                    "The duration " + Describe(duration) + " must be more than 0, at most 24 hours, and a multiple of 5 minutes (for example 01:00 or 45 for 45 minutes).");
            }
        }

        private static void ValidateBreak(TimeSpan pause)
        {
            if (pause < TimeSpan.Zero || pause > MaxTechnicalBreak || !EventTime.IsOnGrid(pause))
            {
                throw AltegioApiException.InvalidParameter("TechnicalBreak",
                    "The technical break " + Describe(pause) + " must be from 0 to 1 hour, in steps of 5 minutes.");
            }
        }

        private static void ValidateBreakInside(TimeSpan pause, TimeSpan duration)
        {
            if (pause > TimeSpan.Zero && pause >= duration)
            {
                throw AltegioApiException.InvalidParameter("TechnicalBreak",
                    "The technical break " + Describe(pause) + " must be shorter than the duration " + Describe(duration) + ", which includes it.");
            }
        }

        private static void ValidateCapacity(int capacity)
        {
            if (capacity < 1)
            {
                throw AltegioApiException.InvalidParameter("Capacity", "The capacity must be at least 1 seat.");
            }
        }

        private static string Describe(TimeSpan value) => "(" + value.ToString("c", CultureInfo.InvariantCulture) + ")";

        private static long Seconds(TimeSpan value) => (long)Math.Round(value.TotalSeconds);

        private static string? WithHash(string? color)
        {
            if (string.IsNullOrEmpty(color))
            {
                return null;
            }

            return color![0] == '#' ? color : "#" + color;
        }

        internal static string EventsPath(long companyId) => ApiPaths.Location(companyId, "events");

        internal static string EventPath(long companyId, long id) => ApiPaths.Location(companyId, "events", id);
    }
}

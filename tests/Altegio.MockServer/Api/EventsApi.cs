namespace Altegio.MockServer.Api;

/// <summary>V2 events, wire type <c>activity</c>.</summary>
internal static partial class EventsApi
{
    /// <summary>The current docs give no default page size for events; an older version's events list defaulted to 100.</summary>
    public const int DefaultLimit = 100;

    /// <summary>"The largest page the V2 collections serve" per the MCP; larger limits are clamped.</summary>
    public const int MaxLimit = 250;

    private const int MaxLength = 24 * 3600;

    public static void Map(IEndpointRouteBuilder api) => api.V2(g =>
    {
        g.Get("events", List);
        g.Post("events", Create);
        g.Get("events/{id:long}", Get);
        g.Put("events/{id:long}", Update);
        g.Delete("events/{id:long}", Delete);
        g.Post("events/{id:long}/duplicate", Duplicate);
        g.Get("events/dates", Dates);
        g.Get("events/dates/range", DateRange);
        g.Get("events/filters", Filters);
    });

    /// <summary>
    /// Event endpoints may answer validation failures in the JSON:API <c>errors[]</c> shape as well as the
    /// documented legacy envelope; <see cref="MockState.EventErrorsAsJsonApi"/> picks which.
    /// </summary>
    internal static Reply Invalid(Call c, Errors errors) => c.State.EventErrorsAsJsonApi ? errors.ToJsonApiReply() : errors.ToReply();

    internal static Reply Invalid(Call c, string field, string message) => Invalid(c, Errors.Of(field, message));

    // ---------------- list ----------------

    /// <summary>The period and filters the event list, the dates and the filter values share.</summary>
    private sealed record Filter(
        DateTime From, DateTime To, bool IncludeDeleted, List<long> MasterIds, List<long> ServiceIds, List<long> ResourceIds, List<long> Weekdays, int? MinFree);

    /// <summary>
    /// Reads <c>filter[from]</c>/<c>filter[to]</c> (required, <c>Y-m-d H:i:s</c>) and the optional filters; the complaint when
    /// one is malformed. The "not in the past" rule is <see cref="StartsInPast"/>, checked by each endpoint after its own parameters.
    /// </summary>
    private static Reply? ReadFilter(Call c, out Filter filter)
    {
        filter = null!;
        var errors = new Errors();
        var from = Period(c, "filter[from]", errors);
        var to = Period(c, "filter[to]", errors);
        if (errors.Any)
        {
            return Invalid(c, errors);
        }

        if (to <= from)
        {
            return Invalid(c, "filter[to]", "The filter[to] must be a date after filter[from].");
        }

        var masterIds = c.Longs("filter[master_ids]");
        var serviceIds = c.Longs("filter[service_ids]");
        var resourceIds = c.Longs("filter[resource_ids]");
        var weekdays = c.Longs("filter[weekdays]");
        if (masterIds is null || serviceIds is null || resourceIds is null)
        {
            return Invalid(c, "filter", "The id filters must be lists of integers.");
        }

        if (weekdays is null || weekdays.Exists(d => d is < 1 or > 7))
        {
            return Invalid(c, "filter[weekdays]", "The filter[weekdays] must be integers from 1 (Monday) to 7.");
        }

        if (!c.TryInt("filter[capacity]", out var minFree) || minFree < 0)
        {
            return Invalid(c, "filter[capacity]", "The filter[capacity] must be a non-negative integer.");
        }

        filter = new Filter(from, to, c.Q("filter[include_deleted]") == "1", masterIds, serviceIds, resourceIds, weekdays, minFree);
        return null;
    }

    private static bool StartsInPast(Call c, Filter filter) => filter.From < c.State.LocalNow(c.Company) - c.State.PastTolerance;

    private static Reply PastPeriod(Call c) => Invalid(c, "filter[from]", "The start date of the period cannot be earlier than the current time");

    /// <summary>The location's events that start in the period and pass every filter, by start.</summary>
    private static IEnumerable<MockEvent> Matching(Call c, Filter f)
    {
        var sorted = c.State.SortedEvents(c.Company.Id);
        var resources = c.State.Table<MockResourceInstance>();
        return sorted.Skip(LowerBound(sorted, f.From)).TakeWhile(e => e.Date <= f.To).Where(e =>
            (f.IncludeDeleted || !e.Deleted)
            && (f.MasterIds.Count == 0 || f.MasterIds.Contains(e.StaffId))
            && (f.ServiceIds.Count == 0 || f.ServiceIds.Contains(e.ServiceId))
            && (f.ResourceIds.Count == 0 || e.ResourceInstanceIds.Exists(id => f.ResourceIds.Contains(id) || (resources.Find(id) is { } ri && f.ResourceIds.Contains(ri.ResourceId))))
            && (f.Weekdays.Count == 0 || f.Weekdays.Contains(e.Date.DayOfWeek == DayOfWeek.Sunday ? 7 : (long)e.Date.DayOfWeek))
            && (f.MinFree is null || e.Capacity - e.ClientsCount >= f.MinFree));
    }

    private static Reply List(Call c)
    {
        if (ReadFilter(c, out var filter) is { } bad)
        {
            return bad;
        }

        if (Paging(c, out var page, out var limit) is { } pagingError)
        {
            return Invalid(c, pagingError.Field, pagingError.Message);
        }

        if (!c.TryIncludes(Includes(c.State).Select(i => i.Name).ToArray(), out var includes, out var includeError))
        {
            return includeError!;
        }

        if (!filter.IncludeDeleted && StartsInPast(c, filter))
        {
            return PastPeriod(c);
        }

        // No total and no pagination meta for events: clients stop on a short page.
        return Document(c, Matching(c, filter).Skip((page - 1) * limit).Take(limit), includes, single: false);
    }

    /// <summary>A required <c>filter[from]</c>/<c>filter[to]</c> in exactly <c>YYYY-MM-DD HH:MM:SS</c>.</summary>
    private static DateTime Period(Call c, string name, Errors errors)
    {
        var raw = c.Q(name);
        if (string.IsNullOrEmpty(raw) || !Fmt.TryParseLocal(raw, out var value))
        {
            errors.Add(name, string.IsNullOrEmpty(raw) ? $"The {name} field is required." : $"The {name} does not match the format Y-m-d H:i:s.");
            return default;
        }

        return value;
    }

    /// <summary><c>page</c> (from 1) and <c>limit</c> (default 100, at most 250); the complaint when either is not a positive integer.</summary>
    internal static (string Field, string Message)? Paging(Call c, out int page, out int limit)
    {
        var pageOk = c.TryInt("page", out var p) && p is null or >= 1;
        var limitOk = c.TryInt("limit", out var l) && l is null or >= 1;
        page = p ?? 1;
        limit = Math.Min(l ?? DefaultLimit, MaxLimit);
        return !pageOk ? ("page", "The page must be an integer of at least 1.")
            : !limitOk ? ("limit", "The limit must be an integer of at least 1.")
            : null;
    }

    private static int LowerBound(List<MockEvent> sorted, DateTime from)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = sorted[mid].Date < from ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    // ---------------- wire ----------------

    private sealed record Attributes(
        long MasterId, long StaffId, long ServiceId, string Date, long Timestamp, int Length, int Capacity, int ClientsCount, string Color,
        string FontColor, string? Instructions, string StreamLink, string? Comment, bool Notified, long? ScheduleId, string? ScheduleTill,
        bool? ScheduleEventModified, bool Deleted);

    private sealed record StaffAttributes(string Name, string Specialization, string Avatar);

    private sealed record TitleAttributes(string Title);

    private sealed record LabelAttributes(string Title, string Color, string FontColor);

    private sealed record InstanceAttributes(string Title, long ResourceId);

    private sealed record DurationAttributes(int ServicesDuration, int TechnicalBreakDuration);

    /// <summary>What <c>include[]</c> may name; label and resource ids have no attribute of their own, only these relationships.</summary>
    private static Include<MockEvent>[] Includes(MockState s)
    {
        IEnumerable<Resource> Staff(MockEvent e) => s.Table<MockTeamMember>().Find(e.StaffId) is { } m
            ? new[] { new Resource("staff", m.Id, new StaffAttributes(m.Name, m.Specialization, m.Avatar)) } : [];
        return
        [
            new("staff", e => Relation.One("staff", e.StaffId), Staff),
            new("master", e => Relation.One("staff", e.StaffId), Staff),
            new("service", e => Relation.One("service", e.ServiceId), e => s.Table<MockService>().Find(e.ServiceId) is { } sv
                ? new[] { new Resource("service", sv.Id, new TitleAttributes(sv.Title)) } : []),
            new("labels", e => Relation.Many("tag", e.LabelIds), e => e.LabelIds.Select(s.Table<MockTag>().Find).OfType<MockTag>()
                .Select(t => new Resource("tag", t.Id, new LabelAttributes(t.Title, t.Color, t.FontColor)))),
            new("resource_instances", e => Relation.Many("resource_instance", e.ResourceInstanceIds), e => e.ResourceInstanceIds
                .Select(s.Table<MockResourceInstance>().Find).OfType<MockResourceInstance>()
                .Select(ri => new Resource("resource_instance", ri.Id, new InstanceAttributes(ri.Title, ri.ResourceId)))),
            new("duration_details", e => Relation.One("activity_duration_details", e.Id), e =>
                [new Resource("activity_duration_details", e.Id, new DurationAttributes(e.Length - e.TechnicalBreakDuration, e.TechnicalBreakDuration))]),
        ];
    }

    private static Reply Document(Call c, IEnumerable<MockEvent> events, HashSet<string> includes, bool single, int status = 200) =>
        Include<MockEvent>.Document(events, Includes(c.State), includes, (e, rel) => new Resource("activity", e.Id, new Attributes(
            e.StaffId, e.StaffId, e.ServiceId, Fmt.WithOffset(e.Date, c.Company.UtcOffset), Fmt.UnixSeconds(e.Date, c.Company.UtcOffset), e.Length,
            e.Capacity, e.ClientsCount, e.Color, e.FontColor, e.Instructions, e.StreamLink, e.Comment, e.Notified, e.ScheduleId, null,
            e.ScheduleId is null ? null : e.ScheduleEventModified, e.Deleted), rel),
            single, status);

    // ---------------- item operations ----------------

    private static MockEvent? Find(Call c) => c.State.Table<MockEvent>().Find(c.Id) is { } e && e.CompanyId == c.Company.Id ? e : null;

    private static Reply Get(Call c)
    {
        if (!c.TryIncludes(Includes(c.State).Select(i => i.Name).ToArray(), out var includes, out var includeError))
        {
            return includeError!;
        }

        // Soft-deleted events stay readable (documented).
        return Find(c) is { } e ? Document(c, [e], includes, single: true) : Reply.NotFound();
    }

    /// <summary>A validated create/update body.</summary>
    private sealed record Input(
        long StaffId, long ServiceId, DateTime Date, int Length, int Capacity, int? Break, List<long> ResourceInstanceIds, List<long> LabelIds,
        string? Comment, string? Color, string? Instructions, string? StreamLink, bool Force);

    private static Reply? Read(Call c, out Input input)
    {
        input = null!;
        if (!c.TryForm(out var f))
        {
            return Reply.BadJson();
        }

        var staffId = f.Long("staff_id", required: true);
        var serviceId = f.Long("service_id", required: true);
        var rawDate = f.Str("date", required: true);
        var date = default(DateTime);
        if (rawDate is not null && !Fmt.TryParseLocal(rawDate, out date))
        {
            f.Errors.Add("date", "The date does not match the format Y-m-d H:i:s.");
        }

        var length = f.Long("length", required: true);
        if (length is { } len && (len <= 0 || len % 300 != 0))
        {
            f.Errors.Add("length", "The length must be a positive multiple of 300 seconds (5 minutes).");
        }
        else if (length > MaxLength)
        {
            f.Errors.Add("length", "The length may not be greater than 86400 seconds.");
        }

        var capacity = f.Long("capacity", required: true);
        if (capacity is < 1 or > 10_000)
        {
            f.Errors.Add("capacity", "The capacity must be at least 1.");
        }

        var brk = f.Long("technical_break_duration");
        if (brk is { } b && (b is < 0 or > 3600 || b % 300 != 0))
        {
            f.Errors.Add("technical_break_duration", "The technical_break_duration must be a multiple of 300 seconds and at most 3600.");
        }
        else if (brk >= length)
        {
            f.Errors.Add("technical_break_duration", "The technical break must be shorter than the event length, which includes it.");
        }

        var color = f.Str("color");
        // Bodies elsewhere carry colours without '#'; events answer with it, so normalise.
        var hex = color is ['#', .. var digits] ? digits : color ?? string.Empty;
        if (hex.Length > 0 && (hex.Length != 6 || !hex.All(Uri.IsHexDigit)))
        {
            f.Errors.Add("color", "The color must be a hex colour like #ff2828.");
        }

        input = new Input(
            staffId ?? 0, serviceId ?? 0, date, (int)Math.Clamp(length ?? 0, 0, MaxLength), (int)Math.Clamp(capacity ?? 0, 0, 10_000),
            brk is null ? null : (int)Math.Clamp(brk.Value, 0, 3600), f.Longs("resource_instance_ids") ?? new List<long>(), f.Longs("label_ids") ?? new List<long>(),
            f.Str("comment"), hex.Length > 0 ? "#" + hex.ToLowerInvariant() : null, f.Str("instructions"), f.Str("stream_link"), f.Bool("force") == true);
        return f.Errors.Any ? Invalid(c, f.Errors) : null;
    }

    /// <summary>Reference checks and conflicts, under the state lock.</summary>
    private static Reply? Check(Call c, Input input, MockEvent? self)
    {
        var s = c.State;
        var companyId = c.Company.Id;
        var errors = new Errors();
        if (s.Table<MockTeamMember>().Find(input.StaffId) is not { } staff || staff.CompanyId != companyId || staff.Deleted || staff.Fired)
        {
            errors.Add("staff_id", "The selected staff_id is invalid.");
        }

        if (s.Table<MockService>().Find(input.ServiceId) is not { } svc || svc.CompanyId != companyId)
        {
            errors.Add("service_id", "The selected service_id is invalid.");
        }

        foreach (var id in input.ResourceInstanceIds.Where(id => s.Table<MockResourceInstance>().Find(id)?.CompanyId != companyId))
        {
            errors.Add("resource_instance_ids", $"The resource instance {id} does not exist.");
        }

        foreach (var id in input.LabelIds.Where(id => s.Table<MockTag>().Find(id) is not { IsDeleted: false } t || t.CompanyId != companyId))
        {
            errors.Add("label_ids", $"The tag {id} does not exist.");
        }

        // Only a date that moves is checked against "now", so an event already under way can still be edited.
        if ((self is null || self.Date != input.Date) && input.Date < s.LocalNow(c.Company) - s.PastTolerance)
        {
            errors.Add("date", "The event date cannot be earlier than the current time.");
        }

        if (self is not null && input.Capacity < self.ClientsCount)
        {
            errors.Add("capacity", $"The capacity cannot be less than the {self.ClientsCount} seats already booked.");
        }

        if (errors.Any)
        {
            return Invalid(c, errors);
        }

        return !input.Force && BusyAt(s, companyId, input.StaffId, input.ResourceInstanceIds, input.Date, input.Length, self) is { } busy
            ? Reply.JsonApiError(409, "Conflict", busy)
            : null;
    }

    /// <summary>Why the team member or a resource cannot take an event at <paramref name="start"/>, or null when both are free.</summary>
    private static string? BusyAt(MockState s, long companyId, long staffId, List<long> resourceInstanceIds, DateTime start, int length, MockEvent? self)
    {
        var end = start.AddSeconds(length);
        var overlapping = s.SortedEvents(companyId).TakeWhile(o => o.Date < end)
            .Where(o => !o.Deleted && !ReferenceEquals(o, self) && o.Date.AddSeconds(o.Length) > start);
        foreach (var other in overlapping)
        {
            if (other.StaffId == staffId)
            {
                return "The team member is busy at this time";
            }

            if (resourceInstanceIds.Exists(other.ResourceInstanceIds.Contains))
            {
                return "The resource is busy at this time";
            }
        }

        return null;
    }

    /// <summary>PUT replaces: every field not sent is reset, so a client must read, merge and write.</summary>
    private static void Apply(MockEvent e, Input input)
    {
        e.StaffId = input.StaffId;
        e.ServiceId = input.ServiceId;
        e.Date = input.Date;
        e.Length = input.Length;
        e.Capacity = input.Capacity;
        e.TechnicalBreakDuration = input.Break ?? 0;
        e.ResourceInstanceIds = input.ResourceInstanceIds;
        e.LabelIds = input.LabelIds;
        e.Comment = input.Comment;
        e.Color = input.Color ?? MockState.DefaultEventColor;
        e.Instructions = input.Instructions;
        e.StreamLink = input.StreamLink ?? string.Empty;
    }

    private static Reply Create(Call c)
    {
        if (Read(c, out var input) is { } bad)
        {
            return bad;
        }

        // No break given: the location default is added after the length (the MCP saw 60 min become 80).
        if (input.Break is null && c.Company.DefaultTechnicalBreakSeconds > 0)
        {
            input = input with { Break = c.Company.DefaultTechnicalBreakSeconds, Length = input.Length + c.Company.DefaultTechnicalBreakSeconds };
        }

        if (Check(c, input, null) is { } problem)
        {
            return problem;
        }

        var e = new MockEvent { CompanyId = c.Company.Id };
        Apply(e, input);
        return Document(c, [c.State.Add(e)], [], single: true, status: 201);
    }

    private static Reply Update(Call c)
    {
        if (Read(c, out var input) is { } bad)
        {
            return bad;
        }

        if (Find(c) is not { } e)
        {
            return Reply.NotFound();
        }

        if (e.Deleted)
        {
            return Invalid(c, "id", "The event has been deleted");
        }

        if (Check(c, input, e) is { } problem)
        {
            return problem;
        }

        var moved = e.Date != input.Date;
        Apply(e, input);

        // An event of a series, once edited, is no longer what the series would make.
        e.ScheduleEventModified = e.ScheduleId is not null;
        if (moved)
        {
            c.State.EventsChanged();
        }

        return Document(c, [e], [], single: true);
    }

    private static Reply Delete(Call c)
    {
        if (Find(c) is not { Deleted: false } e)
        {
            return Reply.NotFound();
        }

        SoftDelete(c.State, e);
        return Reply.NoContent();
    }

    /// <summary>A deleted event stays readable by id; its bookings are cancelled.</summary>
    internal static void SoftDelete(MockState s, MockEvent e)
    {
        e.Deleted = true;
        e.ClientsCount = 0;
        foreach (var b in s.Table<MockBooking>().Values.Where(b => b.ActivityId == e.Id))
        {
            b.Deleted = true;
        }
    }
}

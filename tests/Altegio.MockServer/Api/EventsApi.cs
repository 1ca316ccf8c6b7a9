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

        // Soft-deleted events stay readable (documented).
        g.Get("events/{id:long}", c =>
        {
            var includes = Includes(c);
            return Document(c, [c.Get<MockEvent>()], includes, single: true);
        });
        g.Put("events/{id:long}", Update);
        g.Delete("events/{id:long}", c =>
        {
            SoftDelete(c.State, c.Owned<MockEvent>(c.Id) is { Deleted: false } e ? e : throw Refused.NotFound());
            return Reply.NoContent();
        });
        g.Post("events/{id:long}/duplicate", Duplicate);
        g.Get("events/dates", Dates);
        g.Get("events/dates/range", DateRange);
        g.Get("events/filters", Filters);
    });

    // ---------------- list ----------------

    /// <summary>The period and filters the event list, the dates and the filter values share.</summary>
    private sealed record Filter(
        DateTime From, DateTime To, bool IncludeDeleted, List<long> MasterIds, List<long> ServiceIds, List<long> ResourceIds, List<long> Weekdays, int? MinFree);

    /// <summary>
    /// Reads <c>filter[from]</c>/<c>filter[to]</c> (required, <c>Y-m-d H:i:s</c>) and the optional filters; a 422 when one is
    /// malformed. The "not in the past" rule is <see cref="RefusePast"/>, checked by each endpoint after its own parameters.
    /// </summary>
    private static Filter ReadFilter(Call c)
    {
        var errors = new Errors();
        var from = Period(c, "filter[from]", errors);
        var to = Period(c, "filter[to]", errors);
        errors.ThrowIfAny(c.Invalid);
        Refused.If(to <= from, c.Invalid("filter[to]", "The filter[to] must be a date after filter[from]."));
        var masterIds = c.Longs("filter[master_ids]");
        var serviceIds = c.Longs("filter[service_ids]");
        var resourceIds = c.Longs("filter[resource_ids]");
        var weekdays = c.Longs("filter[weekdays]");
        Refused.If(masterIds is null || serviceIds is null || resourceIds is null, c.Invalid("filter", "The id filters must be lists of integers."));
        Refused.If(weekdays is null || weekdays.Exists(d => d is < 1 or > 7), c.Invalid("filter[weekdays]", "The filter[weekdays] must be integers from 1 (Monday) to 7."));
        Refused.If(!c.TryInt("filter[capacity]", out var minFree) || minFree < 0, c.Invalid("filter[capacity]", "The filter[capacity] must be a non-negative integer."));
        return new Filter(from, to, c.Q("filter[include_deleted]") == "1", masterIds!, serviceIds!, resourceIds!, weekdays!, minFree);
    }

    /// <summary>A period that starts before the location's "now" is refused.</summary>
    private static void RefusePast(Call c, Filter filter, bool evenWithDeleted = false) =>
        Refused.If((evenWithDeleted || !filter.IncludeDeleted) && filter.From < c.State.LocalNow(c.Company) - c.State.Settings.PastTolerance,
            c.Invalid("filter[from]", "The start date of the period cannot be earlier than the current time"));

    /// <summary>The location's events that start in the period and pass every filter, by start.</summary>
    private static IEnumerable<MockEvent> Matching(Call c, Filter f)
    {
        var sorted = c.State.SortedEvents(c.Company.Id);
        var resources = c.State.Table<MockResourceInstance>();
        var first = sorted.BinarySearch(new MockEvent { Date = f.From, Id = long.MinValue }, Comparer<MockEvent>.Create((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Id.CompareTo(b.Id)));
        return sorted.Skip(first < 0 ? ~first : first).TakeWhile(e => e.Date <= f.To).Where(e =>
            (f.IncludeDeleted || !e.Deleted)
            && (f.MasterIds.Count == 0 || f.MasterIds.Contains(e.StaffId))
            && (f.ServiceIds.Count == 0 || f.ServiceIds.Contains(e.ServiceId))
            && (f.ResourceIds.Count == 0 || e.ResourceInstanceIds.Exists(id => f.ResourceIds.Contains(id) || (resources.Find(id) is { } ri && f.ResourceIds.Contains(ri.ResourceId))))
            && (f.Weekdays.Count == 0 || f.Weekdays.Contains(e.Date.DayOfWeek == DayOfWeek.Sunday ? 7 : (long)e.Date.DayOfWeek))
            && (f.MinFree is null || e.Capacity - e.ClientsCount >= f.MinFree));
    }

    private static Reply List(Call c)
    {
        var filter = ReadFilter(c);
        var (page, limit) = Paging(c, c.Invalid);
        var includes = Includes(c);
        RefusePast(c, filter);

        // No total and no pagination meta for events: clients stop on a short page.
        return Document(c, Matching(c, filter).Skip((page - 1) * limit).Take(limit), includes, single: false);
    }

    /// <summary>A required <c>filter[from]</c>/<c>filter[to]</c> in exactly <c>YYYY-MM-DD HH:MM:SS</c>.</summary>
    private static DateTime Period(Call c, string name, Errors errors)
    {
        var raw = c.Q(name);
        errors.If(!Fmt.TryParseLocal(raw, out var value), name, string.IsNullOrEmpty(raw) ? $"The {name} field is required." : $"The {name} does not match the format Y-m-d H:i:s.");
        return value;
    }

    /// <summary><c>page</c> (from 1) and <c>limit</c> (default 100, at most 250); a 422 in <paramref name="shape"/> when either is not a positive integer.</summary>
    internal static (int Page, int Limit) Paging(Call c, Func<string, string, Reply> shape)
    {
        Refused.If(!c.TryInt("page", out var page) || page < 1, shape("page", "The page must be an integer of at least 1."));
        Refused.If(!c.TryInt("limit", out var limit) || limit < 1, shape("limit", "The limit must be an integer of at least 1."));
        return (page ?? 1, Math.Min(limit ?? DefaultLimit, MaxLimit));
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
    private static Include<MockEvent>[] Known(MockState s)
    {
        IEnumerable<Resource> Staff(MockEvent e) => s.Table<MockTeamMember>().Find(e.StaffId) is { } m
            ? [new Resource("staff", m.Id, new StaffAttributes(m.Name, m.Specialization, m.Avatar))] : [];
        return
        [
            new("staff", e => Relation.One("staff", e.StaffId), Staff),
            new("master", e => Relation.One("staff", e.StaffId), Staff),
            new("service", e => Relation.One("service", e.ServiceId), e => s.Table<MockService>().Find(e.ServiceId) is { } sv
                ? [new Resource("service", sv.Id, new TitleAttributes(sv.Title))] : []),
            new("labels", e => Relation.Many("tag", e.LabelIds), e => e.LabelIds.Select(s.Table<MockTag>().Find).OfType<MockTag>()
                .Select(t => new Resource("tag", t.Id, new LabelAttributes(t.Title, t.Color, t.FontColor)))),
            new("resource_instances", e => Relation.Many("resource_instance", e.ResourceInstanceIds), e => e.ResourceInstanceIds
                .Select(s.Table<MockResourceInstance>().Find).OfType<MockResourceInstance>()
                .Select(ri => new Resource("resource_instance", ri.Id, new InstanceAttributes(ri.Title, ri.ResourceId)))),
            new("duration_details", e => Relation.One("activity_duration_details", e.Id), e =>
                [new Resource("activity_duration_details", e.Id, new DurationAttributes(e.Length - e.TechnicalBreakDuration, e.TechnicalBreakDuration))]),
        ];
    }

    private static HashSet<string> Includes(Call c) => c.Includes(Include<MockEvent>.Names(Known(c.State)));

    private static Reply Document(Call c, IEnumerable<MockEvent> events, HashSet<string> includes, bool single, int status = 200) =>
        Include<MockEvent>.Document(events, Known(c.State), includes, (e, rel) => new Resource("activity", e.Id, new Attributes(
            e.StaffId, e.StaffId, e.ServiceId, Fmt.WithOffset(e.Date, c.Company.UtcOffset), Fmt.UnixSeconds(e.Date, c.Company.UtcOffset), e.Length,
            e.Capacity, e.ClientsCount, e.Color, e.FontColor, e.Instructions, e.StreamLink, e.Comment, false, e.ScheduleId, null,
            e.ScheduleId is null ? null : e.ScheduleEventModified, e.Deleted), rel),
            single, status);

    // ---------------- create, update, delete ----------------

    /// <summary>A validated create/update body.</summary>
    private sealed record Input(
        long StaffId, long ServiceId, DateTime Date, int Length, int Capacity, int? Break, List<long> ResourceInstanceIds, List<long> LabelIds,
        string? Comment, string? Color, string? Instructions, string? StreamLink, bool Force);

    private static Input Read(Call c)
    {
        var f = c.Body();
        var staffId = f.Long("staff_id", required: true);
        var serviceId = f.Long("service_id", required: true);
        var rawDate = f.Str("date", required: true);
        var date = default(DateTime);
        f.Check(rawDate is not null && !Fmt.TryParseLocal(rawDate, out date), "date", "The date does not match the format Y-m-d H:i:s.");
        var length = f.Long("length", required: true);
        f.Check(length is { } len && (len <= 0 || len % 300 != 0), "length", "The length must be a positive multiple of 300 seconds (5 minutes).");
        f.Check(length > MaxLength && length % 300 == 0, "length", "The length may not be greater than 86400 seconds.");
        var capacity = f.Long("capacity", required: true);
        f.Check(capacity is < 1 or > 10_000, "capacity", "The capacity must be at least 1.");
        var brk = f.Long("technical_break_duration");
        f.Check(brk is { } b && (b is < 0 or > 3600 || b % 300 != 0), "technical_break_duration", "The technical_break_duration must be a multiple of 300 seconds and at most 3600.");
        f.Check(brk is >= 0 and <= 3600 && brk % 300 == 0 && brk >= length, "technical_break_duration", "The technical break must be shorter than the event length, which includes it.");

        // Bodies elsewhere carry colours without '#'; events answer with it, so normalise.
        var color = f.Str("color");
        var hex = color is ['#', .. var digits] ? digits : color ?? string.Empty;
        f.Check(hex.Length > 0 && (hex.Length != 6 || !hex.All(Uri.IsHexDigit)), "color", "The color must be a hex colour like #ff2828.");
        var input = new Input(
            staffId ?? 0, serviceId ?? 0, date, (int)Math.Clamp(length ?? 0, 0, MaxLength), (int)Math.Clamp(capacity ?? 0, 0, 10_000),
            brk is null ? null : (int)Math.Clamp(brk.Value, 0, 3600), f.Longs("resource_instance_ids") ?? [], f.Longs("label_ids") ?? [],
            f.Str("comment"), hex.Length > 0 ? "#" + hex.ToLowerInvariant() : null, f.Str("instructions"), f.Str("stream_link"), f.Bool("force") == true);
        f.Errors.ThrowIfAny(c.Invalid);
        return input;
    }

    /// <summary>Reference checks and conflicts, under the state lock.</summary>
    private static void Check(Call c, Input input, MockEvent? self)
    {
        var s = c.State;
        var errors = new Errors()
            .If(c.Owned<MockTeamMember>(input.StaffId) is not { Deleted: false, Fired: false }, "staff_id", "The selected staff_id is invalid.")
            .If(c.Owned<MockService>(input.ServiceId) is null, "service_id", "The selected service_id is invalid.");
        input.ResourceInstanceIds.Where(id => c.Owned<MockResourceInstance>(id) is null).ToList().ForEach(id => errors.Add("resource_instance_ids", $"The resource instance {id} does not exist."));
        input.LabelIds.Where(id => c.Owned<MockTag>(id) is not { IsDeleted: false }).ToList().ForEach(id => errors.Add("label_ids", $"The tag {id} does not exist."));

        // Only a date that moves is checked against "now", so an event already under way can still be edited.
        errors.If((self is null || self.Date != input.Date) && input.Date < s.LocalNow(c.Company) - s.Settings.PastTolerance, "date", "The event date cannot be earlier than the current time.");
        errors.If(self is not null && input.Capacity < self.ClientsCount, "capacity", $"The capacity cannot be less than the {self?.ClientsCount} seats already booked.");
        errors.ThrowIfAny(c.Invalid);
        if (!input.Force && BusyAt(s, c.Company.Id, input.StaffId, input.ResourceInstanceIds, input.Date, input.Length, self) is { } busy)
        {
            throw new Refused(Reply.JsonApiError(409, "Conflict", busy));
        }
    }

    /// <summary>Why the team member or a resource cannot take an event at <paramref name="start"/>, or null when both are free.</summary>
    private static string? BusyAt(MockState s, long companyId, long staffId, List<long> resourceInstanceIds, DateTime start, int length, MockEvent? self)
    {
        var end = start.AddSeconds(length);
        var overlapping = s.SortedEvents(companyId).TakeWhile(o => o.Date < end)
            .Where(o => !o.Deleted && !ReferenceEquals(o, self) && o.Date.AddSeconds(o.Length) > start);
        return overlapping.Select(o => o.StaffId == staffId ? "The team member is busy at this time"
            : resourceInstanceIds.Exists(o.ResourceInstanceIds.Contains) ? "The resource is busy at this time" : null).FirstOrDefault(r => r is not null);
    }

    /// <summary>PUT replaces: every field not sent is reset, so a client must read, merge and write.</summary>
    private static MockEvent Apply(MockEvent e, Input input)
    {
        (e.StaffId, e.ServiceId, e.Date, e.Length, e.Capacity, e.TechnicalBreakDuration) = (input.StaffId, input.ServiceId, input.Date, input.Length, input.Capacity, input.Break ?? 0);
        (e.ResourceInstanceIds, e.LabelIds, e.Comment, e.Color) = (input.ResourceInstanceIds, input.LabelIds, input.Comment, input.Color ?? MockState.DefaultEventColor);
        (e.Instructions, e.StreamLink) = (input.Instructions, input.StreamLink ?? string.Empty);
        return e;
    }

    private static Reply Create(Call c)
    {
        var input = Read(c);
        Check(c, input, null);
        return Document(c, [c.State.Add(Apply(new MockEvent { CompanyId = c.Company.Id }, input))], [], single: true, status: 201);
    }

    private static Reply Update(Call c)
    {
        var input = Read(c);
        var e = c.Get<MockEvent>();
        Refused.If(e.Deleted, c.Invalid("id", "The event has been deleted"));
        Check(c, input, e);
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

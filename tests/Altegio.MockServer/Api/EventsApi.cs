using System;
using System.Collections.Generic;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>V2 events (A.3.1), wire type <c>activity</c>.</summary>
internal static class EventsApi
{
    /// <summary>
    /// Snapshot N documents no default page size for events; snapshot O's events list defaulted to 100,
    /// the only V2 events default on record, so the mock uses it.
    /// </summary>
    public const int DefaultLimit = 100;

    /// <summary>"The largest page the V2 collections serve" per the MCP; larger limits are clamped.</summary>
    public const int MaxLimit = 250;

    private const int MaxLength = 24 * 3600;

    private static readonly string[] KnownIncludes = { "staff", "master", "service", "labels", "resource_instances", "duration_details" };

    public static void Register(Router r)
    {
        r.AddV2("GET", "events", List);
        r.AddV2("POST", "events", Create);
        r.AddV2("GET", "events/{id}", Get);
        r.AddV2("PUT", "events/{id}", Update);
        r.AddV2("DELETE", "events/{id}", Delete);
    }

    // ---------------- list ----------------

    /// <summary>The period and filters the event list, the dates and the filter values share.</summary>
    internal sealed class EventFilter
    {
        public DateTime From;
        public DateTime To;
        public bool IncludeDeleted;
        public List<long> MasterIds = new();
        public List<long> ServiceIds = new();
        public List<long> ResourceIds = new();
        public List<long> Weekdays = new();
        public int? MinFree;

        /// <summary>True when <paramref name="e"/> starts in the period and passes every filter.</summary>
        public bool Matches(MockEvent e, MockState state) =>
            e.Date >= From && e.Date <= To
            && !(e.Deleted && !IncludeDeleted)
            && (MasterIds.Count == 0 || MasterIds.Contains(e.StaffId))
            && (ServiceIds.Count == 0 || ServiceIds.Contains(e.ServiceId))
            && (ResourceIds.Count == 0 || Intersects(e.ResourceInstanceIds, ResourceIds, state))
            && (Weekdays.Count == 0 || Weekdays.Contains(IsoWeekday(e.Date)))
            && !(MinFree is { } need && e.Capacity - e.ClientsCount < need);
    }

    /// <summary>
    /// Reads <c>filter[from]</c>/<c>filter[to]</c> (required, <c>Y-m-d H:i:s</c>) and the optional filters; an
    /// error reply when they are malformed. The "not in the past" rule is left to the caller.
    /// </summary>
    internal static Reply? ReadFilter(ApiRequest req, out EventFilter filter)
    {
        filter = new EventFilter();
        var errors = new Errors();
        var rawFrom = req.Q("filter[from]");
        var rawTo = req.Q("filter[to]");
        if (string.IsNullOrEmpty(rawFrom))
        {
            errors.Add("filter[from]", "The filter[from] field is required.");
        }
        else if (!Fmt.TryParseLocal(rawFrom, out filter.From))
        {
            errors.Add("filter[from]", "The filter[from] does not match the format Y-m-d H:i:s.");
        }

        if (string.IsNullOrEmpty(rawTo))
        {
            errors.Add("filter[to]", "The filter[to] field is required.");
        }
        else if (!Fmt.TryParseLocal(rawTo, out filter.To))
        {
            errors.Add("filter[to]", "The filter[to] does not match the format Y-m-d H:i:s.");
        }

        if (errors.Any)
        {
            return Invalid(req, errors);
        }

        if (filter.To <= filter.From)
        {
            errors.Add("filter[to]", "The filter[to] must be a date after filter[from].");
            return Invalid(req, errors);
        }

        filter.IncludeDeleted = req.Q("filter[include_deleted]") == "1";
        var masterIds = req.LongList("filter[master_ids]");
        var serviceIds = req.LongList("filter[service_ids]");
        var resourceIds = req.LongList("filter[resource_ids]");
        var weekdays = req.LongList("filter[weekdays]");
        if (masterIds is null || serviceIds is null || resourceIds is null)
        {
            return Invalid(req, "filter", "The id filters must be lists of integers.");
        }

        if (weekdays is null || weekdays.Exists(d => d is < 1 or > 7))
        {
            return Invalid(req, "filter[weekdays]", "The filter[weekdays] must be integers from 1 (Monday) to 7.");
        }

        if (!req.TryQInt("filter[capacity]", out var minFree) || minFree < 0)
        {
            return Invalid(req, "filter[capacity]", "The filter[capacity] must be a non-negative integer.");
        }

        filter.MasterIds = masterIds;
        filter.ServiceIds = serviceIds;
        filter.ResourceIds = resourceIds;
        filter.Weekdays = weekdays;
        filter.MinFree = minFree;
        return null;
    }

    private static Reply List(ApiRequest req)
    {
        var bad = ReadFilter(req, out var filter);
        if (bad is not null)
        {
            return bad;
        }

        var from = filter.From;
        var to = filter.To;
        var includeDeleted = filter.IncludeDeleted;
        if (!req.TryQInt("page", out var page) || page < 1)
        {
            return Invalid(req, "page", "The page must be an integer of at least 1.");
        }

        if (!req.TryQInt("limit", out var limit) || limit < 1)
        {
            return Invalid(req, "limit", "The limit must be an integer of at least 1.");
        }

        if (!ParseIncludes(req, out var inc, out var incError))
        {
            return incError!;
        }

        var p = page ?? 1;
        var l = Math.Min(limit ?? DefaultLimit, MaxLimit);

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            if (!includeDeleted && from < state.LocalNow(req.Company) - state.PastTolerance)
            {
                return Invalid(req, "filter[from]", "The start date of the period cannot be earlier than the current time");
            }

            var sorted = state.SortedEvents(req.Company.Id);
            var start = LowerBound(sorted, from);
            var skip = (long)(p - 1) * l;
            var pageItems = new List<MockEvent>(Math.Min(l, 256));
            for (var i = start; i < sorted.Count && pageItems.Count < l; i++)
            {
                var e = sorted[i];
                if (e.Date > to)
                {
                    break;
                }

                if (!filter.Matches(e, state))
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                pageItems.Add(e);
            }

            return Reply.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var e in pageItems)
                {
                    Write(w, e, req.Company, inc);
                }

                w.WriteEndArray();
                WriteIncluded(w, pageItems, inc, state);

                // No total and no pagination meta for events: clients stop on a short page.
                TagsApi.Meta(w);
                w.WriteEndObject();
            }, 1024 + (pageItems.Count * (inc == 0 ? 520 : 900)));
        }
    }

    /// <summary>filter[resource_ids][] names resources; an event matches when one of its instances belongs to one (or is one).</summary>
    private static bool Intersects(List<long> instanceIds, List<long> resourceIds, MockState state)
    {
        foreach (var id in instanceIds)
        {
            if (resourceIds.Contains(id))
            {
                return true;
            }

            if (state.ResourceStore.Find(id) is { } ri && resourceIds.Contains(ri.ResourceId))
            {
                return true;
            }
        }

        return false;
    }

    private static long IsoWeekday(DateTime d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (long)d.DayOfWeek;

    private static int LowerBound(List<MockEvent> sorted, DateTime from)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Date < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // ---------------- error shape ----------------

    /// <summary>
    /// Event endpoints may answer validation failures in the JSON:API <c>errors[]</c> shape as well as the
    /// documented legacy envelope; <see cref="MockState.EventErrorsAsJsonApi"/> picks which.
    /// </summary>
    internal static Reply Invalid(ApiRequest req, Errors errors) =>
        req.State.EventErrorsAsJsonApi ? errors.ToJsonApiReply() : errors.ToReply();

    internal static Reply Invalid(ApiRequest req, string field, string message)
    {
        var errors = new Errors();
        errors.Add(field, message);
        return Invalid(req, errors);
    }

    // ---------------- includes ----------------

    [Flags]
    private enum Inc
    {
        None = 0,
        Staff = 1,
        Master = 2,
        Service = 4,
        Labels = 8,
        Resources = 16,
        Duration = 32,
    }

    private static bool ParseIncludes(ApiRequest req, out int flags, out Reply? error)
    {
        flags = 0;
        error = req.IncludeSyntaxError();
        if (error is not null)
        {
            return false;
        }

        foreach (var name in req.Includes())
        {
            var idx = Array.IndexOf(KnownIncludes, name);
            if (idx < 0)
            {
                error = Reply.Legacy(400, $"The include '{name}' is not supported; allowed: {string.Join(", ", KnownIncludes)}");
                return false;
            }

            flags |= 1 << idx;
        }

        return true;
    }

    private static void Ref(Utf8JsonWriter w, string type, long id)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        w.WriteString("id", TagsApi.Id(id));
        w.WriteEndObject();
    }

    private static void ToOne(Utf8JsonWriter w, string name, string type, long id)
    {
        w.WriteStartObject(name);
        w.WritePropertyName("data");
        Ref(w, type, id);
        w.WriteEndObject();
    }

    private static void ToMany(Utf8JsonWriter w, string name, string type, List<long> ids)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("data");
        foreach (var id in ids)
        {
            Ref(w, type, id);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, MockEvent e, MockCompany company, int inc)
    {
        w.WriteStartObject();
        w.WriteString("type", "activity");
        w.WriteString("id", TagsApi.Id(e.Id));
        w.WriteStartObject("attributes");
        w.WriteNumber("master_id", e.StaffId);
        w.WriteNumber("staff_id", e.StaffId);
        w.WriteNumber("service_id", e.ServiceId);
        w.WriteString("date", Fmt.WithOffset(e.Date, company.UtcOffset));
        w.WriteNumber("timestamp", Fmt.UnixSeconds(e.Date, company.UtcOffset));
        w.WriteNumber("length", e.Length);
        w.WriteNumber("capacity", e.Capacity);
        w.WriteNumber("clients_count", e.ClientsCount);
        w.WriteString("color", e.Color);
        w.WriteString("font_color", e.FontColor);
        WriteNullable(w, "instructions", e.Instructions);
        w.WriteString("stream_link", e.StreamLink);
        WriteNullable(w, "comment", e.Comment);
        w.WriteBoolean("notified", e.Notified);
        if (e.ScheduleId is { } sid)
        {
            w.WriteNumber("schedule_id", sid);
        }
        else
        {
            w.WriteNull("schedule_id");
        }

        w.WriteNull("schedule_till");
        if (e.ScheduleId is null)
        {
            w.WriteNull("schedule_event_modified");
        }
        else
        {
            w.WriteBoolean("schedule_event_modified", e.ScheduleEventModified);
        }

        w.WriteBoolean("deleted", e.Deleted);
        w.WriteEndObject();
        if (inc != 0)
        {
            // Relationships appear only for what was included; label and resource ids have no attribute of their own.
            w.WriteStartObject("relationships");
            if ((inc & (int)Inc.Staff) != 0)
            {
                ToOne(w, "staff", "staff", e.StaffId);
            }

            if ((inc & (int)Inc.Master) != 0)
            {
                ToOne(w, "master", "staff", e.StaffId);
            }

            if ((inc & (int)Inc.Service) != 0)
            {
                ToOne(w, "service", "service", e.ServiceId);
            }

            if ((inc & (int)Inc.Labels) != 0)
            {
                ToMany(w, "labels", "tag", e.LabelIds);
            }

            if ((inc & (int)Inc.Resources) != 0)
            {
                ToMany(w, "resource_instances", "resource_instance", e.ResourceInstanceIds);
            }

            if ((inc & (int)Inc.Duration) != 0)
            {
                ToOne(w, "duration_details", "activity_duration_details", e.Id);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteIncluded(Utf8JsonWriter w, IReadOnlyList<MockEvent> events, int inc, MockState state)
    {
        if (inc == 0)
        {
            return;
        }

        var seen = new HashSet<(string, long)>();
        w.WriteStartArray("included");
        foreach (var e in events)
        {
            if ((inc & ((int)Inc.Staff | (int)Inc.Master)) != 0 && seen.Add(("staff", e.StaffId)) && state.MemberStore.Find(e.StaffId) is { } m)
            {
                w.WriteStartObject();
                w.WriteString("type", "staff");
                w.WriteString("id", TagsApi.Id(m.Id));
                w.WriteStartObject("attributes");
                w.WriteString("name", m.Name);
                w.WriteString("specialization", m.Specialization);
                w.WriteString("avatar", m.Avatar);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            if ((inc & (int)Inc.Service) != 0 && seen.Add(("service", e.ServiceId)) && state.ServiceStore.Find(e.ServiceId) is { } s)
            {
                w.WriteStartObject();
                w.WriteString("type", "service");
                w.WriteString("id", TagsApi.Id(s.Id));
                w.WriteStartObject("attributes");
                w.WriteString("title", s.Title);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            if ((inc & (int)Inc.Labels) != 0)
            {
                foreach (var id in e.LabelIds)
                {
                    if (seen.Add(("tag", id)) && state.TagStore.Find(id) is { } t)
                    {
                        w.WriteStartObject();
                        w.WriteString("type", "tag");
                        w.WriteString("id", TagsApi.Id(t.Id));
                        w.WriteStartObject("attributes");
                        w.WriteString("title", t.Title);
                        w.WriteString("color", t.Color);
                        w.WriteString("font_color", t.FontColor);
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }
                }
            }

            if ((inc & (int)Inc.Resources) != 0)
            {
                foreach (var id in e.ResourceInstanceIds)
                {
                    if (seen.Add(("resource_instance", id)) && state.ResourceStore.Find(id) is { } ri)
                    {
                        w.WriteStartObject();
                        w.WriteString("type", "resource_instance");
                        w.WriteString("id", TagsApi.Id(ri.Id));
                        w.WriteStartObject("attributes");
                        w.WriteString("title", ri.Title);
                        w.WriteNumber("resource_id", ri.ResourceId);
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }
                }
            }

            if ((inc & (int)Inc.Duration) != 0)
            {
                w.WriteStartObject();
                w.WriteString("type", "activity_duration_details");
                w.WriteString("id", TagsApi.Id(e.Id));
                w.WriteStartObject("attributes");
                w.WriteNumber("services_duration", e.Length - e.TechnicalBreakDuration);
                w.WriteNumber("technical_break_duration", e.TechnicalBreakDuration);
                w.WriteEndObject();
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }

    private static Reply Single(int status, MockEvent e, MockCompany company, int inc, MockState state) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("data");
            Write(w, e, company, inc);
            WriteIncluded(w, new[] { e }, inc, state);
            TagsApi.Meta(w);
            w.WriteEndObject();
        });

    // ---------------- item operations ----------------

    private static MockEvent? Find(ApiRequest req)
    {
        var e = req.State.EventStore.Find(req.Id);
        return e is not null && e.CompanyId == req.Company.Id ? e : null;
    }

    private static Reply Get(ApiRequest req)
    {
        if (!ParseIncludes(req, out var inc, out var incError))
        {
            return incError!;
        }

        lock (req.State.SyncRoot)
        {
            // Soft-deleted events stay readable (documented).
            var e = Find(req);
            return e is null ? Reply.NotFound() : Single(200, e, req.Company, inc, req.State);
        }
    }

    /// <summary>A validated create/update body.</summary>
    private sealed class EventInput
    {
        public long StaffId;
        public long ServiceId;
        public DateTime Date;
        public int Length;
        public int Capacity;
        public int? Break;
        public List<long> ResourceInstanceIds = new();
        public List<long> LabelIds = new();
        public string? Comment;
        public string? Color;
        public string? Instructions;
        public string? StreamLink;
        public bool Force;
    }

    private static Reply? ReadInput(ApiRequest req, out EventInput input)
    {
        input = new EventInput();
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var errors = new Errors();
        RequiredLong(body, "staff_id", errors, out input.StaffId);
        RequiredLong(body, "service_id", errors, out input.ServiceId);
        switch (body.String("date", out var rawDate))
        {
            case FieldState.Missing:
            case FieldState.Null:
                errors.Add("date", "Required parameter date was not passed");
                break;
            default:
                if (!Fmt.TryParseLocal(rawDate, out input.Date))
                {
                    errors.Add("date", "The date does not match the format Y-m-d H:i:s.");
                }

                break;
        }

        if (RequiredLong(body, "length", errors, out var length))
        {
            if (length <= 0 || length % 300 != 0)
            {
                errors.Add("length", "The length must be a positive multiple of 300 seconds (5 minutes).");
            }
            else if (length > MaxLength)
            {
                errors.Add("length", "The length may not be greater than 86400 seconds.");
            }

            input.Length = (int)Math.Clamp(length, 0, MaxLength);
        }

        if (RequiredLong(body, "capacity", errors, out var capacity))
        {
            if (capacity < 1 || capacity > 10_000)
            {
                errors.Add("capacity", "The capacity must be at least 1.");
            }

            input.Capacity = (int)Math.Clamp(capacity, 0, 10_000);
        }

        switch (body.Long("technical_break_duration", out var brk))
        {
            case FieldState.Invalid:
                errors.Add("technical_break_duration", "The technical_break_duration must be an integer.");
                break;
            case FieldState.Ok:
                if (brk < 0 || brk % 300 != 0 || brk > 3600)
                {
                    errors.Add("technical_break_duration", "The technical_break_duration must be a multiple of 300 seconds and at most 3600.");
                }
                else if (input.Length > 0 && brk >= input.Length)
                {
                    errors.Add("technical_break_duration", "The technical break must be shorter than the event length, which includes it.");
                }

                input.Break = (int)Math.Clamp(brk, 0, 3600);
                break;
        }

        if (body.LongArray("resource_instance_ids", out input.ResourceInstanceIds) == FieldState.Invalid)
        {
            errors.Add("resource_instance_ids", "The resource_instance_ids must be an array of integers.");
        }

        if (body.LongArray("label_ids", out input.LabelIds) == FieldState.Invalid)
        {
            errors.Add("label_ids", "The label_ids must be an array of integers.");
        }

        OptionalString(body, "comment", errors, out input.Comment);
        OptionalString(body, "instructions", errors, out input.Instructions);
        OptionalString(body, "stream_link", errors, out input.StreamLink);
        OptionalString(body, "color", errors, out input.Color);
        if (input.Color is { Length: > 0 } c)
        {
            // Bodies elsewhere carry colours without '#'; events answer with it, so normalise.
            var hex = c.StartsWith('#') ? c[1..] : c;
            if (hex.Length != 6 || !IsHex(hex))
            {
                errors.Add("color", "The color must be a hex colour like #ff2828.");
            }

            input.Color = "#" + hex.ToLowerInvariant();
        }
        else
        {
            input.Color = null;
        }

        if (body.Bool("force", out input.Force) == FieldState.Invalid)
        {
            errors.Add("force", "The force field must be true or false.");
        }

        return errors.Any ? Invalid(req, errors) : null;
    }

    private static bool IsHex(string s)
    {
        foreach (var ch in s)
        {
            if (!Uri.IsHexDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static bool RequiredLong(JsonBody body, string name, Errors errors, out long value)
    {
        switch (body.Long(name, out value))
        {
            case FieldState.Ok:
                return true;
            case FieldState.Invalid:
                errors.Add(name, $"The {name} must be an integer.");
                return false;
            default:
                errors.Add(name, $"Required parameter {name} was not passed");
                return false;
        }
    }

    private static void OptionalString(JsonBody body, string name, Errors errors, out string? value)
    {
        value = null;
        switch (body.String(name, out var s))
        {
            case FieldState.Ok:
                value = s;
                break;
            case FieldState.Invalid:
                errors.Add(name, $"The {name} must be a string.");
                break;
        }
    }

    /// <summary>Reference checks and conflicts, under the state lock.</summary>
    private static Reply? Check(ApiRequest req, EventInput input, MockEvent? self)
    {
        var state = req.State;
        var companyId = req.Company.Id;
        var errors = new Errors();
        if (state.MemberStore.Find(input.StaffId) is not { } staff || staff.CompanyId != companyId || staff.Deleted || staff.Fired)
        {
            errors.Add("staff_id", "The selected staff_id is invalid.");
        }

        if (state.ServiceStore.Find(input.ServiceId) is not { } svc || svc.CompanyId != companyId)
        {
            errors.Add("service_id", "The selected service_id is invalid.");
        }

        foreach (var id in input.ResourceInstanceIds)
        {
            if (state.ResourceStore.Find(id) is not { } ri || ri.CompanyId != companyId)
            {
                errors.Add("resource_instance_ids", $"The resource instance {id} does not exist.");
            }
        }

        foreach (var id in input.LabelIds)
        {
            if (state.TagStore.Find(id) is not { } t || t.CompanyId != companyId || t.IsDeleted)
            {
                errors.Add("label_ids", $"The tag {id} does not exist.");
            }
        }

        // Only a date that moves is checked against "now", so an event already under way can still be edited.
        var dateChanged = self is null || self.Date != input.Date;
        if (dateChanged && input.Date < state.LocalNow(req.Company) - state.PastTolerance)
        {
            errors.Add("date", "The event date cannot be earlier than the current time.");
        }

        if (self is not null && input.Capacity < self.ClientsCount)
        {
            errors.Add("capacity", $"The capacity cannot be less than the {self.ClientsCount} seats already booked.");
        }

        if (errors.Any)
        {
            return Invalid(req, errors);
        }

        if (input.Force)
        {
            return null;
        }

        return BusyAt(state, companyId, input.StaffId, input.ResourceInstanceIds, input.Date, input.Length, self) is { } busy
            ? Reply.JsonApiError(409, "Conflict", busy)
            : null;
    }

    /// <summary>Why the team member or a resource cannot take an event at <paramref name="start"/>, or null when both are free.</summary>
    internal static string? BusyAt(MockState state, long companyId, long staffId, List<long> resourceInstanceIds, DateTime start, int length, MockEvent? self)
    {
        var end = start.AddSeconds(length);
        foreach (var other in state.SortedEvents(companyId))
        {
            if (other.Date >= end)
            {
                break;
            }

            if (other.Deleted || ReferenceEquals(other, self) || other.Date.AddSeconds(other.Length) <= start)
            {
                continue;
            }

            if (other.StaffId == staffId)
            {
                return "The team member is busy at this time";
            }

            foreach (var id in resourceInstanceIds)
            {
                if (other.ResourceInstanceIds.Contains(id))
                {
                    return "The resource is busy at this time";
                }
            }
        }

        return null;
    }

    private static void Apply(MockEvent e, EventInput input)
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

    private static Reply Create(ApiRequest req)
    {
        var bad = ReadInput(req, out var input);
        if (bad is not null)
        {
            return bad;
        }

        lock (req.State.SyncRoot)
        {
            // No break given: the location default is added after the length (the MCP saw 60 min become 80).
            if (input.Break is null && req.Company.DefaultTechnicalBreakSeconds > 0)
            {
                input.Break = req.Company.DefaultTechnicalBreakSeconds;
                input.Length += req.Company.DefaultTechnicalBreakSeconds;
            }

            var problem = Check(req, input, null);
            if (problem is not null)
            {
                return problem;
            }

            var e = new MockEvent { CompanyId = req.Company.Id };
            Apply(e, input);
            req.State.AddEvent(e);
            return Single(201, e, req.Company, 0, req.State);
        }
    }

    private static Reply Update(ApiRequest req)
    {
        var bad = ReadInput(req, out var input);
        if (bad is not null)
        {
            return bad;
        }

        lock (req.State.SyncRoot)
        {
            var e = Find(req);
            if (e is null)
            {
                return Reply.NotFound();
            }

            if (e.Deleted)
            {
                return Invalid(req, "id", "The event has been deleted");
            }

            var problem = Check(req, input, e);
            if (problem is not null)
            {
                return problem;
            }

            // PUT replaces: every field not sent is reset, so a client must read, merge and write.
            var oldDate = e.Date;
            Apply(e, input);
            e.ScheduleEventModified = e.ScheduleId is not null;
            if (oldDate != e.Date)
            {
                req.State.EventDateChanged(e);
            }

            return Single(200, e, req.Company, 0, req.State);
        }
    }

    private static Reply Delete(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var e = Find(req);
            if (e is null || e.Deleted)
            {
                return Reply.NotFound();
            }

            e.Deleted = true;
            foreach (var b in req.State.BookingStore.Values)
            {
                if (b.ActivityId == e.Id)
                {
                    b.Deleted = true;
                }
            }

            e.ClientsCount = 0;
            return Reply.NoContent();
        }
    }
}

namespace Altegio.MockServer.Api;

/// <summary>
/// V1 team-member work schedules: the many-members read and the set/clear PUT, under the documented
/// <c>/company/{id}/staff/schedule</c> and the modern <c>/locations/{id}/team_members/schedule</c>. Like the
/// backend, the PUT validates a strict collection: each item needs <c>staff_id</c>, and <c>team_member_id</c>
/// (the name the docs print) is refused with a 422.
/// </summary>
internal static class WorkSchedulesApi
{
    private static readonly string[] KnownIncludes = ["busy_intervals", "off_day_type"];

    public static void Map(IEndpointRouteBuilder api)
    {
        foreach (var path in new[] { "v1/company/{loc:long}/staff/schedule", "v1/locations/{loc:long}/team_members/schedule" })
        {
            api.Get(path, List);
            api.Put(path, Put);
        }
    }

    // ---------------- wire ----------------

    private sealed record Slot(string From, string To);

    private sealed record Busy(string EntityType, long EntityId, string From, string To);

    /// <summary>One member's day; the read names the member <c>staff_id</c>, the PUT's answer <c>team_member_id</c> (both documented).</summary>
    private sealed record Day(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? StaffId,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? TeamMemberId,
        string Date,
        List<Slot> Slots,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<Busy>? BusyIntervals);

    private static Reply Days(MockState s, List<MockTeamMember> members, DateTime from, DateTime to, bool read, bool busy) =>
        Reply.V1(
            members.SelectMany(m => Enumerable.Range(0, (to - from).Days + 1).Select(i => Wire(s, m, from.AddDays(i), read, busy))).ToList(),
            meta: new { Count = members.Count * ((to - from).Days + 1) });

    private static Day Wire(MockState s, MockTeamMember m, DateTime date, bool read, bool busy) => new(
        read ? m.Id : null, read ? null : m.Id, Fmt.DateOnly(date),
        s.WorkingHours(m, date).Select(t => new Slot(Hm(t.From), Hm(t.To))).ToList(),
        !busy ? null : s.Table<MockEvent>().Values.Where(e => e.StaffId == m.Id && !e.Deleted && e.Date.Date == date)
            .Select(e => new Busy("activity", e.Id, Clock(e.Date), Clock(e.Date.AddSeconds(e.Length)))).ToList());

    private static string Clock(DateTime t) => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Hm(TimeSpan t) => ((int)t.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + t.Minutes.ToString("00", CultureInfo.InvariantCulture);

    // ---------------- read ----------------

    private static Reply List(Call c)
    {
        var errors = new Errors();
        var from = Date(c.Q("start_date"), "start_date", errors);
        var to = Date(c.Q("end_date"), "end_date", errors);
        var ids = c.Longs("staff_ids");
        errors.If(ids is null, "staff_ids", "The staff_ids must be a list of integers.");
        errors.If(c.Includes(null).Any(i => !KnownIncludes.Contains(i)), "include", "The include may hold busy_intervals and off_day_type.");
        errors.If(!errors.Any && to < from, "end_date", "The end_date must be a date after or equal to start_date.");
        errors.ThrowIfAny();
        var members = (ids!.Count > 0 ? ids.Distinct() : c.State.Table<MockTeamMember>().Values.Where(m => m.CompanyId == c.Company.Id && !m.Deleted).Select(m => m.Id))
            .Select(id => c.Owned<MockTeamMember>(id) ?? throw new Refused(Reply.Legacy(404, "Team member " + Reply.Code(id) + " not found")))
            .ToList();
        return Days(c.State, members, from, to, read: true, busy: c.Includes().Contains("busy_intervals"));
    }

    /// <summary>The docs type path and query dates as numbers (<c>20251201</c>); the blueprint and the official client send <c>2025-12-01</c>. Both are read.</summary>
    private static DateTime Date(string? text, string name, Errors errors)
    {
        if (Fmt.TryParse(text, "yyyy-MM-dd", out var date) || Fmt.TryParse(text, "yyyyMMdd", out date))
        {
            return date;
        }

        errors.Add(name, string.IsNullOrEmpty(text) ? $"The {name} field is required." : $"The {name} is not a valid date.");
        return default;
    }

    // ---------------- change ----------------

    private sealed record Item(long Member, List<DateTime> Dates, List<(TimeSpan From, TimeSpan To)> Slots);

    private static Reply Put(Call c)
    {
        var f = c.Body(v1: true);
        var sets = Items(c, f, "schedules_to_set", withSlots: true);
        var deletes = Items(c, f, "schedules_to_delete", withSlots: false);
        f.Check(!f.Errors.Any && sets.Count == 0 && deletes.Count == 0, "schedules_to_set", "Give schedules_to_set or schedules_to_delete.");
        f.Errors.ThrowIfAny();

        // A day off has no slots; appointments and events already booked that day stay.
        var all = sets.Concat(deletes).ToList();
        all.ForEach(item => item.Dates.ForEach(date => c.State.WorkDays[(item.Member, date)] = item.Slots));
        var members = all.Select(i => i.Member).Distinct().Order().Select(m => c.State.Table<MockTeamMember>().Find(m)!).ToList();
        var dates = all.SelectMany(i => i.Dates).ToList();
        return Days(c.State, members, dates.Min(), dates.Max(), read: false, busy: false);
    }

    private static List<Item> Items(Call c, Form f, string name, bool withSlots) => (f.Objects(name) ?? []).Select(item =>
    {
        string[] allowed = withSlots ? ["staff_id", "dates", "slots"] : ["staff_id", "dates"];
        foreach (var extra in item.Names.Where(n => !allowed.Contains(n)))
        {
            item.Errors.Add(item.Path(extra), $"The {item.Path(extra)} field is not allowed.");
        }

        var member = item.Long("staff_id", required: true);
        item.Check(member is { } id && c.Owned<MockTeamMember>(id) is not { Deleted: false }, "staff_id", $"The selected {item.Path("staff_id")} is invalid.");
        var rawDates = item.Strs("dates", required: true);
        item.Check(rawDates is [], "dates", $"The {item.Path("dates")} field is required.");
        var dates = new List<DateTime>();
        foreach (var raw in rawDates ?? [])
        {
            item.Check(!Fmt.TryParse(raw, "yyyy-MM-dd", out var date), "dates", $"The {item.Path("dates")} must be dates of the form Y-m-d.");
            dates.Add(date);
        }

        return new Item(member ?? 0, dates, withSlots ? Slots(item) : []);
    }).ToList();

    private static List<(TimeSpan From, TimeSpan To)> Slots(Form item)
    {
        var raw = item.Objects("slots", required: true);
        item.Check(raw is [], "slots", $"The {item.Path("slots")} field is required.");
        var slots = new List<(TimeSpan From, TimeSpan To)>();
        foreach (var slot in raw ?? [])
        {
            var (from, to) = (Clock(slot.Str("from")), Clock(slot.Str("to")));
            item.Check(from is null || to is null || to <= from, "slots", $"Each of {item.Path("slots")} needs from and to as H:i, from before to.");
            if (from is { } start && to is { } end && end > start)
            {
                slots.Add((start, end));
            }
        }

        slots.Sort();
        item.Check(slots.Zip(slots.Skip(1)).Any(p => p.Second.From < p.First.To), "slots", $"The {item.Path("slots")} overlap.");
        return slots;
    }

    private static TimeSpan? Clock(string? text) =>
        text == "24:00" ? TimeSpan.FromHours(24) : Fmt.TryParse(text, "HH:mm", out var t) ? t.TimeOfDay : null;
}

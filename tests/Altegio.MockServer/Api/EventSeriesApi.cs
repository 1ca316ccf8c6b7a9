namespace Altegio.MockServer.Api;

/// <summary>
/// V1 recurring event series (<c>/locations/{id}/schedules</c>, also the documented <c>/company/{id}/schedules</c>).
/// A series repeats a template event on its weekdays until <c>date_end</c>; every generated event carries
/// <c>schedule_id</c>. Deleting a series deletes its events (softly, as V2 deletes events: still readable by
/// id) and cancels their bookings.
/// </summary>
internal static class EventSeriesApi
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static void Map(IEndpointRouteBuilder api)
    {
        foreach (var root in new[] { "v1/locations/{loc:long}/schedules", "v1/company/{loc:long}/schedules" })
        {
            api.Post(root, Create);
            api.Get(root + "/{id:long}", c => Reply.V1(Wire(c, Find(c, c.Id))));
            api.Patch(root + "/{id:long}", Update);
            api.Delete(root + "/{id:long}", Delete);
            api.Get(root + "/search/activity/{id:long}", c => Reply.V1(Wire(c, Find(c, c.Get<MockEvent>().ScheduleId ?? 0))));
            api.Get(root + "/search/record/{id:long}", _ => Reply.NotFound());
            api.Get(root + "/{id:long}/days/{id2:long}/events", Occurrences);
        }
    }

    private static IEnumerable<MockSeriesDay> Days(MockState s, MockSeries series) => s.Table<MockSeriesDay>().Values.Where(d => d.SeriesId == series.Id);

    private static IEnumerable<MockOccurrence> Dates(MockState s, MockSeriesDay day) => s.Table<MockOccurrence>().Values.Where(o => o.DayId == day.Id);

    private static Reply Invalid(string field, string message) => Errors.Of(field, message).ToFieldListReply();

    // ---------------- wire ----------------

    private sealed record Series(
        long Id, string CreatedAt, string UpdatedAt, string? DeletedAt, string OriginalEntityType, long OriginalEntityId, string DateStart,
        string DateEnd, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<Day>? Days);

    /// <summary>The day carries no <c>events_master_id</c>; the member comes with the <c>days.events_master</c> include.</summary>
    private sealed record Day(
        long Id, string CreatedAt, string UpdatedAt, long TimetableEventScheduleId, string DayOfWeek, string EventsTime, int EventsDuration,
        int EventTechnicalBreakDuration, int EventsCapacity,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Master? EventsMaster,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<Label>? EventsLabels,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<Instance>? EventsResourceInstances);

    private sealed record Master(long Id, string Name, long CompanyId, string Specialization, string Avatar, string AvatarBig, object? Position, bool IsPaidStaff);

    private sealed record Label(long Id, string Title, string Color);

    private sealed record Instance(long Id, string Title, long ResourceId);

    private sealed record Occurrence(
        long Id, string CreatedAt, string UpdatedAt, string EventStatus, string EventDatetime, string EventEntityType, long? EventEntityId,
        bool IsEntityMasterChanged, bool IsEntityDatetimeChanged, bool IsEntityDurationChanged, bool IsEntityLabelsChanged,
        bool IsEntityResourceInstancesChanged, string EntityDatetime);

    private static string Iso(Call c, DateTimeOffset at) => at.ToOffset(c.Company.UtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static Series Wire(Call c, MockSeries series)
    {
        var s = c.State;
        var includes = c.Includes();
        var breakSeconds = s.Table<MockEvent>().Find(series.TemplateEventId)?.TechnicalBreakDuration ?? 0;
        return new Series(
            series.Id, Iso(c, series.CreatedAt), Iso(c, series.UpdatedAt), null, "activity", series.TemplateEventId, Fmt.DateOnly(series.DateStart),
            Fmt.DateOnly(series.DateEnd), !includes.Contains("days") ? null : Days(s, series).Select(d => new Day(
                d.Id, Iso(c, series.CreatedAt), Iso(c, series.UpdatedAt), series.Id, DayNames[(int)d.DayOfWeek],
                d.Time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture), d.Duration, breakSeconds, d.Capacity,
                includes.Contains("days.events_master") && s.Table<MockTeamMember>().Find(d.MasterId) is { } m
                    ? new Master(m.Id, m.Name, m.CompanyId, m.Specialization, m.Avatar, m.AvatarBig, null, m.IsPaidStaff) : null,
                !includes.Contains("days.events_labels") ? null : d.LabelIds
                    .Select(id => s.Table<MockTag>().Find(id) is { } t ? new Label(id, t.Title, t.Color) : new Label(id, string.Empty, string.Empty)).ToList(),
                !includes.Contains("days.events_resource_instances") ? null : d.ResourceInstanceIds
                    .Select(id => s.Table<MockResourceInstance>().Find(id) is { } ri ? new Instance(id, ri.Title, ri.ResourceId) : new Instance(id, string.Empty, 0)).ToList()))
                .ToList());
    }

    // ---------------- create ----------------

    private static Reply Create(Call c)
    {
        var f = c.Body(v1: true);
        var entityType = f.Str("original_entity_type");
        f.Check(entityType == "record", "original_entity_type", "Series of appointments are not supported.");
        f.Check(entityType is not ("record" or "activity"), "original_entity_type", "The original_entity_type field is required and must be activity.");
        var templateId = f.Long("original_entity_id", required: true);
        var dateEnd = DateEnd(f);
        var addClients = f.Bool("add_clients_from_original_entity") == true;
        var days = ReadDays(c, f);
        f.Errors.ThrowIfAny(e => e.ToFieldListReply());
        var s = c.State;
        var template = c.Owned<MockEvent>(templateId!.Value) is { Deleted: false } t ? t
            : throw new Refused(Invalid("original_entity_id", "The selected original_entity_id is invalid."));
        Refused.If(template.ScheduleId is { } existing && s.Table<MockSeries>().Find(existing) is { DeletedAt: null },
            Invalid("original_entity_id", "The event already belongs to a series."));
        Refused.If(dateEnd <= template.Date.Date, Invalid("date_end", "The date_end must be a date after the event's date."));
        var now = s.Time.GetUtcNow();
        var series = s.Add(new MockSeries
        {
            CompanyId = c.Company.Id, TemplateEventId = template.Id, DateStart = template.Date.Date, DateEnd = dateEnd, CreatedAt = now,
            UpdatedAt = now, AddClients = addClients, Pending = s.Settings.SeriesGenerationLags,
        });
        days.ForEach(day => s.Add(day).SeriesId = series.Id);
        template.ScheduleId = series.Id;
        template.ScheduleEventModified = false;
        Extend(s, series, template, series.DateStart);
        return Reply.V1(Wire(c, series), 201);
    }

    private static DateTime DateEnd(Form f)
    {
        f.Check(!Fmt.TryParse(f.Str("date_end"), "yyyy-MM-dd", out var date), "date_end", "The date_end field is required and must be a date of the form Y-m-d.");
        return date;
    }

    private static List<MockSeriesDay> ReadDays(Call c, Form f)
    {
        var days = new List<MockSeriesDay>();
        var items = f.Objects("days");
        f.Check(items is null or { Count: < 1 or > 7 }, "days", "The days field is required and must hold 1 to 7 items.");
        foreach (var item in items is { Count: >= 1 and <= 7 } ? items : [])
        {
            string Field(string name) => item.Path(name);
            var dow = Array.IndexOf(DayNames, item.Str("day_of_week"));
            item.Check(dow < 0, "day_of_week", $"The {Field("day_of_week")} must be one of mon, tue, wed, thu, fri, sat, sun.");
            item.Check(dow >= 0 && days.Exists(x => (int)x.DayOfWeek == dow), "day_of_week", $"The {Field("day_of_week")} is given twice.");
            var master = item.Long("events_master_id");
            item.Check(master is null || c.Owned<MockTeamMember>(master.Value) is not { Deleted: false }, "events_master_id",
                $"The {Field("events_master_id")} field is required and must name a team member.");
            item.Check(!Fmt.TryParse(item.Str("events_time"), "HH:mm:ss", out var clock), "events_time", $"The {Field("events_time")} field is required and must be H:i:s.");
            var duration = item.Long("events_duration");
            item.Check(duration is not (> 0 and <= 24 * 3600), "events_duration", $"The {Field("events_duration")} field is required and must be 1 to 86400 seconds.");
            var capacity = item.Long("events_capacity");
            item.Check(capacity is not (>= 1 and <= int.MaxValue), "events_capacity", $"The {Field("events_capacity")} field is required and must be at least 1.");

            // Both spellings of the resource ids are read.
            var resources = item.Longs("resource_instance_ids") ?? [];
            resources.AddRange((item.Longs("resource_instances_ids") ?? []).Where(id => !resources.Contains(id)));
            days.Add(new MockSeriesDay
            {
                DayOfWeek = (DayOfWeek)Math.Max(dow, 0), MasterId = master ?? 0, Time = clock.TimeOfDay, Duration = (int)(duration ?? 0),
                Capacity = (int)Math.Clamp(capacity ?? 0, 0, int.MaxValue), LabelIds = item.Longs("labels_ids") ?? [], ResourceInstanceIds = resources,
            });
        }

        return days;
    }

    /// <summary>Adds the occurrences (and, unless generation lags, the events) of every date from <paramref name="after"/> up to the end.</summary>
    private static void Extend(MockState s, MockSeries series, MockEvent template, DateTime after)
    {
        foreach (var day in Days(s, series).ToList())
        {
            var taken = Dates(s, day).Select(o => o.Date.Date).ToHashSet();
            for (var date = after; date <= series.DateEnd; date = date.AddDays(1))
            {
                var isTemplate = date + day.Time == template.Date;
                if (date.DayOfWeek == day.DayOfWeek && !taken.Contains(date) && (isTemplate || date > template.Date.Date))
                {
                    var occurrence = s.Add(new MockOccurrence
                    {
                        DayId = day.Id, Date = date + day.Time, EventId = isTemplate ? template.Id : null, Status = isTemplate ? "stable" : "event_created",
                    });
                    if (!isTemplate && !series.Pending)
                    {
                        Generate(s, series, template, day, occurrence);
                    }
                }
            }
        }
    }

    private static void Generate(MockState s, MockSeries series, MockEvent template, MockSeriesDay day, MockOccurrence occurrence)
    {
        var e = s.Add(new MockEvent
        {
            CompanyId = series.CompanyId, StaffId = day.MasterId, ServiceId = template.ServiceId, Date = occurrence.Date,
            Length = day.Duration + template.TechnicalBreakDuration, TechnicalBreakDuration = template.TechnicalBreakDuration, Capacity = day.Capacity,
            LabelIds = [.. day.LabelIds], ResourceInstanceIds = [.. day.ResourceInstanceIds], Color = template.Color, Instructions = template.Instructions,
            StreamLink = template.StreamLink, Comment = template.Comment, ScheduleId = series.Id,
        });
        foreach (var b in series.AddClients ? s.LiveBookings(template.Id) : [])
        {
            s.Book(e, b.ClientId, b.ClientsCount, b.Comment);
        }

        occurrence.EventId = e.Id;
        occurrence.Status = "stable";
    }

    // ---------------- read ----------------

    /// <summary>
    /// The location's live series; a 404 when none. The API makes a series' events in the background; a lagging
    /// mock makes them when the series is next read.
    /// </summary>
    private static MockSeries Find(Call c, long id)
    {
        var series = Live(c, id);
        if (series.Pending)
        {
            series.Pending = false;
            var template = c.State.Table<MockEvent>().Find(series.TemplateEventId)!;
            foreach (var (day, occurrence) in Days(c.State, series).SelectMany(d => Dates(c.State, d).Where(o => o.EventId is null).Select(o => (d, o))).ToList())
            {
                Generate(c.State, series, template, day, occurrence);
            }
        }

        return series;
    }

    private static MockSeries Live(Call c, long id) => c.Owned<MockSeries>(id) is { DeletedAt: null } x ? x : throw Refused.NotFound();

    private static Reply Occurrences(Call c)
    {
        var series = Find(c, c.Id);
        var day = Days(c.State, series).FirstOrDefault(d => d.Id == c.Id2) ?? throw Refused.NotFound();
        return Reply.V1(Dates(c.State, day).OrderBy(o => o.Date).Select(o =>
        {
            var e = o.EventId is { } id ? c.State.Table<MockEvent>().Find(id) : null;
            var modified = e is { ScheduleEventModified: true };
            return new Occurrence(
                o.Id, Iso(c, series.CreatedAt), Iso(c, series.UpdatedAt), e is { Deleted: true } ? "entity_deleted" : o.Status,
                Iso(c, new DateTimeOffset(o.Date, c.Company.UtcOffset)), "activity", o.EventId, modified && e!.StaffId != day.MasterId,
                modified && e!.Date != o.Date, false, false, modified && !e!.ResourceInstanceIds.SequenceEqual(day.ResourceInstanceIds),
                Fmt.Local(e?.Date ?? o.Date));
        }).ToList());
    }

    // ---------------- change ----------------

    private static Reply Update(Call c)
    {
        var f = c.Body(v1: true);
        var dateEnd = DateEnd(f);
        f.Errors.ThrowIfAny(e => e.ToFieldListReply());
        var series = Find(c, c.Id);
        Refused.If(dateEnd < series.DateStart, Invalid("date_end", "The date_end must not be before date_start."));
        var s = c.State;
        var oldEnd = series.DateEnd;
        series.DateEnd = dateEnd;
        series.UpdatedAt = s.Time.GetUtcNow();
        if (dateEnd > oldEnd)
        {
            Extend(s, series, s.Table<MockEvent>().Find(series.TemplateEventId)!, oldEnd.AddDays(1));
        }

        foreach (var o in Days(s, series).SelectMany(d => Dates(s, d)).Where(o => o.Date.Date > dateEnd).ToList())
        {
            if (o.EventId is { } id && s.Table<MockEvent>().Find(id) is { } e)
            {
                EventsApi.SoftDelete(s, e);
            }

            s.Remove<MockOccurrence>(o.Id);
        }

        return Reply.V1(Wire(c, series));
    }

    private static Reply Delete(Call c)
    {
        var series = Live(c, c.Id);
        series.DeletedAt = c.State.Time.GetUtcNow();
        foreach (var e in c.State.Table<MockEvent>().Values.Where(e => e.ScheduleId == series.Id).ToList())
        {
            EventsApi.SoftDelete(c.State, e);
        }

        return Reply.NoContent();
    }
}

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
            api.Get(root + "/{id:long}", Get);
            api.Patch(root + "/{id:long}", Update);
            api.Delete(root + "/{id:long}", Delete);
            api.Get(root + "/search/activity/{id:long}", Search);
            api.Get(root + "/search/record/{id:long}", _ => Reply.NotFound());
            api.Get(root + "/{id:long}/days/{id2:long}/events", Occurrences);
        }
    }

    private static IEnumerable<MockSeriesDay> Days(MockState s, MockSeries series) =>
        s.Table<MockSeriesDay>().Values.Where(d => d.SeriesId == series.Id);

    private static IEnumerable<MockOccurrence> Dates(MockState s, MockSeriesDay day) =>
        s.Table<MockOccurrence>().Values.Where(o => o.DayId == day.Id);

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

    private static Series Wire(Call c, MockSeries series)
    {
        var s = c.State;
        var includes = c.Includes();
        string Iso(DateTimeOffset at) => at.ToOffset(c.Company.UtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var breakSeconds = s.Table<MockEvent>().Find(series.TemplateEventId)?.TechnicalBreakDuration ?? 0;
        return new Series(
            series.Id, Iso(series.CreatedAt), Iso(series.UpdatedAt), null, "activity", series.TemplateEventId, Fmt.DateOnly(series.DateStart),
            Fmt.DateOnly(series.DateEnd), !includes.Contains("days") ? null : Days(s, series).Select(d => new Day(
                d.Id, Iso(series.CreatedAt), Iso(series.UpdatedAt), series.Id, DayNames[(int)d.DayOfWeek],
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
        if (!c.TryForm(out var f, v1: true))
        {
            return Reply.BadJson();
        }

        var entityType = f.Str("original_entity_type");
        if (entityType == "record")
        {
            f.Errors.Add("original_entity_type", "Series of appointments are not supported.");
        }
        else if (entityType != "activity")
        {
            f.Errors.Add("original_entity_type", "The original_entity_type field is required and must be activity.");
        }

        var templateId = f.Long("original_entity_id", required: true);
        var dateEnd = DateEnd(f);
        var addClients = f.Bool("add_clients_from_original_entity") == true;
        var days = ReadDays(c, f);
        if (f.Errors.Any)
        {
            return f.Errors.ToFieldListReply();
        }

        var s = c.State;
        if (s.Table<MockEvent>().Find(templateId!.Value) is not { Deleted: false } template || template.CompanyId != c.Company.Id)
        {
            return Errors.Of("original_entity_id", "The selected original_entity_id is invalid.").ToFieldListReply();
        }

        if (template.ScheduleId is { } existing && s.Table<MockSeries>().Find(existing) is { DeletedAt: null })
        {
            return Errors.Of("original_entity_id", "The event already belongs to a series.").ToFieldListReply();
        }

        if (dateEnd <= template.Date.Date)
        {
            return Errors.Of("date_end", "The date_end must be a date after the event's date.").ToFieldListReply();
        }

        var now = s.Time.GetUtcNow();
        var series = s.Add(new MockSeries
        {
            CompanyId = c.Company.Id, TemplateEventId = template.Id, DateStart = template.Date.Date, DateEnd = dateEnd, CreatedAt = now,
            UpdatedAt = now, AddClients = addClients, Pending = s.SeriesGenerationLags,
        });
        foreach (var day in days)
        {
            day.SeriesId = series.Id;
            s.Add(day);
        }

        template.ScheduleId = series.Id;
        template.ScheduleEventModified = false;
        Extend(s, series, template, series.DateStart);
        return Reply.V1(Wire(c, series), 201);
    }

    private static DateTime DateEnd(Form f)
    {
        if (!DateTime.TryParseExact(f.Str("date_end"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            f.Errors.Add("date_end", "The date_end field is required and must be a date of the form Y-m-d.");
        }

        return date;
    }

    private static List<MockSeriesDay> ReadDays(Call c, Form f)
    {
        var days = new List<MockSeriesDay>();
        var items = f.Objects("days");
        if (items is null or { Count: < 1 or > 7 })
        {
            f.Errors.Add("days", "The days field is required and must hold 1 to 7 items.");
            return days;
        }

        foreach (var item in items)
        {
            var dow = Array.IndexOf(DayNames, item.Str("day_of_week"));
            if (dow < 0)
            {
                item.Errors.Add(item.Path("day_of_week"), $"The {item.Path("day_of_week")} must be one of mon, tue, wed, thu, fri, sat, sun.");
            }
            else if (days.Exists(x => (int)x.DayOfWeek == dow))
            {
                item.Errors.Add(item.Path("day_of_week"), $"The {item.Path("day_of_week")} is given twice.");
            }

            var master = item.Long("events_master_id");
            if (master is null || c.State.Table<MockTeamMember>().Find(master.Value) is not { Deleted: false } m || m.CompanyId != c.Company.Id)
            {
                item.Errors.Add(item.Path("events_master_id"), $"The {item.Path("events_master_id")} field is required and must name a team member.");
            }

            if (!DateTime.TryParseExact(item.Str("events_time"), "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            {
                item.Errors.Add(item.Path("events_time"), $"The {item.Path("events_time")} field is required and must be H:i:s.");
            }

            var duration = item.Long("events_duration");
            if (duration is not (> 0 and <= 24 * 3600))
            {
                item.Errors.Add(item.Path("events_duration"), $"The {item.Path("events_duration")} field is required and must be 1 to 86400 seconds.");
            }

            var capacity = item.Long("events_capacity");
            if (capacity is not (>= 1 and <= int.MaxValue))
            {
                item.Errors.Add(item.Path("events_capacity"), $"The {item.Path("events_capacity")} field is required and must be at least 1.");
            }

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
                var at = date + day.Time;
                var isTemplate = at == template.Date;
                if (date.DayOfWeek != day.DayOfWeek || taken.Contains(date) || (!isTemplate && date <= template.Date.Date))
                {
                    continue;
                }

                var occurrence = s.Add(new MockOccurrence
                {
                    DayId = day.Id, Date = at, EventId = isTemplate ? template.Id : null, Status = isTemplate ? "stable" : "event_created",
                });
                if (!isTemplate && !series.Pending)
                {
                    Generate(s, series, template, day, occurrence);
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
        if (series.AddClients)
        {
            foreach (var b in s.Table<MockBooking>().Values.Where(b => b.ActivityId == template.Id && !b.Deleted).ToList())
            {
                s.Add(new MockBooking
                {
                    CompanyId = b.CompanyId, ActivityId = e.Id, ClientId = b.ClientId, StaffId = e.StaffId, ClientsCount = b.ClientsCount,
                    CreatedUtc = s.Time.GetUtcNow(), Comment = b.Comment,
                });
            }

            e.ClientsCount = s.BookedSeats(e.Id);
        }

        occurrence.EventId = e.Id;
        occurrence.Status = "stable";
    }

    /// <summary>The API makes a series' events in the background; a lagging mock makes them when the series is next read.</summary>
    private static MockSeries CatchUp(MockState s, MockSeries series)
    {
        if (series.Pending)
        {
            series.Pending = false;
            var template = s.Table<MockEvent>().Find(series.TemplateEventId)!;
            foreach (var day in Days(s, series).ToList())
            {
                foreach (var occurrence in Dates(s, day).Where(o => o.EventId is null).ToList())
                {
                    Generate(s, series, template, day, occurrence);
                }
            }
        }

        return series;
    }

    // ---------------- read ----------------

    private static MockSeries? Find(Call c, long id) =>
        c.State.Table<MockSeries>().Find(id) is { DeletedAt: null } series && series.CompanyId == c.Company.Id ? series : null;

    private static Reply Get(Call c) => Find(c, c.Id) is { } series ? Reply.V1(Wire(c, CatchUp(c.State, series))) : Reply.NotFound();

    private static Reply Search(Call c) =>
        c.State.Table<MockEvent>().Find(c.Id) is { ScheduleId: { } id } e && e.CompanyId == c.Company.Id && Find(c, id) is { } series
            ? Reply.V1(Wire(c, CatchUp(c.State, series)))
            : Reply.NotFound();

    private static Reply Occurrences(Call c)
    {
        if (Find(c, c.Id) is not { } series || Days(c.State, series).FirstOrDefault(d => d.Id == c.Id2) is not { } day)
        {
            return Reply.NotFound();
        }

        CatchUp(c.State, series);
        string Iso(DateTimeOffset at) => at.ToOffset(c.Company.UtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return Reply.V1(Dates(c.State, day).OrderBy(o => o.Date).Select(o =>
        {
            var e = o.EventId is { } id ? c.State.Table<MockEvent>().Find(id) : null;
            var modified = e is { ScheduleEventModified: true };
            return new Occurrence(
                o.Id, Iso(series.CreatedAt), Iso(series.UpdatedAt), e is { Deleted: true } ? "entity_deleted" : o.Status,
                Iso(new DateTimeOffset(o.Date, c.Company.UtcOffset)), "activity", o.EventId, modified && e!.StaffId != day.MasterId,
                modified && e!.Date != o.Date, false, false, modified && !e!.ResourceInstanceIds.SequenceEqual(day.ResourceInstanceIds),
                Fmt.Local(e?.Date ?? o.Date));
        }).ToList());
    }

    // ---------------- change ----------------

    private static Reply Update(Call c)
    {
        if (!c.TryForm(out var f, v1: true))
        {
            return Reply.BadJson();
        }

        var dateEnd = DateEnd(f);
        if (f.Errors.Any)
        {
            return f.Errors.ToFieldListReply();
        }

        if (Find(c, c.Id) is not { } series)
        {
            return Reply.NotFound();
        }

        if (dateEnd < series.DateStart)
        {
            return Errors.Of("date_end", "The date_end must not be before date_start.").ToFieldListReply();
        }

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
        if (Find(c, c.Id) is not { } series)
        {
            return Reply.NotFound();
        }

        series.DeletedAt = c.State.Time.GetUtcNow();
        foreach (var e in c.State.Table<MockEvent>().Values.Where(e => e.ScheduleId == series.Id).ToList())
        {
            EventsApi.SoftDelete(c.State, e);
        }

        return Reply.NoContent();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>
/// V1 recurring event series (<c>/locations/{id}/schedules</c>, also the documented <c>/company/{id}/schedules</c>).
/// A series repeats a template event on its weekdays until <c>date_end</c>; every generated event carries
/// <c>schedule_id</c>. Deleting a series deletes its events (softly, as V2 deletes events: still readable by
/// id) and cancels their bookings. Both spellings of the resource ids are read.
/// </summary>
internal static class EventSeriesApi
{
    private static readonly string[] DayNames = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

    public static void Register(Router r)
    {
        foreach (var root in new[] { "v1/locations/{loc}/schedules", "v1/company/{loc}/schedules" })
        {
            r.Add("POST", root, Create);
            r.Add("GET", root + "/{id}", Get);
            r.Add("PATCH", root + "/{id}", Update);
            r.Add("DELETE", root + "/{id}", Delete);
            r.Add("GET", root + "/search/activity/{id}", Search);
            r.Add("GET", root + "/search/record/{id}", _ => Reply.NotFound());
            r.Add("GET", root + "/{id}/days/{id}/events", Occurrences);
        }
    }

    // ---------------- create ----------------

    private static Reply Create(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "The request body is not a JSON object.");
        }

        var errors = new Errors();
        body.String("original_entity_type", out var entityType);
        if (entityType == "record")
        {
            errors.Add("original_entity_type", "Series of appointments are not supported.");
        }
        else if (entityType != "activity")
        {
            errors.Add("original_entity_type", "The original_entity_type field is required and must be activity.");
        }

        if (body.Long("original_entity_id", out var templateId) != FieldState.Ok)
        {
            errors.Add("original_entity_id", "The original_entity_id field is required.");
        }

        body.String("date_end", out var rawEnd);
        if (!DateTime.TryParseExact(rawEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateEnd))
        {
            errors.Add("date_end", "The date_end field is required and must be a date of the form Y-m-d.");
        }

        body.Bool("add_clients_from_original_entity", out var addClients);
        var days = ReadDays(body, req, errors);
        if (errors.Any)
        {
            return V1Errors(errors);
        }

        lock (req.State.SyncRoot)
        {
            var template = req.State.EventStore.Find(templateId);
            if (template is null || template.CompanyId != req.Company.Id || template.Deleted)
            {
                errors.Add("original_entity_id", "The selected original_entity_id is invalid.");
                return V1Errors(errors);
            }

            if (template.ScheduleId is { } existing && req.State.Schedules.Series.Find(existing) is { DeletedAt: null })
            {
                errors.Add("original_entity_id", "The event already belongs to a series.");
                return V1Errors(errors);
            }

            if (dateEnd <= template.Date.Date)
            {
                errors.Add("date_end", "The date_end must be a date after the event's date.");
                return V1Errors(errors);
            }

            var now = req.State.Time.GetUtcNow();
            var series = req.State.Schedules.Series.Add(new MockSeries
            {
                CompanyId = req.Company.Id,
                TemplateEventId = template.Id,
                DateStart = template.Date.Date,
                DateEnd = dateEnd,
                CreatedAt = now,
                UpdatedAt = now,
                AddClients = addClients,
                Pending = req.State.Schedules.SeriesGenerationLags,
            });
            foreach (var day in days)
            {
                day.Id = req.State.Schedules.NextDayId++;
                series.Days.Add(day);
            }

            template.ScheduleId = series.Id;
            template.ScheduleEventModified = false;
            Extend(req.State, series, template, series.DateStart);
            return Reply.V1(201, w => WriteSeries(w, series, req.Company, req.Includes(), req.State));
        }
    }

    private static List<MockSeriesDay> ReadDays(JsonBody body, ApiRequest req, Errors errors)
    {
        var days = new List<MockSeriesDay>();
        if (!body.Has("days") || body.Root.GetProperty("days") is not { ValueKind: JsonValueKind.Array } array
            || array.GetArrayLength() is < 1 or > 7)
        {
            errors.Add("days", "The days field is required and must hold 1 to 7 items.");
            return days;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var prefix = "days." + index.ToString(CultureInfo.InvariantCulture) + ".";
            index++;
            var day = new MockSeriesDay();
            var name = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("day_of_week", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var dow = Array.IndexOf(DayNames, name);
            if (dow < 0)
            {
                errors.Add(prefix + "day_of_week", $"The {prefix}day_of_week must be one of mon, tue, wed, thu, fri, sat, sun.");
            }
            else if (days.Any(x => (int)x.DayOfWeek == dow))
            {
                errors.Add(prefix + "day_of_week", $"The {prefix}day_of_week is given twice.");
            }

            day.DayOfWeek = (DayOfWeek)Math.Max(dow, 0);
            if (!Long(item, "events_master_id", out var master) || req.State.FindTeamMember(master) is not { } m || m.CompanyId != req.Company.Id || m.Deleted)
            {
                errors.Add(prefix + "events_master_id", $"The {prefix}events_master_id field is required and must name a team member.");
            }

            day.MasterId = master;
            var time = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("events_time", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!DateTime.TryParseExact(time, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            {
                errors.Add(prefix + "events_time", $"The {prefix}events_time field is required and must be H:i:s.");
            }

            day.Time = clock.TimeOfDay;
            if (!Long(item, "events_duration", out var duration) || duration <= 0 || duration > 24 * 3600)
            {
                errors.Add(prefix + "events_duration", $"The {prefix}events_duration field is required and must be 1 to 86400 seconds.");
            }

            day.Duration = (int)duration;
            if (!Long(item, "events_capacity", out var capacity) || capacity < 1)
            {
                errors.Add(prefix + "events_capacity", $"The {prefix}events_capacity field is required and must be at least 1.");
            }

            day.Capacity = (int)capacity;
            day.LabelIds = LongList(item, "labels_ids");
            day.ResourceInstanceIds = LongList(item, "resource_instance_ids");
            day.ResourceInstanceIds.AddRange(LongList(item, "resource_instances_ids").Where(id => !day.ResourceInstanceIds.Contains(id)));
            days.Add(day);
        }

        return days;
    }

    /// <summary>Adds the occurrences (and, unless generation lags, the events) of every date after <paramref name="after"/> up to the end.</summary>
    private static void Extend(MockState state, MockSeries series, MockEvent template, DateTime after)
    {
        foreach (var day in series.Days)
        {
            for (var date = after; date <= series.DateEnd; date = date.AddDays(1))
            {
                if (date.DayOfWeek != day.DayOfWeek || day.Occurrences.Any(o => o.Date.Date == date))
                {
                    continue;
                }

                var occurrence = new MockOccurrence { Id = state.Schedules.NextOccurrenceId++, Date = date + day.Time };
                if (date == template.Date.Date && occurrence.Date == template.Date)
                {
                    occurrence.EventId = template.Id;
                }
                else if (date <= template.Date.Date)
                {
                    continue;
                }

                day.Occurrences.Add(occurrence);
                if (occurrence.EventId is null)
                {
                    occurrence.Status = "event_created";
                    if (!series.Pending)
                    {
                        Generate(state, series, template, day, occurrence);
                    }
                }
            }
        }
    }

    private static void Generate(MockState state, MockSeries series, MockEvent template, MockSeriesDay day, MockOccurrence occurrence)
    {
        var e = state.AddEvent(new MockEvent
        {
            CompanyId = series.CompanyId,
            StaffId = day.MasterId,
            ServiceId = template.ServiceId,
            Date = occurrence.Date,
            Length = day.Duration + template.TechnicalBreakDuration,
            TechnicalBreakDuration = template.TechnicalBreakDuration,
            Capacity = day.Capacity,
            LabelIds = new List<long>(day.LabelIds),
            ResourceInstanceIds = new List<long>(day.ResourceInstanceIds),
            Color = template.Color,
            Instructions = template.Instructions,
            StreamLink = template.StreamLink,
            Comment = template.Comment,
            ScheduleId = series.Id,
        });
        if (series.AddClients)
        {
            foreach (var b in state.BookingStore.Values.Where(b => b.ActivityId == template.Id && !b.Deleted).ToList())
            {
                state.BookingStore.Add(new MockBooking
                {
                    CompanyId = b.CompanyId, ActivityId = e.Id, ClientId = b.ClientId, StaffId = e.StaffId,
                    ClientsCount = b.ClientsCount, CreatedUtc = state.Time.GetUtcNow(), Comment = b.Comment,
                });
            }

            e.ClientsCount = state.BookedSeats(e.Id);
        }

        occurrence.EventId = e.Id;
        occurrence.Status = "stable";
    }

    /// <summary>The API makes a series' events in the background; a lagging mock makes them when the series is next read.</summary>
    private static void CatchUp(MockState state, MockSeries series)
    {
        if (!series.Pending)
        {
            return;
        }

        series.Pending = false;
        var template = state.EventStore.Find(series.TemplateEventId)!;
        foreach (var day in series.Days)
        {
            foreach (var occurrence in day.Occurrences.Where(o => o.EventId is null))
            {
                Generate(state, series, template, day, occurrence);
            }
        }
    }

    // ---------------- read ----------------

    private static MockSeries? Find(ApiRequest req, long id)
    {
        var series = req.State.Schedules.Series.Find(id);
        return series is null || series.CompanyId != req.Company.Id || series.DeletedAt is not null ? null : series;
    }

    private static Reply Get(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var series = Find(req, req.Id);
            if (series is null)
            {
                return Reply.NotFound();
            }

            CatchUp(req.State, series);
            return Reply.V1(200, w => WriteSeries(w, series, req.Company, req.Includes(), req.State));
        }
    }

    private static Reply Search(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var e = req.State.EventStore.Find(req.Id);
            if (e is null || e.CompanyId != req.Company.Id || e.ScheduleId is not { } sid || Find(req, sid) is not { } series)
            {
                return Reply.NotFound();
            }

            CatchUp(req.State, series);
            return Reply.V1(200, w => WriteSeries(w, series, req.Company, req.Includes(), req.State));
        }
    }

    private static Reply Occurrences(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var series = Find(req, req.Id);
            var day = series?.Days.FirstOrDefault(d => d.Id == req.Id2);
            if (series is null || day is null)
            {
                return Reply.NotFound();
            }

            CatchUp(req.State, series);
            return Reply.V1(200, w =>
            {
                w.WriteStartArray();
                foreach (var o in day.Occurrences.OrderBy(o => o.Date))
                {
                    var e = o.EventId is { } id ? req.State.EventStore.Find(id) : null;
                    var modified = e?.ScheduleEventModified == true;
                    w.WriteStartObject();
                    w.WriteNumber("id", o.Id);
                    w.WriteString("created_at", Iso(series.CreatedAt, req.Company));
                    w.WriteString("updated_at", Iso(series.UpdatedAt, req.Company));
                    w.WriteString("event_status", e is { Deleted: true } ? "entity_deleted" : o.Status);
                    w.WriteString("event_datetime", new DateTimeOffset(o.Date, req.Company.UtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                    w.WriteString("event_entity_type", "activity");
                    if (o.EventId is { } eventId)
                    {
                        w.WriteNumber("event_entity_id", eventId);
                    }
                    else
                    {
                        w.WriteNull("event_entity_id");
                    }

                    w.WriteBoolean("is_entity_master_changed", modified && e!.StaffId != day.MasterId);
                    w.WriteBoolean("is_entity_datetime_changed", modified && e!.Date != o.Date);
                    w.WriteBoolean("is_entity_duration_changed", false);
                    w.WriteBoolean("is_entity_labels_changed", false);
                    w.WriteBoolean("is_entity_resource_instances_changed", modified && !e!.ResourceInstanceIds.SequenceEqual(day.ResourceInstanceIds));
                    w.WriteString("entity_datetime", Fmt.Local(e?.Date ?? o.Date));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
        }
    }

    // ---------------- change ----------------

    private static Reply Update(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "The request body is not a JSON object.");
        }

        var errors = new Errors();
        body.String("date_end", out var rawEnd);
        if (!DateTime.TryParseExact(rawEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateEnd))
        {
            errors.Add("date_end", "The date_end field is required and must be a date of the form Y-m-d.");
            return V1Errors(errors);
        }

        lock (req.State.SyncRoot)
        {
            var series = Find(req, req.Id);
            if (series is null)
            {
                return Reply.NotFound();
            }

            if (dateEnd < series.DateStart)
            {
                errors.Add("date_end", "The date_end must not be before date_start.");
                return V1Errors(errors);
            }

            var oldEnd = series.DateEnd;
            series.DateEnd = dateEnd;
            series.UpdatedAt = req.State.Time.GetUtcNow();
            if (dateEnd > oldEnd)
            {
                Extend(req.State, series, req.State.EventStore.Find(series.TemplateEventId)!, oldEnd.AddDays(1));
            }
            else
            {
                foreach (var day in series.Days)
                {
                    foreach (var o in day.Occurrences.Where(o => o.Date.Date > dateEnd).ToList())
                    {
                        DeleteEvent(req.State, o.EventId);
                        day.Occurrences.Remove(o);
                    }
                }
            }

            return Reply.V1(200, w => WriteSeries(w, series, req.Company, req.Includes(), req.State));
        }
    }

    private static Reply Delete(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var series = Find(req, req.Id);
            if (series is null)
            {
                return Reply.NotFound();
            }

            series.DeletedAt = req.State.Time.GetUtcNow();
            foreach (var e in req.State.EventStore.Values.Where(e => e.ScheduleId == series.Id).ToList())
            {
                DeleteEvent(req.State, e.Id);
            }

            return Reply.NoContent();
        }
    }

    private static void DeleteEvent(MockState state, long? id)
    {
        if (id is not { } eventId || state.EventStore.Find(eventId) is not { } e)
        {
            return;
        }

        e.Deleted = true;
        foreach (var b in state.BookingStore.Values.Where(b => b.ActivityId == e.Id))
        {
            b.Deleted = true;
        }

        e.ClientsCount = 0;
    }

    // ---------------- writing ----------------

    private static void WriteSeries(Utf8JsonWriter w, MockSeries series, MockCompany company, HashSet<string> includes, MockState state)
    {
        w.WriteStartObject();
        w.WriteNumber("id", series.Id);
        w.WriteString("created_at", Iso(series.CreatedAt, company));
        w.WriteString("updated_at", Iso(series.UpdatedAt, company));
        w.WriteNull("deleted_at");
        w.WriteString("original_entity_type", "activity");
        w.WriteNumber("original_entity_id", series.TemplateEventId);
        w.WriteString("date_start", Fmt.DateOnly(series.DateStart));
        w.WriteString("date_end", Fmt.DateOnly(series.DateEnd));
        if (includes.Contains("days"))
        {
            w.WriteStartArray("days");
            foreach (var day in series.Days)
            {
                w.WriteStartObject();
                w.WriteNumber("id", day.Id);
                w.WriteString("created_at", Iso(series.CreatedAt, company));
                w.WriteString("updated_at", Iso(series.UpdatedAt, company));
                w.WriteNumber("timetable_event_schedule_id", series.Id);
                w.WriteString("day_of_week", DayNames[(int)day.DayOfWeek]);
                w.WriteString("events_time", day.Time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture));
                w.WriteNumber("events_duration", day.Duration);
                w.WriteNumber("event_technical_break_duration", state.EventStore.Find(series.TemplateEventId)?.TechnicalBreakDuration ?? 0);
                w.WriteNumber("events_capacity", day.Capacity);
                if (includes.Contains("days.events_master") && state.MemberStore.Find(day.MasterId) is { } master)
                {
                    w.WriteStartObject("events_master");
                    w.WriteNumber("id", master.Id);
                    w.WriteString("name", master.Name);
                    w.WriteNumber("company_id", master.CompanyId);
                    w.WriteString("specialization", master.Specialization);
                    w.WriteString("avatar", master.Avatar);
                    w.WriteString("avatar_big", master.AvatarBig);
                    w.WriteNull("position");
                    w.WriteBoolean("is_paid_staff", master.IsPaidStaff);
                    w.WriteEndObject();
                }

                if (includes.Contains("days.events_labels"))
                {
                    w.WriteStartArray("events_labels");
                    foreach (var id in day.LabelIds)
                    {
                        var tag = state.TagStore.Find(id);
                        w.WriteStartObject();
                        w.WriteNumber("id", id);
                        w.WriteString("title", tag?.Title ?? string.Empty);
                        w.WriteString("color", tag?.Color ?? string.Empty);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                if (includes.Contains("days.events_resource_instances"))
                {
                    w.WriteStartArray("events_resource_instances");
                    foreach (var id in day.ResourceInstanceIds)
                    {
                        var instance = state.ResourceStore.Find(id);
                        w.WriteStartObject();
                        w.WriteNumber("id", id);
                        w.WriteString("title", instance?.Title ?? string.Empty);
                        w.WriteNumber("resource_id", instance?.ResourceId ?? 0);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>V1 series validation failures: 422 with <c>meta.message</c> and <c>meta.errors</c> as an array.</summary>
    private static Reply V1Errors(Errors errors)
    {
        var reply = errors.ToReply();
        using var doc = JsonDocument.Parse(reply.Body);
        var meta = doc.RootElement.GetProperty("meta");
        return Reply.Legacy(422, meta.GetProperty("message").GetString()!, w =>
        {
            w.WriteStartArray();
            foreach (var field in meta.GetProperty("errors").EnumerateObject())
            {
                foreach (var message in field.Value.EnumerateArray())
                {
                    w.WriteStartObject();
                    w.WriteString("field", field.Name);
                    w.WriteString("message", message.GetString());
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
        });
    }

    private static string Iso(DateTimeOffset at, MockCompany company) =>
        at.ToOffset(company.UtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool Long(JsonElement item, string name, out long value)
    {
        value = 0;
        return item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var raw) && JsonBody.TryLong(raw, out value);
    }

    private static List<long> LongList(JsonElement item, string name)
    {
        var list = new List<long>();
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var raw) && raw.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in raw.EnumerateArray())
            {
                if (JsonBody.TryLong(x, out var v))
                {
                    list.Add(v);
                }
            }
        }

        return list;
    }
}

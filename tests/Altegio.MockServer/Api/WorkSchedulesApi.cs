using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>
/// V1 team-member work schedules: the many-members read and the set/clear PUT, under the documented
/// <c>/company/{id}/staff/schedule</c> and the modern <c>/locations/{id}/team_members/schedule</c>. Like the
/// backend, the PUT validates a strict collection: each item needs <c>staff_id</c>, and <c>team_member_id</c>
/// (the name the docs print) is refused with a 422.
/// </summary>
internal static class WorkSchedulesApi
{
    public static void Register(Router r)
    {
        foreach (var path in new[] { "v1/company/{loc}/staff/schedule", "v1/locations/{loc}/team_members/schedule" })
        {
            r.Add("GET", path, List);
            r.Add("PUT", path, Put);
        }
    }

    private static Reply List(ApiRequest req)
    {
        var errors = new Errors();
        var from = Date(req.Q("start_date"), "start_date", errors);
        var to = Date(req.Q("end_date"), "end_date", errors);
        var ids = req.LongList("staff_ids");
        if (ids is null)
        {
            errors.Add("staff_ids", "The staff_ids must be a list of integers.");
        }

        if (req.IncludeSyntaxError() is { } includeError)
        {
            return includeError;
        }

        var includes = req.Includes();
        if (includes.Any(i => i is not ("busy_intervals" or "off_day_type")))
        {
            errors.Add("include", "The include may hold busy_intervals and off_day_type.");
        }

        if (!errors.Any && to < from)
        {
            errors.Add("end_date", "The end_date must be a date after or equal to start_date.");
        }

        if (errors.Any)
        {
            return errors.ToReply();
        }

        lock (req.State.SyncRoot)
        {
            var members = new List<MockTeamMember>();
            foreach (var id in ids!.Count > 0 ? ids.Distinct() : req.State.MemberStore.Values.Where(m => m.CompanyId == req.Company.Id && !m.Deleted).Select(m => m.Id))
            {
                var member = req.State.MemberStore.Find(id);
                if (member is null || member.CompanyId != req.Company.Id)
                {
                    return Reply.Legacy(404, "Team member " + id.ToString(CultureInfo.InvariantCulture) + " not found");
                }

                members.Add(member);
            }

            var busy = includes.Contains("busy_intervals");
            return Reply.V1(200, w =>
            {
                w.WriteStartArray();
                foreach (var member in members)
                {
                    for (var date = from; date <= to; date = date.AddDays(1))
                    {
                        WriteDay(w, "staff_id", member, date, req.State, busy);
                    }
                }

                w.WriteEndArray();
            }, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("count", members.Count * ((to - from).Days + 1));
                w.WriteEndObject();
            });
        }
    }

    private static Reply Put(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "The request body is not a JSON object.");
        }

        var errors = new Errors();
        var sets = Items(body, "schedules_to_set", withSlots: true, req, errors);
        var deletes = Items(body, "schedules_to_delete", withSlots: false, req, errors);
        if (!errors.Any && sets.Count == 0 && deletes.Count == 0)
        {
            errors.Add("schedules_to_set", "Give schedules_to_set or schedules_to_delete.");
        }

        if (errors.Any)
        {
            return errors.ToReply();
        }

        lock (req.State.SyncRoot)
        {
            foreach (var (member, dates, slots) in sets)
            {
                foreach (var date in dates)
                {
                    req.State.Schedules.Set(member, date, slots);
                }
            }

            // A day off: the slots go; appointments and events already booked that day stay.
            foreach (var (member, dates, _) in deletes)
            {
                foreach (var date in dates)
                {
                    req.State.Schedules.Set(member, date, new List<(TimeSpan, TimeSpan)>());
                }
            }

            var all = sets.Concat(deletes).ToList();
            var members = all.Select(i => i.Member).Distinct().OrderBy(m => m).Select(m => req.State.MemberStore.Find(m)!).ToList();
            var first = all.SelectMany(i => i.Dates).Min();
            var last = all.SelectMany(i => i.Dates).Max();
            return Reply.V1(200, w =>
            {
                w.WriteStartArray();
                foreach (var member in members)
                {
                    for (var date = first; date <= last; date = date.AddDays(1))
                    {
                        // The documented answer names the member team_member_id, unlike the read.
                        WriteDay(w, "team_member_id", member, date, req.State, busy: false);
                    }
                }

                w.WriteEndArray();
            }, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("count", members.Count * ((last - first).Days + 1));
                w.WriteEndObject();
            });
        }
    }

    private static List<(long Member, List<DateTime> Dates, List<(TimeSpan From, TimeSpan To)> Slots)> Items(JsonBody body, string name, bool withSlots, ApiRequest req, Errors errors)
    {
        var items = new List<(long, List<DateTime>, List<(TimeSpan, TimeSpan)>)>();
        if (!body.Has(name) || body.Root.GetProperty(name).ValueKind == JsonValueKind.Null)
        {
            return items;
        }

        var array = body.Root.GetProperty(name);
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(name, $"The {name} must be an array.");
            return items;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var prefix = name + "." + index.ToString(CultureInfo.InvariantCulture) + ".";
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(prefix.TrimEnd('.'), "Each item must be an object.");
                continue;
            }

            var allowed = withSlots ? new[] { "staff_id", "dates", "slots" } : new[] { "staff_id", "dates" };
            foreach (var property in item.EnumerateObject())
            {
                if (Array.IndexOf(allowed, property.Name) < 0)
                {
                    errors.Add(prefix + property.Name, $"The {prefix + property.Name} field is not allowed.");
                }
            }

            long member = 0;
            if (!item.TryGetProperty("staff_id", out var staff) || !JsonBody.TryLong(staff, out member))
            {
                errors.Add(prefix + "staff_id", $"The {prefix}staff_id field is required.");
            }
            else
            {
                var known = req.State.FindTeamMember(member);
                if (known is null || known.CompanyId != req.Company.Id || known.Deleted)
                {
                    errors.Add(prefix + "staff_id", $"The selected {prefix}staff_id is invalid.");
                }
            }

            var dates = new List<DateTime>();
            if (!item.TryGetProperty("dates", out var rawDates) || rawDates.ValueKind != JsonValueKind.Array || rawDates.GetArrayLength() == 0)
            {
                errors.Add(prefix + "dates", $"The {prefix}dates field is required.");
            }
            else
            {
                foreach (var raw in rawDates.EnumerateArray())
                {
                    if (raw.ValueKind != JsonValueKind.String
                        || !DateTime.TryParseExact(raw.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        errors.Add(prefix + "dates", $"The {prefix}dates must be dates of the form Y-m-d.");
                        continue;
                    }

                    dates.Add(date);
                }
            }

            var slots = new List<(TimeSpan, TimeSpan)>();
            if (withSlots)
            {
                if (!item.TryGetProperty("slots", out var rawSlots) || rawSlots.ValueKind != JsonValueKind.Array || rawSlots.GetArrayLength() == 0)
                {
                    errors.Add(prefix + "slots", $"The {prefix}slots field is required.");
                }
                else
                {
                    foreach (var slot in rawSlots.EnumerateArray())
                    {
                        var from = Clock(slot, "from");
                        var to = Clock(slot, "to");
                        if (from is null || to is null || to <= from)
                        {
                            errors.Add(prefix + "slots", $"Each of {prefix}slots needs from and to as H:i, from before to.");
                            continue;
                        }

                        slots.Add((from.Value, to.Value));
                    }

                    slots.Sort();
                    for (var i = 1; i < slots.Count; i++)
                    {
                        if (slots[i].Item1 < slots[i - 1].Item2)
                        {
                            errors.Add(prefix + "slots", $"The {prefix}slots overlap.");
                        }
                    }
                }
            }

            items.Add((member, dates, slots));
        }

        return items;
    }

    private static TimeSpan? Clock(JsonElement slot, string name)
    {
        if (slot.ValueKind != JsonValueKind.Object || !slot.TryGetProperty(name, out var raw) || raw.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = raw.GetString()!;
        if (text == "24:00")
        {
            return TimeSpan.FromHours(24);
        }

        return DateTime.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t.TimeOfDay : null;
    }

    /// <summary>The docs type path and query dates as numbers (<c>20251201</c>); the blueprint and the official client send <c>2025-12-01</c>. Both are read.</summary>
    private static DateTime Date(string? text, string name, Errors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(name, $"The {name} field is required.");
            return default;
        }

        if (DateTime.TryParseExact(text, new[] { "yyyy-MM-dd", "yyyyMMdd" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(name, $"The {name} is not a valid date.");
        return default;
    }

    private static void WriteDay(Utf8JsonWriter w, string memberKey, MockTeamMember member, DateTime date, MockState state, bool busy)
    {
        w.WriteStartObject();
        w.WriteNumber(memberKey, member.Id);
        w.WriteString("date", Fmt.DateOnly(date));
        w.WriteStartArray("slots");
        foreach (var (from, to) in state.Schedules.Day(member, date))
        {
            w.WriteStartObject();
            w.WriteString("from", Hm(from));
            w.WriteString("to", Hm(to));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (busy)
        {
            w.WriteStartArray("busy_intervals");
            foreach (var e in state.EventStore.Values)
            {
                if (e.StaffId == member.Id && !e.Deleted && e.Date.Date == date)
                {
                    w.WriteStartObject();
                    w.WriteString("entity_type", "activity");
                    w.WriteNumber("entity_id", e.Id);
                    w.WriteString("from", e.Date.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
                    w.WriteString("to", e.Date.AddSeconds(e.Length).ToString("HH:mm:ss", CultureInfo.InvariantCulture));
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static string Hm(TimeSpan t) =>
        ((int)t.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + t.Minutes.ToString("00", CultureInfo.InvariantCulture);
}

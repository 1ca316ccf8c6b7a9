using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>
/// The rest of Events V2: bulk booking, booking update and cancellation, duplicating an event, duplication
/// strategies, the days that have events and the filter values.
/// </summary>
internal static class EventExtrasApi
{
    public const int MaxBulkRows = 50;
    public const int MaxDuplicateDates = 100;

    public static void Register(Router r)
    {
        r.AddV2("POST", "events/{id}/appointments/bulk", BulkBook);
        r.AddV2("PUT", "events/{id}/appointments/{id}", UpdateBooking);
        r.AddV2("DELETE", "appointments/{id}", DeleteAppointment);
        r.Add("DELETE", "v1/record/{loc}/{id}", DeleteAppointment);
        r.AddV2("POST", "events/{id}/duplicate", Duplicate);
        r.AddV2("GET", "events/duplication_strategies", ListStrategies);
        r.AddV2("POST", "events/duplication_strategies", CreateStrategy);
        r.AddV2("PUT", "events/duplication_strategies/{id}", UpdateStrategy);
        r.AddV2("DELETE", "events/duplication_strategies/{id}", DeleteStrategy);
        r.AddV2("GET", "events/dates", Dates);
        r.AddV2("GET", "events/dates/range", DateRange);
        r.AddV2("GET", "events/filters", Filters);
    }

    // ---------------- bulk booking ----------------

    private sealed record BulkRow(int Index, long? ClientId, string Name, string Phone, string Email, int Seats);

    private static Reply BulkBook(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        if (!body.Root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            return EventsApi.Invalid(req, "records", "Required parameter records was not passed");
        }

        var count = records.GetArrayLength();
        if (count is < 1 or > MaxBulkRows)
        {
            return EventsApi.Invalid(req, "records", $"The records must have between 1 and {MaxBulkRows} items.");
        }

        var rows = new List<BulkRow>(count);
        var errors = new Errors();
        var index = 0;
        foreach (var item in records.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"records.{index}", "Each record must be an object.");
                index++;
                continue;
            }

            var row = new JsonBody(item);
            long? clientId = row.Long("client_id", out var cid) switch
            {
                FieldState.Ok => cid,
                FieldState.Invalid => -1,
                _ => null,
            };
            row.String("name", out var name);
            row.String("phone", out var phone);
            row.String("email", out var email);
            var seats = row.Long("clients_count", out var s) == FieldState.Ok ? s : 1;
            if (clientId is -1)
            {
                errors.Add($"records.{index}.client_id", "The client_id must be an integer.");
            }
            else if (clientId is null && name.Trim().Length == 0)
            {
                errors.Add($"records.{index}", "Each record needs a client_id or a name.");
            }

            if (seats < 1)
            {
                errors.Add($"records.{index}.clients_count", "The clients_count must be at least 1.");
            }

            var smsState = row.Long("send_sms_now", out var sms);
            if (smsState == FieldState.Invalid || (smsState == FieldState.Ok && sms is not (0 or 1)))
            {
                errors.Add($"records.{index}.send_sms_now", "The send_sms_now must be 0 or 1.");
            }

            rows.Add(new BulkRow(index, clientId, name.Trim(), phone.Trim(), email.Trim(), (int)Math.Clamp(seats, 0, 10_000)));
            index++;
        }

        if (errors.Any)
        {
            return EventsApi.Invalid(req, errors);
        }

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            var e = BookingsApi.FindEvent(req, req.Id);
            if (e is null)
            {
                return Reply.NotFound();
            }

            if (e.Deleted)
            {
                return Reply.Legacy(422, "The event has been deleted");
            }

            var created = new List<MockBooking>();
            var refused = new List<(BulkRow Row, string Reason)>();
            foreach (var row in rows)
            {
                MockClient? client;
                if (row.ClientId is { } id)
                {
                    client = state.ClientStore.Find(id);
                    if (client is null || client.CompanyId != req.Company.Id)
                    {
                        refused.Add((row, $"Client {id} was not found"));
                        continue;
                    }
                }
                else
                {
                    if (row.Phone.Length > 0 && !BookingsApi.ValidPhone(row.Phone))
                    {
                        refused.Add((row, "The phone must have 9 to 15 digits"));
                        continue;
                    }

                    var digits = BookingsApi.Digits(row.Phone);
                    client = digits.Length > 0
                        ? state.ClientStore.Values.FirstOrDefault(x => x.CompanyId == req.Company.Id && BookingsApi.Digits(x.Phone) == digits)
                        : null;
                    client ??= state.ClientStore.Add(new MockClient
                    {
                        CompanyId = req.Company.Id,
                        Name = row.Name,
                        Phone = row.Phone,
                        Email = row.Email.Length > 0 ? row.Email : null,
                    });
                }

                if (state.BookingStore.Values.Any(b => b.ActivityId == e.Id && b.ClientId == client.Id && !b.Deleted))
                {
                    refused.Add((row, "The client is already booked into this event"));
                    continue;
                }

                if (e.ClientsCount + row.Seats > e.Capacity)
                {
                    refused.Add((row, $"Not enough free places in the event: {e.Capacity - e.ClientsCount} left"));
                    continue;
                }

                var booking = state.BookingStore.Add(new MockBooking
                {
                    CompanyId = req.Company.Id,
                    ActivityId = e.Id,
                    ClientId = client.Id,
                    StaffId = e.StaffId,
                    ClientsCount = row.Seats,
                    CreatedUtc = state.Time.GetUtcNow(),
                });
                booking.VisitId = booking.Id + 10_000;
                e.ClientsCount += row.Seats;
                created.Add(booking);
            }

            // Rows are independent: refusals come back in meta.errors with HTTP 201, even when every row failed.
            return Reply.Json(201, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var b in created)
                {
                    BookingsApi.Write(w, b, req, BookingsApi.BookingIncludes.None);
                }

                w.WriteEndArray();
                if (refused.Count == 0)
                {
                    switch (state.BulkCleanMeta)
                    {
                        case "object":
                            w.WriteStartObject("meta");
                            w.WriteEndObject();
                            break;
                        case "errors":
                            w.WriteStartObject("meta");
                            w.WriteStartArray("errors");
                            w.WriteEndArray();
                            w.WriteEndObject();
                            break;
                        default:
                            TagsApi.Meta(w);
                            break;
                    }
                }
                else
                {
                    w.WriteStartObject("meta");
                    w.WriteStartArray("errors");
                    foreach (var (row, reason) in refused)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("index", row.Index);
                        w.WriteString("phone", row.Phone);
                        w.WriteString("name", row.Name);
                        w.WriteString("error", reason);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }, 1024 + (created.Count * 700));
        }
    }

    // ---------------- booking update and cancellation ----------------

    private static readonly HashSet<string> UpdateKeys = new(StringComparer.Ordinal)
    {
        "attendance_service_item", "attendance_good_items", "clients_count", "color", "comment", "label_ids",
    };

    private static readonly string[] GoodItemKeys =
    {
        "id", "good_id", "unit_id", "storage_id", "staff_id", "operation_unit_type", "number", "quantity",
        "cost_per_unit", "manual_cost", "discount_percent", "marks", "planned_activation_date",
    };

    private static Reply UpdateBooking(ApiRequest req)
    {
        if (!req.TryParseBody(out var body) || body.Root.ValueKind != JsonValueKind.Object)
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var errors = new Errors();
        foreach (var property in body.Root.EnumerateObject())
        {
            if (!UpdateKeys.Contains(property.Name))
            {
                errors.Add(property.Name, $"The {property.Name} field is not allowed.");
            }
        }

        decimal cost = 0, discount = 0, manual = 0;
        var trial = false;
        if (!body.Root.TryGetProperty("attendance_service_item", out var item) || item.ValueKind != JsonValueKind.Object)
        {
            errors.Add("attendance_service_item", "Required parameter attendance_service_item was not passed");
        }
        else
        {
            cost = Money(item, "cost_per_unit", 0, 1_000_000_000, errors);
            discount = Money(item, "discount_percent", 0, 100, errors);
            manual = Money(item, "manual_cost", 0, 1_000_000_000, errors);
            if (item.TryGetProperty("is_trial", out var t))
            {
                if (t.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    errors.Add("attendance_service_item.is_trial", "The is_trial must be true or false.");
                }
                else
                {
                    trial = t.GetBoolean();
                }
            }
        }

        var seatsState = body.Long("clients_count", out var seats);
        if (seatsState == FieldState.Invalid || (seatsState == FieldState.Ok && seats < 1))
        {
            errors.Add("clients_count", "The clients_count must be an integer of at least 1.");
        }

        var colorState = body.String("color", out var color);
        if (colorState == FieldState.Invalid || (colorState == FieldState.Ok && !IsLowerHex6(color)))
        {
            errors.Add("color", "The color format is invalid: six lower-case hex digits without '#'.");
        }

        var commentState = body.String("comment", out var comment);
        if (commentState == FieldState.Invalid || (commentState == FieldState.Ok && comment.Length > 255))
        {
            errors.Add("comment", "The comment may not be greater than 255 characters.");
        }

        var labelsState = body.LongArray("label_ids", out var labels);
        if (labelsState == FieldState.Invalid)
        {
            errors.Add("label_ids", "The label_ids must be an array of integers.");
        }

        var goods = new List<string>();
        if (body.Root.TryGetProperty("attendance_good_items", out var goodItems) && goodItems.ValueKind != JsonValueKind.Null)
        {
            if (goodItems.ValueKind != JsonValueKind.Array)
            {
                errors.Add("attendance_good_items", "The attendance_good_items must be an array.");
            }
            else
            {
                var i = 0;
                foreach (var good in goodItems.EnumerateArray())
                {
                    var missing = good.ValueKind != JsonValueKind.Object ? "all" : GoodItemKeys.FirstOrDefault(k => !good.TryGetProperty(k, out _));
                    if (missing is not null)
                    {
                        errors.Add($"attendance_good_items.{i}", $"The attendance_good_items.{i}.{missing} field is required.");
                    }
                    else
                    {
                        goods.Add(good.GetRawText());
                    }

                    i++;
                }
            }
        }

        if (errors.Any)
        {
            return EventsApi.Invalid(req, errors);
        }

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            var b = state.BookingStore.Find(req.Id2);
            if (b is null || b.CompanyId != req.Company.Id || b.ActivityId != req.Id || b.Deleted)
            {
                return Reply.NotFound();
            }

            var e = BookingsApi.FindEvent(req, b.ActivityId);
            if (seatsState == FieldState.Ok && e is not null && e.ClientsCount - b.ClientsCount + seats > e.Capacity)
            {
                return EventsApi.Invalid(req, "clients_count", $"Not enough free places in the event: {e.Capacity - e.ClientsCount + b.ClientsCount} for this booking.");
            }

            foreach (var id in labels)
            {
                if (state.TagStore.Find(id) is not { } tag || tag.CompanyId != req.Company.Id || tag.IsDeleted)
                {
                    return EventsApi.Invalid(req, "label_ids", $"The tag {id} does not exist.");
                }
            }

            if (seatsState == FieldState.Ok)
            {
                if (e is not null)
                {
                    e.ClientsCount += (int)seats - b.ClientsCount;
                }

                b.ClientsCount = (int)seats;
            }

            b.CostPerUnit = cost;
            b.DiscountPercent = discount;
            b.ManualCost = manual;
            b.IsTrial = trial;

            // The PUT replaces: tags not sent are cleared and product lines not sent are dropped.
            b.LabelIds = labels;
            b.GoodItems = goods;
            if (colorState is FieldState.Ok or FieldState.Null)
            {
                b.Color = colorState == FieldState.Ok ? color : string.Empty;
            }

            if (commentState is FieldState.Ok or FieldState.Null)
            {
                b.Comment = commentState == FieldState.Ok ? comment : null;
            }

            return BookingsApi.Single(200, b, req, includeClient: false);
        }
    }

    private static decimal Money(JsonElement item, string name, decimal min, decimal max, Errors errors)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            errors.Add("attendance_service_item." + name, $"The attendance_service_item.{name} field is required.");
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < min || number > max)
        {
            errors.Add("attendance_service_item." + name, $"The attendance_service_item.{name} must be a number from {min} to {max}.");
            return 0;
        }

        return number;
    }

    private static bool IsLowerHex6(string text) =>
        text.Length == 6 && text.All(ch => ch is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static Reply DeleteAppointment(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var b = req.State.BookingStore.Find(req.Id);
            if (b is null || b.CompanyId != req.Company.Id || b.Deleted)
            {
                return Reply.NotFound();
            }

            b.Deleted = true;
            if (req.State.CancelFreesSeat && BookingsApi.FindEvent(req, b.ActivityId) is { } e)
            {
                e.ClientsCount = Math.Max(0, e.ClientsCount - b.ClientsCount);
            }

            return Reply.NoContent();
        }
    }

    // ---------------- duplicate ----------------

    private static Reply Duplicate(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var errors = new Errors();
        var dates = new List<DateTime>();
        if (!body.Root.TryGetProperty("dates", out var rawDates) || rawDates.ValueKind != JsonValueKind.Array)
        {
            errors.Add("dates", "Required parameter dates was not passed");
        }
        else if (rawDates.GetArrayLength() is < 1 or > MaxDuplicateDates)
        {
            errors.Add("dates", $"The dates must have between 1 and {MaxDuplicateDates} items.");
        }
        else
        {
            var i = 0;
            foreach (var d in rawDates.EnumerateArray())
            {
                // One bad item refuses the whole request.
                if (d.ValueKind != JsonValueKind.String || !TryParseStart(d.GetString()!, out var start))
                {
                    errors.Add($"dates.{i}", $"The dates.{i} is not a valid ISO 8601 date.");
                }
                else
                {
                    dates.Add(start);
                }

                i++;
            }
        }

        var contentState = body.Long("content_type", out var contentType);
        if (contentState is FieldState.Missing or FieldState.Null)
        {
            contentType = 1;
        }
        else if (contentState == FieldState.Invalid || contentType is not (1 or 2))
        {
            errors.Add("content_type", "The content_type must be 1 or 2.");
        }

        if (body.Bool("force", out var force) == FieldState.Invalid)
        {
            errors.Add("force", "The force field must be true or false.");
        }

        if (errors.Any)
        {
            return EventsApi.Invalid(req, errors);
        }

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            var source = BookingsApi.FindEvent(req, req.Id);
            if (source is null)
            {
                return Reply.NotFound();
            }

            var now = state.LocalNow(req.Company) - state.PastTolerance;
            for (var i = 0; i < dates.Count; i++)
            {
                if (dates[i] < now)
                {
                    return EventsApi.Invalid(req, $"dates.{i}", $"The date {Fmt.Local(dates[i])} cannot be earlier than the current time.");
                }
            }

            if (!force)
            {
                // Nothing is created when one date clashes: the V1 message names it, as "busy or not working: <date>".
                var planned = new List<MockEvent>();
                foreach (var date in dates)
                {
                    var busy = EventsApi.BusyAt(state, req.Company.Id, source.StaffId, source.ResourceInstanceIds, date, source.Length, null);
                    busy ??= planned.Any(p => p.Date < date.AddSeconds(source.Length) && date < p.Date.AddSeconds(p.Length)) ? "The team member is busy" : null;
                    if (busy is not null)
                    {
                        var message = "The team member or a resource is busy or not working: " + date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                        return state.EventErrorsAsJsonApi
                            ? Reply.JsonApiError(409, "Conflict", message)
                            : Reply.Json(409, w =>
                            {
                                w.WriteStartObject();
                                w.WriteBoolean("success", false);
                                w.WriteNull("data");
                                w.WriteStartObject("meta");
                                w.WriteString("message", message);
                                w.WriteBoolean("conflict", true);
                                w.WriteEndObject();
                                w.WriteEndObject();
                            }, 256);
                    }

                    planned.Add(new MockEvent { Date = date, Length = source.Length });
                }
            }

            var copies = new List<MockEvent>();
            foreach (var date in dates)
            {
                var copy = state.AddEvent(new MockEvent
                {
                    CompanyId = source.CompanyId,
                    StaffId = source.StaffId,
                    ServiceId = source.ServiceId,
                    ResourceInstanceIds = new List<long>(source.ResourceInstanceIds),
                    LabelIds = new List<long>(source.LabelIds),
                    Date = date,
                    Length = source.Length,
                    TechnicalBreakDuration = source.TechnicalBreakDuration,
                    Capacity = source.Capacity,
                    Color = source.Color,
                    FontColor = source.FontColor,
                    Instructions = source.Instructions,
                    StreamLink = source.StreamLink,
                    Comment = source.Comment,
                });
                if (contentType == 2)
                {
                    foreach (var b in state.BookingStore.Values.Where(b => b.ActivityId == source.Id && !b.Deleted).ToList())
                    {
                        var booked = state.BookingStore.Add(new MockBooking
                        {
                            CompanyId = b.CompanyId,
                            ActivityId = copy.Id,
                            ClientId = b.ClientId,
                            StaffId = copy.StaffId,
                            ClientsCount = b.ClientsCount,
                            CreatedUtc = state.Time.GetUtcNow(),
                            CostPerUnit = b.CostPerUnit,
                            ManualCost = b.ManualCost,
                        });
                        booked.VisitId = booked.Id + 10_000;
                        copy.ClientsCount += b.ClientsCount;
                    }
                }

                copies.Add(copy);
            }

            var observed = state.DuplicateAnswer != "resource";
            return Reply.Json(201, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var c in copies)
                {
                    if (!observed)
                    {
                        EventsApi.Write(w, c, req.Company, 0);
                        continue;
                    }

                    // The shape the official client saw: legacy type, offset-less date, seats as records_count.
                    w.WriteStartObject();
                    w.WriteString("type", "activities");
                    w.WriteString("id", TagsApi.Id(c.Id));
                    w.WriteStartObject("attributes");
                    w.WriteNumber("staff_id", c.StaffId);
                    w.WriteNumber("service_id", c.ServiceId);
                    w.WriteString("date", Fmt.Local(c.Date));
                    w.WriteNumber("length", c.Length);
                    w.WriteNumber("capacity", c.Capacity);
                    w.WriteNumber("records_count", c.ClientsCount);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }, 512 + (copies.Count * 400));
        }
    }

    /// <summary>ISO 8601 local start times, <c>2026-07-20T10:00:00</c>, or with an offset (<c>+0300</c>, <c>+03:00</c>), which is dropped.</summary>
    private static bool TryParseStart(string text, out DateTime start)
    {
        start = default;
        var clock = text.Length >= 19 ? text[..19] : text;
        var rest = text.Length > 19 ? text[19..] : string.Empty;
        if (!DateTime.TryParseExact(clock, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return false;
        }

        return rest.Length == 0 || rest == "Z"
            || System.Text.RegularExpressions.Regex.IsMatch(rest, @"^[+-]\d{2}:?\d{2}$");
    }

    // ---------------- duplication strategies ----------------

    private static Reply ListStrategies(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var items = req.State.StrategyStore.Values.Where(s => s.CompanyId == req.Company.Id).ToList();
            return Reply.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var s in items)
                {
                    WriteStrategy(w, s);
                }

                w.WriteEndArray();
                TagsApi.Meta(w);
                w.WriteEndObject();
            });
        }
    }

    private static Reply SingleStrategy(int status, MockDuplicationStrategy s) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("data");
            WriteStrategy(w, s);
            TagsApi.Meta(w);
            w.WriteEndObject();
        });

    private static void WriteStrategy(Utf8JsonWriter w, MockDuplicationStrategy s)
    {
        w.WriteStartObject();
        w.WriteString("type", "activity_duplication_strategy");
        w.WriteString("id", TagsApi.Id(s.Id));
        w.WriteStartObject("attributes");
        w.WriteNumber("id", s.Id);
        w.WriteNumber("company_id", s.CompanyId);
        w.WriteString("title", s.Title);
        w.WriteNumber("repeat_mode_id", s.RepeatModeId);
        w.WriteStartObject("repeat_mode");
        w.WriteNumber("id", s.RepeatModeId);
        w.WriteString("title", s.RepeatModeId switch
        {
            1 => "Daily", 2 => "Weekdays", 3 => "Mon, Wed, Fri", 4 => "Tue, Thu", 5 => "Weekly", 6 => "Monthly", _ => "Yearly",
        });
        w.WriteEndObject();
        w.WriteStartArray("days");
        foreach (var d in s.Days)
        {
            w.WriteNumberValue(d);
        }

        w.WriteEndArray();
        w.WriteNumber("interval", s.Interval);
        w.WriteNumber("content_type", s.ContentType);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static Reply? ReadStrategy(ApiRequest req, MockDuplicationStrategy target, bool create)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var errors = new Errors();
        switch (body.String("title", out var title))
        {
            case FieldState.Ok when title.Trim().Length is > 0 and <= 50:
                target.Title = title.Trim();
                break;
            case FieldState.Ok:
                errors.Add("title", "The title must be 1 to 50 characters.");
                break;
            case FieldState.Invalid:
                errors.Add("title", "The title must be a string.");
                break;
            default:
                if (create)
                {
                    errors.Add("title", "Required parameter title was not passed");
                }

                break;
        }

        switch (body.Long("repeat_mode_id", out var mode))
        {
            case FieldState.Ok when mode is >= 1 and <= 7:
                target.RepeatModeId = (int)mode;
                break;
            case FieldState.Missing when !create:
                break;
            default:
                errors.Add("repeat_mode_id", "The repeat_mode_id must be an integer from 1 to 7.");
                break;
        }

        switch (body.LongArray("days", out var days))
        {
            case FieldState.Ok when days.All(d => d is >= 0 and <= 6):
                target.Days = days;
                break;
            case FieldState.Ok or FieldState.Invalid:
                errors.Add("days", "The days must be integers from 0 (Sunday) to 6 (Saturday).");
                break;
        }

        switch (body.Long("interval", out var interval))
        {
            case FieldState.Ok when interval >= 0:
                target.Interval = (int)Math.Min(interval, 1000);
                break;
            case FieldState.Ok or FieldState.Invalid:
                errors.Add("interval", "The interval must be a non-negative integer.");
                break;
        }

        switch (body.Long("content_type", out var content))
        {
            case FieldState.Ok when content is 1 or 2:
                target.ContentType = (int)content;
                break;
            case FieldState.Ok or FieldState.Invalid:
                errors.Add("content_type", "The content_type must be 1 or 2.");
                break;
        }

        // The pattern is checked as a whole, on update too.
        if (!errors.Any && target.RepeatModeId == 5 && target.Days.Count == 0)
        {
            errors.Add("days", "A weekly repeat needs at least one day.");
        }

        return errors.Any ? EventsApi.Invalid(req, errors) : null;
    }

    private static Reply CreateStrategy(ApiRequest req)
    {
        var strategy = new MockDuplicationStrategy { CompanyId = req.Company.Id };
        var bad = ReadStrategy(req, strategy, create: true);
        if (bad is not null)
        {
            return bad;
        }

        lock (req.State.SyncRoot)
        {
            return SingleStrategy(201, req.State.StrategyStore.Add(strategy));
        }
    }

    private static Reply UpdateStrategy(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var current = req.State.StrategyStore.Find(req.Id);
            if (current is null || current.CompanyId != req.Company.Id)
            {
                return Reply.NotFound();
            }

            var draft = new MockDuplicationStrategy
            {
                Id = current.Id, CompanyId = current.CompanyId, Title = current.Title, RepeatModeId = current.RepeatModeId,
                Days = new List<long>(current.Days), Interval = current.Interval, ContentType = current.ContentType,
            };
            var bad = ReadStrategy(req, draft, create: false);
            if (bad is not null)
            {
                return bad;
            }

            req.State.StrategyStore.Add(draft);
            return SingleStrategy(200, draft);
        }
    }

    private static Reply DeleteStrategy(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var current = req.State.StrategyStore.Find(req.Id);
            if (current is null || current.CompanyId != req.Company.Id)
            {
                return Reply.NotFound();
            }

            req.State.StrategyStore.Remove(current.Id);
            return Reply.NoContent();
        }
    }

    // ---------------- dates and filters ----------------

    private static Reply? MatchingEvents(ApiRequest req, bool pastEvenWithDeleted, out List<MockEvent> events)
    {
        events = new List<MockEvent>();
        var bad = EventsApi.ReadFilter(req, out var filter);
        if (bad is not null)
        {
            return bad;
        }

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            if ((pastEvenWithDeleted || !filter.IncludeDeleted) && filter.From < state.LocalNow(req.Company) - state.PastTolerance)
            {
                return EventsApi.Invalid(req, "filter[from]", "The start date of the period cannot be earlier than the current time");
            }

            events = state.SortedEvents(req.Company.Id).Where(e => filter.Matches(e, state)).ToList();
            return null;
        }
    }

    private static Reply Dates(ApiRequest req)
    {
        var bad = MatchingEvents(req, pastEvenWithDeleted: false, out var events);
        if (bad is not null)
        {
            return bad;
        }

        // The API promises no order; newest first here keeps clients honest.
        var days = events.Select(e => e.Date.Date).Distinct().OrderByDescending(d => d).ToList();
        return Reply.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var day in days)
            {
                w.WriteStartObject();
                w.WriteString("type", "activity_date");
                w.WriteString("id", Fmt.DateOnly(day));
                w.WriteStartObject("attributes");
                w.WriteString("date", Fmt.DateOnly(day));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            TagsApi.Meta(w);
            w.WriteEndObject();
        });
    }

    private static Reply DateRange(ApiRequest req)
    {
        var bad = MatchingEvents(req, pastEvenWithDeleted: false, out var events);
        if (bad is not null)
        {
            return bad;
        }

        return Reply.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("type", "activity_date_range");
            w.WriteString("id", TagsApi.Id(req.Company.Id));
            w.WriteStartObject("attributes");
            if (events.Count == 0)
            {
                w.WriteNull("min_date");
                w.WriteNull("max_date");
            }
            else
            {
                w.WriteString("min_date", Fmt.DateOnly(events.Min(e => e.Date)));
                w.WriteString("max_date", Fmt.DateOnly(events.Max(e => e.Date)));
            }

            w.WriteEndObject();
            w.WriteEndObject();
            TagsApi.Meta(w);
            w.WriteEndObject();
        });
    }

    private static Reply Filters(ApiRequest req)
    {
        var bad = MatchingEvents(req, pastEvenWithDeleted: true, out var events);
        if (bad is not null)
        {
            return bad;
        }

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            var staff = events.Select(e => e.StaffId).Distinct().Select(id => (Id: id, Label: state.MemberStore.Find(id)?.Name, Key: "name")).ToList();
            var services = events.Select(e => e.ServiceId).Distinct().Select(id => (Id: id, Label: state.ServiceStore.Find(id)?.Title, Key: "title")).ToList();
            var resources = events.SelectMany(e => e.ResourceInstanceIds).Distinct()
                .Select(id => state.ResourceStore.Find(id)).Where(r => r is not null).Select(r => r!.ResourceId).Distinct()
                .Select(id => (Id: id, Label: (string?)("Resource " + id.ToString(CultureInfo.InvariantCulture)), Key: "title")).ToList();
            var criteria = new[] { ("staff", staff), ("service", services), ("service_category", new List<(long Id, string? Label, string Key)>()), ("resource", resources) };
            return Reply.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var (code, values) in criteria)
                {
                    w.WriteStartObject();
                    w.WriteString("type", "activity_filter");
                    w.WriteString("id", code);
                    w.WriteStartObject("relationships");
                    w.WriteStartObject("data");
                    if (values.Count == 0)
                    {
                        // An empty criterion: data is null, not [].
                        w.WriteNull("data");
                    }
                    else
                    {
                        w.WriteStartArray("data");
                        foreach (var v in values)
                        {
                            w.WriteStartObject();
                            w.WriteNull("type");
                            w.WriteString("id", TagsApi.Id(v.Id));
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("included");
                foreach (var (_, values) in criteria)
                {
                    foreach (var v in values)
                    {
                        w.WriteStartObject();
                        w.WriteNull("type");
                        w.WriteString("id", TagsApi.Id(v.Id));
                        w.WriteStartObject("attributes");
                        w.WriteString(v.Key, v.Label ?? string.Empty);
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
                TagsApi.Meta(w);
                w.WriteEndObject();
            });
        }
    }
}

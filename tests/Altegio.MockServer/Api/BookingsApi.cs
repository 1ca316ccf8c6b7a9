using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>Event bookings (wire type <c>record</c>): book, move, and list via the appointments collection.</summary>
internal static class BookingsApi
{
    public static void Register(Router r)
    {
        r.AddV2("POST", "events/{id}/appointments", Book);
        r.AddV2("PATCH", "events/{id}/appointments/{id}", Move);
        r.AddV2("GET", "appointments", List);
    }

    internal static MockEvent? FindEvent(ApiRequest req, long id)
    {
        var e = req.State.EventStore.Find(id);
        return e is not null && e.CompanyId == req.Company.Id ? e : null;
    }

    private static Reply Book(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var errors = new Errors();
        var clientState = body.Object("client", out var client);
        if (clientState != FieldState.Ok)
        {
            errors.Add("client", "Required parameter client was not passed");
        }

        var seatsState = body.Long("clients_count", out var seats);
        if (seatsState != FieldState.Ok)
        {
            errors.Add("clients_count", seatsState == FieldState.Invalid ? "The clients_count must be an integer." : "Required parameter clients_count was not passed");
        }
        else if (seats < 1)
        {
            errors.Add("clients_count", "The clients_count must be at least 1.");
        }

        var commentState = body.String("comment", out var comment);
        if (commentState == FieldState.Invalid)
        {
            errors.Add("comment", "The comment must be a string.");
        }

        long? clientId = null;
        string name = string.Empty, phone = string.Empty, email = string.Empty, surname = string.Empty;
        if (clientState == FieldState.Ok)
        {
            switch (client.Long("id", out var cid))
            {
                case FieldState.Ok:
                    clientId = cid;
                    break;
                case FieldState.Invalid:
                    errors.Add("client.id", "The client.id must be an integer or null.");
                    break;
            }

            client.String("name", out name);
            client.String("phone", out phone);
            client.String("email", out email);
            client.String("surname", out surname);
            if (clientId is null && name.Trim().Length == 0)
            {
                errors.Add("client.name", "The client.name is required for a new client.");
            }

            if (phone.Length > 0 && !ValidPhone(phone))
            {
                errors.Add("client.phone", "The client.phone must have 9 to 15 digits.");
            }
        }

        if (errors.Any)
        {
            return errors.ToReply();
        }

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            var e = FindEvent(req, req.Id);
            if (e is null)
            {
                return Reply.NotFound();
            }

            if (e.Deleted)
            {
                return Reply.Legacy(422, "The event has been deleted");
            }

            if (e.ClientsCount + seats > e.Capacity)
            {
                return Reply.Validation("clients_count", $"Not enough free places in the event: {e.Capacity - e.ClientsCount} left.");
            }

            MockClient? c;
            if (clientId is { } id)
            {
                c = state.ClientStore.Find(id);
                if (c is null || c.CompanyId != req.Company.Id)
                {
                    return Reply.Validation("client.id", "The selected client.id is invalid.");
                }
            }
            else
            {
                // A phone that matches an existing client books that client, as the real booking flow does.
                var digits = Digits(phone);
                c = digits.Length > 0
                    ? state.ClientStore.Values.FirstOrDefault(x => x.CompanyId == req.Company.Id && Digits(x.Phone) == digits)
                    : null;
                c ??= state.ClientStore.Add(new MockClient
                {
                    CompanyId = req.Company.Id,
                    Name = name.Trim(),
                    Surname = surname.Length > 0 ? surname : null,
                    Phone = phone,
                    Email = email.Length > 0 ? email : null,
                });
            }

            var booking = state.BookingStore.Add(new MockBooking
            {
                CompanyId = req.Company.Id,
                ActivityId = e.Id,
                ClientId = c.Id,
                StaffId = e.StaffId,
                ClientsCount = (int)seats,
                Comment = commentState == FieldState.Ok ? comment : null,
                CreatedUtc = state.Time.GetUtcNow(),
            });
            booking.VisitId = booking.Id + 10_000;
            e.ClientsCount += (int)seats;
            return Single(201, booking, req, includeClient: false);
        }
    }

    private static Reply Move(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var errors = new Errors();
        var targetState = body.Long("reschedule_activity_id", out var targetId);
        if (targetState != FieldState.Ok)
        {
            errors.Add("reschedule_activity_id", targetState == FieldState.Invalid ? "The reschedule_activity_id must be an integer." : "Required parameter reschedule_activity_id was not passed");
        }

        var seatsState = body.Long("clients_count", out var seats);
        if (seatsState == FieldState.Invalid || (seatsState == FieldState.Ok && seats < 1))
        {
            errors.Add("clients_count", "The clients_count must be an integer of at least 1.");
        }

        var commentState = body.String("comment", out var comment);
        if (commentState == FieldState.Invalid)
        {
            errors.Add("comment", "The comment must be a string.");
        }

        if (errors.Any)
        {
            return errors.ToReply();
        }

        lock (req.State.SyncRoot)
        {
            var state = req.State;
            var b = state.BookingStore.Find(req.Id2);
            if (b is null || b.CompanyId != req.Company.Id || b.ActivityId != req.Id || b.Deleted)
            {
                return Reply.NotFound();
            }

            if (b.AttendanceStatusSlug != "waiting" || b.IsPaid)
            {
                return Reply.Legacy(422, "Only unpaid bookings in the waiting state can be moved");
            }

            var source = FindEvent(req, b.ActivityId);
            var target = FindEvent(req, targetId);
            if (target is null)
            {
                return Reply.Validation("reschedule_activity_id", "The selected reschedule_activity_id is invalid.");
            }

            if (target.Deleted)
            {
                return Reply.Legacy(422, "The target event has been deleted");
            }

            var newSeats = seatsState == FieldState.Ok ? (int)seats : b.ClientsCount;
            var taken = target.ClientsCount - (ReferenceEquals(target, source) ? b.ClientsCount : 0);
            if (taken + newSeats > target.Capacity)
            {
                return Reply.Validation("clients_count", $"Not enough free places in the target event: {target.Capacity - taken} left.");
            }

            if (newSeats < b.ClientsCount)
            {
                // A partial move: the rest of the seats stay booked in the source event, and the moved seats
                // become a booking of their own in the target (the mock's model; the docs do not say).
                b.ClientsCount -= newSeats;
                if (source is not null)
                {
                    source.ClientsCount -= newSeats;
                }

                var split = state.BookingStore.Add(new MockBooking
                {
                    CompanyId = b.CompanyId,
                    ActivityId = target.Id,
                    ClientId = b.ClientId,
                    StaffId = target.StaffId,
                    ClientsCount = newSeats,
                    Comment = commentState == FieldState.Ok ? comment : commentState == FieldState.Null ? null : b.Comment,
                    CreatedUtc = state.Time.GetUtcNow(),
                });
                split.VisitId = split.Id + 10_000;
                target.ClientsCount += newSeats;
                return Single(200, split, req, includeClient: false);
            }

            if (source is not null)
            {
                source.ClientsCount -= b.ClientsCount;
            }

            target.ClientsCount += newSeats;
            b.ActivityId = target.Id;
            b.StaffId = target.StaffId;
            b.ClientsCount = newSeats;
            if (commentState is FieldState.Ok or FieldState.Null)
            {
                b.Comment = commentState == FieldState.Ok ? comment : null;
            }

            return Single(200, b, req, includeClient: false);
        }
    }

    private static Reply List(ApiRequest req)
    {
        long? activityId = null;
        var rawActivity = req.Q("filter[activity_id]");
        if (!string.IsNullOrEmpty(rawActivity))
        {
            if (!long.TryParse(rawActivity, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var a))
            {
                return Reply.Validation("filter[activity_id]", "The filter[activity_id] must be an integer.");
            }

            activityId = a;
        }

        if (!req.TryQInt("page", out var page) || page < 1)
        {
            return Reply.Validation("page", "The page must be an integer of at least 1.");
        }

        if (!req.TryQInt("limit", out var limit) || limit < 1)
        {
            return Reply.Validation("limit", "The limit must be an integer of at least 1.");
        }

        if (req.IncludeSyntaxError() is { } includeError)
        {
            return includeError;
        }

        var includes = BookingIncludes.None;
        foreach (var inc in req.Includes())
        {
            // client: the mock's way to show who booked (name/phone) without a client API. The other three are
            // what the official client reads before a booking PUT, which rewrites the service line, tags and products.
            var flag = inc switch
            {
                "client" => BookingIncludes.Client,
                "attendance_service_items" => BookingIncludes.ServiceItems,
                "labels" => BookingIncludes.Labels,
                "attendance_good_items" => BookingIncludes.GoodItems,
                _ => BookingIncludes.None,
            };
            if (flag == BookingIncludes.None)
            {
                return Reply.Legacy(400, $"The include '{inc}' is not supported; allowed: client, attendance_service_items, labels, attendance_good_items");
            }

            includes |= flag;
        }

        var p = page ?? 1;
        var l = Math.Min(limit ?? EventsApi.DefaultLimit, EventsApi.MaxLimit);
        lock (req.State.SyncRoot)
        {
            // Cancelled bookings are listed too, flagged deleted, as the backend does; an answer without the
            // deleted flag could not tell them apart, so the current-fields-only shape leaves them out.
            var withDeleted = req.State.BookingFields != BookingFieldGeneration.Current;
            var items = req.State.BookingStore.Values
                .Where(b => b.CompanyId == req.Company.Id && (withDeleted || !b.Deleted) && (activityId is null || b.ActivityId == activityId))
                .Skip((p - 1) * l).Take(l).ToList();
            return Reply.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var b in items)
                {
                    Write(w, b, req, includes);
                }

                w.WriteEndArray();
                WriteIncluded(w, items, req.State, includes);

                w.WriteStartObject("meta");
                w.WriteStartObject("pagination");
                w.WriteNumber("page", p);
                w.WriteNumber("offset", (p - 1) * l);
                w.WriteNumber("limit", l);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }, 2048);
        }
    }

    [Flags]
    internal enum BookingIncludes
    {
        None = 0,
        Client = 1,
        ServiceItems = 2,
        Labels = 4,
        GoodItems = 8,
    }

    internal static Reply Single(int status, MockBooking b, ApiRequest req, bool includeClient) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("data");
            var includes = includeClient ? BookingIncludes.Client : BookingIncludes.None;
            Write(w, b, req, includes);
            WriteIncluded(w, new[] { b }, req.State, includes);
            TagsApi.Meta(w);
            w.WriteEndObject();
        });

    internal static void Write(Utf8JsonWriter w, MockBooking b, ApiRequest req, BookingIncludes includes)
    {
        var state = req.State;
        var company = state.CompanyStore.Find(b.CompanyId) ?? req.Company;
        var e = state.EventStore.Find(b.ActivityId);
        w.WriteStartObject();
        w.WriteString("type", "record");
        w.WriteString("id", TagsApi.Id(b.Id));
        w.WriteStartObject("attributes");
        w.WriteNumber("company_id", b.CompanyId);
        w.WriteNumber("visit_id", b.VisitId);
        w.WriteNumber("staff_id", b.StaffId);
        w.WriteNumber("client_id", b.ClientId);
        if (state.BookingAnswersCarryActivityId)
        {
            w.WriteNumber("activity_id", b.ActivityId);
        }

        if (state.BookingFields != BookingFieldGeneration.Legacy)
        {
            w.WriteString("attendance_status_slug", b.AttendanceStatusSlug);
        }

        if (state.BookingFields != BookingFieldGeneration.Current)
        {
            // The older generation: attendance -1 absent, 0 waiting, 1 attended, 2 confirmed; paid_full 0/1; deleted.
            var attendance = b.AttendanceStatusSlug switch
            {
                "absent" => -1,
                "attended" => 1,
                "confirmed" => 2,
                _ => 0,
            };
            w.WriteNumber("attendance", attendance);
            w.WriteNumber("attendance_status", attendance);
            w.WriteNumber("paid_full", b.IsPaid ? 1 : 0);
            w.WriteBoolean("deleted", b.Deleted);
        }

        w.WriteNumber("clients_count", b.ClientsCount);
        w.WriteNumber("duration", e?.Length ?? 0);
        if (state.BookingFields != BookingFieldGeneration.Legacy)
        {
            w.WriteBoolean("is_paid", b.IsPaid);
            w.WriteBoolean("is_overpaid", false);
        }
        if (e is null)
        {
            w.WriteNull("date");
        }
        else
        {
            w.WriteString("date", Fmt.WithOffset(e.Date, company.UtcOffset));
        }

        w.WriteString("custom_color", b.Color);
        w.WriteString("created_datetime", Fmt.WithOffset(b.CreatedUtc.ToOffset(company.UtcOffset).DateTime, company.UtcOffset));
        if (b.Comment is null)
        {
            w.WriteNull("comment");
        }
        else
        {
            w.WriteString("comment", b.Comment);
        }

        w.WriteEndObject();
        if (includes != BookingIncludes.None)
        {
            w.WriteStartObject("relationships");
            if ((includes & BookingIncludes.Client) != 0)
            {
                w.WriteStartObject("client");
                w.WritePropertyName("data");
                Ref(w, "client", b.ClientId);
                w.WriteEndObject();
            }

            if ((includes & BookingIncludes.ServiceItems) != 0)
            {
                w.WriteStartObject("attendance_service_items");
                w.WriteStartArray("data");
                Ref(w, "attendance_service_item", b.Id);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            if ((includes & BookingIncludes.Labels) != 0)
            {
                w.WriteStartObject("labels");
                w.WriteStartArray("data");
                foreach (var id in b.LabelIds)
                {
                    Ref(w, "label", id);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            if ((includes & BookingIncludes.GoodItems) != 0)
            {
                w.WriteStartObject("attendance_good_items");
                w.WriteStartArray("data");
                foreach (var raw in b.GoodItems)
                {
                    using var item = JsonDocument.Parse(raw);
                    Ref(w, "attendance_good_item", item.RootElement.GetProperty("id").GetInt64());
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter w, string type, long id)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        w.WriteString("id", TagsApi.Id(id));
        w.WriteEndObject();
    }

    private static void WriteIncluded(Utf8JsonWriter w, IReadOnlyList<MockBooking> bookings, MockState state, BookingIncludes includes)
    {
        if (includes == BookingIncludes.None)
        {
            return;
        }

        w.WriteStartArray("included");
        if ((includes & BookingIncludes.Client) != 0)
        {
            WriteClients(w, bookings, state);
        }

        foreach (var b in bookings)
        {
            if ((includes & BookingIncludes.ServiceItems) != 0)
            {
                w.WriteStartObject();
                w.WriteString("type", "attendance_service_item");
                w.WriteString("id", TagsApi.Id(b.Id));
                w.WriteStartObject("attributes");
                w.WriteNumber("cost_per_unit", b.CostPerUnit);
                w.WriteNumber("discount_percent", b.DiscountPercent);
                w.WriteNumber("manual_cost", b.ManualCost);
                w.WriteBoolean("is_trial", b.IsTrial);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            if ((includes & BookingIncludes.Labels) != 0)
            {
                foreach (var id in b.LabelIds)
                {
                    if (state.TagStore.Find(id) is { } t)
                    {
                        w.WriteStartObject();
                        w.WriteString("type", "label");
                        w.WriteString("id", TagsApi.Id(t.Id));
                        w.WriteStartObject("attributes");
                        w.WriteString("title", t.Title);
                        w.WriteString("color", t.Color);
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }
                }
            }

            if ((includes & BookingIncludes.GoodItems) != 0)
            {
                foreach (var raw in b.GoodItems)
                {
                    using var item = JsonDocument.Parse(raw);
                    w.WriteStartObject();
                    w.WriteString("type", "attendance_good_item");
                    w.WriteString("id", TagsApi.Id(item.RootElement.GetProperty("id").GetInt64()));
                    w.WriteStartObject("attributes");
                    foreach (var property in item.RootElement.EnumerateObject())
                    {
                        if (property.Name != "id")
                        {
                            property.WriteTo(w);
                        }
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }
            }
        }

        w.WriteEndArray();
    }

    private static void WriteClients(Utf8JsonWriter w, IEnumerable<MockBooking> bookings, MockState state)
    {
        var seen = new HashSet<long>();
        foreach (var b in bookings)
        {
            if (!seen.Add(b.ClientId) || state.ClientStore.Find(b.ClientId) is not { } c)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("type", "client");
            w.WriteString("id", TagsApi.Id(c.Id));
            w.WriteStartObject("attributes");
            w.WriteString("name", c.Name);
            if (c.Surname is null)
            {
                w.WriteNull("surname");
            }
            else
            {
                w.WriteString("surname", c.Surname);
            }

            w.WriteString("phone", c.Phone);
            if (c.Email is null)
            {
                w.WriteNull("email");
            }
            else
            {
                w.WriteString("email", c.Email);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    internal static string Digits(string phone)
    {
        Span<char> buf = stackalloc char[Math.Min(phone.Length, 64)];
        var n = 0;
        foreach (var ch in phone)
        {
            if (char.IsAsciiDigit(ch) && n < buf.Length)
            {
                buf[n++] = ch;
            }
        }

        return new string(buf[..n]);
    }

    internal static bool ValidPhone(string phone)
    {
        var digits = Digits(phone);
        if (digits.Length is < 9 or > 15)
        {
            return false;
        }

        foreach (var ch in phone)
        {
            if (!char.IsAsciiDigit(ch) && ch is not ('+' or ' ' or '-' or '(' or ')'))
            {
                return false;
            }
        }

        return true;
    }
}

namespace Altegio.MockServer.Api;

/// <summary>Event bookings (wire type <c>record</c>): book (one or many), move, change, cancel, and list via the appointments collection.</summary>
internal static partial class BookingsApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.V2(g =>
        {
            g.Post("events/{id:long}/appointments", Book);
            g.Patch("events/{id:long}/appointments/{id2:long}", Move);
            g.Get("appointments", List);
            g.Post("events/{id:long}/appointments/bulk", BookMany);
            g.Put("events/{id:long}/appointments/{id2:long}", Change);
            g.Delete("appointments/{id:long}", Cancel);
        });
        api.Delete("v1/record/{loc:long}/{id:long}", Cancel);
    }

    // ---------------- wire ----------------

    /// <summary>Members of one generation only are null and left out, as <see cref="MockState.BookingFields"/> says.</summary>
    private sealed record Attributes(
        long CompanyId, long VisitId, long StaffId, long ClientId,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? ActivityId,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AttendanceStatusSlug,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Attendance,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? AttendanceStatus,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PaidFull,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Deleted,
        int ClientsCount, int Duration,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsPaid,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsOverpaid,
        string? Date, string CustomColor, string CreatedDatetime, string? Comment);

    private sealed record ClientAttributes(string Name, string? Surname, string Phone, string? Email);

    private static Resource Wire(Call c, MockBooking b, Dictionary<string, Relation>? relationships)
    {
        var s = c.State;
        var company = s.Table<MockCompany>().Find(b.CompanyId) ?? c.Company;
        var e = s.Table<MockEvent>().Find(b.ActivityId);
        var current = s.BookingFields != BookingFieldGeneration.Legacy;
        var legacy = s.BookingFields != BookingFieldGeneration.Current;

        // The older generation: attendance -1 absent, 0 waiting, 1 attended, 2 confirmed; paid_full 0/1; deleted.
        var attendance = b.AttendanceStatusSlug switch { "absent" => -1, "attended" => 1, "confirmed" => 2, _ => 0 };
        return new Resource("record", b.Id, new Attributes(
            b.CompanyId, b.VisitId, b.StaffId, b.ClientId, s.BookingAnswersCarryActivityId ? b.ActivityId : null,
            current ? b.AttendanceStatusSlug : null, legacy ? attendance : null, legacy ? attendance : null, legacy ? (b.IsPaid ? 1 : 0) : null,
            legacy ? b.Deleted : null, b.ClientsCount, e?.Length ?? 0, current ? b.IsPaid : null, current ? false : null,
            e is null ? null : Fmt.WithOffset(e.Date, company.UtcOffset), b.Color,
            Fmt.WithOffset(b.CreatedUtc.ToOffset(company.UtcOffset).DateTime, company.UtcOffset), b.Comment),
            relationships);
    }

    private sealed record ServiceItemAttributes(decimal CostPerUnit, decimal DiscountPercent, decimal ManualCost, bool IsTrial);

    private sealed record LabelAttributes(string Title, string Color);

    /// <summary>
    /// <c>client</c> is not documented: the mock's way to show who booked (name/phone) without a client API. The other three are
    /// what the official client reads before a booking PUT, which rewrites the service line, tags and products.
    /// </summary>
    private static Include<MockBooking>[] Includes(Call c) =>
    [
        new("client", b => Relation.One("client", b.ClientId), b => c.State.Table<MockClient>().Find(b.ClientId) is { } cl
            ? [new Resource("client", cl.Id, new ClientAttributes(cl.Name, cl.Surname, cl.Phone, cl.Email))] : []),
        new("attendance_service_items", b => Relation.Many("attendance_service_item", [b.Id]), b =>
            [new Resource("attendance_service_item", b.Id, new ServiceItemAttributes(b.CostPerUnit, b.DiscountPercent, b.ManualCost, b.IsTrial))]),
        new("labels", b => Relation.Many("label", b.LabelIds), b => b.LabelIds.Select(c.State.Table<MockTag>().Find).OfType<MockTag>()
            .Select(t => new Resource("label", t.Id, new LabelAttributes(t.Title, t.Color)))),
        new("attendance_good_items", b => Relation.Many("attendance_good_item", b.GoodItems.Select(GoodItemId)), b => b.GoodItems.Select(g =>
            new Resource("attendance_good_item", GoodItemId(g), g.EnumerateObject().Where(p => p.Name != "id").ToDictionary(p => p.Name, p => p.Value)))),
    ];

    private static Reply Single(Call c, MockBooking b, int status) => Reply.Data(Wire(c, b, null), status);

    private static MockEvent? FindEvent(Call c, long id) => c.State.Table<MockEvent>().Find(id) is { } e && e.CompanyId == c.Company.Id ? e : null;

    private static MockBooking NewBooking(Call c, MockEvent e, long clientId, int seats, string? comment)
    {
        e.ClientsCount += seats;
        var booking = c.State.Add(new MockBooking
        {
            CompanyId = c.Company.Id, ActivityId = e.Id, ClientId = clientId, StaffId = e.StaffId, ClientsCount = seats, Comment = comment,
            CreatedUtc = c.State.Time.GetUtcNow(),
        });
        booking.VisitId = booking.Id + 10_000;
        return booking;
    }

    // ---------------- operations ----------------

    private static Reply Book(Call c)
    {
        if (!c.TryForm(out var f))
        {
            return Reply.BadJson();
        }

        var client = f.Object("client", required: true);
        var seats = f.Long("clients_count", required: true);
        if (seats < 1)
        {
            f.Errors.Add("clients_count", "The clients_count must be at least 1.");
        }

        var comment = f.Str("comment");
        var clientId = client?.Long("id");
        var name = client?.Str("name")?.Trim() ?? string.Empty;
        var phone = client?.Str("phone") ?? string.Empty;
        if (client is not null && clientId is null && name.Length == 0)
        {
            f.Errors.Add("client.name", "The client.name is required for a new client.");
        }

        if (phone.Length > 0 && !ValidPhone(phone))
        {
            f.Errors.Add("client.phone", "The client.phone must have 9 to 15 digits.");
        }

        if (f.Errors.Any)
        {
            return f.Errors.ToReply();
        }

        var e = FindEvent(c, c.Id);
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

        var clients = c.State.Table<MockClient>();
        MockClient? booked;
        if (clientId is { } id)
        {
            booked = clients.Find(id) is { } known && known.CompanyId == c.Company.Id ? known : null;
            if (booked is null)
            {
                return Reply.Validation("client.id", "The selected client.id is invalid.");
            }
        }
        else
        {
            // A phone that matches an existing client books that client, as the real booking flow does.
            var digits = Digits(phone);
            booked = clients.Values.FirstOrDefault(x => digits.Length > 0 && x.CompanyId == c.Company.Id && Digits(x.Phone) == digits)
                ?? c.State.Add(new MockClient
                {
                    CompanyId = c.Company.Id, Name = name, Phone = phone,
                    Surname = client!.Str("surname") is { Length: > 0 } surname ? surname : null,
                    Email = client.Str("email") is { Length: > 0 } email ? email : null,
                });
        }

        return Single(c, NewBooking(c, e, booked.Id, (int)seats!.Value, comment), 201);
    }

    private static Reply Move(Call c)
    {
        if (!c.TryForm(out var f))
        {
            return Reply.BadJson();
        }

        var targetId = f.Long("reschedule_activity_id", required: true);
        var seats = f.Long("clients_count");
        if (seats < 1)
        {
            f.Errors.Add("clients_count", "The clients_count must be an integer of at least 1.");
        }

        var comment = f.Str("comment");
        if (f.Errors.Any)
        {
            return f.Errors.ToReply();
        }

        var b = c.State.Table<MockBooking>().Find(c.Id2);
        if (b is null || b.CompanyId != c.Company.Id || b.ActivityId != c.Id || b.Deleted)
        {
            return Reply.NotFound();
        }

        if (b.AttendanceStatusSlug != "waiting" || b.IsPaid)
        {
            return Reply.Legacy(422, "Only unpaid bookings in the waiting state can be moved");
        }

        var source = FindEvent(c, b.ActivityId);
        var target = FindEvent(c, targetId!.Value);
        if (target is null)
        {
            return Reply.Validation("reschedule_activity_id", "The selected reschedule_activity_id is invalid.");
        }

        if (target.Deleted)
        {
            return Reply.Legacy(422, "The target event has been deleted");
        }

        var newSeats = (int)(seats ?? b.ClientsCount);
        var taken = target.ClientsCount - (ReferenceEquals(target, source) ? b.ClientsCount : 0);
        if (taken + newSeats > target.Capacity)
        {
            return Reply.Validation("clients_count", $"Not enough free places in the target event: {target.Capacity - taken} left.");
        }

        var newComment = f.Sent("comment") ? comment : b.Comment;
        if (newSeats < b.ClientsCount)
        {
            // A partial move: the rest of the seats stay booked in the source event, and the moved seats become a
            // booking of their own in the target (the mock's model; the docs do not say).
            b.ClientsCount -= newSeats;
            source?.ClientsCount -= newSeats;
            return Single(c, NewBooking(c, target, b.ClientId, newSeats, newComment), 200);
        }

        source?.ClientsCount -= b.ClientsCount;
        target.ClientsCount += newSeats;
        b.ActivityId = target.Id;
        b.StaffId = target.StaffId;
        b.ClientsCount = newSeats;
        b.Comment = newComment;
        return Single(c, b, 200);
    }

    private static Reply List(Call c)
    {
        var rawActivity = c.Q("filter[activity_id]");
        long? activityId = long.TryParse(rawActivity, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;
        if (!string.IsNullOrEmpty(rawActivity) && activityId is null)
        {
            return Reply.Validation("filter[activity_id]", "The filter[activity_id] must be an integer.");
        }

        if (EventsApi.Paging(c, out var page, out var limit) is { } pagingError)
        {
            return Reply.Validation(pagingError.Field, pagingError.Message);
        }

        var known = Includes(c);
        if (!c.TryIncludes(known.Select(i => i.Name).ToArray(), out var includes, out var includeError))
        {
            return includeError!;
        }

        // Cancelled bookings are listed too, flagged deleted, as the backend does; an answer without the deleted
        // flag could not tell them apart, so the current-fields-only shape leaves them out.
        var withDeleted = c.State.BookingFields != BookingFieldGeneration.Current;
        var items = c.State.Table<MockBooking>().Values
            .Where(b => b.CompanyId == c.Company.Id && (withDeleted || !b.Deleted) && (activityId is null || b.ActivityId == activityId))
            .Skip((page - 1) * limit).Take(limit);
        return Include<MockBooking>.Document(items, known, includes, (b, rel) => Wire(c, b, rel),
            meta: new { pagination = new { page, offset = (page - 1) * limit, limit } });
    }

    private static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).Take(64).ToArray());

    private static bool ValidPhone(string phone) =>
        Digits(phone).Length is >= 9 and <= 15 && phone.All(ch => char.IsAsciiDigit(ch) || ch is '+' or ' ' or '-' or '(' or ')');
}

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

    /// <summary>Members of one generation only are null and left out, as <see cref="MockSettings.BookingFields"/> says.</summary>
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

    private static Resource Wire(Call c, MockBooking b, Dictionary<string, Relation>? relationships = null)
    {
        var s = c.State;
        var company = s.Table<MockCompany>().Find(b.CompanyId) ?? c.Company;
        var e = s.Table<MockEvent>().Find(b.ActivityId);
        var current = s.Settings.BookingFields != BookingFieldGeneration.Legacy;
        var legacy = s.Settings.BookingFields != BookingFieldGeneration.Current;

        // The older generation: attendance -1 absent, 0 waiting, 1 attended, 2 confirmed; paid_full 0/1; deleted.
        var attendance = b.AttendanceStatusSlug switch { "absent" => -1, "attended" => 1, "confirmed" => 2, _ => 0 };
        return new Resource("record", b.Id, new Attributes(
            b.CompanyId, b.VisitId, b.StaffId, b.ClientId, s.Settings.BookingAnswersCarryActivityId ? b.ActivityId : null,
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

    /// <summary>The route's event, open for booking: a 404 when it is not the location's, a 422 when it was deleted.</summary>
    private static MockEvent OpenEvent(Call c, long id, string deleted = "The event has been deleted")
    {
        var e = c.Get<MockEvent>(id);
        Refused.If(e.Deleted, Reply.Legacy(422, deleted));
        return e;
    }

    /// <summary>The route's booking <c>{id2}</c> of event <c>{id}</c>, not cancelled; a 404 otherwise.</summary>
    private static MockBooking EventBooking(Call c) =>
        c.Owned<MockBooking>(c.Id2) is { Deleted: false } b && b.ActivityId == c.Id ? b : throw Refused.NotFound();

    /// <summary>The location's client with this phone (digits compared) or a new one: a phone that matches books that client, as the real booking flow does.</summary>
    private static MockClient ClientByPhone(Call c, string phone, Func<MockClient> create)
    {
        var digits = Digits(phone);
        return c.State.Table<MockClient>().Values.FirstOrDefault(x => digits.Length > 0 && x.CompanyId == c.Company.Id && Digits(x.Phone) == digits)
            ?? c.State.Add(create());
    }

    private static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).Take(64).ToArray());

    private static bool ValidPhone(string phone) =>
        Digits(phone).Length is >= 9 and <= 15 && phone.All(ch => char.IsAsciiDigit(ch) || ch is '+' or ' ' or '-' or '(' or ')');

    // ---------------- one booking ----------------

    private static Reply Book(Call c)
    {
        var f = c.Body();
        var client = f.Object("client", required: true);
        var seats = f.Long("clients_count", required: true);
        f.Check(seats < 1, "clients_count", "The clients_count must be at least 1.");
        var comment = f.Str("comment");
        var clientId = client?.Long("id");
        var name = client?.Str("name")?.Trim() ?? string.Empty;
        var phone = client?.Str("phone") ?? string.Empty;
        f.Check(client is not null && clientId is null && name.Length == 0, "client.name", "The client.name is required for a new client.");
        f.Check(phone.Length > 0 && !ValidPhone(phone), "client.phone", "The client.phone must have 9 to 15 digits.");
        f.Errors.ThrowIfAny();
        var e = OpenEvent(c, c.Id);
        Refused.If(e.ClientsCount + seats > e.Capacity, Reply.Validation("clients_count", $"Not enough free places in the event: {e.Capacity - e.ClientsCount} left."));
        var booked = clientId is { } id
            ? c.Owned<MockClient>(id) ?? throw new Refused(Reply.Validation("client.id", "The selected client.id is invalid."))
            : ClientByPhone(c, phone, () => new MockClient
            {
                CompanyId = c.Company.Id, Name = name, Phone = phone,
                Surname = client!.Str("surname") is { Length: > 0 } surname ? surname : null,
                Email = client.Str("email") is { Length: > 0 } email ? email : null,
            });
        return Reply.Data(Wire(c, c.State.Book(e, booked.Id, (int)seats!.Value, comment)), 201);
    }

    private static Reply Move(Call c)
    {
        var f = c.Body();
        var targetId = f.Long("reschedule_activity_id", required: true);
        var seats = f.Long("clients_count");
        f.Check(seats < 1, "clients_count", "The clients_count must be an integer of at least 1.");
        var comment = f.Str("comment");
        f.Errors.ThrowIfAny();
        var b = EventBooking(c);
        Refused.If(b.AttendanceStatusSlug != "waiting" || b.IsPaid, Reply.Legacy(422, "Only unpaid bookings in the waiting state can be moved"));
        var source = c.Owned<MockEvent>(b.ActivityId);
        var target = c.Owned<MockEvent>(targetId!.Value) ?? throw new Refused(Reply.Validation("reschedule_activity_id", "The selected reschedule_activity_id is invalid."));
        OpenEvent(c, target.Id, "The target event has been deleted");
        var newSeats = (int)(seats ?? b.ClientsCount);
        var taken = target.ClientsCount - (ReferenceEquals(target, source) ? b.ClientsCount : 0);
        Refused.If(taken + newSeats > target.Capacity, Reply.Validation("clients_count", $"Not enough free places in the target event: {target.Capacity - taken} left."));
        var newComment = f.Sent("comment") ? comment : b.Comment;
        if (newSeats < b.ClientsCount)
        {
            // A partial move: the rest of the seats stay booked in the source event, and the moved seats become a
            // booking of their own in the target (the mock's model; the docs do not say).
            b.ClientsCount -= newSeats;
            source?.ClientsCount -= newSeats;
            return Reply.Data(Wire(c, c.State.Book(target, b.ClientId, newSeats, newComment)));
        }

        source?.ClientsCount -= b.ClientsCount;
        target.ClientsCount += newSeats;
        (b.ActivityId, b.StaffId, b.ClientsCount, b.Comment) = (target.Id, target.StaffId, newSeats, newComment);
        return Reply.Data(Wire(c, b));
    }

    private static Reply List(Call c)
    {
        var activityId = c.QLong("filter[activity_id]");
        var (page, limit) = EventsApi.Paging(c, Reply.Validation);
        var known = Includes(c);
        var includes = c.Includes(Include<MockBooking>.Names(known));

        // Cancelled bookings are listed too, flagged deleted, as the backend does; an answer without the deleted
        // flag could not tell them apart, so the current-fields-only shape leaves them out.
        var withDeleted = c.State.Settings.BookingFields != BookingFieldGeneration.Current;
        var items = c.State.Table<MockBooking>().Values
            .Where(b => b.CompanyId == c.Company.Id && (withDeleted || !b.Deleted) && (activityId is null || b.ActivityId == activityId))
            .Skip((page - 1) * limit).Take(limit);
        return Include<MockBooking>.Document(items, known, includes, (b, rel) => Wire(c, b, rel),
            meta: new { pagination = new { page, offset = (page - 1) * limit, limit } });
    }

    private static Reply Cancel(Call c)
    {
        var b = c.Owned<MockBooking>(c.Id) is { Deleted: false } x ? x : throw Refused.NotFound();
        b.Deleted = true;
        if (c.State.Settings.CancelFreesSeat && c.Owned<MockEvent>(b.ActivityId) is { } e)
        {
            e.ClientsCount = Math.Max(0, e.ClientsCount - b.ClientsCount);
        }

        return Reply.NoContent();
    }
}

namespace Altegio.MockServer.Api;

/// <summary>Bulk booking and the booking PUT.</summary>
internal static partial class BookingsApi
{
    public const int MaxBulkRows = 50;

    // ---------------- bulk booking ----------------

    private sealed record BulkRow(int Index, long? ClientId, string Name, string Phone, string Email, int Seats);

    private sealed record RefusedRow(int Index, string Phone, string Name, string Error);

    private sealed record RefusalMeta(List<RefusedRow> Errors);

    private static Reply BookMany(Call c)
    {
        var f = c.Body();
        var records = f.Objects("records", required: true);
        f.Check(records is { Count: < 1 or > MaxBulkRows }, "records", $"The records must have between 1 and {MaxBulkRows} items.");
        var rows = (records ?? []).Select((r, i) =>
        {
            var clientId = r.Long("client_id");
            var name = r.Str("name")?.Trim() ?? string.Empty;
            var seats = r.Long("clients_count") ?? 1;
            f.Check(clientId is null && (!r.Sent("client_id") || r.IsNull("client_id")) && name.Length == 0, $"records.{i}", "Each record needs a client_id or a name.");
            r.Check(seats < 1, "clients_count", "The clients_count must be at least 1.");
            r.Check(r.Long("send_sms_now") is not (null or 0 or 1), "send_sms_now", "The send_sms_now must be 0 or 1.");
            return new BulkRow(i, clientId, name, r.Str("phone")?.Trim() ?? string.Empty, r.Str("email")?.Trim() ?? string.Empty, (int)Math.Clamp(seats, 0, 10_000));
        }).ToList();
        f.Errors.ThrowIfAny(c.Invalid);
        var e = OpenEvent(c, c.Id);
        var booked = new List<MockBooking>();
        var refused = new List<RefusedRow>();
        foreach (var row in rows)
        {
            if (Refusal(c, e, row, out var client) is { } reason)
            {
                refused.Add(new RefusedRow(row.Index, row.Phone, row.Name, reason));
            }
            else
            {
                booked.Add(c.State.Book(e, client.Id, row.Seats));
            }
        }

        // Rows are independent: refusals come back in meta.errors with HTTP 201, even when every row failed.
        object? meta = refused.Count > 0 ? new RefusalMeta(refused)
            : c.State.Settings.BulkCleanMeta switch { "object" => new { }, "errors" => new RefusalMeta([]), _ => null };
        return Reply.Data(booked.Select(b => Wire(c, b)).ToList(), 201, meta: meta);
    }

    /// <summary>Why one row is not booked, or null with the client it books (a new one when neither id nor phone is known).</summary>
    private static string? Refusal(Call c, MockEvent e, BulkRow row, out MockClient client)
    {
        client = row.ClientId is { } id ? c.Owned<MockClient>(id)!
            : row.Phone.Length > 0 && !ValidPhone(row.Phone) ? null!
            : ClientByPhone(c, row.Phone, () => new MockClient { CompanyId = c.Company.Id, Name = row.Name, Phone = row.Phone, Email = row.Email.Length > 0 ? row.Email : null });
        var clientId = client?.Id;
        return client is null && row.ClientId is { } missing ? $"Client {missing} was not found"
            : client is null ? "The phone must have 9 to 15 digits"
            : c.State.LiveBookings(e.Id).Any(b => b.ClientId == clientId) ? "The client is already booked into this event"
            : e.ClientsCount + row.Seats > e.Capacity ? $"Not enough free places in the event: {e.Capacity - e.ClientsCount} left"
            : null;
    }

    // ---------------- change ----------------

    private static readonly HashSet<string> ChangeKeys = new(StringComparer.Ordinal)
    {
        "attendance_service_item", "attendance_good_items", "clients_count", "color", "comment", "label_ids",
    };

    private static readonly string[] GoodItemKeys =
    [
        "id", "good_id", "unit_id", "storage_id", "staff_id", "operation_unit_type", "number", "quantity",
        "cost_per_unit", "manual_cost", "discount_percent", "marks", "planned_activation_date",
    ];

    private static long GoodItemId(JsonElement item) =>
        item.GetProperty("id") is var id && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : long.Parse(id.GetString()!, CultureInfo.InvariantCulture);

    /// <summary>The PUT replaces: the service line is required, tags not sent are cleared and product lines not sent are dropped.</summary>
    private static Reply Change(Call c)
    {
        var f = c.Body();
        foreach (var name in f.Names.Where(n => !ChangeKeys.Contains(n)))
        {
            f.Errors.Add(name, $"The {name} field is not allowed.");
        }

        var line = f.Object("attendance_service_item", required: true);
        decimal Money(string name, decimal max)
        {
            var value = line!.Decimal(name, required: true);
            line.Check(value is < 0 || value > max, name, $"The {line.Path(name)} must be a number from 0 to {max}.");
            return value ?? 0;
        }

        var (cost, discount, manual) = line is null ? (0m, 0m, 0m) : (Money("cost_per_unit", 1_000_000_000), Money("discount_percent", 100), Money("manual_cost", 1_000_000_000));
        var trial = line?.Bool("is_trial") == true;
        var seats = f.Long("clients_count");
        f.Check(seats < 1, "clients_count", "The clients_count must be an integer of at least 1.");
        var color = f.Str("color");
        f.Check(color is not null && (color.Length != 6 || !color.All(ch => ch is (>= '0' and <= '9') or (>= 'a' and <= 'f'))), "color", "The color format is invalid: six lower-case hex digits without '#'.");
        var comment = f.Str("comment");
        f.Check(comment?.Length > 255, "comment", "The comment may not be greater than 255 characters.");
        var labels = f.Longs("label_ids") ?? [];
        var goods = new List<JsonElement>();
        foreach (var good in f.Objects("attendance_good_items") ?? [])
        {
            if (GoodItemKeys.FirstOrDefault(k => !good.Sent(k)) is { } missing)
            {
                f.Errors.Add(good.Path(string.Empty).TrimEnd('.'), $"The {good.Path(missing)} field is required.");
            }
            else
            {
                goods.Add(good.Raw);
            }
        }

        f.Errors.ThrowIfAny(c.Invalid);
        var b = EventBooking(c);
        var e = c.Owned<MockEvent>(b.ActivityId);
        Refused.If(seats is { } wanted && e is not null && e.ClientsCount - b.ClientsCount + wanted > e.Capacity,
            c.Invalid("clients_count", $"Not enough free places in the event: {e?.Capacity - e?.ClientsCount + b.ClientsCount} for this booking."));
        if (labels.Cast<long?>().FirstOrDefault(id => c.Owned<MockTag>(id!.Value) is not { IsDeleted: false }) is { } unknown)
        {
            throw new Refused(c.Invalid("label_ids", $"The tag {unknown} does not exist."));
        }

        if (seats is { } n)
        {
            e?.ClientsCount += (int)n - b.ClientsCount;
            b.ClientsCount = (int)n;
        }

        (b.CostPerUnit, b.DiscountPercent, b.ManualCost, b.IsTrial, b.LabelIds, b.GoodItems) = (cost, discount, manual, trial, labels, goods);
        b.Color = f.Sent("color") ? color ?? string.Empty : b.Color;
        b.Comment = f.Sent("comment") ? comment : b.Comment;
        return Reply.Data(Wire(c, b));
    }
}

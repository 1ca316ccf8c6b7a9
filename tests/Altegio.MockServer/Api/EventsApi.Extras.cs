using System.Text.RegularExpressions;

namespace Altegio.MockServer.Api;

/// <summary>Copies of an event (<c>/duplicate</c>), the days that have events and the filter values.</summary>
internal static partial class EventsApi
{
    public const int MaxDuplicateDates = 100;

    // ---------------- duplicate ----------------

    /// <summary>The shape the official client saw: legacy type <c>activities</c>, an offset-less date, seats as <c>records_count</c>.</summary>
    private sealed record CopyAttributes(long StaffId, long ServiceId, string Date, int Length, int Capacity, int RecordsCount);

    private sealed record Copy(string Type, [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id, CopyAttributes Attributes);

    private sealed record ConflictMeta(string Message, bool Conflict);

    private static Reply Duplicate(Call c)
    {
        var f = c.Body();
        var raw = f.Strs("dates", required: true);
        f.Check(raw is { Count: < 1 or > MaxDuplicateDates }, "dates", $"The dates must have between 1 and {MaxDuplicateDates} items.");

        // One bad item refuses the whole request.
        var dates = new List<DateTime>();
        foreach (var (text, i) in raw is { Count: >= 1 and <= MaxDuplicateDates } ? raw.Select((t, i) => (t, i)) : [])
        {
            f.Check(!TryParseStart(text, out var start), $"dates.{i}", $"The dates.{i} is not a valid ISO 8601 date.");
            dates.Add(start);
        }

        var contentType = f.Long("content_type") ?? 1;
        f.Check(contentType is not (1 or 2), "content_type", "The content_type must be 1 or 2.");
        var force = f.Bool("force") == true;
        f.Errors.ThrowIfAny(c.Invalid);
        var source = c.Get<MockEvent>();
        var s = c.State;
        var now = s.LocalNow(c.Company) - s.Settings.PastTolerance;
        if (dates.FindIndex(d => d < now) is var past and >= 0)
        {
            throw new Refused(c.Invalid($"dates.{past}", $"The date {Fmt.Local(dates[past])} cannot be earlier than the current time."));
        }

        // Nothing is created when one date clashes; the message names it, as "busy or not working: <date>".
        for (var i = 0; !force && i < dates.Count; i++)
        {
            var date = dates[i];
            var clashesWithEarlierCopy = dates.Take(i).Any(p => p < date.AddSeconds(source.Length) && date < p.AddSeconds(source.Length));
            if (clashesWithEarlierCopy || BusyAt(s, c.Company.Id, source.StaffId, source.ResourceInstanceIds, date, source.Length, null) is not null)
            {
                var message = "The team member or a resource is busy or not working: " + date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                return s.Settings.EventErrorsAsJsonApi
                    ? Reply.JsonApiError(409, "Conflict", message)
                    : Reply.Json(409, new { success = false, data = (object?)null, meta = new ConflictMeta(message, true) });
            }
        }

        var copies = dates.Select(date => CopyOf(s, source, date, withBookings: contentType == 2)).ToList();
        return s.Settings.DuplicateAnswer == "resource"
            ? Document(c, copies, [], single: false, status: 201)
            : Reply.Json(201, new
            {
                data = copies.Select(e => new Copy("activities", e.Id, new CopyAttributes(e.StaffId, e.ServiceId, Fmt.Local(e.Date), e.Length, e.Capacity, e.ClientsCount))),
            });
    }

    private static MockEvent CopyOf(MockState s, MockEvent source, DateTime date, bool withBookings)
    {
        var copy = s.Add(new MockEvent
        {
            CompanyId = source.CompanyId, StaffId = source.StaffId, ServiceId = source.ServiceId, ResourceInstanceIds = [.. source.ResourceInstanceIds],
            LabelIds = [.. source.LabelIds], Date = date, Length = source.Length, TechnicalBreakDuration = source.TechnicalBreakDuration,
            Capacity = source.Capacity, Color = source.Color, FontColor = source.FontColor, Instructions = source.Instructions,
            StreamLink = source.StreamLink, Comment = source.Comment,
        });
        foreach (var b in withBookings ? s.LiveBookings(source.Id) : [])
        {
            s.Book(copy, b.ClientId, b.ClientsCount, start: new MockBooking { CostPerUnit = b.CostPerUnit, ManualCost = b.ManualCost });
        }

        return copy;
    }

    /// <summary>ISO 8601 local start times, <c>2026-07-20T10:00:00</c>, or with an offset (<c>Z</c>, <c>+0300</c>, <c>+03:00</c>), which is dropped.</summary>
    private static bool TryParseStart(string text, out DateTime start) =>
        Fmt.TryParse(text.Length >= 19 ? text[..19] : text, "yyyy-MM-dd'T'HH:mm:ss", out start)
        && Regex.IsMatch(text.Length > 19 ? text[19..] : string.Empty, @"^(|Z|[+-]\d{2}:?\d{2})$");

    // ---------------- dates and filter values ----------------

    private sealed record DateAttributes(string Date);

    /// <summary>A day is identified by itself: <c>{type:"activity_date", id:"2027-01-15"}</c>.</summary>
    private sealed record Day(string Type, string Id, DateAttributes Attributes);

    private sealed record RangeAttributes(string? MinDate, string? MaxDate);

    /// <summary>The filter values come untyped: <c>type</c> is null in the relationship and in <c>included</c>.</summary>
    private sealed record Value(string? Type, [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Dictionary<string, string>? Attributes = null);

    private sealed record Criterion(string Type, string Id, Dictionary<string, Relation> Relationships);

    /// <summary>The events the dates and filter values describe; the list's rule for a period in the past, except that filter values refuse one even with deleted events.</summary>
    private static List<MockEvent> Described(Call c, bool pastEvenWithDeleted = false)
    {
        var filter = ReadFilter(c);
        RefusePast(c, filter, pastEvenWithDeleted);
        return Matching(c, filter).ToList();
    }

    // The API promises no order; newest first here keeps clients honest.
    private static Reply Dates(Call c) =>
        Reply.Data(Described(c).Select(e => Fmt.DateOnly(e.Date)).Distinct().OrderByDescending(d => d, StringComparer.Ordinal)
            .Select(d => new Day("activity_date", d, new DateAttributes(d))).ToList());

    private static Reply DateRange(Call c)
    {
        var starts = Described(c).Select(e => e.Date).ToList();
        return Reply.Data(new Resource("activity_date_range", c.Company.Id, starts.Count == 0
            ? new RangeAttributes(null, null)
            : new RangeAttributes(Fmt.DateOnly(starts.Min()), Fmt.DateOnly(starts.Max()))));
    }

    private static Reply Filters(Call c)
    {
        var events = Described(c, pastEvenWithDeleted: true);
        var s = c.State;
        static Dictionary<string, string> Named(string key, string? label) => new() { [key] = label ?? string.Empty };
        var criteria = new (string Code, List<Value> Values)[]
        {
            ("staff", events.Select(e => e.StaffId).Distinct().Select(id => new Value(null, id, Named("name", s.Table<MockTeamMember>().Find(id)?.Name))).ToList()),
            ("service", events.Select(e => e.ServiceId).Distinct().Select(id => new Value(null, id, Named("title", s.Table<MockService>().Find(id)?.Title))).ToList()),
            ("service_category", []),
            ("resource", events.SelectMany(e => e.ResourceInstanceIds).Distinct().Select(s.Table<MockResourceInstance>().Find).OfType<MockResourceInstance>()
                .Select(ri => ri.ResourceId).Distinct().Select(id => new Value(null, id, Named("title", "Resource " + Reply.Code(id)))).ToList()),
        };

        // The values hang under relationships.data.data; an empty criterion's is null, not [].
        return Reply.Data(
            criteria.Select(k => new Criterion("activity_filter", k.Code, new()
            {
                ["data"] = new Relation(k.Values.Count == 0 ? null : k.Values.Select(v => v with { Attributes = null }).ToList()),
            })).ToList(),
            included: criteria.SelectMany(k => k.Values).ToList());
    }
}

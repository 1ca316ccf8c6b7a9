namespace Altegio.MockServer.Api;

/// <summary>Saved repeat patterns for copying events (wire type <c>activity_duplication_strategy</c>).</summary>
internal static class DuplicationStrategiesApi
{
    private static readonly string[] ModeTitles = ["Daily", "Weekdays", "Mon, Wed, Fri", "Tue, Thu", "Weekly", "Monthly", "Yearly"];

    public static void Map(IEndpointRouteBuilder api) => api.V2(g => g.Crud<MockDuplicationStrategy>(
        "events/duplication_strategies", (_, s) => Wire(s), (c, s) => s.CompanyId == c.Company.Id, read: false,
        create: c => Read(c, new MockDuplicationStrategy { CompanyId = c.Company.Id }, create: true),
        update: Update,
        delete: c =>
        {
            c.State.Remove<MockDuplicationStrategy>(c.Get<MockDuplicationStrategy>().Id);
            return Reply.NoContent();
        }));

    private sealed record RepeatMode(long Id, string Title);

    private sealed record Attributes(long Id, long CompanyId, string Title, int RepeatModeId, RepeatMode RepeatMode, List<long> Days, int Interval, int ContentType);

    private static Resource Wire(MockDuplicationStrategy s) => new("activity_duplication_strategy", s.Id, new Attributes(
        s.Id, s.CompanyId, s.Title, s.RepeatModeId, new RepeatMode(s.RepeatModeId, ModeTitles[Math.Clamp(s.RepeatModeId, 1, 7) - 1]), s.Days, s.Interval, s.ContentType));

    /// <summary>Reads the body onto <paramref name="target"/>: on create title and repeat mode are required; the pattern is checked whole, on update too.</summary>
    private static MockDuplicationStrategy Read(Call c, MockDuplicationStrategy target, bool create)
    {
        var f = c.Body();
        var title = f.Str("title", required: create)?.Trim();
        f.Check(title is { Length: < 1 or > 50 }, "title", "The title must be 1 to 50 characters.");
        var mode = f.Long("repeat_mode_id", required: create);
        f.Check(mode is < 1 or > 7, "repeat_mode_id", "The repeat_mode_id must be an integer from 1 to 7.");
        var days = f.Longs("days");
        f.Check(days?.Exists(d => d is < 0 or > 6) == true, "days", "The days must be integers from 0 (Sunday) to 6 (Saturday).");
        var interval = f.Long("interval");
        f.Check(interval < 0, "interval", "The interval must be a non-negative integer.");
        var content = f.Long("content_type");
        f.Check(content is not (null or 1 or 2), "content_type", "The content_type must be 1 or 2.");
        f.Errors.ThrowIfAny(c.Invalid);
        target.Title = title ?? target.Title;
        target.RepeatModeId = (int)(mode ?? target.RepeatModeId);
        target.Days = days ?? target.Days;
        target.Interval = (int)Math.Min(interval ?? target.Interval, 1000);
        target.ContentType = (int)(content ?? target.ContentType);
        f.Check(target.RepeatModeId == 5 && target.Days.Count == 0, "days", "A weekly repeat needs at least one day.");
        f.Errors.ThrowIfAny(c.Invalid);
        return target;
    }

    private static Reply Update(Call c)
    {
        // Changed on a copy, so a refused update leaves the stored strategy as it was.
        var s = c.Get<MockDuplicationStrategy>();
        var draft = new MockDuplicationStrategy
        {
            Id = s.Id, CompanyId = s.CompanyId, Title = s.Title, RepeatModeId = s.RepeatModeId, Days = [.. s.Days], Interval = s.Interval, ContentType = s.ContentType,
        };
        return Reply.Data(Wire(c.State.Add(Read(c, draft, create: false))));
    }
}

namespace Altegio.MockServer.Api;

/// <summary>Saved repeat patterns for copying events (wire type <c>activity_duplication_strategy</c>).</summary>
internal static class DuplicationStrategiesApi
{
    private static readonly string[] ModeTitles = ["Daily", "Weekdays", "Mon, Wed, Fri", "Tue, Thu", "Weekly", "Monthly", "Yearly"];

    public static void Map(IEndpointRouteBuilder api) => api.V2(g =>
    {
        g.Get("events/duplication_strategies", List);
        g.Post("events/duplication_strategies", Create);
        g.Put("events/duplication_strategies/{id:long}", Update);
        g.Delete("events/duplication_strategies/{id:long}", Delete);
    });

    private sealed record RepeatMode(long Id, string Title);

    private sealed record Attributes(long Id, long CompanyId, string Title, int RepeatModeId, RepeatMode RepeatMode, List<long> Days, int Interval, int ContentType);

    private static Resource Wire(MockDuplicationStrategy s) => new("activity_duplication_strategy", s.Id, new Attributes(
        s.Id, s.CompanyId, s.Title, s.RepeatModeId, new RepeatMode(s.RepeatModeId, ModeTitles[Math.Clamp(s.RepeatModeId, 1, 7) - 1]), s.Days, s.Interval, s.ContentType));

    private static MockDuplicationStrategy? Find(Call c) =>
        c.State.Table<MockDuplicationStrategy>().Find(c.Id) is { } s && s.CompanyId == c.Company.Id ? s : null;

    private static Reply List(Call c) =>
        Reply.Data(c.State.Table<MockDuplicationStrategy>().Values.Where(s => s.CompanyId == c.Company.Id).Select(Wire).ToList());

    /// <summary>Reads the body onto <paramref name="target"/>: on create title and repeat mode are required; the pattern is checked whole, on update too.</summary>
    private static Reply? Read(Call c, MockDuplicationStrategy target, bool create)
    {
        if (!c.TryForm(out var f))
        {
            return Reply.BadJson();
        }

        var title = f.Str("title", required: create)?.Trim();
        if (title is { Length: < 1 or > 50 })
        {
            f.Errors.Add("title", "The title must be 1 to 50 characters.");
        }

        var mode = f.Long("repeat_mode_id", required: create);
        if (mode is < 1 or > 7)
        {
            f.Errors.Add("repeat_mode_id", "The repeat_mode_id must be an integer from 1 to 7.");
        }

        var days = f.Longs("days");
        if (days?.Exists(d => d is < 0 or > 6) == true)
        {
            f.Errors.Add("days", "The days must be integers from 0 (Sunday) to 6 (Saturday).");
        }

        var interval = f.Long("interval");
        if (interval < 0)
        {
            f.Errors.Add("interval", "The interval must be a non-negative integer.");
        }

        var content = f.Long("content_type");
        if (content is not (null or 1 or 2))
        {
            f.Errors.Add("content_type", "The content_type must be 1 or 2.");
        }

        if (!f.Errors.Any)
        {
            target.Title = title ?? target.Title;
            target.RepeatModeId = (int)(mode ?? target.RepeatModeId);
            target.Days = days ?? target.Days;
            target.Interval = (int)Math.Min(interval ?? target.Interval, 1000);
            target.ContentType = (int)(content ?? target.ContentType);
            if (target.RepeatModeId == 5 && target.Days.Count == 0)
            {
                f.Errors.Add("days", "A weekly repeat needs at least one day.");
            }
        }

        return f.Errors.Any ? EventsApi.Invalid(c, f.Errors) : null;
    }

    private static Reply Create(Call c)
    {
        var strategy = new MockDuplicationStrategy { CompanyId = c.Company.Id };
        return Read(c, strategy, create: true) ?? Reply.Data(Wire(c.State.Add(strategy)), 201);
    }

    private static Reply Update(Call c)
    {
        if (Find(c) is not { } current)
        {
            return Reply.NotFound();
        }

        // Changed on a copy, so a refused update leaves the stored strategy as it was.
        var draft = new MockDuplicationStrategy
        {
            Id = current.Id, CompanyId = current.CompanyId, Title = current.Title, RepeatModeId = current.RepeatModeId, Days = [.. current.Days],
            Interval = current.Interval, ContentType = current.ContentType,
        };
        return Read(c, draft, create: false) ?? Reply.Data(Wire(c.State.Add(draft)));
    }

    private static Reply Delete(Call c)
    {
        if (Find(c) is not { } current)
        {
            return Reply.NotFound();
        }

        c.State.Remove<MockDuplicationStrategy>(current.Id);
        return Reply.NoContent();
    }
}

using System.Text.RegularExpressions;

namespace Altegio.MockServer.Api;

/// <summary>V2 tags (categories).</summary>
internal static partial class TagsApi
{
    private static readonly string[] EntityNames = { "common", "client", "record", "activity" };

    public static void Map(IEndpointRouteBuilder api) => api.V2(g =>
    {
        g.Get("tags", List);
        g.Post("tags", Create);
        g.Get("tags/{id:long}", c => Find(c) is { } tag ? Reply.Data(Wire(tag)) : Reply.NotFound());
        g.Put("tags/{id:long}", Update);
        g.Delete("tags/{id:long}", Delete);
    });

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorRegex();

    private sealed record Attributes(
        long CompanyId, string Title, string Color, string FontColor, string? Icon, string EntityType, bool IsDeleted, bool IsEditable,
        long SalonId, int Entity, string EntitySlug, int Deleted, int NotEditable);

    private static Resource Wire(MockTag t) => new("tag", t.Id, new Attributes(
        t.CompanyId, t.Title, t.Color, t.FontColor, t.Icon, EntityNames[t.Entity], t.IsDeleted, t.IsEditable,
        t.CompanyId, t.Entity, EntityNames[t.Entity], t.IsDeleted ? 1 : 0, t.IsEditable ? 0 : 1));

    private static MockTag? Find(Call c) => c.State.Table<MockTag>().Find(c.Id) is { } t && t.CompanyId == c.Company.Id ? t : null;

    private static Reply List(Call c)
    {
        var raw = c.Q("entity");
        var entity = string.IsNullOrEmpty(raw) ? -1 : raw is [>= '0' and <= '3'] ? raw[0] - '0' : Array.IndexOf(EntityNames, raw);
        if (entity < 0 && !string.IsNullOrEmpty(raw))
        {
            return Reply.Validation("entity", "The entity must be one of: common, client, record, activity, 0, 1, 2, 3");
        }

        // Soft-deleted tags are left out of the list; get-by-id still shows them.
        return Reply.Data(c.State.Table<MockTag>().Values
            .Where(t => t.CompanyId == c.Company.Id && !t.IsDeleted && (entity < 0 || t.Entity == entity)).Select(Wire).ToList());
    }

    /// <summary>The body of a create (all required) or an update (a patch: only what is sent changes).</summary>
    private static Reply? Read(Call c, bool create, out string? title, out string? color, out long? entity, out string? icon)
    {
        title = color = icon = null;
        entity = null;
        if (!c.TryForm(out var f))
        {
            return Reply.BadJson();
        }

        title = f.Str("title", required: create || f.Sent("title"));
        color = f.Str("color", required: create || f.Sent("color"));
        if (color is not null && !ColorRegex().IsMatch(color))
        {
            f.Errors.Add("color", "The color must be a hex colour like #ff2828");
        }

        entity = f.Long("entity", required: f.IsNull("entity") && !create);
        if (entity is < 0 or > 3)
        {
            f.Errors.Add("entity", "The entity must be an integer from 0 to 3");
        }

        icon = f.Str("icon");
        return f.Errors.Any ? f.Errors.ToReply() : null;
    }

    private static Reply Create(Call c) =>
        Read(c, create: true, out var title, out var color, out var entity, out var icon)
        ?? Reply.Data(Wire(c.State.Add(new MockTag
        {
            CompanyId = c.Company.Id, Title = title!, Color = color!.ToLowerInvariant(), FontColor = ContrastColor(color), Icon = icon, Entity = (int)(entity ?? 0),
        })), 201);

    private static Reply Update(Call c)
    {
        if (Read(c, create: false, out var title, out var color, out var entity, out var icon) is { } bad)
        {
            return bad;
        }

        if (Editable(c, out var tag) is { } refused)
        {
            return refused;
        }

        tag.Title = title ?? tag.Title;
        tag.Color = color?.ToLowerInvariant() ?? tag.Color;
        tag.FontColor = color is null ? tag.FontColor : ContrastColor(color);
        tag.Entity = (int)(entity ?? tag.Entity);
        tag.Icon = c.TryForm(out var f) && f.Sent("icon") ? icon : tag.Icon;
        return Reply.NoContent();
    }

    private static Reply Delete(Call c)
    {
        // Deleting an already deleted tag answers 404, so a blind retry of a DELETE is visible.
        if (Editable(c, out var tag) is { } refused)
        {
            return refused;
        }

        tag.IsDeleted = true;
        return Reply.NoContent();
    }

    private static Reply? Editable(Call c, out MockTag tag)
    {
        tag = Find(c)!;
        return tag is null || tag.IsDeleted ? Reply.NotFound() : !tag.IsEditable ? Reply.Legacy(403, "Category cannot be changed") : null;
    }

    /// <summary>White on dark backgrounds, black on light ones.</summary>
    private static string ContrastColor(string hex)
    {
        int Channel(int at) => Convert.ToInt32(hex.Substring(at, 2), 16);
        return (0.299 * Channel(1)) + (0.587 * Channel(3)) + (0.114 * Channel(5)) > 186 ? "#000000" : "#ffffff";
    }
}

using System.Text.RegularExpressions;

namespace Altegio.MockServer.Api;

/// <summary>V2 tags (categories).</summary>
internal static partial class TagsApi
{
    private static readonly string[] EntityNames = ["common", "client", "record", "activity"];

    public static void Map(IEndpointRouteBuilder api) =>
        api.V2(g => g.Crud<MockTag>("tags", (_, t) => Wire(t), (c, t) => t.CompanyId == c.Company.Id, List, Create, Update, Delete));

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorRegex();

    private sealed record Attributes(
        long CompanyId, string Title, string Color, string FontColor, string? Icon, string EntityType, bool IsDeleted, bool IsEditable,
        long SalonId, int Entity, string EntitySlug, int Deleted, int NotEditable);

    private static Resource Wire(MockTag t) => new("tag", t.Id, new Attributes(
        t.CompanyId, t.Title, t.Color, t.FontColor, t.Icon, EntityNames[t.Entity], t.IsDeleted, t.IsEditable,
        t.CompanyId, t.Entity, EntityNames[t.Entity], t.IsDeleted ? 1 : 0, t.IsEditable ? 0 : 1));

    private static IEnumerable<MockTag> List(Call c, IEnumerable<MockTag> tags)
    {
        var raw = c.Q("entity");
        var entity = string.IsNullOrEmpty(raw) ? -1 : raw is [>= '0' and <= '3'] ? raw[0] - '0' : Array.IndexOf(EntityNames, raw);
        Refused.If(entity < 0 && !string.IsNullOrEmpty(raw), Reply.Validation("entity", "The entity must be one of: common, client, record, activity, 0, 1, 2, 3"));

        // Soft-deleted tags are left out of the list; get-by-id still shows them.
        return tags.Where(t => !t.IsDeleted && (entity < 0 || t.Entity == entity));
    }

    /// <summary>The body of a create (all required) or an update (a patch: only what is sent changes).</summary>
    private static (Form Form, string? Title, string? Color, long? Entity, string? Icon) Read(Call c, bool create)
    {
        var f = c.Body();
        var title = f.Str("title", required: create || f.Sent("title"));
        var color = f.Str("color", required: create || f.Sent("color"));
        f.Check(color is not null && !ColorRegex().IsMatch(color), "color", "The color must be a hex colour like #ff2828");
        var entity = f.Long("entity", required: f.IsNull("entity") && !create);
        f.Check(entity is < 0 or > 3, "entity", "The entity must be an integer from 0 to 3");
        var icon = f.Str("icon");
        f.Errors.ThrowIfAny();
        return (f, title, color, entity, icon);
    }

    private static MockTag Create(Call c)
    {
        var (_, title, color, entity, icon) = Read(c, create: true);
        return new MockTag { CompanyId = c.Company.Id, Title = title!, Color = color!.ToLowerInvariant(), FontColor = ContrastColor(color), Icon = icon, Entity = (int)(entity ?? 0) };
    }

    private static Reply Update(Call c)
    {
        var (f, title, color, entity, icon) = Read(c, create: false);
        var tag = Editable(c);
        tag.Title = title ?? tag.Title;
        tag.Color = color?.ToLowerInvariant() ?? tag.Color;
        tag.FontColor = color is null ? tag.FontColor : ContrastColor(color);
        tag.Entity = (int)(entity ?? tag.Entity);
        tag.Icon = f.Sent("icon") ? icon : tag.Icon;
        return Reply.NoContent();
    }

    // Deleting an already deleted tag answers 404, so a blind retry of a DELETE is visible.
    private static Reply Delete(Call c)
    {
        Editable(c).IsDeleted = true;
        return Reply.NoContent();
    }

    private static MockTag Editable(Call c)
    {
        var tag = c.Owned<MockTag>(c.Id) is { IsDeleted: false } t ? t : throw Refused.NotFound();
        Refused.If(!tag.IsEditable, Reply.Legacy(403, "Category cannot be changed"));
        return tag;
    }

    /// <summary>White on dark backgrounds, black on light ones.</summary>
    private static string ContrastColor(string hex)
    {
        int Channel(int at) => Convert.ToInt32(hex.Substring(at, 2), 16);
        return (0.299 * Channel(1)) + (0.587 * Channel(3)) + (0.114 * Channel(5)) > 186 ? "#000000" : "#ffffff";
    }
}

namespace Altegio.MockServer.Api;

/// <summary>V2 positions: no paging, title + description bodies, update 204.</summary>
internal static class PositionsApi
{
    private static readonly string[] BindingNames = ["none", "optional", "required"];

    public static void Map(IEndpointRouteBuilder api) => api.V2(g => g.Crud<MockPosition>("positions", Wire, Owned, create: c =>
    {
        var (title, description, _) = Read(c);
        return new MockPosition { ChainId = c.Company.ChainId, Title = title, Description = description, SalonIds = { c.Company.Id } };
    }, update: Update, delete: Delete));

    private sealed record Attributes(
        long ChainId, string Title, string? Description, object ServicesBindingType, List<string> RulesRequiredFields, bool OnlyChainAppointment, List<long> SalonIds);

    private static Resource Wire(Call c, MockPosition p) => new("position", p.Id, new Attributes(
        p.ChainId, p.Title, p.Description, c.State.Settings.ServicesBindingTypeAsString ? BindingNames[p.ServicesBindingType] : p.ServicesBindingType,
        p.RulesRequiredFields, false, p.SalonIds));

    private static bool Owned(Call c, MockPosition p) => p.SalonIds.Contains(c.Company.Id);

    private static MockPosition Find(Call c) => c.State.Table<MockPosition>().Find(c.Id) is { } p && Owned(c, p) ? p : throw Refused.NotFound();

    private static (string Title, string? Description, bool DescriptionSent) Read(Call c)
    {
        var f = c.Body();
        var title = f.Str("title", required: true) ?? string.Empty;
        f.Check(title.Length > 100, "title", "The title may not be greater than 100 characters");
        var description = f.Str("description");
        f.Check(description?.Length > 1000, "description", "The description must be a string of at most 1000 characters");
        f.Errors.ThrowIfAny();
        return (title, description, f.Sent("description"));
    }

    private static Reply Update(Call c)
    {
        var (title, description, descriptionSent) = Read(c);
        var p = Find(c);
        p.Title = title;
        p.Description = descriptionSent ? description : p.Description;
        return Reply.NoContent();
    }

    private static Reply Delete(Call c)
    {
        var p = Find(c);
        if (c.State.Table<MockTeamMember>().Values.Any(m => m.PositionId == p.Id && !m.Deleted))
        {
            const string inUse = "The position is assigned to team members and cannot be deleted";
            return c.State.Settings.PositionDeleteInUse switch
            {
                PositionInUseDelete.Conflict => Reply.Legacy(409, inUse),
                PositionInUseDelete.Unprocessable => Reply.Legacy(422, inUse),

                // The official MCP saw the API answer success yet keep a position still in use.
                _ => Reply.NoContent(),
            };
        }

        c.State.Remove<MockPosition>(p.Id);
        return Reply.NoContent();
    }
}

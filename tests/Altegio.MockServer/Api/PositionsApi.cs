namespace Altegio.MockServer.Api;

/// <summary>V2 positions: no paging, title + description bodies, update 204.</summary>
internal static class PositionsApi
{
    private static readonly string[] BindingNames = { "none", "optional", "required" };

    public static void Map(IEndpointRouteBuilder api) => api.V2(g =>
    {
        g.Get("positions", c => Reply.Data(c.State.Table<MockPosition>().Values.Where(p => p.SalonIds.Contains(c.Company.Id)).Select(p => Wire(c, p)).ToList()));
        g.Post("positions", Create);
        g.Get("positions/{id:long}", c => Find(c) is { } p ? Reply.Data(Wire(c, p)) : Reply.NotFound());
        g.Put("positions/{id:long}", Update);
        g.Delete("positions/{id:long}", Delete);
    });

    private sealed record Attributes(
        long ChainId, string Title, string? Description, object ServicesBindingType, List<string> RulesRequiredFields, bool OnlyChainAppointment, List<long> SalonIds);

    private static Resource Wire(Call c, MockPosition p) => new("position", p.Id, new Attributes(
        p.ChainId, p.Title, p.Description, c.State.ServicesBindingTypeAsString ? BindingNames[p.ServicesBindingType] : p.ServicesBindingType,
        p.RulesRequiredFields, p.OnlyChainAppointment, p.SalonIds));

    private static MockPosition? Find(Call c) => c.State.Table<MockPosition>().Find(c.Id) is { } p && p.SalonIds.Contains(c.Company.Id) ? p : null;

    private static Reply? Read(Call c, out string title, out string? description, out bool descriptionSent)
    {
        title = string.Empty;
        description = null;
        descriptionSent = false;
        if (!c.TryForm(out var f))
        {
            return Reply.BadJson();
        }

        title = f.Str("title", required: true) ?? string.Empty;
        if (title.Length > 100)
        {
            f.Errors.Add("title", "The title may not be greater than 100 characters");
        }

        description = f.Str("description");
        descriptionSent = f.Sent("description");
        if (description?.Length > 1000)
        {
            f.Errors.Add("description", "The description must be a string of at most 1000 characters");
        }

        return f.Errors.Any ? f.Errors.ToReply() : null;
    }

    private static Reply Create(Call c) =>
        Read(c, out var title, out var description, out _)
        ?? Reply.Data(Wire(c, c.State.Add(new MockPosition { ChainId = c.Company.ChainId, Title = title, Description = description, SalonIds = { c.Company.Id } })), 201);

    private static Reply Update(Call c)
    {
        if (Read(c, out var title, out var description, out var descriptionSent) is { } bad)
        {
            return bad;
        }

        if (Find(c) is not { } p)
        {
            return Reply.NotFound();
        }

        p.Title = title;
        p.Description = descriptionSent ? description : p.Description;
        return Reply.NoContent();
    }

    private static Reply Delete(Call c)
    {
        if (Find(c) is not { } p)
        {
            return Reply.NotFound();
        }

        if (c.State.Table<MockTeamMember>().Values.Any(m => m.PositionId == p.Id && !m.Deleted))
        {
            const string inUse = "The position is assigned to team members and cannot be deleted";
            return c.State.PositionDeleteInUse switch
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

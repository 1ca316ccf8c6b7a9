using System.Linq;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>V2 positions (A.2.3), snapshot N: no paging, title + description bodies, update 204.</summary>
internal static class PositionsApi
{
    private static readonly string[] BindingNames = { "none", "optional", "required" };

    public static void Register(Router r)
    {
        r.AddV2("GET", "positions", List);
        r.AddV2("POST", "positions", Create);
        r.AddV2("GET", "positions/{id}", Get);
        r.AddV2("PUT", "positions/{id}", Update);
        r.AddV2("DELETE", "positions/{id}", Delete);
    }

    private static Reply List(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var items = req.State.PositionStore.Values.Where(p => p.SalonIds.Contains(req.Company.Id)).ToList();
            var asString = req.State.ServicesBindingTypeAsString;
            return Reply.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var p in items)
                {
                    Write(w, p, asString);
                }

                w.WriteEndArray();
                TagsApi.Meta(w);
                w.WriteEndObject();
            });
        }
    }

    private static Reply Get(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var p = Find(req);
            return p is null ? Reply.NotFound() : Single(200, p, req.State.ServicesBindingTypeAsString);
        }
    }

    private static bool ReadBody(ApiRequest req, out string title, out string? description, out bool descriptionSent, out Reply? error)
    {
        title = string.Empty;
        description = null;
        descriptionSent = false;
        error = null;
        if (!req.TryParseBody(out var body))
        {
            error = Reply.Legacy(400, "Invalid JSON in the request body");
            return false;
        }

        if (body.String("title", out title) != FieldState.Ok || title.Trim().Length == 0)
        {
            error = Reply.Validation("title", "Required parameter title was not passed");
            return false;
        }

        if (title.Length > 100)
        {
            error = Reply.Validation("title", "The title may not be greater than 100 characters");
            return false;
        }

        var ds = body.String("description", out var d);
        if (ds == FieldState.Invalid || d.Length > 1000)
        {
            error = Reply.Validation("description", "The description must be a string of at most 1000 characters");
            return false;
        }

        descriptionSent = ds != FieldState.Missing;
        description = ds == FieldState.Ok ? d : null;
        return true;
    }

    private static Reply Create(ApiRequest req)
    {
        if (!ReadBody(req, out var title, out var description, out _, out var error))
        {
            return error!;
        }

        lock (req.State.SyncRoot)
        {
            var p = req.State.PositionStore.Add(new MockPosition
            {
                ChainId = req.Company.ChainId, Title = title, Description = description, SalonIds = { req.Company.Id },
            });
            return Single(201, p, req.State.ServicesBindingTypeAsString);
        }
    }

    private static Reply Update(ApiRequest req)
    {
        if (!ReadBody(req, out var title, out var description, out var descriptionSent, out var error))
        {
            return error!;
        }

        lock (req.State.SyncRoot)
        {
            var p = Find(req);
            if (p is null)
            {
                return Reply.NotFound();
            }

            p.Title = title;
            if (descriptionSent)
            {
                p.Description = description;
            }

            return Reply.NoContent();
        }
    }

    private static Reply Delete(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var p = Find(req);
            if (p is null)
            {
                return Reply.NotFound();
            }

            var inUse = req.State.MemberStore.Values.Any(m => m.PositionId == p.Id && !m.Deleted);
            if (inUse)
            {
                switch (req.State.PositionDeleteInUse)
                {
                    case PositionInUseDelete.Conflict:
                        return Reply.Legacy(409, "The position is assigned to team members and cannot be deleted");
                    case PositionInUseDelete.Unprocessable:
                        return Reply.Legacy(422, "The position is assigned to team members and cannot be deleted");
                    default:
                        // The official MCP saw the API answer success yet keep a position still in use.
                        return Reply.NoContent();
                }
            }

            req.State.PositionStore.Remove(p.Id);
            return Reply.NoContent();
        }
    }

    private static MockPosition? Find(ApiRequest req)
    {
        var p = req.State.PositionStore.Find(req.Id);
        return p is not null && p.SalonIds.Contains(req.Company.Id) ? p : null;
    }

    private static Reply Single(int status, MockPosition p, bool asString) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("data");
            Write(w, p, asString);
            TagsApi.Meta(w);
            w.WriteEndObject();
        }, 512);

    internal static void Write(Utf8JsonWriter w, MockPosition p, bool bindingAsString)
    {
        w.WriteStartObject();
        w.WriteString("type", "position");
        w.WriteString("id", TagsApi.Id(p.Id));
        w.WriteStartObject("attributes");
        w.WriteNumber("chain_id", p.ChainId);
        w.WriteString("title", p.Title);
        if (p.Description is null)
        {
            w.WriteNull("description");
        }
        else
        {
            w.WriteString("description", p.Description);
        }

        if (bindingAsString)
        {
            w.WriteString("services_binding_type", BindingNames[p.ServicesBindingType]);
        }
        else
        {
            w.WriteNumber("services_binding_type", p.ServicesBindingType);
        }

        w.WriteStartArray("rules_required_fields");
        foreach (var f in p.RulesRequiredFields)
        {
            w.WriteStringValue(f);
        }

        w.WriteEndArray();
        w.WriteBoolean("only_chain_appointment", p.OnlyChainAppointment);
        w.WriteStartArray("salon_ids");
        foreach (var s in p.SalonIds)
        {
            w.WriteNumberValue(s);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

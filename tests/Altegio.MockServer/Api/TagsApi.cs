using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>V2 tags (A.1).</summary>
internal static partial class TagsApi
{
    private static readonly string[] EntityNames = { "common", "client", "record", "activity" };

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorRegex();

    public static void Register(Router r)
    {
        r.AddV2("GET", "tags", List);
        r.AddV2("POST", "tags", Create);
        r.AddV2("GET", "tags/{id}", Get);
        r.AddV2("PUT", "tags/{id}", Update);
        r.AddV2("DELETE", "tags/{id}", Delete);
    }

    private static Reply List(ApiRequest req)
    {
        int? entity = null;
        var raw = req.Q("entity");
        if (!string.IsNullOrEmpty(raw))
        {
            var idx = Array.IndexOf(EntityNames, raw);
            if (idx < 0 && raw.Length == 1 && raw[0] is >= '0' and <= '3')
            {
                idx = raw[0] - '0';
            }

            if (idx < 0)
            {
                return Reply.Validation("entity", "The entity must be one of: common, client, record, activity, 0, 1, 2, 3");
            }

            entity = idx;
        }

        lock (req.State.SyncRoot)
        {
            // Open question 8: soft-deleted tags are left out of the list (get-by-id still shows them).
            var tags = req.State.TagStore.Values
                .Where(t => t.CompanyId == req.Company.Id && !t.IsDeleted && (entity is null || t.Entity == entity))
                .ToList();
            return Reply.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                foreach (var t in tags)
                {
                    Write(w, t);
                }

                w.WriteEndArray();
                Meta(w);
                w.WriteEndObject();
            });
        }
    }

    private static Reply Get(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var tag = Find(req);
            return tag is null ? Reply.NotFound() : Single(200, tag);
        }
    }

    private static Reply Create(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        if (body.String("title", out var title) != FieldState.Ok || title.Trim().Length == 0)
        {
            return Reply.Validation("title", "Required parameter title was not passed");
        }

        if (body.String("color", out var color) != FieldState.Ok || color.Length == 0)
        {
            return Reply.Validation("color", "Required parameter color was not passed");
        }

        if (!ColorRegex().IsMatch(color))
        {
            return Reply.Validation("color", "The color must be a hex colour like #ff2828");
        }

        var entity = 0;
        var es = body.Long("entity", out var entityValue);
        if (es == FieldState.Invalid || (es == FieldState.Ok && entityValue is < 0 or > 3))
        {
            return Reply.Validation("entity", "The entity must be an integer from 0 to 3");
        }

        if (es == FieldState.Ok)
        {
            entity = (int)entityValue;
        }

        var iconState = body.String("icon", out var icon);
        if (iconState == FieldState.Invalid)
        {
            return Reply.Validation("icon", "The icon must be a string");
        }

        lock (req.State.SyncRoot)
        {
            var tag = req.State.TagStore.Add(new MockTag
            {
                CompanyId = req.Company.Id,
                Title = title,
                Color = color.ToLowerInvariant(),
                FontColor = ContrastColor(color),
                Icon = iconState == FieldState.Ok ? icon : null,
                Entity = entity,
            });
            return Single(201, tag);
        }
    }

    private static Reply Update(ApiRequest req)
    {
        if (!req.TryParseBody(out var body))
        {
            return Reply.Legacy(400, "Invalid JSON in the request body");
        }

        var ts = body.String("title", out var title);
        if (ts == FieldState.Invalid || (ts is FieldState.Ok or FieldState.Null && title.Trim().Length == 0))
        {
            return Reply.Validation("title", "The title cannot be empty");
        }

        var cs = body.String("color", out var color);
        if (cs == FieldState.Invalid || cs == FieldState.Null || (cs == FieldState.Ok && !ColorRegex().IsMatch(color)))
        {
            return Reply.Validation("color", "The color must be a hex colour like #ff2828");
        }

        var es = body.Long("entity", out var entity);
        if (es is FieldState.Invalid or FieldState.Null || (es == FieldState.Ok && entity is < 0 or > 3))
        {
            return Reply.Validation("entity", "The entity must be an integer from 0 to 3");
        }

        var iconState = body.String("icon", out var icon);
        if (iconState == FieldState.Invalid)
        {
            return Reply.Validation("icon", "The icon must be a string");
        }

        lock (req.State.SyncRoot)
        {
            var tag = Find(req);
            if (tag is null || tag.IsDeleted)
            {
                return Reply.NotFound();
            }

            if (!tag.IsEditable)
            {
                return Reply.Legacy(403, "Category cannot be changed");
            }

            // Update is a patch: only the fields sent change.
            if (ts == FieldState.Ok)
            {
                tag.Title = title;
            }

            if (cs == FieldState.Ok)
            {
                tag.Color = color.ToLowerInvariant();
                tag.FontColor = ContrastColor(color);
            }

            if (es == FieldState.Ok)
            {
                tag.Entity = (int)entity;
            }

            if (iconState is FieldState.Ok or FieldState.Null)
            {
                tag.Icon = iconState == FieldState.Ok ? icon : null;
            }

            return Reply.NoContent();
        }
    }

    private static Reply Delete(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            var tag = Find(req);

            // Open question 3: deleting an already deleted tag answers 404, so a blind retry of a DELETE is visible.
            if (tag is null || tag.IsDeleted)
            {
                return Reply.NotFound();
            }

            if (!tag.IsEditable)
            {
                return Reply.Legacy(403, "Category cannot be changed");
            }

            tag.IsDeleted = true;
            return Reply.NoContent();
        }
    }

    private static MockTag? Find(ApiRequest req)
    {
        var tag = req.State.TagStore.Find(req.Id);
        return tag is not null && tag.CompanyId == req.Company.Id ? tag : null;
    }

    private static Reply Single(int status, MockTag tag) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("data");
            Write(w, tag);
            Meta(w);
            w.WriteEndObject();
        }, 512);

    /// <summary><c>meta: []</c>, the empty PHP array the API sends on success.</summary>
    internal static void Meta(Utf8JsonWriter w)
    {
        w.WriteStartArray("meta");
        w.WriteEndArray();
    }

    internal static void Write(Utf8JsonWriter w, MockTag t)
    {
        w.WriteStartObject();
        w.WriteString("type", "tag");
        w.WriteString("id", Id(t.Id));
        w.WriteStartObject("attributes");
        w.WriteNumber("company_id", t.CompanyId);
        w.WriteString("title", t.Title);
        w.WriteString("color", t.Color);
        w.WriteString("font_color", t.FontColor);
        if (t.Icon is null)
        {
            w.WriteNull("icon");
        }
        else
        {
            w.WriteString("icon", t.Icon);
        }

        w.WriteString("entity_type", EntityNames[t.Entity]);
        w.WriteBoolean("is_deleted", t.IsDeleted);
        w.WriteBoolean("is_editable", t.IsEditable);
        w.WriteNumber("salon_id", t.CompanyId);
        w.WriteNumber("entity", t.Entity);
        w.WriteString("entity_slug", EntityNames[t.Entity]);
        w.WriteNumber("deleted", t.IsDeleted ? 1 : 0);
        w.WriteNumber("not_editable", t.IsEditable ? 0 : 1);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>White on dark backgrounds, black on light ones.</summary>
    private static string ContrastColor(string hex)
    {
        var r = Convert.ToInt32(hex.Substring(1, 2), 16);
        var g = Convert.ToInt32(hex.Substring(3, 2), 16);
        var b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return (0.299 * r) + (0.587 * g) + (0.114 * b) > 186 ? "#000000" : "#ffffff";
    }
}

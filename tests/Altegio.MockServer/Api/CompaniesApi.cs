using System.Linq;
using System.Text.Json;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;

namespace Altegio.MockServer.Api;

/// <summary>V1 locations: <c>GET /companies?my=1</c> and <c>GET /company/{id}</c>.</summary>
internal static class CompaniesApi
{
    // The docs give no default page size for this list; 50 is a guess that keeps paging visible.
    private const int DefaultCount = 50;

    public static void Register(Router r)
    {
        r.Add("GET", "v1/companies", List);
        r.Add("GET", "v1/company/{loc}", Get);
    }

    private static Reply List(ApiRequest req)
    {
        if (!req.TryQInt("page", out var page) || !req.TryQInt("count", out var count) || page < 1 || count < 1)
        {
            return Reply.Validation("page", "page and count must be positive integers");
        }

        var p = page ?? 1;
        var c = count ?? DefaultCount;
        lock (req.State.SyncRoot)
        {
            // Without my=1 the real list is a public directory; the mock lists every location it knows.
            var mine = req.Q("my") == "1";
            var all = req.State.CompanyStore.Values.Where(co => !mine || (req.User?.CompanyIds.Contains(co.Id) ?? false)).ToList();
            var pageItems = all.Skip((p - 1) * c).Take(c).ToList();
            return Reply.V1(200, w =>
            {
                w.WriteStartArray();
                foreach (var co in pageItems)
                {
                    Write(w, co);
                }

                w.WriteEndArray();
            }, w =>
            {
                w.WriteStartObject();
                w.WriteNumber("total_count", all.Count);
                w.WriteEndObject();
            });
        }
    }

    private static Reply Get(ApiRequest req)
    {
        lock (req.State.SyncRoot)
        {
            return Reply.V1(200, w => Write(w, req.Company));
        }
    }

    internal static void Write(Utf8JsonWriter w, MockCompany co)
    {
        w.WriteStartObject();
        w.WriteNumber("id", co.Id);
        w.WriteString("title", co.Title);
        w.WriteString("public_title", co.PublicTitle);
        w.WriteString("short_descr", "Demo location");
        w.WriteString("logo", "https://assets.alteg.io/general/logo.png");
        w.WriteNumber("country_id", 1);
        w.WriteString("country", co.Country);
        w.WriteNumber("city_id", 2);
        w.WriteString("city", co.City);
        w.WriteNumber("timezone", co.UtcOffset.TotalHours);
        w.WriteString("timezone_name", co.TimezoneName);
        w.WriteString("address", co.Address);
        w.WriteString("phone", co.Phone);
        w.WriteStartArray("phones");
        w.WriteStringValue(co.Phone);
        w.WriteEndArray();
        w.WriteString("currency_short_title", co.Currency);
        w.WriteNumber("main_group_id", co.ChainId);
        w.WriteBoolean("active", true);
        w.WriteEndObject();
    }
}

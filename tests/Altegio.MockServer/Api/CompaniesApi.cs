namespace Altegio.MockServer.Api;

/// <summary>V1 locations: <c>GET /companies?my=1</c> and <c>GET /company/{id}</c>.</summary>
internal static class CompaniesApi
{
    // The docs give no default page size for this list; 50 is a guess that keeps paging visible.
    private const int DefaultCount = 50;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.Get("v1/companies", List);
        api.Get("v1/company/{loc:long}", c => Reply.V1(Wire(c.Company)));
    }

    private sealed record Location(
        long Id, string Title, string PublicTitle, string ShortDescr, string Logo, int CountryId, string Country, int CityId, string City,
        double Timezone, string TimezoneName, string Address, string Phone, string[] Phones, string CurrencyShortTitle, long MainGroupId, bool Active);

    private static Location Wire(MockCompany co) => new(
        co.Id, co.Title, co.PublicTitle, "Demo location", "https://assets.alteg.io/general/logo.png", 1, "Cyprus", 2, co.City,
        co.UtcOffset.TotalHours, co.TimezoneName, co.Address, co.Phone, [co.Phone], "EUR", co.ChainId, true);

    private static Reply List(Call c)
    {
        Refused.If(!c.TryInt("page", out var page) | !c.TryInt("count", out var count) || page < 1 || count < 1,
            Reply.Validation("page", "page and count must be positive integers"));

        // Without my=1 the real list is a public directory; the mock lists every location it knows.
        var mine = c.Q("my") == "1";
        var all = c.State.Table<MockCompany>().Values.Where(co => !mine || (c.User?.CompanyIds.Contains(co.Id) ?? false)).ToList();
        var size = count ?? DefaultCount;
        return Reply.V1(all.Skip(((page ?? 1) - 1) * size).Take(size).Select(Wire).ToList(), meta: new { total_count = all.Count });
    }
}

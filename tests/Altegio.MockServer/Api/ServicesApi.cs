namespace Altegio.MockServer.Api;

/// <summary>V1 services that can run as group events, with their team members and session lengths.</summary>
internal static class ServicesApi
{
    public static void Map(IEndpointRouteBuilder api)
    {
        // EventServicesLegacyPathOnly imitates an API that serves only the older path, for the client's fallback.
        api.Get("v1/locations/{loc:long}/events/services", c => c.State.Settings.EventServicesLegacyPathOnly ? Reply.NotFound() : List(c));
        api.Get("v1/activity/{loc:long}/services", List);
    }

    private sealed record Category(long Id, string Title);

    private sealed record Staff(long Id, string Name, int Length);

    private sealed record ResourceRef(long Id, string Title, long SalonId);

    private sealed record EventService(
        long Id, string Title, int Capacity, decimal PriceMin, decimal PriceMax, bool IsMulti, Category Category, Staff[] Staff, ResourceRef[] Resources);

    /// <summary><c>staff_id</c> keeps the services that member runs; <c>term</c> matches the title. No paging (documented).</summary>
    private static Reply List(Call c)
    {
        var staffId = c.QLong("staff_id");
        var term = c.Q("term");
        var members = c.State.Table<MockTeamMember>();
        var items = c.State.Table<MockService>().Values
            .Where(s => s.CompanyId == c.Company.Id && (staffId is null || s.StaffLengths.ContainsKey(staffId.Value))
                && (string.IsNullOrEmpty(term) || s.Title.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .Select(s => new EventService(
                s.Id, s.Title, s.Capacity, s.PriceMin, s.PriceMax, true, new Category(40, "Group classes"),
                s.StaffLengths.Select(l => (Member: members.Find(l.Key), Length: l.Value)).Where(x => x.Member is { Deleted: false })
                    .Select(x => new Staff(x.Member!.Id, x.Member.Name, x.Length)).ToArray(),
                s.Resources.Select(r => new ResourceRef(r.Key, r.Value, s.CompanyId)).ToArray()))
            .ToList();
        return Reply.V1(items, meta: new { count = items.Count });
    }
}

namespace Altegio.MockServer.State;

/// <summary>
/// A chain of identical locations for configuration-as-code tests and the chain benchmark: each gets the
/// same tags, positions and team members, and the demo user (501) may reach all of them.
/// </summary>
public static class ChainSeeding
{
    public static IReadOnlyList<long> SeedChain(this MockState state, int locations, int tags, int positions, int teamMembers)
    {
        if (locations is < 1 or > 500 || tags is < 0 or > 1000 || positions is < 0 or > 1000 || teamMembers is < 0 or > 1000)
        {
            throw new ArgumentException("locations must be 1..500 and tags, positions, teamMembers 0..1000.");
        }

        static string N(int n) => n.ToString("00", CultureInfo.InvariantCulture);
        var ids = new List<long>();
        lock (state.SyncRoot)
        {
            for (var l = 1; l <= locations; l++)
            {
                var company = state.Add(new MockCompany { Title = "Chain Location " + l.ToString(CultureInfo.InvariantCulture), ChainId = 11 });
                ids.Add(company.Id);
                for (var t = 1; t <= tags; t++)
                {
                    state.Add(new MockTag
                    {
                        CompanyId = company.Id, Title = "Tag " + N(t), Color = "#" + (0x100000 + t * 0x010101).ToString("x6", CultureInfo.InvariantCulture), Entity = t % 4,
                    });
                }

                var positionIds = Enumerable.Range(1, positions)
                    .Select(p => state.Add(new MockPosition { Title = "Position " + N(p), Description = "Seeded", SalonIds = { company.Id } }).Id).ToList();
                for (var m = 1; m <= teamMembers; m++)
                {
                    state.Add(new MockTeamMember
                    {
                        CompanyId = company.Id, Name = "Member " + N(m), Specialization = "Specialist",
                        PositionId = positionIds.Count == 0 ? null : positionIds[(m - 1) % positionIds.Count],
                    });
                }
            }

            state.Table<MockUser>().Find(501)?.CompanyIds.UnionWith(ids);
        }

        return ids;
    }
}

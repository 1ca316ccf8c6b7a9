using System;
using System.Collections.Generic;
using System.Globalization;

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

        var ids = new List<long>();
        lock (state.SyncRoot)
        {
            for (var l = 0; l < locations; l++)
            {
                var company = state.AddCompany(new MockCompany { Title = "Chain Location " + (l + 1).ToString(CultureInfo.InvariantCulture), ChainId = 11 });
                ids.Add(company.Id);
                for (var t = 1; t <= tags; t++)
                {
                    state.AddTag(new MockTag
                    {
                        CompanyId = company.Id, Title = "Tag " + t.ToString("00", CultureInfo.InvariantCulture),
                        Color = "#" + (0x100000 + t * 0x010101).ToString("x6", CultureInfo.InvariantCulture), Entity = t % 4,
                    });
                }

                var positionIds = new List<long>();
                for (var p = 1; p <= positions; p++)
                {
                    positionIds.Add(state.AddPosition(new MockPosition
                    {
                        Title = "Position " + p.ToString("00", CultureInfo.InvariantCulture), Description = "Seeded", SalonIds = { company.Id },
                    }).Id);
                }

                for (var m = 1; m <= teamMembers; m++)
                {
                    state.AddTeamMember(new MockTeamMember
                    {
                        CompanyId = company.Id, Name = "Member " + m.ToString("00", CultureInfo.InvariantCulture), Specialization = "Specialist",
                        PositionId = positionIds.Count == 0 ? null : positionIds[(m - 1) % positionIds.Count],
                    });
                }
            }

            foreach (var user in state.Users)
            {
                if (user.Id == 501)
                {
                    user.CompanyIds.UnionWith(ids);
                }
            }
        }

        return ids;
    }
}

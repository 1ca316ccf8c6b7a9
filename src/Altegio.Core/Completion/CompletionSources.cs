namespace Altegio.Completion
{
    /// <summary>The lists the module's argument completers offer, by cache key.</summary>
    public static class CompletionSources
    {
        /// <summary>The locations the session can reach, titled by name and city.</summary>
        public static IReadOnlyList<CompletionItem> Locations(AltegioSession session) =>
            CompletionCache.Get(session, "locations", async (client, ct) =>
                (await client.Locations.ListAsync(ct).ConfigureAwait(false))
                    .Select(l => new CompletionItem(l.CompanyId.ToString(CultureInfo.InvariantCulture), string.IsNullOrEmpty(l.City) ? l.Title : l.Title + " (" + l.City + ")"))
                    .ToList());

        /// <summary>The tags of a location.</summary>
        public static IReadOnlyList<CompletionItem> Tags(AltegioSession session, long companyId) =>
            CompletionCache.Get(session, "tags:" + companyId.ToString(CultureInfo.InvariantCulture), async (client, ct) =>
                (await client.Tags.ListAsync(companyId, null, ct).ConfigureAwait(false))
                    .Select(t => new CompletionItem(t.Id.ToString(CultureInfo.InvariantCulture), t.Title + " (" + t.Entity + ")"))
                    .ToList());

        /// <summary>The positions a location can use.</summary>
        public static IReadOnlyList<CompletionItem> Positions(AltegioSession session, long companyId) =>
            CompletionCache.Get(session, "positions:" + companyId.ToString(CultureInfo.InvariantCulture), async (client, ct) =>
                (await client.Positions.ListAsync(companyId, ct).ConfigureAwait(false))
                    .Select(p => new CompletionItem(p.Id.ToString(CultureInfo.InvariantCulture), p.Title))
                    .ToList());

        /// <summary>The current team members of a location, titled by name and specialization.</summary>
        public static IReadOnlyList<CompletionItem> TeamMembers(AltegioSession session, long companyId) =>
            CompletionCache.Get(session, "team:" + companyId.ToString(CultureInfo.InvariantCulture), async (client, ct) =>
                (await client.TeamMembers.ListAsync(companyId, null, ct).ConfigureAwait(false))
                    .Select(m => new CompletionItem(m.Id.ToString(CultureInfo.InvariantCulture),
                        string.IsNullOrEmpty(m.Specialization) ? m.Name : m.Name + " (" + m.Specialization + ")"))
                    .ToList());
    }
}

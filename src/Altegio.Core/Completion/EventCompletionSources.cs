using Altegio.Resources;

namespace Altegio.Completion
{
    /// <summary>
    /// Completion lists for the event filters, from the API's own filter values (<c>GET …/events/filters</c>):
    /// only the team members, services and resources that have events in the coming weeks. Cached per session,
    /// location and criterion, like the other lists.
    /// </summary>
    public static class EventCompletionSources
    {
        /// <summary>How far ahead the filter values are asked for.</summary>
        public static readonly System.TimeSpan Window = System.TimeSpan.FromDays(28);

        /// <summary>Team members who run events in the coming weeks.</summary>
        public static IReadOnlyList<CompletionItem> TeamMembers(AltegioSession session, long companyId) => Values(session, companyId, "staff");

        /// <summary>Services that have events in the coming weeks.</summary>
        public static IReadOnlyList<CompletionItem> Services(AltegioSession session, long companyId) => Values(session, companyId, "service");

        /// <summary>Resources that events take in the coming weeks.</summary>
        public static IReadOnlyList<CompletionItem> Resources(AltegioSession session, long companyId) => Values(session, companyId, "resource");

        /// <summary>
        /// Services that can run as group events (<c>GET /v1/locations/{id}/events/services</c>), for a new event's
        /// -ServiceId: unlike the filter values, a service with no event yet is offered too.
        /// </summary>
        public static IReadOnlyList<CompletionItem> GroupServices(AltegioSession session, long companyId) =>
            CompletionCache.Get(session, "eventservices:" + companyId.ToString(CultureInfo.InvariantCulture), async (client, ct) =>
                (await client.EventServices.ListAsync(companyId, null, null, ct).ConfigureAwait(false))
                    .Select(s => new CompletionItem(s.Id.ToString(CultureInfo.InvariantCulture), s.Title ?? "service " + s.Id.ToString(CultureInfo.InvariantCulture)))
                    .ToList());

        private static IReadOnlyList<CompletionItem> Values(AltegioSession session, long companyId, string criterion) =>
            CompletionCache.Get(session, "eventfilters:" + companyId.ToString(CultureInfo.InvariantCulture) + ":" + criterion, async (client, ct) =>
            {
                // The API refuses a period that starts before now at the location, so start just after it.
                var now = await client.Events.LocationNowAsync(companyId, ct).ConfigureAwait(false);
                var (from, _) = EventsApi.ResolveWindow(null, null, now.Now);
                var values = await client.Events.FilterValuesAsync(companyId, from, from + Window, ct).ConfigureAwait(false);
                return values
                    .Where(v => v.Criterion == criterion)
                    .Select(v => new CompletionItem(v.Id.ToString(CultureInfo.InvariantCulture), v.Title ?? criterion + " " + v.Id.ToString(CultureInfo.InvariantCulture)))
                    .ToList();
            });
    }
}

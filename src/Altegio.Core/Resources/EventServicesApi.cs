using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>
    /// The services that can run as group events (V1 only): <c>GET /v1/locations/{location_id}/events/services</c>,
    /// with the older path <c>/v1/activity/{location_id}/services</c> where that one is not served. Both take
    /// <c>staff_id</c> and <c>term</c> and answer the whole list (no paging).
    /// </summary>
    public sealed class EventServicesApi
    {
        private readonly AltegioClient _client;

        internal EventServicesApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>
        /// Lists the event services: those a team member provides when <paramref name="teamMemberId"/> is given, and
        /// those whose title matches <paramref name="name"/> (wildcards allowed, see <see cref="Wildcard"/>). Both
        /// filters are sent to the API (<c>staff_id</c>; <c>term</c> for a name without wildcards) and applied to
        /// the answer again, so an API that ignores one still gives the same list.
        /// </summary>
        public async Task<IReadOnlyList<EventService>> ListAsync(long companyId, long? teamMemberId, string? name, CancellationToken cancellationToken)
        {
            if (teamMemberId is < 1)
            {
                throw AltegioApiException.InvalidParameter("TeamMemberId", "TeamMemberId must be a positive id.");
            }

            var term = Wildcard.HasWildcards(name) ? null : Text.NullIfEmpty(name?.Trim());
            IReadOnlyList<EventService> services;
            try
            {
                services = await ListAsync(ApiPaths.Join("locations", companyId, "events", "services"), companyId, teamMemberId, term, cancellationToken).ConfigureAwait(false);
            }
            catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.NotFound)
            {
                services = await ListAsync(ApiPaths.Join("activity", companyId, "services"), companyId, teamMemberId, term, cancellationToken).ConfigureAwait(false);
            }

            var pattern = Wildcard.For(name);
            return services
                .Where(s => pattern is null || pattern.IsMatch(s.Title))
                .Where(s => teamMemberId is null || s.TeamMembers.Count == 0 || s.TeamMembers.Any(m => m.Id == teamMemberId))
                .ToList();
        }

        private Task<IReadOnlyList<EventService>> ListAsync(string path, long companyId, long? teamMemberId, string? term, CancellationToken cancellationToken) =>
            _client.ListAsync(AltegioRequest.Get(AltegioApiVersion.V1, path).AddQuery("staff_id", teamMemberId).AddQuery("term", term),
                AltegioJsonContext.Wire.EventServiceWire, (r, _) => Map(r, companyId), cancellationToken);

        internal static EventService Map(Resource<EventServiceWire> resource, long companyId)
        {
            var wire = resource.Attributes;
            return new EventService
            {
                Id = wire.Id ?? resource.NumericId,
                CompanyId = companyId,
                Title = wire.Title ?? string.Empty,
                Capacity = wire.Capacity is long capacity ? (int)capacity : null,
                PriceMin = Money(wire.PriceMin),
                PriceMax = Money(wire.PriceMax),
                IsGroupEvent = wire.IsMulti ?? true,
                CategoryId = wire.Category?.Id,
                CategoryTitle = Text.NullIfEmpty(wire.Category?.Title),
                TeamMembers = (wire.Staff ?? Array.Empty<EventServiceItemWire>())
                    .Where(m => m.Id is > 0)
                    .Select(m => new EventServiceTeamMember
                    {
                        Id = m.Id!.Value,
                        Name = Text.NullIfEmpty(m.Name),
                        SessionLength = m.Length is > 0 ? TimeSpan.FromSeconds(m.Length.Value) : null,
                    })
                    .ToArray(),
                ResourceIds = (wire.Resources ?? Array.Empty<EventServiceItemWire>()).Where(r => r.Id is > 0).Select(r => r.Id!.Value).ToArray(),
            };
        }

        private static decimal? Money(double? value) => value is double amount && Math.Abs(amount) < 1e15 ? (decimal)amount : null;
    }
}

using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>The locations the user can reach: V1 <c>GET /companies?my=1</c>, paged by <c>page</c>/<c>count</c>.</summary>
    public sealed class LocationsApi
    {
        /// <summary>How many locations one request asks for.</summary>
        public const int PageSize = 200;

        private readonly AltegioClient _client;

        internal LocationsApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>
        /// Lists every location the user's token can reach, following <c>meta.total_count</c> page by page,
        /// or, without a total, until a short page; with a title matching <paramref name="title"/> (wildcards allowed) when given.
        /// </summary>
        public async Task<IReadOnlyList<Location>> ListAsync(CancellationToken cancellationToken, string? title = null)
        {
            var locations = new List<Location>();
            for (var page = 1; ; page++)
            {
                var request = AltegioRequest.Get(AltegioApiVersion.V1, "companies")
                    .AddQuery("my", 1)
                    .AddQuery("page", page)
                    .AddQuery("count", PageSize);
                var answer = await _client.SendAsync(request, AltegioJsonContext.Wire.LocationData, cancellationToken).ConfigureAwait(false);
                var items = ApiCalls.MapAll(request, answer, Map);
                locations.AddRange(items);
                var total = answer.Meta?.TotalCount ?? answer.Meta?.Count;
                var done = total.HasValue ? locations.Count >= total.Value : items.Count < PageSize;
                if (done || items.Count == 0)
                {
                    var pattern = Wildcard.For(title);
                    return pattern is null ? locations : locations.Where(l => pattern.IsMatch(l.Title)).ToList();
                }
            }
        }

        /// <summary>Gets one location: V1 <c>GET /company/{id}</c>.</summary>
        public Task<Location> GetAsync(long id, CancellationToken cancellationToken) =>
            _client.OneAsync(AltegioRequest.Get(AltegioApiVersion.V1, ApiPaths.Join("company", id)), AltegioJsonContext.Wire.LocationData, Map, cancellationToken);

        internal static Location Map(Resource<LocationData> resource, IncludedIndex included)
        {
            var data = resource.Attributes;
            return new Location
            {
                CompanyId = data.Id ?? resource.NumericId,
                Title = data.Title ?? string.Empty,
                PublicTitle = data.PublicTitle,
                ChainId = data.MainGroupId,
                Country = data.Country,
                City = data.City,
                Address = data.Address,
                Phone = data.Phone,
                UtcOffset = ParseOffset(data.TimeZone),
                TimeZoneName = data.TimeZoneName,
                Currency = data.Currency,
                IsActive = data.Active ?? true,
            };
        }

        /// <summary>Reads the V1 <c>timezone</c> field: hours from UTC such as <c>2</c>, <c>"+3"</c> or <c>5.5</c>.</summary>
        public static TimeSpan? ParseOffset(string? hours)
        {
            if (string.IsNullOrWhiteSpace(hours)
                || !double.TryParse(hours, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || Math.Abs(value) > 14)
            {
                return null;
            }

            return TimeSpan.FromMinutes(Math.Round(value * 60));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Http;
using Altegio.Json;
using Altegio.Models;

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
        /// or, without a total, until a short page.
        /// </summary>
        public async Task<IReadOnlyList<Location>> ListAsync(CancellationToken cancellationToken)
        {
            var locations = new List<Location>();
            for (var page = 1; ; page++)
            {
                var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V1, "companies")
                    .AddQuery("my", 1)
                    .AddQuery("page", page)
                    .AddQuery("count", PageSize);
                using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var items = document.DataItems;
                foreach (var item in items)
                {
                    locations.Add(Read(item, "GET", request.DisplayPath));
                }

                var total = document.GetMetaInt64("total_count") ?? document.GetMetaInt64("count");
                var done = total.HasValue ? locations.Count >= total.Value : items.Count < PageSize;
                if (done || items.Count == 0)
                {
                    return locations;
                }
            }
        }

        /// <summary>Gets one location: V1 <c>GET /company/{id}</c>.</summary>
        public async Task<Location> GetAsync(long id, CancellationToken cancellationToken)
        {
            var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V1, "company/" + id.ToString(CultureInfo.InvariantCulture));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return Read(ResourceReader.Single(document, "GET", request.DisplayPath), "GET", request.DisplayPath);
        }

        internal static Location Read(System.Text.Json.JsonElement element, string method, string path)
        {
            var data = ResourceReader.ReadAttributes(element, AltegioJsonContext.Default.LocationData, method, path);
            return new Location
            {
                CompanyId = data.Id ?? ResourceReader.ReadId(element, method, path),
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

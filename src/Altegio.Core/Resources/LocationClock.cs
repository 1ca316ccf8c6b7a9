using System.Collections.Concurrent;

namespace Altegio.Resources
{
    /// <summary>"Now" at a location, and where that came from (for a Verbose line).</summary>
    public sealed class LocationTime
    {
        internal LocationTime(DateTime now, TimeSpan? offset, string source)
        {
            Now = now;
            Offset = offset;
            Source = source;
        }

        /// <summary>The clock time at the location (Kind Unspecified).</summary>
        public DateTime Now { get; }

        /// <summary>The location's UTC offset now, when known.</summary>
        public TimeSpan? Offset { get; }

        /// <summary>How the time was found, e.g. "the location's time zone Europe/Nicosia".</summary>
        public string Source { get; }
    }

    /// <summary>
    /// Finds the time at a location. Event filters take location time and refuse a start before "now"
    /// there, so "now" must be the location's, not this computer's: the location's time zone comes from
    /// <c>GET /v1/company/{id}</c> (<c>timezone_name</c>, else the <c>timezone</c> offset in hours) and is
    /// cached per API and location for an hour. If the location cannot be read, this computer's clock is used.
    /// </summary>
    internal static class LocationClock
    {
        private static readonly TimeSpan CacheLife = TimeSpan.FromHours(1);
        private static readonly ConcurrentDictionary<string, Zone> Cache = new ConcurrentDictionary<string, Zone>(StringComparer.Ordinal);

        public static async Task<LocationTime> NowAsync(AltegioClient client, long companyId, CancellationToken cancellationToken)
        {
            var utcNow = DateTimeOffset.UtcNow;
            var key = client.Settings.NormalizedBaseUri.AbsoluteUri + "|" + companyId.ToString(CultureInfo.InvariantCulture);
            if (!Cache.TryGetValue(key, out var zone) || utcNow - zone.FetchedAt > CacheLife)
            {
                zone = await FetchAsync(client, companyId, utcNow, cancellationToken).ConfigureAwait(false);
                if (zone.FromApi)
                {
                    Cache[key] = zone;
                }
            }

            return zone.At(utcNow);
        }

        /// <summary>Forgets cached zones (tests).</summary>
        internal static void Clear() => Cache.Clear();

        private static async Task<Zone> FetchAsync(AltegioClient client, long companyId, DateTimeOffset utcNow, CancellationToken cancellationToken)
        {
            try
            {
                var location = await client.Locations.GetAsync(companyId, cancellationToken).ConfigureAwait(false);
                if (Read(location.TimeZoneName, location.UtcOffset, utcNow) is { } zone)
                {
                    return zone;
                }
            }
            catch (AltegioApiException ex) when (!ex.Classification.IsTerminating || ex.Kind == AltegioErrorKind.InvalidResponse)
            {
                // No right to read the location, no such endpoint, or an answer without it: the events call will
                // say what is wrong.
            }

            return new Zone(null, null, utcNow, false, "this computer's clock (the location's time zone could not be read)");
        }

        /// <summary>The zone of a location: the named zone when this system knows it, else the offset from UTC.</summary>
        internal static Zone? Read(string? timeZoneName, TimeSpan? utcOffset, DateTimeOffset utcNow)
        {
            if (!string.IsNullOrEmpty(timeZoneName))
            {
                try
                {
                    var info = TimeZoneInfo.FindSystemTimeZoneById(timeZoneName!);
                    return new Zone(info, null, utcNow, true, "the location's time zone " + timeZoneName);
                }
                catch (Exception ex) when (ex is TimeZoneNotFoundException || ex is InvalidTimeZoneException)
                {
                    // Windows PowerShell 5.1 knows Windows zone ids only; the offset below still serves.
                }
            }

            return utcOffset is { } offset
                ? new Zone(null, offset, utcNow, true, "the location's UTC offset " + FormatOffset(offset))
                : null;
        }

        internal static string FormatOffset(TimeSpan offset) =>
            (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

        internal sealed class Zone
        {
            private readonly TimeZoneInfo? _info;
            private readonly TimeSpan? _offset;

            public Zone(TimeZoneInfo? info, TimeSpan? offset, DateTimeOffset fetchedAt, bool fromApi, string source)
            {
                _info = info;
                _offset = offset;
                FetchedAt = fetchedAt;
                FromApi = fromApi;
                Source = source;
            }

            public DateTimeOffset FetchedAt { get; }

            public bool FromApi { get; }

            public string Source { get; }

            public LocationTime At(DateTimeOffset utcNow)
            {
                TimeSpan? offset = _info != null ? _info.GetUtcOffset(utcNow) : _offset;
                var local = offset is { } known ? utcNow.ToOffset(known).DateTime : utcNow.ToLocalTime().DateTime;
                return new LocationTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset, Source);
            }
        }
    }
}

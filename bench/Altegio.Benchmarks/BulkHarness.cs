using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Errors;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// Measurement 3: 300 tag creates in a plain loop against a server that allows 50 requests per second,
    /// with the client limiter at 50/s. A small harness rather than BenchmarkDotNet: the figure is one
    /// wall-clock run against a fixed budget, and the count of 429s that reached the caller.
    /// </summary>
    internal static class BulkHarness
    {
        public const int Creates = 300;
        public const int PerSecond = 50;

        public static BulkResult Run(MockProcess mock)
        {
            mock.Call("POST", "reset");
            mock.Call("PUT", "ratelimit", "{\"perSecond\":" + PerSecond + ",\"perMinute\":0,\"retryAfter\":\"seconds\"}");
            try
            {
                var client = Clients.Core(mock.BaseUri, requestsPerSecond: PerSecond);
                var throttled = 0;
                var failed = 0;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < Creates; i++)
                {
                    try
                    {
                        client.Tags.CreateAsync(1001, "Bulk " + i.ToString(CultureInfo.InvariantCulture), "#222222", null, null, CancellationToken.None).GetAwaiter().GetResult();
                    }
                    catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.Throttled)
                    {
                        throttled++;
                    }
                    catch (AltegioApiException)
                    {
                        failed++;
                    }
                }

                watch.Stop();
                var stats = System.Text.Json.JsonDocument.Parse(mock.Call("GET", "stats")).RootElement;
                return new BulkResult(watch.Elapsed, throttled, failed, stats.GetProperty("served429").GetInt64(), Creates, PerSecond);
            }
            finally
            {
                mock.Call("PUT", "ratelimit", "{\"perSecond\":0,\"perMinute\":0}");
            }
        }
    }

    public sealed record BulkResult(TimeSpan Elapsed, int ThrottledAtCaller, int OtherFailures, long ServerRejected, int Creates, int PerSecond)
    {
        /// <summary>The least time the server's limit allows for the creates.</summary>
        public TimeSpan Minimum => TimeSpan.FromSeconds((double)Creates / PerSecond);

        public double Ratio => Elapsed.TotalSeconds / Minimum.TotalSeconds;
    }
}

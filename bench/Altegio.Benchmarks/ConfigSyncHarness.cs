using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Altegio.Configuration;
using Altegio.Http;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// Configuration as code across a chain: 20 locations with 10 tags, 5 positions and 15 team members each,
    /// synced from one file under the default client limits (5 requests/s, 200/min) against a server that
    /// enforces the same limits. Two runs: the file already matches (no change), and the file changes one tag
    /// colour (one update per location). Requests are counted by the mock; the wall time is real.
    /// </summary>
    internal static class ConfigSyncHarness
    {
        public const int Locations = 20;
        public const int Tags = 10;
        public const int Positions = 5;
        public const int TeamMembers = 15;

        public static ConfigSyncResult Run(MockProcess mock)
        {
            mock.Call("POST", "reset");
            var seeded = JsonDocument.Parse(mock.Call("POST", "seed/chain",
                "{\"locations\":" + Locations + ",\"tags\":" + Tags + ",\"positions\":" + Positions + ",\"teamMembers\":" + TeamMembers + "}"));
            var chain = seeded.RootElement.GetProperty("companyIds").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            var all = new[] { ConfigurationResource.Tag, ConfigurationResource.Position, ConfigurationResource.TeamMember };

            // The file is exported without limits, so the measured runs start with the limiter's full burst.
            var export = new ConfigurationApi(Clients.Core(mock.BaseUri)).ExportAsync(chain[0], all, CancellationToken.None).GetAwaiter().GetResult().Configuration;
            var unchanged = Reread(export);
            var first = export.Tags!.First();
            export.Tags = new[] { new DesiredTag { Title = first.Title, Entity = first.Entity, Color = "#010203", Icon = first.Icon } }
                .Concat(export.Tags!.Skip(1)).ToList();
            var oneChange = Reread(export);

            mock.Call("PUT", "ratelimit", "{\"perSecond\":5,\"perMinute\":200,\"retryAfter\":\"seconds\"}");
            try
            {
                var limited = new AltegioClient(
                    new AltegioConnectionSettings { BaseUri = new Uri(mock.BaseUri), Proxy = ProxySettings.None },
                    AltegioCredentials.FromTokens(Clients.PartnerToken, Clients.UserToken));
                var noChange = Sync(mock, limited, unchanged, chain);

                // Let the per-minute bucket refill (20 permits at one per 347 ms) and the server's window pass.
                Thread.Sleep(TimeSpan.FromSeconds(61));
                var withChange = Sync(mock, limited, oneChange, chain);
                return new ConfigSyncResult(Locations, Tags, Positions, TeamMembers, noChange, withChange);
            }
            finally
            {
                mock.Call("PUT", "ratelimit", "{\"perSecond\":0,\"perMinute\":0}");
            }
        }

        private static DesiredConfiguration Reread(DesiredConfiguration configuration) =>
            DesiredConfiguration.FromNode(ConfigNode.FromJson(ConfigurationFile.ToJson(configuration), "chain.json"), "chain.json");

        private static ConfigSyncRun Sync(MockProcess mock, AltegioClient client, DesiredConfiguration desired, long[] chain)
        {
            mock.Call("DELETE", "requests");
            var before = Stats(mock);
            var api = new ConfigurationApi(client);
            var changes = 0;
            var watch = Stopwatch.StartNew();
            foreach (var companyId in chain)
            {
                var plan = api.PlanAsync(desired, companyId, prune: false, CancellationToken.None).GetAwaiter().GetResult();
                foreach (var change in plan.Pending)
                {
                    api.ApplyAsync(plan, change, CancellationToken.None).GetAwaiter().GetResult();
                    changes++;
                }
            }

            watch.Stop();
            var after = Stats(mock);
            var log = JsonDocument.Parse(mock.Call("GET", "requests")).RootElement.EnumerateArray().ToList();
            var answered = log.Where(r => r.GetProperty("status").GetInt32() != 429).ToList();
            var reads = answered.Count(r => r.GetProperty("method").GetString() == "GET");
            return new ConfigSyncRun(answered.Count, reads, answered.Count - reads, log.Count, changes, watch.Elapsed, after.Served429 - before.Served429);
        }

        private static (long Total, long Served429) Stats(MockProcess mock)
        {
            var stats = JsonDocument.Parse(mock.Call("GET", "stats")).RootElement;
            return (stats.GetProperty("totalRequests").GetInt64(), stats.GetProperty("served429").GetInt64());
        }

        /// <summary>
        /// The least time the client limiter allows for <paramref name="requests"/> from full buckets: one permit per
        /// 208 ms (5/s with the 4% margin), and per minute a burst of 20 refilled at one per 347 ms (180/min with the margin).
        /// </summary>
        public static TimeSpan LimiterFloor(int requests)
        {
            var perSecond = Math.Ceiling(1000 * 1.04 / 5);
            var perMinute = Math.Ceiling(60000 * 1.04 / 180);
            return TimeSpan.FromMilliseconds(Math.Max(Math.Max(0, requests - 1) * perSecond, Math.Max(0, requests - 20) * perMinute));
        }

        public static string Section(ConfigSyncResult r)
        {
            var text = new StringBuilder();
            text.AppendLine("## Configuration as code across a chain");
            text.AppendLine();
            text.AppendLine("Sync-AltegioConfiguration's Core (plan, then apply each change) for " + r.Locations + " locations with " + r.Tags + " tags, "
                + r.Positions + " positions and " + r.TeamMembers + " team members each, one file for all, under the default client limits (5 requests/s, 200/min)");
            text.AppendLine("against the mock enforcing the same limits (bench/Altegio.Benchmarks/ConfigSyncHarness.cs, `dotnet run -c Release --project bench/Altegio.Benchmarks -- configsync`).");
            text.AppendLine("Requests are counted by the mock; wall times are measured, not derived.");
            text.AppendLine();
            text.AppendLine("| Run | Requests answered (reads + writes) | Per location | Changes applied | Sent, with retries after a 429 | Wall time | Limiter floor for the answered requests |");
            text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
            Row(text, "No change (the file matches)", r.NoChange, r.Locations);
            Row(text, "One change per location (a tag colour)", r.OneChange, r.Locations);
            text.AppendLine();
            text.AppendLine("- Planning reads each list once per location: tags, positions and the active team members (3 GETs). The dismissed team members");
            text.AppendLine("  are read only when a member of the file is not among the active ones (to hire them again rather than create a twin).");
            text.AppendLine("- The time is the API's budget, not the client's work: past the per-minute burst of 20, one request per 347 ms");
            text.AppendLine("  (200/min less the burst, with the limiter's 4% margin). A chain of N such locations costs 3N reads plus one request per change.");
            var refused = r.NoChange.Served429 + r.OneChange.Served429;
            text.AppendLine(refused == 0
                ? "- No request was refused: the client limiter keeps within the server's 5 per second and 200 per minute."
                : "- " + refused.ToString(CultureInfo.InvariantCulture) + " requests were answered 429 and sent again after their Retry-After: the client limiter let more than the server's limit through.");
            text.AppendLine("  Before the limiter fix in this release the same runs sent 68 and 95 requests (8 and 15 answered 429) and took 19.5 s");
            text.AppendLine("  and 28.8 s: after an idle moment the per-second bucket held a permit and its refill timer, on its own phase, could add");
            text.AppendLine("  the next one milliseconds later, so six requests fell inside one second. The per-second refill is now one permit per");
            text.AppendLine("  1/(L-1) s beside the stored one.");
            return text.ToString();
        }

        private static void Row(StringBuilder text, string name, ConfigSyncRun run, int locations) =>
            text.AppendLine("| " + name + " | " + run.Requests + " (" + run.Reads + " + " + run.Writes + ") | "
                + ((double)run.Requests / locations).ToString("0.#", CultureInfo.InvariantCulture) + " | " + run.Changes + " | "
                + run.Sent + " (" + run.Served429 + " answered 429) | "
                + run.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s | "
                + LimiterFloor(run.Requests).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s |");
    }

    public sealed record ConfigSyncRun(int Requests, int Reads, int Writes, int Sent, int Changes, TimeSpan Elapsed, long Served429);

    public sealed record ConfigSyncResult(int Locations, int Tags, int Positions, int TeamMembers, ConfigSyncRun NoChange, ConfigSyncRun OneChange);
}

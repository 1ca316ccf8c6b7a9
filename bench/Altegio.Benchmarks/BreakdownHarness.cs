using System;
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Models;
using Altegio.Paging;
using Altegio.Resources;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// Where the paging time goes: the same pages read raw, sent through Core without mapping, and mapped by
    /// the pager, interleaved so machine noise hits all three alike. It splits Core's overhead into transport
    /// (retry, limiter, timeout, buffering) and mapping (typed Event objects).
    /// </summary>
    internal static class BreakdownHarness
    {
        public static BreakdownResult Run(MockProcess mock)
        {
            var raw = Clients.Raw(mock.BaseUri);
            var core = Clients.Core(mock.BaseUri);
            var (from, to) = Seeding.Window(Seeding.SmallCount);
            var query = new EventListQuery { From = from, To = to };
            var pages = (Seeding.SmallCount / 250) + 1;

            async Task Raw()
            {
                for (var page = 1; page <= pages; page++)
                {
                    using var response = await raw.GetAsync(EventsApi.ListRequest(Seeding.SmallCompany, query, page, 250).RelativeUri).ConfigureAwait(false);
                    await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                    using var document = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
                }
            }

            async Task SendOnly()
            {
                for (var page = 1; page <= pages; page++)
                {
                    using var document = await core.SendAsync(EventsApi.ListRequest(Seeding.SmallCompany, query, page, 250), CancellationToken.None).ConfigureAwait(false);
                }
            }

            async Task Pager()
            {
                var pager = core.Events.List(Seeding.SmallCompany, query, PagePlan.All());
                while (await pager.NextPageAsync(CancellationToken.None).ConfigureAwait(false) is { })
                {
                }
            }

            var cases = new Func<Task>[] { Raw, SendOnly, Pager };
            var times = new double[cases.Length];
            var bytes = new long[cases.Length];
            foreach (var run in cases)
            {
                for (var i = 0; i < 10; i++)
                {
                    run().GetAwaiter().GetResult();
                }
            }

            const int rounds = 10, runs = 5;
            for (var round = 0; round < rounds; round++)
            {
                for (var c = 0; c < cases.Length; c++)
                {
                    var allocated = GC.GetTotalAllocatedBytes(true);
                    var watch = Stopwatch.StartNew();
                    for (var i = 0; i < runs; i++)
                    {
                        cases[c]().GetAwaiter().GetResult();
                    }

                    times[c] += watch.Elapsed.TotalMilliseconds;
                    bytes[c] += GC.GetTotalAllocatedBytes(true) - allocated;
                }
            }

            raw.Dispose();
            double PerRun(int c) => times[c] / (rounds * runs);
            long PerEvent(int c) => bytes[c] / (rounds * runs * Seeding.SmallCount);
            return new BreakdownResult(PerRun(0), PerRun(1), PerRun(2), PerEvent(0), PerEvent(1), PerEvent(2));
        }
    }

    public sealed record BreakdownResult(double RawMs, double SendOnlyMs, double PagerMs, long RawBytesPerEvent, long SendOnlyBytesPerEvent, long PagerBytesPerEvent);
}

using System;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Http;
using Altegio.Models;
using Altegio.Paging;
using BenchmarkDotNet.Attributes;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// Measurement 2: stream every event of a window, 250 a page: the Core pager (typed Event models, one
    /// page held at a time) against a raw loop over the same pages with JsonDocument.
    /// </summary>
    [MemoryDiagnoser]
    public class PagingBenchmarks
    {
        private HttpClient _raw = null!;
        private AltegioClient _core = null!;

        [Params(Seeding.SmallCount, Seeding.LargeCount)]
        public int Events { get; set; }

        private long Company => Events == Seeding.LargeCount ? Seeding.LargeCompany : Seeding.SmallCompany;

        [GlobalSetup]
        public void Setup()
        {
            var mock = MockProcess.FromEnvironment();
            _raw = Clients.Raw(mock.BaseUri);
            _core = Clients.Core(mock.BaseUri);
        }

        [GlobalCleanup]
        public void Cleanup() => _raw.Dispose();

        [Benchmark(Baseline = true, Description = "raw loop over pages + JsonDocument")]
        public Task<long> Raw() => Raw(null);

        /// <summary>The raw loop, calling <paramref name="afterPage"/> after each page (the memory harness samples there).</summary>
        public async Task<long> Raw(Action? afterPage)
        {
            var (from, to) = Seeding.Window(Events);
            var count = 0L;
            var query = new EventListQuery { From = from, To = to };
            for (var page = 1; ; page++)
            {
                // The very request the pager sends (with its side-loads), so both read the same pages.
                var uri = Altegio.Resources.EventsApi.ListRequest(Company, query, page, 250).RelativeUri;
                using var response = await _raw.GetAsync(uri).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                using var document = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
                var items = 0;
                foreach (var item in document.RootElement.GetProperty("data").EnumerateArray())
                {
                    // Read what a script would: the id, the start and the length.
                    var attributes = item.GetProperty("attributes");
                    count += long.Parse(item.GetProperty("id").GetString()!, CultureInfo.InvariantCulture)
                        + attributes.GetProperty("length").GetInt64() + attributes.GetProperty("date").GetString()!.Length;
                    items++;
                }

                afterPage?.Invoke();
                if (items < 250)
                {
                    return count;
                }
            }
        }

        [Benchmark(Description = "Altegio Core: Events.List pager")]
        public Task<long> Core() => Core(null);

        /// <summary>The pager, calling <paramref name="afterPage"/> after each page.</summary>
        public async Task<long> Core(Action? afterPage)
        {
            var (from, to) = Seeding.Window(Events);
            var pager = _core.Events.List(Company, new EventListQuery { From = from, To = to }, PagePlan.All());
            var count = 0L;
            while (await pager.NextPageAsync(CancellationToken.None).ConfigureAwait(false) is { } page)
            {
                foreach (var item in page)
                {
                    count += item.Id + (long)item.Duration.TotalSeconds + item.Start.Day;
                }

                afterPage?.Invoke();
            }

            return count;
        }
    }
}

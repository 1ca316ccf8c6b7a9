using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// Measurement 4: the first result in a fresh process. Each launch is a new process that makes its client
    /// and gets one tag once, so JIT, the shared handler pipeline and the first connection all count.
    /// </summary>
    [SimpleJob(RunStrategy.ColdStart, launchCount: 12, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
    public class ColdStartBenchmarks
    {
        private string _baseUri = string.Empty;

        [GlobalSetup]
        public void Setup() => _baseUri = MockProcess.FromEnvironment().BaseUri;

        [Benchmark(Baseline = true, Description = "raw HttpClient + JsonDocument")]
        public async Task<string?> Raw()
        {
            using var client = Clients.Raw(_baseUri);
            using var response = await client.GetAsync("v2/locations/1001/tags/3001").ConfigureAwait(false);
            await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
            return document.RootElement.GetProperty("data").GetProperty("attributes").GetProperty("title").GetString();
        }

        [Benchmark(Description = "Altegio Core: new client, Tags.GetAsync")]
        public async Task<string?> Core() =>
            (await Clients.Core(_baseUri).Tags.GetAsync(1001, 3001, CancellationToken.None).ConfigureAwait(false)).Title;
    }
}

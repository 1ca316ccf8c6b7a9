using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Altegio.Http;

namespace Altegio.Benchmarks
{
    /// <summary>Measurement 1: one GET of one tag, the Core client against raw HttpClient + JsonDocument.</summary>
    [MemoryDiagnoser]
    public class PerCallBenchmarks
    {
        private const long Company = 1001;
        private const long TagId = 3001;
        private HttpClient _raw = null!;
        private AltegioClient _core = null!;

        [GlobalSetup]
        public void Setup()
        {
            var mock = MockProcess.FromEnvironment();
            _raw = Clients.Raw(mock.BaseUri);
            _core = Clients.Core(mock.BaseUri);
        }

        [GlobalCleanup]
        public void Cleanup() => _raw.Dispose();

        [Benchmark(Baseline = true, Description = "raw HttpClient + JsonDocument")]
        public async Task<string?> Raw()
        {
            using var response = await _raw.GetAsync("v2/locations/1001/tags/3001", HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
            return document.RootElement.GetProperty("data").GetProperty("attributes").GetProperty("title").GetString();
        }

        [Benchmark(Description = "Altegio Core: Tags.GetAsync")]
        public async Task<string?> Core() => (await _core.Tags.GetAsync(Company, TagId, CancellationToken.None).ConfigureAwait(false)).Title;
    }
}

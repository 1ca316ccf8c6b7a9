using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Altegio.Benchmarks
{
    /// <summary>The mock Altegio server as a separate process, and its control API.</summary>
    internal sealed class MockProcess : IDisposable
    {
        public const string UrlVariable = "ALTEGIO_BENCH_URL";
        private static readonly HttpClient Control = new HttpClient();
        private readonly Process? _process;

        private MockProcess(Process? process, string baseUri)
        {
            _process = process;
            BaseUri = baseUri;
            RootUri = baseUri.EndsWith("/api", StringComparison.Ordinal) ? baseUri.Substring(0, baseUri.Length - 4) : baseUri;
        }

        public string BaseUri { get; }

        public string RootUri { get; }

        /// <summary>The server benchmarks in child processes share, named by the parent in an environment variable.</summary>
        public static MockProcess FromEnvironment() =>
            new MockProcess(null, Environment.GetEnvironmentVariable(UrlVariable)
                ?? throw new InvalidOperationException(UrlVariable + " is not set: run the benchmarks through Program (dotnet run -- all)."));

        public static MockProcess Start(string mockDll)
        {
            var info = new ProcessStartInfo("dotnet", "\"" + mockDll + "\" --port 0 --exit-on-stdin-eof")
            {
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the mock server");
            var line = process.StandardOutput.ReadLine() ?? string.Empty;
            if (!line.StartsWith("MOCK_URL=", StringComparison.Ordinal))
            {
                process.Kill();
                throw new InvalidOperationException("the mock server did not start: " + line);
            }

            var mock = new MockProcess(process, line.Substring("MOCK_URL=".Length).Trim());
            Environment.SetEnvironmentVariable(UrlVariable, mock.BaseUri);
            return mock;
        }

        public string Call(string method, string path, string? json = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), RootUri + "/__mock/" + path);
            if (json != null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            using var response = Control.Send(request);
            var body = new StreamReader(response.Content.ReadAsStream()).ReadToEnd();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException("control " + path + " failed: " + body);
            }

            return body;
        }

        public void Dispose()
        {
            if (_process is null)
            {
                return;
            }

            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5000))
                {
                    _process.Kill();
                }
            }
            catch (InvalidOperationException)
            {
            }
        }
    }
}

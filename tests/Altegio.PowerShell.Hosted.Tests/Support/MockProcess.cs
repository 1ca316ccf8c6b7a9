using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Altegio.PowerShell.Hosted.Tests.Support;

/// <summary>
/// The mock Altegio server as a child process on a free loopback port, driven through its control API
/// (<c>/__mock/*</c>). Out of process, so its ASP.NET Core assemblies never share this process's default
/// load context with the module under test.
/// </summary>
public sealed class MockProcess : IDisposable
{
    private readonly Process _process;
    private readonly HttpClient _control;

    private MockProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
        _control = new HttpClient { BaseAddress = new Uri(baseUri.GetLeftPart(UriPartial.Authority) + "/__mock/") };
    }

    /// <summary>The API root, e.g. <c>http://127.0.0.1:5123/api</c>.</summary>
    public Uri BaseUri { get; }

    public static MockProcess Start()
    {
        var mock = TestPaths.MockServer;
        if (!File.Exists(mock))
        {
            throw new InvalidOperationException($"The mock server is not built at {mock}. Run 'dotnet pwsh ./build.ps1 -Test'.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(mock);
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        start.ArgumentList.Add("--exit-on-stdin-eof");
        var process = Process.Start(start) ?? throw new InvalidOperationException("The mock server did not start.");
        var line = process.StandardOutput.ReadLine() ?? string.Empty;
        const string Prefix = "MOCK_URL=";
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"The mock server did not start: '{line}'.");
        }

        return new MockProcess(process, new Uri(line.Substring(Prefix.Length)));
    }

    public void Reset() => Send(HttpMethod.Post, "reset", null);

    /// <summary>Every API request the mock received since the last reset, oldest first.</summary>
    public JsonElement[] Requests()
    {
        using var doc = JsonDocument.Parse(Send(HttpMethod.Get, "requests", null));
        var list = new System.Collections.Generic.List<JsonElement>();
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            list.Add(item.Clone());
        }

        return list.ToArray();
    }

    public int CountRequests(string method, string? pathPrefix = null)
    {
        var count = 0;
        foreach (var request in Requests())
        {
            if (request.GetProperty("method").GetString() == method &&
                (pathPrefix is null || (request.GetProperty("path").GetString() ?? string.Empty).StartsWith(pathPrefix, StringComparison.Ordinal)))
            {
                count++;
            }
        }

        return count;
    }

    public void AddFault(object rule) => Send(HttpMethod.Post, "faults", JsonSerializer.Serialize(rule));

    private string Send(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = _control.Send(request);
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Mock control {method} {path} answered {(int)response.StatusCode}: {body}");
        }

        return body;
    }

    public void Dispose()
    {
        _control.Dispose();
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
            // Already gone.
        }

        _process.Dispose();
    }
}

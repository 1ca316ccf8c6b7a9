using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Altegio.MockServer.Tests;

/// <summary>An HttpClient that sends the headers the contract demands.</summary>
internal sealed class MockClient : IDisposable
{
    private readonly HttpClient _http;

    public MockClient(MockAltegioServer server, string userToken = MockServerOptions.DemoUserToken, TimeSpan? timeout = null)
    {
        _http = new HttpClient { BaseAddress = new Uri(server.BaseUri + "/"), Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.api.v2+json"));
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {MockServerOptions.DemoPartnerToken}, User {userToken}");
    }

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null)
    {
        var req = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null)
        {
            req.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return _http.SendAsync(req);
    }

    public async Task<(int Status, JsonElement Body)> JsonAsync(HttpMethod method, string path, string? json = null)
    {
        using var res = await SendAsync(method, path, json);
        var text = await res.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)res.StatusCode, body);
    }

    public Task<(int Status, JsonElement Body)> GetAsync(string path) => JsonAsync(HttpMethod.Get, path);

    public void Dispose() => _http.Dispose();
}

using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Altegio.MockServer.State;
using Xunit;

namespace Altegio.MockServer.Tests;

/// <summary>Event validation failures in both shapes the contract names: the legacy envelope and JSON:API errors[].</summary>
public sealed class EventErrorShapeTests
{
    private static string Q(DateTime d) => Uri.EscapeDataString(d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    [Fact]
    public async Task A_past_period_answers_422_in_the_shape_the_settings_choose()
    {
        await using var server = await MockAltegioServer.StartAsync();
        var now = server.State.LocalNow(server.State.Find<MockCompany>(1001)!);
        using var client = new MockClient(server);
        var path = $"v2/locations/1001/events?filter%5Bfrom%5D={Q(now.AddDays(-1))}&filter%5Bto%5D={Q(now.AddDays(1))}";

        var (legacyStatus, legacy) = await client.GetAsync(path);
        Assert.Equal(422, legacyStatus);
        Assert.False(legacy.GetProperty("success").GetBoolean());
        Assert.Contains("earlier than the current time", legacy.GetProperty("meta").GetProperty("message").GetString());

        using var http = new HttpClient();
        var put = await http.PutAsync(server.BaseUri.ToString().Replace("/api", "/__mock/settings", StringComparison.Ordinal),
            new StringContent("{\"eventErrors\":\"jsonapi\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(200, (int)put.StatusCode);
        Assert.Contains("\"eventErrors\":\"jsonapi\"", await put.Content.ReadAsStringAsync());

        var (status, body) = await client.GetAsync(path);
        Assert.Equal(422, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("422", error.GetProperty("status").GetString());
        Assert.Contains("earlier than the current time", error.GetProperty("detail").GetString());
        Assert.Equal("filter[from]", error.GetProperty("source").GetProperty("parameter").GetString());

        var (createStatus, created) = await client.JsonAsync(HttpMethod.Post, "v2/locations/1001/events", "{\"staff_id\":101}");
        Assert.Equal(422, createStatus);
        Assert.Contains(created.GetProperty("errors").EnumerateArray(), e => e.GetProperty("source").GetProperty("pointer").GetString() == "/data/attributes/service_id");

        server.Reset();
        Assert.Equal(JsonValueKind.Object, (await client.GetAsync(path)).Body.GetProperty("meta").ValueKind);
    }
}

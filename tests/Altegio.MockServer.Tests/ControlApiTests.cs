using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Altegio.MockServer.State;
using Xunit;

namespace Altegio.MockServer.Tests;

/// <summary>The control API's bodies as scripts send them, and the legacy envelope on routing refusals.</summary>
public sealed class ControlApiTests
{
    private static async Task<(int Status, JsonElement Body)> Control(HttpClient http, HttpMethod method, string path, string? json = null)
    {
        using var res = await http.SendAsync(new HttpRequestMessage(method, "/__mock/" + path)
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        });
        return ((int)res.StatusCode, JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Reads_numbers_where_strings_are_expected_and_refuses_unknown_fault_fields()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.RootUri };

        var (status, rules) = await Control(http, HttpMethod.Post, "faults",
            """[{"kind":"respond","path":"/api/v1/company/*","status":418,"retryAfter":7,"body":{"raw":true}}]""");
        Assert.Equal(201, status);
        Assert.Equal("respond", rules[0].GetProperty("kind").GetString());
        using var client = new MockClient(server);
        using (var res = await client.SendAsync(HttpMethod.Get, "v1/company/1001"))
        {
            Assert.Equal(418, (int)res.StatusCode);
            Assert.Equal(System.TimeSpan.FromSeconds(7), res.Headers.RetryAfter?.Delta);
            Assert.Equal("""{"raw":true}""", await res.Content.ReadAsStringAsync());
        }

        Assert.Equal(400, (await Control(http, HttpMethod.Post, "faults", """{"kind":"status","path":"/**","statusCode":500}""")).Status);
        Assert.Equal(400, (await Control(http, HttpMethod.Post, "faults", """{"kind":"status","path":"/**"}""")).Status);

        var (_, settings) = await Control(http, HttpMethod.Put, "settings", """{"positionDeleteInUse":409,"pastToleranceSeconds":0}""");
        Assert.Equal("409", settings.GetProperty("positionDeleteInUse").GetString());
        Assert.Equal(State.PositionInUseDelete.Conflict, server.State.Settings.PositionDeleteInUse);
        Assert.Equal(400, (await Control(http, HttpMethod.Put, "settings", """{"bookingFields":"newest"}""")).Status);

        var (_, limits) = await Control(http, HttpMethod.Put, "ratelimit", """{"perSecond":5,"retryAfter":"date"}""");
        Assert.Equal("date", limits.GetProperty("retryAfter").GetString());
        Assert.Equal(RetryAfterMode.Date, server.RateLimit.RetryAfter);
    }

    [Fact]
    public async Task Seeds_events_after_replacing_a_location_s_own()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.RootUri };

        var (status, seeded) = await Control(http, HttpMethod.Post, "seed/events",
            """{"companyId":1001,"count":3,"start":"2031-05-01T09:00:00","intervalMinutes":60,"staffId":102,"replace":true}""");
        Assert.Equal(201, status);
        Assert.Equal("2031-05-01 11:00:00", seeded.GetProperty("last").GetString());
        Assert.Equal(3, server.State.All<MockEvent>().Count(e => e.CompanyId == 1001));
        Assert.DoesNotContain(server.State.All<MockBooking>(), b => b.CompanyId == 1001);
        Assert.Equal(3600, server.State.Find<MockEvent>(seeded.GetProperty("firstId").GetInt64())!.Length);
    }

    [Fact]
    public async Task Unknown_paths_and_methods_answer_in_the_legacy_envelope()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);

        var (notFound, missing) = await client.GetAsync("v2/locations/1001/nothing");
        Assert.Equal(404, notFound);
        Assert.False(missing.GetProperty("success").GetBoolean());

        var (notAllowed, refused) = await client.JsonAsync(HttpMethod.Patch, "v2/locations/1001/tags", "{}");
        Assert.Equal(405, notAllowed);
        Assert.Equal("Method not allowed", refused.GetProperty("meta").GetProperty("message").GetString());
    }
}

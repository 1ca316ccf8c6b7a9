using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using Altegio.MockServer.State;
using Xunit;

namespace Altegio.MockServer.Tests;

public sealed class SmokeTests
{
    private static string Local(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Q(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task Starts_on_loopback_and_logs_in()
    {
        await using var server = await MockAltegioServer.StartAsync();
        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.EndsWith("/api", server.BaseUri.AbsolutePath, StringComparison.Ordinal);

        using var http = new HttpClient();
        var req = new HttpRequestMessage(HttpMethod.Post, server.BaseUri + "/v1/auth")
        {
            Content = new StringContent("{\"login\":\"demo@altegio.test\",\"password\":\"demo-password\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        req.Headers.Accept.ParseAdd("application/vnd.api.v2+json");
        req.Headers.TryAddWithoutValidation("Authorization", "Bearer demo-partner-token");
        using var res = await http.SendAsync(req);
        Assert.Equal(201, (int)res.StatusCode);
        var body = JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("demo-user-token", body.GetProperty("data").GetProperty("user_token").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("meta").ValueKind);
    }

    [Theory]
    [InlineData("application/json", "Bearer demo-partner-token, User demo-user-token", 400)]
    [InlineData("application/vnd.api.v2+json; charset=utf-8", "Bearer demo-partner-token, User demo-user-token", 200)]
    [InlineData("application/vnd.api.v2+json", "Bearer demo-partner-token,User demo-user-token", 401)]
    [InlineData("application/vnd.api.v2+json", "Bearer demo-partner-token, User wrong", 401)]
    [InlineData("application/vnd.api.v2+json", "Bearer demo-partner-token", 401)]
    public async Task Checks_accept_and_authorization(string accept, string authorization, int expected)
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var http = new HttpClient();
        var req = new HttpRequestMessage(HttpMethod.Get, server.BaseUri + "/v2/locations/1001/tags");
        req.Headers.TryAddWithoutValidation("Accept", accept);
        req.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var res = await http.SendAsync(req);
        Assert.Equal(expected, (int)res.StatusCode);
        if (expected != 200)
        {
            var body = JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement;
            Assert.False(body.GetProperty("success").GetBoolean());
            Assert.Equal(JsonValueKind.String, body.GetProperty("meta").GetProperty("message").ValueKind);
        }
    }

    [Fact]
    public async Task Tag_round_trip_is_recorded_on_the_wire()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);
        var (status, created) = await client.JsonAsync(HttpMethod.Post, "v2/locations/1001/tags", "{\"title\":\"Regular\",\"color\":\"#123456\",\"entity\":1}");
        Assert.Equal(201, status);
        var id = created.GetProperty("data").GetProperty("id").GetString();
        var (getStatus, got) = await client.GetAsync($"v2/companies/1001/tags/{id}");
        Assert.Equal(200, getStatus);
        Assert.Equal("Regular", got.GetProperty("data").GetProperty("attributes").GetProperty("title").GetString());

        var posted = Assert.Single(server.Requests.For("/api/v2/locations/1001/tags", "POST"));
        Assert.Equal("Bearer demo-partner-token, User demo-user-token", posted.Header("Authorization"));
        Assert.Contains("\"Regular\"", posted.Body, StringComparison.Ordinal);
        Assert.Equal(201, posted.Status);

        var (missing, err) = await client.JsonAsync(HttpMethod.Post, "v2/locations/1001/tags", "{\"color\":\"#123456\"}");
        Assert.Equal(422, missing);
        Assert.Equal(JsonValueKind.Object, err.GetProperty("meta").GetProperty("errors").ValueKind);
        Assert.Equal(403, (await client.GetAsync("v2/locations/1003/tags")).Status);
        Assert.Equal(404, (await client.GetAsync("v2/locations/4242/tags")).Status);
    }

    [Fact]
    public async Task Status_faults_play_in_sequence_then_normal()
    {
        await using var server = await MockAltegioServer.StartAsync();
        server.Faults.Add(new FaultRule { Method = "GET", Path = "/api/v2/locations/*/tags", Statuses = new[] { 503, 429 }, RetryAfter = "2" });
        using var client = new MockClient(server);
        using var first = await client.SendAsync(HttpMethod.Get, "v2/locations/1001/tags");
        using var second = await client.SendAsync(HttpMethod.Get, "v2/locations/1001/tags");
        using var third = await client.SendAsync(HttpMethod.Get, "v2/locations/1001/tags");
        Assert.Equal(new[] { 503, 429, 200 }, new[] { (int)first.StatusCode, (int)second.StatusCode, (int)third.StatusCode });
        Assert.Equal(TimeSpan.FromSeconds(2), second.Headers.RetryAfter?.Delta);
        Assert.Empty(server.Faults.Pending);
    }

    [Fact]
    public async Task Reset_after_processing_changes_state_but_drops_the_answer()
    {
        await using var server = await MockAltegioServer.StartAsync();
        server.Faults.Add(new FaultRule { Method = "POST", Path = "/api/v2/locations/1001/tags", Kind = FaultKind.ResetAfterProcessing });
        using var client = new MockClient(server);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(HttpMethod.Post, "v2/locations/1001/tags", "{\"title\":\"Ghost\",\"color\":\"#000000\"}"));
        Assert.Contains(server.State.All<MockTag>(), t => t.Title == "Ghost");
        var entry = Assert.Single(server.Requests.For("/api/v2/locations/1001/tags", "POST"));
        Assert.True(entry.Aborted);
        Assert.Equal(201, entry.Status);
    }

    [Fact]
    public async Task Truncate_fails_the_body_read()
    {
        await using var server = await MockAltegioServer.StartAsync();
        server.Faults.Add(new FaultRule { Path = "/api/v1/staff/1001", Kind = FaultKind.Truncate });
        using var client = new MockClient(server);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            using var res = await client.SendAsync(HttpMethod.Get, "v1/staff/1001");
            await res.Content.ReadAsStringAsync();
        });
    }

    [Fact]
    public async Task Delay_honours_client_timeout_and_server_stays_up()
    {
        await using var server = await MockAltegioServer.StartAsync();
        server.Faults.Add(new FaultRule { Path = "/api/**", Kind = FaultKind.Delay, DelayMs = 10_000 });
        using (var slow = new MockClient(server, timeout: TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow.SendAsync(HttpMethod.Get, "v1/company/1001"));
        }

        using var client = new MockClient(server);
        Assert.Equal(200, (await client.GetAsync("v1/company/1001")).Status);
    }

    [Fact]
    public async Task Rate_limit_answers_429_with_retry_after_and_does_not_count_rejections()
    {
        await using var server = await MockAltegioServer.StartAsync();
        server.RateLimit.Configure(3, 0, RetryAfterMode.Seconds);
        using var client = new MockClient(server);
        var statuses = new int[5];
        string? retryAfter = null;
        for (var i = 0; i < statuses.Length; i++)
        {
            using var res = await client.SendAsync(HttpMethod.Get, "v1/company/1001");
            statuses[i] = (int)res.StatusCode;
            if (statuses[i] == 429)
            {
                retryAfter = res.Headers.TryGetValues("Retry-After", out var v) ? v.Single() : null;
            }
        }

        Assert.Equal(new[] { 200, 200, 200, 429, 429 }, statuses);
        Assert.Equal("1", retryAfter);
        Assert.Equal(2, server.RateLimit.Rejected);
        await Task.Delay(1100);
        Assert.Equal(200, (await client.GetAsync("v1/company/1001")).Status);
    }

    [Fact]
    public async Task Events_page_through_a_seeded_set()
    {
        await using var server = await MockAltegioServer.StartAsync();
        var company = server.State.Find<MockCompany>(1001)!;
        var start = server.State.LocalNow(company).Date.AddDays(3);
        server.State.SeedEvents(1001, 1000, start.AddHours(6), TimeSpan.FromMinutes(30), 102, 302, 10, 1800);
        using var client = new MockClient(server);
        var seen = 0;
        var page = 1;
        while (true)
        {
            var (status, body) = await client.GetAsync(
                $"v2/locations/1001/events?filter%5Bfrom%5D={Q(Local(start))}&filter%5Bto%5D={Q(Local(start.AddYears(1)))}&filter%5Bmaster_ids%5D%5B%5D=102&page={page}&limit=999");
            Assert.Equal(200, status);
            var n = body.GetProperty("data").GetArrayLength();
            seen += n;
            if (n < 250)
            {
                break;
            }

            page++;
        }

        Assert.Equal(1000, seen);
        Assert.Equal(5, server.Requests.CountOf("/api/v2/locations/1001/events", "GET"));
    }

    [Fact]
    public async Task Event_put_replaces_and_conflicts_answer_json_api_409()
    {
        await using var server = await MockAltegioServer.StartAsync();
        var company = server.State.Find<MockCompany>(1001)!;
        var date = Local(server.State.LocalNow(company).Date.AddDays(5).AddHours(10));
        using var client = new MockClient(server);
        var body = $"{{\"staff_id\":101,\"service_id\":301,\"date\":\"{date}\",\"length\":3600,\"capacity\":5,\"comment\":\"keep me\",\"label_ids\":[3004]}}";
        var (status, created) = await client.JsonAsync(HttpMethod.Post, "v2/locations/1001/events", body);
        Assert.Equal(201, status);
        var id = created.GetProperty("data").GetProperty("id").GetString();
        Assert.EndsWith("+0200", created.GetProperty("data").GetProperty("attributes").GetProperty("date").GetString(), StringComparison.Ordinal);

        var (conflict, err) = await client.JsonAsync(HttpMethod.Post, "v2/locations/1001/events", body);
        Assert.Equal(409, conflict);
        Assert.Equal("409", err.GetProperty("errors")[0].GetProperty("status").GetString());

        var (putStatus, put) = await client.JsonAsync(HttpMethod.Put, $"v2/locations/1001/events/{id}", $"{{\"staff_id\":101,\"service_id\":301,\"date\":\"{date}\",\"length\":3600,\"capacity\":6}}");
        Assert.Equal(200, putStatus);
        Assert.Equal(JsonValueKind.Null, put.GetProperty("data").GetProperty("attributes").GetProperty("comment").ValueKind);
        Assert.Empty(server.State.Find<MockEvent>(long.Parse(id!, CultureInfo.InvariantCulture))!.LabelIds);
        Assert.Equal(422, (await client.JsonAsync(HttpMethod.Put, $"v2/locations/1001/events/{id}", "{\"comment\":\"x\"}")).Status);
    }

    [Fact]
    public async Task V1_staff_quirks()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);
        var (_, legacy) = await client.GetAsync("v1/staff/1001/106");
        var member = Assert.Single(legacy.GetProperty("data").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, member.GetProperty("position").ValueKind);
        Assert.Equal("0", member.GetProperty("fired").GetString());
        var (_, canonical) = await client.GetAsync("v1/locations/1001/team_members/101");
        Assert.Equal(JsonValueKind.Object, canonical.GetProperty("data").ValueKind);
        var (quick, err) = await client.JsonAsync(HttpMethod.Post, "v1/company/1001/staff/quick", "{\"name\":\"X\"}");
        Assert.Equal(422, quick);
        Assert.Equal(JsonValueKind.Array, err.GetProperty("meta").GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task Control_api_drives_faults_and_reset()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.RootUri };
        using (var add = await http.PostAsync("/__mock/faults", new StringContent("{\"path\":\"/api/v1/company/1001\",\"kind\":\"html\"}")))
        {
            Assert.Equal(201, (int)add.StatusCode);
        }

        using var client = new MockClient(server);
        using (var res = await client.SendAsync(HttpMethod.Get, "v1/company/1001"))
        {
            Assert.Equal(502, (int)res.StatusCode);
            Assert.Equal("text/html", res.Content.Headers.ContentType?.MediaType);
        }

        var requests = JsonDocument.Parse(await http.GetStringAsync("/__mock/requests")).RootElement;
        Assert.Equal("html", requests[0].GetProperty("fault").GetString());
        using (await http.PostAsync("/__mock/reset", null))
        {
        }

        Assert.Equal(0, server.Requests.Count);
        var stats = JsonDocument.Parse(await http.GetStringAsync("/__mock/stats")).RootElement;
        Assert.Equal(0, stats.GetProperty("totalRequests").GetInt64());
    }
}

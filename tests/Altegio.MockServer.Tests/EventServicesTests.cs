using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Altegio.MockServer.Tests;

/// <summary>The V1 services that can run as group events, under the canonical and the legacy path.</summary>
public sealed class EventServicesTests
{
    [Fact]
    public async Task Lists_the_seeded_services_with_team_members_and_session_lengths()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);

        var (status, body) = await client.GetAsync("v1/locations/1001/events/services");
        Assert.Equal(200, status);
        Assert.True(body.GetProperty("success").GetBoolean());
        var data = body.GetProperty("data");
        Assert.Equal(new[] { 301L, 302L, 303L }, data.EnumerateArray().Select(s => s.GetProperty("id").GetInt64()));
        Assert.Equal(3, body.GetProperty("meta").GetProperty("count").GetInt32());
        var yoga = data[0];
        Assert.Equal("Yoga", yoga.GetProperty("title").GetString());
        Assert.True(yoga.GetProperty("is_multi").GetBoolean());
        Assert.Equal(JsonValueKind.Object, yoga.GetProperty("category").ValueKind);
        var maria = yoga.GetProperty("staff").EnumerateArray().First(m => m.GetProperty("id").GetInt64() == 101);
        Assert.Equal("Maria Lopez", maria.GetProperty("name").GetString());
        Assert.Equal(3600, maria.GetProperty("length").GetInt32());
        Assert.Equal(1001, yoga.GetProperty("resources")[0].GetProperty("salon_id").GetInt64());

        var (_, legacy) = await client.GetAsync("v1/activity/1001/services");
        Assert.Equal(data.GetRawText(), legacy.GetProperty("data").GetRawText());
    }

    [Theory]
    [InlineData("staff_id=102", new long[] { 302 })]
    [InlineData("term=STRETCH", new long[] { 303 })]
    [InlineData("staff_id=101&term=yo", new long[] { 301 })]
    [InlineData("staff_id=111", new long[0])]
    public async Task Filters_by_team_member_and_term(string query, long[] expected)
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);

        var (status, body) = await client.GetAsync("v1/activity/1001/services?" + query);
        Assert.Equal(200, status);
        Assert.Equal(expected, body.GetProperty("data").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task Refuses_a_staff_id_that_is_not_a_number_and_a_location_of_another_chain()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);

        Assert.Equal(422, (await client.GetAsync("v1/locations/1001/events/services?staff_id=x")).Status);
        Assert.Equal(403, (await client.GetAsync("v1/locations/1003/events/services")).Status);
    }
}

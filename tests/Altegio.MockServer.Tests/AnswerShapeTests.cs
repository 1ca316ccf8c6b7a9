using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Altegio.MockServer.State;
using Xunit;

namespace Altegio.MockServer.Tests;

/// <summary>The answer shapes of the official client's fixtures, and the include form the API validates.</summary>
public sealed class AnswerShapeTests
{
    [Theory]
    [InlineData("v2/locations/1001/team_members?include=position")]
    [InlineData("v2/locations/1001/appointments?filter%5Bactivity_id%5D=800001&include=client")]
    [InlineData("v2/locations/1001/events/800001?include=staff")]
    public async Task A_plain_include_is_refused_and_include_brackets_are_served(string path)
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);

        var (status, body) = await client.GetAsync(path);
        Assert.Equal(422, status);
        Assert.Contains("include", body.GetProperty("meta").GetProperty("message").GetString());

        var (ok, _) = await client.GetAsync(path.Replace("include=", "include%5B%5D=", System.StringComparison.Ordinal));
        Assert.Equal(200, ok);
    }

    [Fact]
    public async Task Booking_answers_follow_the_settings()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);
        const string list = "v2/locations/1001/appointments?filter%5Bactivity_id%5D=800001";
        server.State.Find<MockBooking>(60002)!.Deleted = true;

        var (_, both) = await client.GetAsync(list);
        var first = both.GetProperty("data")[0].GetProperty("attributes");
        Assert.Equal(2, both.GetProperty("data").GetArrayLength());
        Assert.Equal("waiting", first.GetProperty("attendance_status_slug").GetString());
        Assert.Equal(0, first.GetProperty("attendance").GetInt32());
        Assert.Equal(0, first.GetProperty("paid_full").GetInt32());
        Assert.True(both.GetProperty("data")[1].GetProperty("attributes").GetProperty("deleted").GetBoolean());

        using var http = new HttpClient();
        var put = await http.PutAsync(server.BaseUri.ToString().Replace("/api", "/__mock/settings", System.StringComparison.Ordinal),
            new StringContent("{\"bookingFields\":\"legacy\",\"bookingActivityId\":false}", Encoding.UTF8, "application/json"));
        Assert.Contains("\"bookingFields\":\"legacy\"", await put.Content.ReadAsStringAsync());

        var (_, legacy) = await client.GetAsync(list);
        var names = legacy.GetProperty("data")[0].GetProperty("attributes").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("paid_full", names);
        Assert.DoesNotContain("is_paid", names);
        Assert.DoesNotContain("attendance_status_slug", names);
        Assert.DoesNotContain("activity_id", names);

        server.State.Settings.BookingFields = State.BookingFieldGeneration.Current;
        var (_, current) = await client.GetAsync(list);
        Assert.Equal(1, current.GetProperty("data").GetArrayLength());
    }
}

using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Altegio.MockServer.State;
using Xunit;

namespace Altegio.MockServer.Tests;

/// <summary>The mock's bulk booking, booking PUT and cancel, copies, filter values and duplication strategies at the wire.</summary>
public sealed class EventExtrasTests
{
    private const string Events = "v2/locations/1001/events";

    [Fact]
    public async Task Bulk_rows_are_checked_whole_before_any_is_booked()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);

        var (status, body) = await client.JsonAsync(HttpMethod.Post, Events + "/800006/appointments/bulk",
            """{"records":[{"client_id":9001},{"phone":"+35799000555"},{"client_id":"x"},{"name":"Ok","send_sms_now":3}]}""");
        var errors = body.GetProperty("meta").GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        var (tooMany, _) = await client.JsonAsync(HttpMethod.Post, Events + "/800006/appointments/bulk",
            "{\"records\":[" + string.Join(",", Enumerable.Repeat("{\"client_id\":9001}", 51)) + "]}");

        Assert.Equal(422, status);
        Assert.Equal(["records.1", "records.2.client_id", "records.3.send_sms_now"], errors);
        Assert.Equal(422, tooMany);
        Assert.Equal(0, server.State.Find<MockEvent>(800006)!.ClientsCount);
    }

    [Fact]
    public async Task A_booking_put_replaces_tags_and_products_and_the_v1_delete_cancels()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);
        const string line = "\"attendance_service_item\":{\"cost_per_unit\":20,\"discount_percent\":0,\"manual_cost\":\"40.00\"}";

        var (unknown, refused) = await client.JsonAsync(HttpMethod.Put, Events + "/800001/appointments/60001", "{" + line + ",\"attendance_good_items\":[{\"id\":1}],\"seats\":2}");
        var (ok, changed) = await client.JsonAsync(HttpMethod.Put, Events + "/800001/appointments/60001", "{" + line + ",\"color\":\"ff9800\"}");
        var (_, listed) = await client.GetAsync("v2/locations/1001/appointments?filter%5Bactivity_id%5D=800001&include%5B%5D=labels&include%5B%5D=attendance_service_items");
        var (cancelled, _) = await client.JsonAsync(HttpMethod.Delete, "v1/record/1001/60002");

        Assert.Equal(422, unknown);
        Assert.Equal(["attendance_good_items.0", "seats"], refused.GetProperty("meta").GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(200, ok);
        Assert.Equal("ff9800", changed.GetProperty("data").GetProperty("attributes").GetProperty("custom_color").GetString());
        var booking = server.State.Find<MockBooking>(60001)!;
        Assert.Empty(booking.LabelIds);
        Assert.Empty(booking.GoodItems);
        Assert.Equal(40m, booking.ManualCost);
        Assert.Equal(0, listed.GetProperty("data")[0].GetProperty("relationships").GetProperty("labels").GetProperty("data").GetArrayLength());
        Assert.Equal(["attendance_service_item", "attendance_service_item"], listed.GetProperty("included").EnumerateArray().Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(204, cancelled);
        Assert.True(server.State.Find<MockBooking>(60002)!.Deleted);
        Assert.Equal(2, server.State.Find<MockEvent>(800001)!.ClientsCount);
    }

    [Fact]
    public async Task A_bad_copy_date_creates_nothing_and_an_empty_filter_criterion_is_null()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);
        var from = server.State.LocalNow(server.State.Find<MockCompany>(1001)!).Date.AddDays(1);
        var period = $"filter%5Bfrom%5D={from:yyyy-MM-dd}%2000:00:00&filter%5Bto%5D={from.AddDays(5):yyyy-MM-dd}%2000:00:00";

        var (bad, body) = await client.JsonAsync(HttpMethod.Post, Events + "/800001/duplicate", $$"""{"dates":["{{from.AddDays(9):yyyy-MM-dd}}T09:00:00+03:00","tomorrow"]}""");
        var (_, filters) = await client.GetAsync(Events + "/filters?" + period);

        Assert.Equal(422, bad);
        Assert.True(body.GetProperty("meta").GetProperty("errors").TryGetProperty("dates.1", out _));
        Assert.Equal(7, server.State.All<MockEvent>().Count);
        var category = filters.GetProperty("data").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "service_category");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, category.GetProperty("relationships").GetProperty("data").GetProperty("data").ValueKind);
        Assert.Contains(filters.GetProperty("included").EnumerateArray(), v => v.GetProperty("attributes").TryGetProperty("name", out var n) && n.GetString() == "Maria Lopez");
    }

    [Fact]
    public async Task A_refused_strategy_update_leaves_the_strategy_and_the_settings_check_their_values()
    {
        await using var server = await MockAltegioServer.StartAsync();
        using var client = new MockClient(server);
        using var http = new HttpClient();
        var settings = server.BaseUri.ToString().Replace("/api", "/__mock/settings", System.StringComparison.Ordinal);

        var (status, _) = await client.JsonAsync(HttpMethod.Put, Events + "/duplication_strategies/501", """{"title":"Daily","days":[]}""");
        var badMeta = await http.PutAsync(settings, new StringContent("""{"bulkCleanMeta":"none"}""", Encoding.UTF8, "application/json"));
        var set = await http.PutAsync(settings, new StringContent("""{"cancelFreesSeat":false,"duplicateAnswer":"resource"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(422, status);
        Assert.Equal("Mondays and Thursdays", server.State.All<MockDuplicationStrategy>().Single().Title);
        Assert.Equal(400, (int)badMeta.StatusCode);
        Assert.Contains("\"cancelFreesSeat\":false", await set.Content.ReadAsStringAsync());
        Assert.Equal("resource", server.State.Settings.DuplicateAnswer);
    }
}

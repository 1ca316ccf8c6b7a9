using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.MockServer.State;
using Altegio.Models;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Recurring event series over loopback: create from a template, find, extend, delete with its events.</summary>
    public class EventSeriesTests : MockTestBase
    {
        private const string SeriesPath = "/api/v1/locations/1001/schedules";

        private static CancellationToken None => CancellationToken.None;

        private DateTime TemplateDay => Server.State.Find<MockEvent>(800001)!.Date.Date;

        private EventSeriesDraft Draft(params DayOfWeek[] days) => new EventSeriesDraft
        {
            TemplateEventId = 800001,
            Until = TemplateDay.AddDays(20),
            DaysOfWeek = days,
        };

        [Fact]
        public async Task CreateRepeatsTheTemplateOnItsWeekdayUntilTheDate()
        {
            var client = Client();
            var series = await client.EventSeries.CreateAsync(Salon, Draft(), None);

            var post = Server.Requests.For(SeriesPath, "POST").Single();
            Assert.Equal(201, post.Status);
            using var body = JsonDocument.Parse(post.Body);
            var root = body.RootElement;
            Assert.Equal("activity", root.GetProperty("original_entity_type").GetString());
            Assert.Equal(800001, root.GetProperty("original_entity_id").GetInt64());
            Assert.Equal(TemplateDay.AddDays(20).ToString("yyyy-MM-dd"), root.GetProperty("date_end").GetString());
            Assert.False(root.GetProperty("add_clients_from_original_entity").GetBoolean());
            var day = Assert.Single(root.GetProperty("days").EnumerateArray().ToList());
            Assert.Equal(TemplateDay.DayOfWeek.ToString().Substring(0, 3).ToLowerInvariant(), day.GetProperty("day_of_week").GetString());
            Assert.Equal(101, day.GetProperty("events_master_id").GetInt64());
            Assert.Equal("09:00:00", day.GetProperty("events_time").GetString());
            Assert.Equal(3600, day.GetProperty("events_duration").GetInt64());
            Assert.Equal(10, day.GetProperty("events_capacity").GetInt32());
            Assert.Equal("[3004,3005]", day.GetProperty("labels_ids").GetRawText());
            Assert.Equal("[701]", day.GetProperty("resource_instance_ids").GetRawText());

            Assert.Equal(800001, series.TemplateEventId);
            Assert.Equal(TemplateDay.AddDays(20), series.Until);
            Assert.Equal(new[] { TemplateDay.DayOfWeek }, series.DaysOfWeek);
            Assert.Equal("Maria Lopez", series.Days[0].TeamMemberName);
            Assert.Equal(new long[] { 3004, 3005 }, series.Days[0].TagIds);
            var occurrences = series.Occurrences!;
            Assert.Equal(3, occurrences.Length);
            Assert.Equal(800001, occurrences[0].EventId);
            Assert.Equal(0, series.PendingCount);
            foreach (var occurrence in occurrences)
            {
                var e = await client.Events.GetAsync(Salon, occurrence.EventId!.Value, EventInclude.None, None);
                Assert.Equal(series.Id, e.SeriesId);
                Assert.False(e.IsChangedFromSeries);
                Assert.Equal(TimeSpan.FromHours(9), e.Start.TimeOfDay);
                Assert.Equal(new long[] { 701 }, e.ResourceInstanceIds);
            }
        }

        [Fact]
        public async Task WeekdaysTakeTheirOwnTimeCapacityAndTeamMember()
        {
            var second = (DayOfWeek)(((int)TemplateDay.DayOfWeek + 2) % 7);
            var draft = Draft(TemplateDay.DayOfWeek, second);
            draft.Times = new[] { TimeSpan.FromHours(9), TimeSpan.FromHours(18) };
            draft.Capacities = new[] { 12 };
            draft.TeamMemberIds = new long[] { 101, 102 };
            draft.Durations = new[] { TimeSpan.FromMinutes(45) };

            var series = await Client().EventSeries.CreateAsync(Salon, draft, None);

            using var body = JsonDocument.Parse(Server.Requests.For(SeriesPath, "POST").Single().Body);
            var days = body.RootElement.GetProperty("days").EnumerateArray().ToList();
            Assert.Equal(new[] { "09:00:00", "18:00:00" }, days.Select(d => d.GetProperty("events_time").GetString()));
            Assert.Equal(new[] { 12, 12 }, days.Select(d => d.GetProperty("events_capacity").GetInt32()));
            Assert.Equal(new long[] { 101, 102 }, days.Select(d => d.GetProperty("events_master_id").GetInt64()));
            Assert.Equal(new long[] { 2700, 2700 }, days.Select(d => d.GetProperty("events_duration").GetInt64()));
            Assert.Equal(2, series.Days.Length);
            Assert.Contains(series.Days, d => d.DayOfWeek == second && d.Time == TimeSpan.FromHours(18) && d.TeamMemberId == 102 && d.Capacity == 12);
        }

        [Fact]
        public async Task PerWeekdayValuesMustMatchTheWeekdaysBeforeAnythingIsSent()
        {
            var draft = Draft(DayOfWeek.Monday, DayOfWeek.Wednesday);
            draft.Times = new[] { TimeSpan.FromHours(9), TimeSpan.FromHours(10), TimeSpan.FromHours(11) };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventSeries.CreateAsync(Salon, draft, None));

            Assert.Equal("Time", Assert.Single(ex.FieldErrors).Field);
            Assert.Empty(Server.Requests.Snapshot());
        }

        [Fact]
        public async Task AnUntilNotAfterTheTemplateIsRefusedBeforeTheSeriesIsSent()
        {
            var draft = Draft();
            draft.Until = TemplateDay;

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventSeries.CreateAsync(Salon, draft, None));

            Assert.Equal("Until", Assert.Single(ex.FieldErrors).Field);
            Assert.Equal(0, Server.Requests.CountOf(SeriesPath, "POST"));
        }

        [Fact]
        public async Task AnEventFindsItsSeriesAndAFreeEventIsNotFound()
        {
            var client = Client();
            var created = await client.EventSeries.CreateAsync(Salon, Draft(), None);
            var generated = created.Occurrences!.Last().EventId!.Value;

            var found = await client.EventSeries.FindByEventAsync(Salon, generated, false, None);
            Assert.Equal(created.Id, found.Id);
            Assert.Null(found.Occurrences);
            Assert.Equal("/api/v1/locations/1001/schedules/search/activity/" + generated, Server.Requests.Last!.Path);

            var byId = await client.EventSeries.GetAsync(Salon, created.Id, true, None);
            Assert.Equal(3, byId.Occurrences!.Length);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => client.EventSeries.FindByEventAsync(Salon, 800002, false, None));
            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
            Assert.Contains("belongs to no series", ex.Message);
        }

        [Fact]
        public async Task DeletingASeriesRemovesItsEventsAndTheirBookings()
        {
            var client = Client();
            var draft = Draft();
            draft.WithBookings = true;
            var series = await client.EventSeries.CreateAsync(Salon, draft, None);
            var eventIds = series.Occurrences!.Select(o => o.EventId!.Value).ToList();
            var copy = await client.Events.GetAsync(Salon, eventIds.Last(), EventInclude.None, None);
            Assert.Equal(3, copy.BookedSeats);

            await client.EventSeries.DeleteAsync(Salon, series.Id, None);

            Assert.Equal(204, Server.Requests.For(SeriesPath + "/" + series.Id, "DELETE").Single().Status);
            foreach (var id in eventIds)
            {
                var e = await client.Events.GetAsync(Salon, id, EventInclude.None, None);
                Assert.True(e.IsDeleted);
                Assert.Equal(0, e.BookedSeats);
            }

            Assert.All(Server.State.All<MockBooking>().Where(b => eventIds.Contains(b.ActivityId)), b => Assert.True(b.Deleted));
            var gone = await Assert.ThrowsAsync<AltegioApiException>(() => client.EventSeries.FindByEventAsync(Salon, eventIds.Last(), false, None));
            Assert.Equal(AltegioErrorKind.NotFound, gone.Kind);
        }

        [Fact]
        public async Task UntilExtendsAndShortensTheSeries()
        {
            var client = Client();
            var series = await client.EventSeries.CreateAsync(Salon, Draft(), None);

            var longer = await client.EventSeries.UpdateAsync(Salon, series.Id, TemplateDay.AddDays(27), None);
            var patch = Server.Requests.For(SeriesPath + "/" + series.Id, "PATCH").Single();
            Assert.Equal("{\"date_end\":\"" + TemplateDay.AddDays(27).ToString("yyyy-MM-dd") + "\"}", patch.Body);
            Assert.Equal(TemplateDay.AddDays(27), longer.Until);
            Assert.Equal(4, (await client.EventSeries.GetAsync(Salon, series.Id, true, None)).Occurrences!.Length);

            var lastEvent = series.Occurrences!.Last().EventId!.Value;
            await client.EventSeries.UpdateAsync(Salon, series.Id, TemplateDay.AddDays(7), None);
            Assert.Equal(2, (await client.EventSeries.GetAsync(Salon, series.Id, true, None)).Occurrences!.Length);
            Assert.True((await client.Events.GetAsync(Salon, lastEvent, EventInclude.None, None)).IsDeleted);
        }

        [Fact]
        public async Task CreationIsReadBackSoEventsMadeInTheBackgroundAreReported()
        {
            Server.State.Settings.SeriesGenerationLags = true;

            var series = await Client().EventSeries.CreateAsync(Salon, Draft(), None);

            Assert.Equal(0, series.PendingCount);
            Assert.All(series.Occurrences!, o => Assert.NotNull(o.EventId));
            Assert.Equal(1, Server.Requests.CountOf(SeriesPath + "/search/activity/800001", "GET"));
        }

        [Fact]
        public async Task AnEventEditedAwayFromItsSeriesSaysSo()
        {
            var client = Client();
            var series = await client.EventSeries.CreateAsync(Salon, Draft(), None);
            var id = series.Occurrences!.Last().EventId!.Value;

            var moved = await client.Events.UpdateAsync(Salon, id, new EventChanges { Start = Server.State.Find<MockEvent>(id)!.Date.AddHours(1) }, false, None);

            Assert.Equal(series.Id, moved.SeriesId);
            Assert.True((await client.Events.GetAsync(Salon, id, EventInclude.None, None)).IsChangedFromSeries);
            var read = await client.EventSeries.GetAsync(Salon, series.Id, true, None);
            Assert.True(read.Occurrences!.Single(o => o.EventId == id).IsChanged);
            Assert.False((await client.Events.GetAsync(Salon, 800002, EventInclude.None, None)).IsChangedFromSeries);
            Assert.Null((await client.Events.GetAsync(Salon, 800002, EventInclude.None, None)).SeriesId);
        }
    }
}

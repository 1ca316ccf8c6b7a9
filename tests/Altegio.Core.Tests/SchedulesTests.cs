using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.Http;
using Altegio.MockServer;
using Altegio.MockServer.State;
using Altegio.Models;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Team members' working hours over loopback: one read for many members, one PUT for every change.</summary>
    public class SchedulesTests : MockTestBase
    {
        private const string SchedulePath = "/api/v1/company/1001/staff/schedule";

        private static CancellationToken None => CancellationToken.None;

        private static DateTime NextMonday => DateTime.Today.AddDays(7 - (((int)DateTime.Today.DayOfWeek + 6) % 7));

        [Fact]
        public async Task SeveralMembersCostOneRequestAndEveryDayOfThePeriodComesBack()
        {
            var monday = NextMonday;
            var days = await Client().Schedules.ListAsync(Salon, new long[] { 101, 102 }, monday, monday.AddDays(6), false, None);

            Assert.Equal(14, days.Count);
            Assert.Equal(new long[] { 101, 102 }, days.Select(d => d.TeamMemberId).Distinct());
            var friday = days.Single(d => d.TeamMemberId == 101 && d.Date == monday.AddDays(4));
            Assert.True(friday.IsWorking);
            Assert.Equal(new[] { "09:00-13:00", "14:00-18:00" }, friday.Slots.Select(s => s.ToString()));
            Assert.Equal(TimeSpan.FromHours(8), friday.WorkingTime);
            Assert.False(days.Single(d => d.TeamMemberId == 102 && d.Date == monday.AddDays(6)).IsWorking);
            Assert.Null(friday.Busy);

            var request = Server.Requests.For(SchedulePath, "GET").Single();
            Assert.Equal(new[] { "101", "102" }, request.QueryValues("staff_ids[]").ToArray());
            Assert.Equal(monday.ToString("yyyy-MM-dd"), request.QueryValues("start_date").ToString());
            Assert.Equal(monday.AddDays(6).ToString("yyyy-MM-dd"), request.QueryValues("end_date").ToString());
            Assert.Equal(0, request.QueryValues("include[]").Count);
        }

        [Fact]
        public async Task IncludeBusyAddsTheEventsOfTheDay()
        {
            var tomorrow = Server.State.Find<MockEvent>(800001)!.Date.Date;
            var days = await Client().Schedules.ListAsync(Salon, new long[] { 101 }, tomorrow, tomorrow, true, None);

            var busy = Assert.Single(days).Busy!;
            Assert.Contains(busy, b => b.Kind == BusyKind.Event && b.EntityId == 800001 && b.From == TimeSpan.FromHours(9) && b.To == TimeSpan.FromHours(10));
            Assert.DoesNotContain(busy, b => b.EntityId == 800003);
            Assert.Equal("busy_intervals", Server.Requests.Last!.QueryValues("include[]").ToString());
        }

        [Fact]
        public async Task SetAndClearGoInOnePutThatNamesEachMemberStaffId()
        {
            var monday = NextMonday;
            var client = Client();
            var slots = new[] { TimeSlot.Parse("15:00-19:00"), TimeSlot.Parse("10:00-14:00") };
            var changed = await client.Schedules.ApplyAsync(Salon, new[]
            {
                new WorkDayChange(101, monday, slots),
                new WorkDayChange(101, monday.AddDays(1), slots),
                new WorkDayChange(102, monday, new[] { TimeSlot.Parse("08:00-12:00") }),
                new WorkDayChange(101, monday.AddDays(2), null),
            }, None);

            var put = Server.Requests.For(SchedulePath, "PUT").Single();
            var d0 = monday.ToString("yyyy-MM-dd");
            var d1 = monday.AddDays(1).ToString("yyyy-MM-dd");
            var d2 = monday.AddDays(2).ToString("yyyy-MM-dd");
            Assert.Equal(
                "{\"schedules_to_set\":[{\"staff_id\":101,\"dates\":[\"" + d0 + "\",\"" + d1 + "\"],\"slots\":[{\"from\":\"10:00\",\"to\":\"14:00\"},{\"from\":\"15:00\",\"to\":\"19:00\"}]},"
                + "{\"staff_id\":102,\"dates\":[\"" + d0 + "\"],\"slots\":[{\"from\":\"08:00\",\"to\":\"12:00\"}]}],"
                + "\"schedules_to_delete\":[{\"staff_id\":101,\"dates\":[\"" + d2 + "\"]}]}",
                put.Body);
            Assert.Equal(200, put.Status);
            Assert.Equal(0, Server.Requests.CountOf(SchedulePath, "GET"));

            Assert.Equal(4, changed.Count);
            Assert.Equal("10:00-14:00, 15:00-19:00", string.Join(", ", changed.First(d => d.TeamMemberId == 101 && d.Date == monday).Slots.Select(s => s.ToString())));
            Assert.False(changed.Single(d => d.Date == monday.AddDays(2)).IsWorking);

            var read = await client.Schedules.ListAsync(Salon, new long[] { 101 }, monday, monday.AddDays(2), false, None);
            Assert.Equal(new[] { true, true, false }, read.Select(d => d.IsWorking));
            Assert.Equal(2, read[1].Slots.Length);
        }

        [Fact]
        public async Task TheServerRefusesTeamMemberIdWithA422AsTheBackendDoes()
        {
            var date = NextMonday.ToString("yyyy-MM-dd");
            var request = new AltegioRequest(HttpMethod.Put, AltegioApiVersion.V1, "company/1001/staff/schedule")
                .WithBody(System.Text.Encoding.UTF8.GetBytes("{\"schedules_to_delete\":[{\"team_member_id\":101,\"dates\":[\"" + date + "\"]}]}"));

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().SendAsync(request, None));

            Assert.Equal(AltegioErrorKind.Validation, ex.Kind);
            Assert.Equal(422, ex.StatusCode);
            Assert.Contains(ex.FieldErrors, e => e.Field == "schedules_to_delete.0.team_member_id");
            Assert.Contains(ex.FieldErrors, e => e.Field == "schedules_to_delete.0.staff_id");
        }

        [Fact]
        public async Task OverlappingSlotsAreRefusedBeforeAnythingIsSent()
        {
            var overlapping = new[] { new TimeSlot(TimeSpan.FromHours(10), TimeSpan.FromHours(14)), new TimeSlot(TimeSpan.FromHours(13), TimeSpan.FromHours(15)) };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                Client().Schedules.ApplyAsync(Salon, new[] { new WorkDayChange(101, NextMonday, overlapping) }, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Contains("10:00-14:00 and 13:00-15:00 overlap", ex.Message);
            Assert.Equal(0, Server.Requests.CountOf(SchedulePath, "PUT"));
        }

        [Fact]
        public async Task ADayGivenTwiceDifferentlyIsRefusedBeforeSending()
        {
            var monday = NextMonday;
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Schedules.ApplyAsync(Salon, new[]
            {
                new WorkDayChange(101, monday, new[] { TimeSlot.Parse("10:00-14:00") }),
                new WorkDayChange(101, monday, null),
            }, None));

            Assert.Equal("Date", Assert.Single(ex.FieldErrors).Field);
            Assert.Equal(0, Server.Requests.CountOf(SchedulePath, "PUT"));
        }

        [Theory]
        [InlineData("10:00-14:00", "10:00", "14:00")]
        [InlineData(" 9:30 - 12:00 ", "09:30", "12:00")]
        [InlineData("00:00-24:00", "00:00", "24:00")]
        public void SlotsReadAsClockRanges(string text, string from, string to)
        {
            var slot = TimeSlot.Parse(text);

            Assert.Equal(from, TimeSlot.FormatClock(slot.From));
            Assert.Equal(to, TimeSlot.FormatClock(slot.To));
        }

        [Theory]
        [InlineData("10-14")]
        [InlineData("14:00-10:00")]
        [InlineData("10:00-10:00")]
        [InlineData("24:00-24:30")]
        [InlineData("22:00-25:00")]
        [InlineData("10:60-11:00")]
        public void SlotsThatAreNotWithinTheDayAreRefused(string text)
        {
            var ex = Assert.Throws<AltegioApiException>(() => TimeSlot.Parse(text));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal("Slot", Assert.Single(ex.FieldErrors).Field);
        }

        [Fact]
        public void ADayReadsSlotsFromACsvCellAndRefusesNone()
        {
            var day = TimeSlot.ParseDay(new[] { "15:00-19:00;10:00-14:00", "20:00-21:00" });

            Assert.Equal(new[] { "10:00-14:00", "15:00-19:00", "20:00-21:00" }, day.Select(s => s.ToString()));
            Assert.Throws<AltegioApiException>(() => TimeSlot.ParseDay(new[] { " " }));
        }

        [Fact]
        public void TheDefaultPeriodIsThisWeekAtTheLocation()
        {
            var wednesday = new DateTime(2027, 1, 20, 23, 30, 0);

            Assert.Equal((new DateTime(2027, 1, 18), new DateTime(2027, 1, 24)), SchedulesApi.ResolvePeriod(null, null, wednesday));
            Assert.Equal((new DateTime(2027, 1, 20), new DateTime(2027, 1, 26)), SchedulesApi.ResolvePeriod(new DateTime(2027, 1, 20), null, wednesday));
            Assert.Throws<AltegioApiException>(() => SchedulesApi.ResolvePeriod(new DateTime(2027, 1, 20), new DateTime(2027, 1, 19), wednesday));
        }

        [Fact]
        public async Task AnAnswerWithoutTheDaysIsReadBack()
        {
            Server.Faults.Add(new FaultRule { Method = "PUT", Path = SchedulePath, Kind = FaultKind.Respond, Status = 200, Body = "{\"success\":true,\"data\":[],\"meta\":[]}" });
            var monday = NextMonday;

            var changed = await Client().Schedules.ApplyAsync(Salon, new[] { new WorkDayChange(101, monday, new[] { TimeSlot.Parse("10:00-11:00") }) }, None);

            Assert.Single(changed);
            Assert.Equal(1, Server.Requests.CountOf(SchedulePath, "GET"));
        }

        [Fact]
        public async Task ASlotThatIsNotAnObjectFailsTheReadRatherThanVanish()
        {
            var monday = NextMonday;
            Server.Faults.Add(new FaultRule
            {
                Method = "GET", Path = SchedulePath, Kind = FaultKind.Respond, Status = 200,
                Body = "{\"success\":true,\"data\":[{\"staff_id\":101,\"date\":\"" + monday.ToString("yyyy-MM-dd") + "\",\"is_working\":1,"
                    + "\"slots\":[{\"from\":\"09:00\",\"to\":\"13:00\"},\"14:00-18:00\"]}],\"meta\":[]}",
            });

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Schedules.ListAsync(Salon, new long[] { 101 }, monday, monday, false, None));

            Assert.Equal(AltegioErrorKind.InvalidResponse, ex.Kind);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.MockServer.State;
using Altegio.Models;
using Altegio.Paging;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Group events end to end over loopback HTTP, with the wire checked in the mock's request log.</summary>
    public class EventsTests : MockTestBase
    {
        private const string EventsPath = "/api/v2/locations/1001/events";

        private static CancellationToken None => CancellationToken.None;

        /// <summary>Midnight today at location 1001 (UTC+2), as the location sees it.</summary>
        private DateTime Today => Server.State.LocalNow(Server.State.Find<MockCompany>(Salon)!).Date;

        private static async Task<List<T>> Drain<T>(Pager<T> pager)
        {
            var all = new List<T>();
            while (await pager.NextPageAsync(None) is { } page)
            {
                all.AddRange(page);
            }

            return all;
        }

        private EventDraft Draft(int days, int hour, long teamMember = 103) => new EventDraft
        {
            TeamMemberId = teamMember,
            ServiceId = 302,
            Start = Today.AddDays(days).AddHours(hour),
            Duration = TimeSpan.FromMinutes(60),
            Capacity = 8,
        };

        [Fact]
        public async Task ListSendsEveryFilterAndReturnsTypedEventsWithTheirSideLoads()
        {
            var query = new EventListQuery
            {
                From = Today.AddDays(1),
                To = Today.AddDays(4),
                TeamMemberIds = new long[] { 101 },
                ServiceIds = new long[] { 301 },
                ResourceIds = new long[] { 70 },
                MinFreeSeats = 1,
                DaysOfWeek = new[] { Today.AddDays(3).DayOfWeek, Today.AddDays(1).DayOfWeek, Today.AddDays(1).DayOfWeek },
                Include = EventInclude.Staff | EventInclude.Service,
            };

            var events = await Drain(Client().Events.List(Salon, query, PagePlan.All()));

            // 800004 is full (2 of 2), so the free-seats filter leaves it out.
            Assert.Equal(new long[] { 800001, 800006 }, events.Select(e => e.Id));
            var request = Server.Requests.For(EventsPath, "GET").Single();
            Assert.Equal(EventTime.Format(Today.AddDays(1)), request.QueryValues("filter[from]").ToString());
            Assert.Equal(EventTime.Format(Today.AddDays(4)), request.QueryValues("filter[to]").ToString());
            Assert.Equal("101", request.QueryValues("filter[master_ids][]").ToString());
            Assert.Equal("301", request.QueryValues("filter[service_ids][]").ToString());
            Assert.Equal("70", request.QueryValues("filter[resource_ids][]").ToString());
            Assert.Equal("1", request.QueryValues("filter[capacity]").ToString());
            Assert.Equal("1", request.QueryValues("filter[include_deleted]").ToString());
            Assert.Equal(new[] { Iso(Today.AddDays(1).DayOfWeek), Iso(Today.AddDays(3).DayOfWeek) }.OrderBy(d => d).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                request.QueryValues("filter[weekdays][]").ToArray());
            Assert.Equal(new[] { "labels", "resource_instances", "duration_details", "staff", "service" }, request.QueryValues("include[]").ToArray());
            Assert.Equal("1", request.QueryValues("page").ToString());
            Assert.Equal("250", request.QueryValues("limit").ToString());

            var yoga = events[0];
            Assert.Equal(Salon, yoga.CompanyId);
            Assert.Equal(Today.AddDays(1).AddHours(9), yoga.Start.DateTime);
            Assert.Equal(TimeSpan.FromHours(2), yoga.Start.Offset);
            Assert.Equal(TimeSpan.FromHours(1), yoga.Duration);
            Assert.Equal(yoga.Start.AddHours(1), yoga.End);
            Assert.Equal(TimeSpan.Zero, yoga.TechnicalBreak);
            Assert.Equal(101, yoga.TeamMemberId);
            Assert.Equal("Maria Lopez", yoga.TeamMemberName);
            Assert.Equal(301, yoga.ServiceId);
            Assert.Equal("Yoga", yoga.ServiceTitle);
            Assert.Equal(10, yoga.Capacity);
            Assert.Equal(3, yoga.BookedSeats);
            Assert.Equal(7, yoga.FreeSeats);
            Assert.Equal(new long[] { 3004, 3005 }, yoga.TagIds);
            Assert.Equal(new[] { "Beginner friendly", "Morning" }, yoga.TagTitles);
            Assert.Equal(new long[] { 701 }, yoga.ResourceInstanceIds);
            Assert.Equal(new[] { "Hall A" }, yoga.ResourceInstanceTitles);
            Assert.Equal("Bring a mat", yoga.Instructions);
            Assert.Equal("Morning flow", yoga.Comment);
            Assert.Equal("#2196f3", yoga.Color);
            Assert.Null(yoga.StreamLink);
            Assert.False(yoga.IsDeleted);
        }

        [Fact]
        public async Task WithoutStaffOrServiceIncludedTheTitlesAreEmptyButTagsAndResourcesAreRead()
        {
            var events = await Drain(Client().Events.List(Salon, new EventListQuery { From = Today.AddDays(1), To = Today.AddDays(2) }, PagePlan.All()));

            var yoga = events.Single(e => e.Id == 800001);
            Assert.Null(yoga.TeamMemberName);
            Assert.Null(yoga.ServiceTitle);
            Assert.Equal(new long[] { 3004, 3005 }, yoga.TagIds);
            var pilates = events.Single(e => e.Id == 800002);
            Assert.Equal(TimeSpan.FromMinutes(15), pilates.TechnicalBreak);
            Assert.Equal("#ff9800", pilates.Color);
            Assert.Empty(pilates.TagIds!);
            Assert.DoesNotContain(events, e => e.Id == 800003);
        }

        [Fact]
        public async Task NowComesFromTheLocationsTimeZoneAndIsCached()
        {
            var events = Client().Events;
            var first = await events.LocationNowAsync(Salon, None);
            var second = await events.LocationNowAsync(Salon, None);

            var expected = Server.State.LocalNow(Server.State.Find<MockCompany>(Salon)!);
            Assert.InRange((first.Now - expected).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(5));
            Assert.Equal(TimeSpan.FromHours(2), first.Offset);
            Assert.Contains("Etc/GMT-2", first.Source);
            Assert.InRange((second.Now - first.Now).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(5));
            Assert.Equal(1, Server.Requests.CountOf("/api/v1/company/1001", "GET"));
        }

        [Fact]
        public async Task NowFallsBackToThisComputerWhenTheLocationCannotBeRead()
        {
            // The demo user has no rights in 1003: the company read answers 403.
            var now = await Client().Events.LocationNowAsync(1003, None);

            Assert.Null(now.Offset);
            Assert.Contains("this computer", now.Source);
            Assert.InRange((now.Now - DateTime.Now).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(5));
        }

        [Fact]
        public void TheDefaultWindowIsFromAMinuteAfterNowToSevenDaysLater()
        {
            var now = new DateTime(2027, 1, 15, 9, 0, 30, 500);

            var (from, to) = EventsApi.ResolveWindow(null, null, now);

            Assert.Equal(new DateTime(2027, 1, 15, 9, 1, 30), from);
            Assert.Equal(from.AddDays(7), to);
            Assert.Equal(new DateTime(2027, 1, 10), EventsApi.ResolveWindow(new DateTime(2027, 1, 3), null, now).To);
            var ex = Assert.Throws<AltegioApiException>(() => EventsApi.ResolveWindow(new DateTime(2027, 1, 3), new DateTime(2027, 1, 3), now));
            Assert.Equal("To", ex.FieldErrors.Single().Field);
        }

        [Fact]
        public async Task TheDefaultWindowIsAcceptedByTheApi()
        {
            var events = Client().Events;
            var now = await events.LocationNowAsync(Salon, None);
            var (from, to) = EventsApi.ResolveWindow(null, null, now.Now);

            var listed = await Drain(events.List(Salon, new EventListQuery { From = from, To = to }, PagePlan.All()));

            Assert.Equal(new long[] { 800001, 800002, 800004, 800005, 800006 }, listed.Select(e => e.Id));
        }

        [Fact]
        public async Task PagesThroughThousandsOfEventsAndEndsOnTheShortPage()
        {
            var start = Today.AddDays(10);
            Server.State.SeedEvents(Salon, 2600, start, TimeSpan.FromMinutes(10), 103, 303, 10, 600);
            var pager = Client().Events.List(Salon, new EventListQuery { From = start, To = start.AddDays(30) }, PagePlan.All());

            var count = 0;
            var last = DateTimeOffset.MinValue;
            while (await pager.NextPageAsync(None) is { } page)
            {
                Assert.True(page.Count <= 250);
                foreach (var e in page)
                {
                    Assert.True(e.Start >= last);
                    last = e.Start;
                    count++;
                }
            }

            Assert.Equal(2600, count);
            var requests = Server.Requests.For(EventsPath, "GET");
            Assert.Equal(Enumerable.Range(1, 11).Select(p => p.ToString()), requests.Select(r => r.QueryValues("page").ToString()));
            Assert.All(requests, r => Assert.Equal("250", r.QueryValues("limit").ToString()));
            Assert.Equal(2600UL, pager.KnownTotal);
        }

        [Fact]
        public async Task MemoryStaysFlatWhilePagingThroughFortyThousandEvents()
        {
            var start = Today.AddDays(10);
            Server.State.SeedEvents(Salon, 40_000, start, TimeSpan.FromMinutes(5), 103, 303, 10, 300);
            var pager = Client().Events.List(Salon, new EventListQuery { From = start, To = start.AddDays(200) }, PagePlan.All());

            long early = 0, late = 0, count = 0;
            while (await pager.NextPageAsync(None) is { } page)
            {
                count += page.Count;
                if (pager.PagesFetched == 10)
                {
                    early = GC.GetTotalMemory(forceFullCollection: true);
                }
                else if (pager.PagesFetched == 150)
                {
                    late = GC.GetTotalMemory(forceFullCollection: true);
                }
            }

            Assert.Equal(40_000, count);
            // Holding the 140 pages between the two readings takes about 10 MB; a walk that keeps nothing grows by
            // the mock's and the HTTP stack's noise only (about 1 MB).
            Assert.True(late - early < 4_000_000, $"The heap grew by {late - early:N0} bytes over 140 pages.");
        }

        [Fact]
        public async Task FirstStopsFetchingAsSoonAsItIsMet()
        {
            var start = Today.AddDays(10);
            Server.State.SeedEvents(Salon, 1000, start, TimeSpan.FromMinutes(10), 103, 303, 10, 600);

            var events = await Drain(Client().Events.List(Salon, new EventListQuery { From = start, To = start.AddDays(30) }, PagePlan.Create(0, 300, 100)));

            Assert.Equal(300, events.Count);
            Assert.Equal(new[] { "1", "2", "3" }, Server.Requests.For(EventsPath, "GET").Select(r => r.QueryValues("page").ToString()));
        }

        [Fact]
        public async Task SkipStartsOnTheRightPage()
        {
            var start = Today.AddDays(10);
            var (firstId, _) = Server.State.SeedEvents(Salon, 300, start, TimeSpan.FromMinutes(10), 103, 303, 10, 600);

            var events = await Drain(Client().Events.List(Salon, new EventListQuery { From = start, To = start.AddDays(30), IncludeDeleted = true }, PagePlan.Create(120, 5, 50)));

            Assert.Equal(Enumerable.Range(120, 5).Select(i => firstId + i), events.Select(e => e.Id));
            var request = Server.Requests.For(EventsPath, "GET").Single();
            Assert.Equal("25", request.QueryValues("page").ToString());
            Assert.Equal("5", request.QueryValues("limit").ToString());
        }

        [Fact]
        public async Task SkipWithoutDeletedEventsWalksFromTheFirstPageInFullPages()
        {
            // The deleted events the API returns would shift a page offset, so the skipped events are read and counted.
            var start = Today.AddDays(10);
            var (firstId, _) = Server.State.SeedEvents(Salon, 300, start, TimeSpan.FromMinutes(10), 103, 303, 10, 600);

            var events = await Drain(Client().Events.List(Salon, new EventListQuery { From = start, To = start.AddDays(30) }, PagePlan.Create(120, 5, 50)));

            Assert.Equal(Enumerable.Range(120, 5).Select(i => firstId + i), events.Select(e => e.Id));
            var requests = Server.Requests.For(EventsPath, "GET").ToList();
            Assert.Equal(new[] { "1", "2", "3" }, requests.Select(r => r.QueryValues("page").ToString()));
            Assert.All(requests, r => Assert.Equal("50", r.QueryValues("limit").ToString()));
        }

        private static int Iso(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

        [Fact]
        public async Task APastPeriodIsListedAndDeletedEventsAreDroppedUnlessAsked()
        {
            // The mock refuses a past period without filter[include_deleted]=1, as the API does.
            var events = await Drain(Client().Events.List(Salon, new EventListQuery { From = Today.AddDays(-1), To = Today.AddDays(2) }, PagePlan.All()));

            Assert.Equal(new long[] { 800001, 800002 }, events.Select(e => e.Id));
            Assert.Equal(200, Server.Requests.Last!.Status);
            Assert.Equal("1", Server.Requests.Last!.QueryValues("filter[include_deleted]").ToString());
        }

        [Fact]
        public async Task IncludeDeletedKeepsTheDeletedEvents()
        {
            var events = await Drain(Client().Events.List(Salon,
                new EventListQuery { From = Today.AddDays(-1), To = Today.AddDays(2), IncludeDeleted = true }, PagePlan.All()));

            Assert.Equal(new long[] { 800001, 800002, 800003 }, events.Select(e => e.Id));
            Assert.True(events[2].IsDeleted);
            Assert.Equal("1", Server.Requests.Last!.QueryValues("filter[include_deleted]").ToString());
        }

        [Fact]
        public async Task SkipAndFirstCountOnlyTheEventsThatAreKept()
        {
            // Kept: 800001, 800002, 800004, 800005, 800006; 800003 (deleted) sits on page 2 of pages of two.
            var events = await Drain(Client().Events.List(Salon, new EventListQuery { From = Today, To = Today.AddDays(4) }, PagePlan.Create(2, 2, 2)));

            Assert.Equal(new long[] { 800004, 800005 }, events.Select(e => e.Id));
            Assert.Equal(new[] { "1", "2", "3" }, Server.Requests.For(EventsPath, "GET").Select(r => r.QueryValues("page").ToString()));
        }

        [Fact]
        public async Task TheWeekdayFilterGoesOutMondayFirst()
        {
            var day = Today.AddDays(3);

            var events = await Drain(Client().Events.List(Salon, new EventListQuery { From = Today, To = Today.AddDays(5), DaysOfWeek = new[] { day.DayOfWeek } }, PagePlan.All()));

            Assert.Equal(new long[] { 800006 }, events.Select(e => e.Id));
            Assert.Equal(Iso(day.DayOfWeek).ToString(System.Globalization.CultureInfo.InvariantCulture), Server.Requests.Last!.QueryValues("filter[weekdays][]").ToString());
            Assert.Equal("1", EventsApi.WeekdayNumbers(new[] { DayOfWeek.Monday })!.Single().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(7, EventsApi.WeekdayNumbers(new[] { DayOfWeek.Sunday })!.Single());
            var ex = Assert.Throws<AltegioApiException>(() => Client().Events.List(Salon, new EventListQuery { From = Today, To = Today.AddDays(1), DaysOfWeek = new[] { (DayOfWeek)9 } }, PagePlan.All()));
            Assert.Equal("DayOfWeek", ex.FieldErrors.Single().Field);
        }

        [Theory]
        [InlineData("get")]
        [InlineData("update")]
        [InlineData("delete")]
        public async Task EventZeroIsRefusedBeforeSending(string operation)
        {
            var events = Client().Events;
            Task call = operation switch
            {
                "get" => events.GetAsync(Salon, 0, EventInclude.None, None),
                "update" => events.UpdateAsync(Salon, 0, new EventChanges { Capacity = 3 }, false, None),
                _ => events.DeleteAsync(Salon, 0, None),
            };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => call);

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal("Id", ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task AnEndBeforeTheStartIsRefusedBeforeAnyRequest()
        {
            var ex = Assert.Throws<AltegioApiException>(() => Client().Events.List(Salon, new EventListQuery { From = Today.AddDays(2), To = Today.AddDays(1) }, PagePlan.All()));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            await Task.Yield();
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task GetReturnsASoftDeletedEvent()
        {
            var removed = await Client().Events.GetAsync(Salon, 800003, EventInclude.Service, None);

            Assert.True(removed.IsDeleted);
            Assert.Equal("Cancelled", removed.Comment);
            Assert.Equal("Stretching", removed.ServiceTitle);
        }

        [Fact]
        public async Task GetOfAnUnknownEventIsNotFound()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Events.GetAsync(Salon, 899999, EventInclude.None, None));

            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
        }

        [Fact]
        public async Task CreateSendsEveryFieldInLocationTimeAndReturnsTheEvent()
        {
            var draft = Draft(5, 10);
            draft.Duration = TimeSpan.FromMinutes(90);
            draft.TechnicalBreak = TimeSpan.FromMinutes(15);
            draft.TagIds = new long[] { 3004, 3005 };
            draft.ResourceInstanceIds = new long[] { 702 };
            draft.Comment = "Workshop";
            draft.Color = "#00AA55";
            draft.Instructions = "Bring water";
            draft.StreamLink = "https://stream.example.test/w";
            draft.Start = DateTime.SpecifyKind(draft.Start, DateTimeKind.Utc); // the Kind must not matter

            var created = await Client().Events.CreateAsync(Salon, draft, false, None);

            var post = Server.Requests.For(EventsPath, "POST").Single();
            var date = EventTime.Format(Today.AddDays(5).AddHours(10));
            Assert.Equal(
                "{\"staff_id\":103,\"service_id\":302,\"resource_instance_ids\":[702],\"label_ids\":[3004,3005],\"date\":\"" + date +
                "\",\"length\":5400,\"capacity\":8,\"technical_break_duration\":900,\"comment\":\"Workshop\",\"color\":\"#00aa55\"," +
                "\"instructions\":\"Bring water\",\"stream_link\":\"https://stream.example.test/w\"}",
                post.Body);
            Assert.Equal(201, post.Status);
            Assert.Equal(Today.AddDays(5).AddHours(10), created.Start.DateTime);
            Assert.Equal(TimeSpan.FromMinutes(90), created.Duration);
            Assert.Equal(TimeSpan.FromMinutes(15), created.TechnicalBreak);
            Assert.Equal(new long[] { 3004, 3005 }, created.TagIds);
            Assert.Equal(new long[] { 702 }, created.ResourceInstanceIds);
            Assert.Equal("#00aa55", created.Color);
            var stored = Server.State.Find<MockEvent>(created.Id)!;
            Assert.Equal(900, stored.TechnicalBreakDuration);
            Assert.Equal("Bring water", stored.Instructions);
        }

        public static IEnumerable<object[]> BadDrafts()
        {
            yield return new object[] { (Action<EventDraft>)(d => d.Duration = TimeSpan.FromMinutes(62)), "Duration" };
            yield return new object[] { (Action<EventDraft>)(d => d.Duration = TimeSpan.Zero), "Duration" };
            yield return new object[] { (Action<EventDraft>)(d => d.Duration = TimeSpan.FromHours(25)), "Duration" };
            yield return new object[] { (Action<EventDraft>)(d => d.TechnicalBreak = TimeSpan.FromMinutes(7)), "TechnicalBreak" };
            yield return new object[] { (Action<EventDraft>)(d => d.TechnicalBreak = TimeSpan.FromMinutes(65)), "TechnicalBreak" };
            yield return new object[] { (Action<EventDraft>)(d => d.TechnicalBreak = TimeSpan.FromMinutes(60)), "TechnicalBreak" };
            yield return new object[] { (Action<EventDraft>)(d => d.Capacity = 0), "Capacity" };
            yield return new object[] { (Action<EventDraft>)(d => d.Color = "blue"), "Color" };
            yield return new object[] { (Action<EventDraft>)(d => d.TagIds = new long[] { 0 }), "TagId" };
        }

        [Theory]
        [MemberData(nameof(BadDrafts))]
        public async Task CreateChecksTheDraftBeforeSending(Action<EventDraft> spoil, string parameter)
        {
            var draft = Draft(5, 10);
            spoil(draft);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Events.CreateAsync(Salon, draft, false, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(parameter, ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task ABreakOfExactlyAnHourInsideALongerEventIsAllowed()
        {
            var draft = Draft(5, 10);
            draft.Duration = TimeSpan.FromHours(2);
            draft.TechnicalBreak = TimeSpan.FromHours(1);

            var created = await Client().Events.CreateAsync(Salon, draft, false, None);

            Assert.Equal(TimeSpan.FromHours(1), created.TechnicalBreak);
        }

        [Fact]
        public async Task ABusyTeamMemberIsAConflictThatPointsToForce()
        {
            // 800001: Maria (101) tomorrow 09:00-10:00.
            var draft = Draft(1, 9, teamMember: 101);
            draft.Start = draft.Start.AddMinutes(30);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Events.CreateAsync(Salon, draft, false, None));

            Assert.Equal(AltegioErrorKind.Conflict, ex.Kind);
            Assert.Equal(409, ex.StatusCode);
            Assert.Equal("Altegio.Conflict", ex.Classification.ErrorId);
            Assert.Equal("ResourceExists", ex.Classification.CategoryName);
            Assert.Contains("The team member is busy at this time", ex.Message);
            Assert.Contains("-Force", ex.Message);

            var forced = await Client().Events.CreateAsync(Salon, draft, true, None);
            Assert.Contains("\"force\":true", Server.Requests.For(EventsPath, "POST").Last().Body);
            Assert.Equal(101, forced.TeamMemberId);
        }

        [Fact]
        public async Task UpdateWritesBackEveryFieldItWasNotGiven()
        {
            var client = Client();
            var draft = Draft(6, 12);
            draft.Duration = TimeSpan.FromMinutes(90);
            draft.TechnicalBreak = TimeSpan.FromMinutes(10);
            draft.TagIds = new long[] { 3004 };
            draft.ResourceInstanceIds = new long[] { 701, 702 };
            draft.Comment = "Keep the comment";
            draft.Color = "#123456";
            draft.Instructions = "Keep the instructions";
            draft.StreamLink = "https://stream.example.test/keep";
            var created = await client.Events.CreateAsync(Salon, draft, false, None);
            Server.Requests.Clear();

            var updated = await client.Events.UpdateAsync(Salon, created.Id, new EventChanges { Capacity = 12 }, false, None);

            // Read (with the side-loads that carry tags, resources and the break), then one PUT of everything.
            var get = Server.Requests.For(EventsPath + "/" + created.Id, "GET").Single();
            Assert.Equal(new[] { "labels", "resource_instances", "duration_details" }, get.QueryValues("include[]").ToArray());
            var put = Server.Requests.For(EventsPath + "/" + created.Id, "PUT").Single();
            Assert.Equal(
                "{\"staff_id\":103,\"service_id\":302,\"resource_instance_ids\":[701,702],\"label_ids\":[3004],\"date\":\"" + EventTime.Format(draft.Start) +
                "\",\"length\":5400,\"capacity\":12,\"technical_break_duration\":600,\"comment\":\"Keep the comment\",\"color\":\"#123456\"," +
                "\"instructions\":\"Keep the instructions\",\"stream_link\":\"https://stream.example.test/keep\"}",
                put.Body);

            // The mock resets whatever a PUT leaves out, so the stored event proves nothing was lost.
            var stored = Server.State.Find<MockEvent>(created.Id)!;
            Assert.Equal(12, stored.Capacity);
            Assert.Equal(103, stored.StaffId);
            Assert.Equal(302, stored.ServiceId);
            Assert.Equal(draft.Start, stored.Date);
            Assert.Equal(5400, stored.Length);
            Assert.Equal(600, stored.TechnicalBreakDuration);
            Assert.Equal(new long[] { 3004 }, stored.LabelIds);
            Assert.Equal(new long[] { 701, 702 }, stored.ResourceInstanceIds);
            Assert.Equal("Keep the comment", stored.Comment);
            Assert.Equal("#123456", stored.Color);
            Assert.Equal("Keep the instructions", stored.Instructions);
            Assert.Equal("https://stream.example.test/keep", stored.StreamLink);

            Assert.Equal(12, updated.Capacity);
            Assert.Equal(new long[] { 3004 }, updated.TagIds);
            Assert.Equal(new long[] { 701, 702 }, updated.ResourceInstanceIds);
            Assert.Equal(TimeSpan.FromMinutes(10), updated.TechnicalBreak);
        }

        [Fact]
        public async Task UpdateSendsEveryFieldWithNullWhereTheEventHasNone()
        {
            // 800002 has no comment, no instructions and no stream link.
            await Client().Events.UpdateAsync(Salon, 800002, new EventChanges { Capacity = 9 }, false, None);

            var put = Server.Requests.For(EventsPath + "/800002", "PUT").Single();
            Assert.Equal(
                "{\"staff_id\":102,\"service_id\":302,\"resource_instance_ids\":[702],\"label_ids\":[],\"date\":\"" + EventTime.Format(Today.AddDays(1).AddHours(11)) +
                "\",\"length\":2700,\"capacity\":9,\"technical_break_duration\":900,\"comment\":null,\"color\":\"#ff9800\"," +
                "\"instructions\":null,\"stream_link\":null}",
                put.Body);
        }

        [Fact]
        public async Task UpdateChangesOnlyWhatItIsGivenAndEmptyTextClears()
        {
            var client = Client();
            var changes = new EventChanges
            {
                Start = Today.AddDays(3).AddHours(7),
                Duration = TimeSpan.FromMinutes(45),
                TagIds = Array.Empty<long>(),
                Comment = string.Empty,
                Instructions = string.Empty,
                StreamLink = string.Empty,
                Color = "#ABCDEF",
            };

            var updated = await client.Events.UpdateAsync(Salon, 800001, changes, false, None);

            var stored = Server.State.Find<MockEvent>(800001)!;
            Assert.Equal(Today.AddDays(3).AddHours(7), stored.Date);
            Assert.Equal(2700, stored.Length);
            Assert.Empty(stored.LabelIds);
            // Clearing sends null, as the official client does, not "".
            var put = Server.Requests.For(EventsPath + "/800001", "PUT").Single().Body;
            Assert.Contains("\"comment\":null", put);
            Assert.Contains("\"instructions\":null", put);
            Assert.Contains("\"stream_link\":null", put);
            Assert.DoesNotContain("\"\"", put);
            Assert.Null(stored.Comment);
            Assert.Equal("#abcdef", stored.Color);
            Assert.Null(stored.Instructions);
            Assert.Equal(new long[] { 701 }, stored.ResourceInstanceIds);
            Assert.Equal(10, stored.Capacity);
            Assert.Equal(101, stored.StaffId);
            Assert.Null(updated.Comment);
            Assert.Equal(Today.AddDays(3).AddHours(7), updated.Start.DateTime);
        }

        [Fact]
        public async Task UpdateChecksTheBreakAgainstTheEventsOwnDurationBeforeWriting()
        {
            // 800002 lasts 45 minutes.
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                Client().Events.UpdateAsync(Salon, 800002, new EventChanges { TechnicalBreak = TimeSpan.FromMinutes(45) }, false, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal("TechnicalBreak", ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.CountOf(EventsPath + "/800002", "PUT"));
        }

        [Fact]
        public async Task UpdateWithNothingToChangeSendsNothing()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Events.UpdateAsync(Salon, 800001, new EventChanges(), false, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task UpdateIntoABusySlotIsAConflictAndForceSavesIt()
        {
            // Move 800005 (John, day+2 18:00) onto 800002 (John, day+1 11:00).
            var changes = new EventChanges { Start = Today.AddDays(1).AddHours(11) };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Events.UpdateAsync(Salon, 800005, changes, false, None));
            Assert.Equal(AltegioErrorKind.Conflict, ex.Kind);
            Assert.Contains("Pass -Force to save the change anyway", ex.Message);

            await Client().Events.UpdateAsync(Salon, 800005, changes, true, None);
            Assert.Equal(Today.AddDays(1).AddHours(11), Server.State.Find<MockEvent>(800005)!.Date);
        }

        [Fact]
        public void MergeCarriesEveryWritableFieldOfTheEvent()
        {
            var current = new Event
            {
                Id = 5, CompanyId = Salon, Start = new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.FromHours(2)),
                Duration = TimeSpan.FromMinutes(60), TechnicalBreak = TimeSpan.FromMinutes(5), TeamMemberId = 101, ServiceId = 301,
                Capacity = 10, BookedSeats = 3, Color = "aa0000", Comment = "c", Instructions = "i", StreamLink = "s",
                TagIds = new long[] { 1, 2 }, ResourceInstanceIds = new long[] { 3 },
            };

            var body = EventsApi.Merge(current, new EventChanges { ServiceId = 302 }, force: false);

            var json = JsonSerializer.Serialize(body, Altegio.Json.AltegioJsonContext.Wire.EventReplaceBody);
            Assert.Equal(
                "{\"staff_id\":101,\"service_id\":302,\"resource_instance_ids\":[3],\"label_ids\":[1,2],\"date\":\"2027-01-15 09:00:00\",\"length\":3600," +
                "\"capacity\":10,\"technical_break_duration\":300,\"comment\":\"c\",\"color\":\"#aa0000\",\"instructions\":\"i\",\"stream_link\":\"s\"}",
                json);
        }

        [Fact]
        public void MergeRefusesToGuessTagsOrResourcesTheApiDidNotSend()
        {
            var current = new Event { Id = 5, Start = DateTimeOffset.Now, Duration = TimeSpan.FromHours(1), Capacity = 1, TeamMemberId = 1, ServiceId = 1, ResourceInstanceIds = new long[0] };

            var ex = Assert.Throws<AltegioApiException>(() => EventsApi.Merge(current, new EventChanges { Capacity = 2 }, false));
            Assert.Contains("-TagId", ex.Message);

            var body = EventsApi.Merge(current, new EventChanges { Capacity = 2, TagIds = new long[] { 7 } }, false);
            Assert.Equal(new long[] { 7 }, body.LabelIds);
        }

        [Fact]
        public async Task DeleteIsSoftAndCancelsTheBookings()
        {
            var client = Client();

            await client.Events.DeleteAsync(Salon, 800001, None);

            Assert.Equal(204, Server.Requests.For(EventsPath + "/800001", "DELETE").Single().Status);
            var removed = await client.Events.GetAsync(Salon, 800001, EventInclude.None, None);
            Assert.True(removed.IsDeleted);
            Assert.Equal(0, removed.BookedSeats);
            Assert.Empty(await Drain(client.EventBookings.List(Salon, 800001, false, PagePlan.All())));
        }
    }
}

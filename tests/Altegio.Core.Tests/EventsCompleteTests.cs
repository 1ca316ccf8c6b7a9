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
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Bulk booking, booking changes and cancellation, copies, dates, filter values and duplication strategies, over loopback HTTP.</summary>
    public class EventsCompleteTests : MockTestBase
    {
        private const string EventsPath = "/api/v2/locations/1001/events";

        private static CancellationToken None => CancellationToken.None;

        private DateTime LocationToday => Server.State.LocalNow(Server.State.Find<MockCompany>(Salon)!).Date;

        // ---------------- bulk booking ----------------

        [Fact]
        public async Task ABulkBookingBooksWhatItCanAndReportsEachRefusedRowByItsIndex()
        {
            var drafts = new List<EventBookingDraft>
            {
                new EventBookingDraft { ClientId = 9003 },
                new EventBookingDraft { ClientId = 9001 },
                new EventBookingDraft { ClientName = "Dana Novak", Phone = "+35799000123", Email = "dana@example.test" },
                new EventBookingDraft { ClientId = 99999 },
            };

            // 800001: Anna (9001) already booked; 9003 free; Dana new; 99999 unknown.
            var result = await Client().EventBookings.BookManyAsync(Salon, 800001, drafts, None);

            var post = Server.Requests.For(EventsPath + "/800001/appointments/bulk", "POST").Single();
            Assert.Equal(201, post.Status);
            using (var body = JsonDocument.Parse(post.Body))
            {
                var records = body.RootElement.GetProperty("records");
                Assert.Equal(4, records.GetArrayLength());
                Assert.Equal(9003, records[0].GetProperty("client_id").GetInt64());
                Assert.Equal(1, records[0].GetProperty("clients_count").GetInt32());
                Assert.Equal("Dana Novak", records[2].GetProperty("name").GetString());
                Assert.False(records[2].TryGetProperty("client_id", out _));
            }

            Assert.Equal(new[] { 0, 2 }, result.Booked.Select(b => b.Index));
            Assert.Equal(9003, result.Booked[0].Booking.ClientId);
            Assert.Equal("Dana Novak", result.Booked[1].Booking.ClientName);
            Assert.All(result.Booked, b => Assert.Equal(800001, b.Booking.EventId));
            Assert.Equal(new[] { 1, 3 }, result.Refused.Select(r => r.Index));
            Assert.Contains("already booked", result.Refused[0].Reason);
            Assert.Contains("99999", result.Refused[1].Reason);
            Assert.Equal(5, Server.State.Find<MockEvent>(800001)!.ClientsCount);
        }

        [Theory]
        [InlineData("array")]
        [InlineData("object")]
        [InlineData("errors")]
        public async Task ABulkBookingWithNoRefusalReadsEveryFormOfAnEmptyMeta(string meta)
        {
            Server.State.Settings.BulkCleanMeta = meta;
            var drafts = new[] { new EventBookingDraft { ClientId = 9001, Seats = 2 }, new EventBookingDraft { ClientId = 9002 } };

            var result = await Client().EventBookings.BookManyAsync(Salon, 800006, drafts, None);

            Assert.Empty(result.Refused);
            Assert.Equal(new[] { 0, 1 }, result.Booked.Select(b => b.Index));
            Assert.Equal(new[] { 2, 1 }, result.Booked.Select(b => b.Booking.Seats));
        }

        [Fact]
        public async Task ABulkBookingChecksEveryRowAndTheRowCountBeforeSending()
        {
            var api = Client().EventBookings;
            var tooMany = Enumerable.Range(0, 51).Select(i => new EventBookingDraft { ClientId = 9001 }).ToList();
            var badRow = new[] { new EventBookingDraft { ClientId = 9001 }, new EventBookingDraft { ClientName = "X", Phone = "12" } };
            var withComment = new[] { new EventBookingDraft { ClientId = 9001, Comment = "hi" } };

            Assert.Equal(AltegioErrorKind.InvalidParameter, (await Assert.ThrowsAsync<AltegioApiException>(() => api.BookManyAsync(Salon, 800006, tooMany, None))).Kind);
            Assert.Equal("Phone", (await Assert.ThrowsAsync<AltegioApiException>(() => api.BookManyAsync(Salon, 800006, badRow, None))).FieldErrors.Single().Field);
            Assert.Equal("Comment", (await Assert.ThrowsAsync<AltegioApiException>(() => api.BookManyAsync(Salon, 800006, withComment, None))).FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        // ---------------- booking change ----------------

        [Fact]
        public async Task ChangingABookingKeepsItsTagsAndProductLinesAndWorksOutTheCostAgain()
        {
            var changed = await Client().EventBookings.UpdateAsync(Salon, 800001, 60001, new EventBookingChanges { DiscountPercent = 12.5m, Comment = "VIP pair" }, None);

            var get = Server.Requests.For("/api/v2/locations/1001/appointments", "GET").Single();
            Assert.Equal(new[] { "attendance_service_items", "labels", "attendance_good_items" }, get.QueryValues("include[]").ToArray());
            var put = Server.Requests.For(EventsPath + "/800001/appointments/60001", "PUT").Single();
            using var body = JsonDocument.Parse(put.Body);
            var root = body.RootElement;
            var line = root.GetProperty("attendance_service_item");
            Assert.Equal(20m, line.GetProperty("cost_per_unit").GetDecimal());
            Assert.Equal(12.5m, line.GetProperty("discount_percent").GetDecimal());
            Assert.Equal(35m, line.GetProperty("manual_cost").GetDecimal()); // 20 × 2 seats × 0.875
            Assert.Equal(new long[] { 3003 }, root.GetProperty("label_ids").EnumerateArray().Select(e => e.GetInt64()));
            var good = Assert.Single(root.GetProperty("attendance_good_items").EnumerateArray());
            Assert.Equal(50001, good.GetProperty("id").GetInt64());
            Assert.Equal(41, good.GetProperty("good_id").GetInt64());
            Assert.Equal(2, root.GetProperty("clients_count").GetInt32());
            Assert.Equal("VIP pair", root.GetProperty("comment").GetString());

            var stored = Server.State.Find<MockBooking>(60001)!;
            Assert.Equal(new long[] { 3003 }, stored.LabelIds);
            Assert.Single(stored.GoodItems);
            Assert.Equal(35m, stored.ManualCost);
            Assert.Equal(35m, changed.Cost);
            Assert.Equal(new long[] { 3003 }, changed.TagIds);
            Assert.Equal("VIP pair", changed.Comment);
        }

        [Fact]
        public async Task ChangingSeatsPriceTagsAndColourSendsThemInTheApisForm()
        {
            await Client().EventBookings.UpdateAsync(Salon, 800001, 60002,
                new EventBookingChanges { Seats = 3, Price = 15m, TagIds = Array.Empty<long>(), Color = "#FF9800" }, None);

            using var body = JsonDocument.Parse(Server.Requests.For(EventsPath + "/800001/appointments/60002", "PUT").Single().Body);
            Assert.Equal(45m, body.RootElement.GetProperty("attendance_service_item").GetProperty("manual_cost").GetDecimal());
            Assert.Equal("ff9800", body.RootElement.GetProperty("color").GetString());
            Assert.Equal(0, body.RootElement.GetProperty("label_ids").GetArrayLength());
            Assert.Equal(5, Server.State.Find<MockEvent>(800001)!.ClientsCount);
        }

        [Theory]
        [InlineData(0, null, null, "Seats")]
        [InlineData(null, -1.0, null, "Price")]
        [InlineData(null, null, 101.0, "DiscountPercent")]
        [InlineData(null, null, null, "BookingId")]
        public async Task ABookingChangeIsCheckedBeforeAnyRequest(int? seats, double? price, double? discount, string parameter)
        {
            var changes = new EventBookingChanges { Seats = seats, Price = (decimal?)price, DiscountPercent = (decimal?)discount };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.UpdateAsync(Salon, 800001, 60002, changes, None));

            Assert.Equal(parameter, ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task ChangingABookingThatIsNotInTheEventIsNotFoundAndWritesNothing()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                Client().EventBookings.UpdateAsync(Salon, 800002, 60001, new EventBookingChanges { Comment = "x" }, None));

            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
            Assert.Empty(Server.Requests.For(EventsPath + "/800002/appointments/60001", "PUT"));
        }

        [Theory]
        [InlineData(1.0, 1, 0.0, 1.0)]
        [InlineData(9.99, 3, 15.0, 25.47)]
        [InlineData(10.0, 1, 100.0, 0.0)]
        public void TheCostIsPriceTimesSeatsLessTheDiscountRoundedToCents(double price, int seats, double discount, double cost) =>
            Assert.Equal((decimal)cost, EventBookingsApi.CostOf((decimal)price, seats, (decimal)discount));

        // ---------------- cancellation ----------------

        [Fact]
        public async Task CancellingABookingDeletesTheAppointmentAndReadsTheFreedSeatBack()
        {
            var result = await Client().EventBookings.CancelAsync(Salon, 800001, 60001, None);

            Assert.Equal(204, Server.Requests.For("/api/v2/locations/1001/appointments/60001", "DELETE").Single().Status);
            Assert.Equal(2, Server.Requests.For(EventsPath + "/800001", "GET").Count);
            Assert.Equal(3, result.SeatsBefore);
            Assert.Equal(1, result.SeatsAfter);
            Assert.True(result.SeatsFreed);
            Assert.True(Server.State.Find<MockBooking>(60001)!.Deleted);
        }

        [Fact]
        public async Task ABookingOfAnotherEventIsNotFoundAndNothingIsDeleted()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.CancelAsync(Salon, 800002, 60001, None));

            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
            Assert.Contains("Event 800002 has no booking 60001", ex.Message);
            Assert.Empty(Server.Requests.For("/api/v2/locations/1001/appointments/60001", "DELETE"));
            Assert.False(Server.State.Find<MockBooking>(60001)!.Deleted);
        }

        [Fact]
        public async Task ACancellationThatLeavesTheSeatsBookedSaysSo()
        {
            Server.State.Settings.CancelFreesSeat = false;

            var result = await Client().EventBookings.CancelAsync(Salon, 800001, 60002, None);

            Assert.False(result.SeatsFreed);
            Assert.Equal(3, result.SeatsAfter);
        }

        // ---------------- copies ----------------

        private async Task<Event> Source(long id = 800001) =>
            await Client().Events.GetAsync(Salon, id, EventInclude.Staff | EventInclude.Service, None);

        [Theory]
        [InlineData("observed")]
        [InlineData("resource")]
        public async Task CopiesAnEventToStartTimesInOneRequestFilledFromTheSource(string answer)
        {
            Server.State.Settings.DuplicateAnswer = answer;
            var source = await Source();
            var starts = new[] { source.Start.DateTime.AddDays(14), source.Start.DateTime.AddDays(7) };

            var copies = await Client().Events.CopyAsync(Salon, source, starts, withBookings: true, force: false, None);

            var post = Server.Requests.For(EventsPath + "/800001/duplicate", "POST").Single();
            using var body = JsonDocument.Parse(post.Body);
            Assert.Equal(2, body.RootElement.GetProperty("content_type").GetInt32());
            Assert.False(body.RootElement.GetProperty("force").GetBoolean());
            Assert.Equal(starts[0].ToString("yyyy-MM-dd'T'HH:mm:ss"), body.RootElement.GetProperty("dates")[0].GetString());
            Assert.Equal(2, copies.Count);
            var copy = copies[0];
            Assert.Equal(TimeSpan.FromHours(2), copy.Start.Offset);
            Assert.Equal(starts[0], copy.Start.DateTime);
            Assert.Equal(3, copy.BookedSeats);
            Assert.Equal(new long[] { 3004, 3005 }, copy.TagIds);
            Assert.Equal(new long[] { 701 }, copy.ResourceInstanceIds);
            Assert.Equal("Maria Lopez", copy.TeamMemberName);
            Assert.Equal("Yoga", copy.ServiceTitle);
            Assert.Equal("Bring a mat", copy.Instructions);
            Assert.Equal(10, copy.Capacity);
            Assert.Equal(TimeSpan.FromHours(1), copy.Duration);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task ACopyThatClashesIsAConflictNamingTheClashingStart(bool jsonApi)
        {
            Server.State.Settings.EventErrorsAsJsonApi = jsonApi;
            var source = await Source();
            var clash = Server.State.Find<MockEvent>(800004)!.Date; // same team member, day +2 09:00
            var starts = new[] { source.Start.DateTime.AddDays(7), clash };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Events.CopyAsync(Salon, source, starts, false, false, None));

            Assert.Equal("Altegio.Conflict", ex.Classification.ErrorId);
            Assert.Contains("The copy at " + clash.ToString("yyyy-MM-dd HH:mm") + " clashes", ex.Message);
            Assert.Contains("-Force", ex.Message);
            Assert.Equal(7, Server.State.All<MockEvent>().Count);

            var forced = await Client().Events.CopyAsync(Salon, source, starts, false, true, None);
            Assert.Equal(2, forced.Count);
        }

        [Fact]
        public void EveryStartIsCheckedAndAllBadOnesAreNamedBeforeSending()
        {
            var source = new Event { Id = 800001, Start = new DateTimeOffset(new DateTime(2030, 1, 7, 9, 0, 0), TimeSpan.FromHours(2)) };
            var now = new DateTime(2030, 1, 1, 12, 0, 0);
            var starts = new[] { new DateTime(2030, 1, 14, 9, 0, 0), new DateTime(2029, 12, 31, 9, 0, 0), new DateTime(2030, 1, 14, 9, 0, 0), source.Start.DateTime };

            var ex = Assert.Throws<AltegioApiException>(() => EventsApi.ValidateCopyDates(source, starts, now));

            Assert.Equal("Start", ex.FieldErrors.Single().Field);
            Assert.Contains("2029-12-31 09:00 (in the past at the location)", ex.Message);
            Assert.Contains("2030-01-14 09:00 (given twice)", ex.Message);
            Assert.Contains("2030-01-07 09:00 (the event's own start)", ex.Message);
        }

        [Fact]
        public void UntilMakesEveryChosenWeekdayAtTheSourcesTimeAndBatchesThemByAHundred()
        {
            // Monday 2030-01-07 09:00; Mondays and Wednesdays through 2030-01-23.
            var source = new Event { Start = new DateTimeOffset(new DateTime(2030, 1, 7, 9, 0, 0), TimeSpan.FromHours(2)) };

            var starts = EventsApi.RepeatDates(source, new DateTime(2030, 1, 23), new[] { DayOfWeek.Wednesday, DayOfWeek.Monday }, new DateTime(2030, 1, 1));
            var ownDay = EventsApi.RepeatDates(source, new DateTime(2030, 1, 21), null, new DateTime(2030, 1, 1));
            var year = EventsApi.RepeatDates(source, new DateTime(2034, 1, 1), new[] { DayOfWeek.Monday, DayOfWeek.Tuesday }, new DateTime(2030, 1, 1));

            Assert.Equal(new[] { 9, 14, 16, 21, 23 }, starts.Select(s => s.Day));
            Assert.All(starts, s => Assert.Equal(9, s.Hour));
            Assert.Equal(new[] { 14, 21 }, ownDay.Select(s => s.Day));
            Assert.Equal(new[] { 100, 100, 100, 100, 15 }, EventsApi.CopyBatches(year).Select(b => b.Count));
            Assert.Equal("Until", Assert.Throws<AltegioApiException>(() => EventsApi.RepeatDates(source, new DateTime(2030, 1, 8), null, new DateTime(2030, 1, 1))).FieldErrors.Single().Field);
        }

        // ---------------- dates and filters ----------------

        [Fact]
        public async Task ListsTheDaysWithEventsInDateOrderWithTheListsFilters()
        {
            var today = LocationToday;
            var query = new EventListQuery { From = today.AddDays(1), To = today.AddDays(10), TeamMemberIds = new long[] { 101 } };

            var days = await Client().Events.DatesAsync(Salon, query, None);
            var range = await Client().Events.DateRangeAsync(Salon, query, None);

            Assert.Equal(new[] { today.AddDays(1), today.AddDays(2), today.AddDays(3) }, days.Select(d => d.Date));
            var request = Server.Requests.For(EventsPath + "/dates", "GET").Single();
            Assert.Equal("101", request.QueryValues("filter[master_ids][]").ToString());
            Assert.Equal(0, request.QueryValues("filter[include_deleted]").Count);
            Assert.Equal(today.AddDays(1), range.First);
            Assert.Equal(today.AddDays(3), range.Last);
        }

        [Fact]
        public async Task ReadsTheFilterValuesWithTheirNamesAndAnEmptyCriterionAsNull()
        {
            var today = LocationToday;

            var values = await Client().Events.FilterValuesAsync(Salon, today.AddDays(1), today.AddDays(28), None);

            Assert.Contains(values, v => v.Criterion == "staff" && v.Id == 101 && v.Title == "Maria Lopez");
            Assert.Contains(values, v => v.Criterion == "service" && v.Id == 302 && v.Title == "Pilates");
            Assert.Contains(values, v => v.Criterion == "resource" && v.Id == 70);
            Assert.DoesNotContain(values, v => v.Criterion == "service_category");
        }

        // ---------------- duplication strategies ----------------

        [Fact]
        public async Task CreatesChangesAndRemovesADuplicationStrategySendingTheWholeStrategyOnUpdate()
        {
            var api = Client().EventDuplicationStrategies;

            var created = await api.CreateAsync(Salon, new EventDuplicationStrategyDraft
            {
                Title = "Tue/Thu with bookings", RepeatMode = EventRepeatMode.Weekly, DaysOfWeek = new[] { DayOfWeek.Thursday, DayOfWeek.Tuesday }, Interval = 1, WithBookings = true,
            }, None);
            var changed = await api.UpdateAsync(Salon, created.Id, new EventDuplicationStrategyDraft { Title = "Tue/Thu" }, None);
            await api.DeleteAsync(Salon, created.Id, None);

            Assert.Equal(201, Server.Requests.For(EventsPath + "/duplication_strategies", "POST").Single().Status);
            Assert.Equal(new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday }, created.DaysOfWeek);
            Assert.True(created.WithBookings);
            var put = Server.Requests.For(EventsPath + "/duplication_strategies/" + created.Id, "PUT").Single();
            Assert.Equal("{\"title\":\"Tue/Thu\",\"repeat_mode_id\":5,\"days\":[2,4],\"interval\":1,\"content_type\":2}", put.Body);
            Assert.Equal("Tue/Thu", changed.Title);
            Assert.Equal(204, Server.Requests.For(EventsPath + "/duplication_strategies/" + created.Id, "DELETE").Single().Status);
            Assert.Single(Server.State.All<MockDuplicationStrategy>());
        }

        [Fact]
        public async Task AWeeklyStrategyWithoutDaysIsRefusedBeforeSending()
        {
            var api = Client().EventDuplicationStrategies;

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => api.CreateAsync(Salon, new EventDuplicationStrategyDraft { Title = "Weekly", RepeatMode = EventRepeatMode.Weekly }, None));
            var onUpdate = await Assert.ThrowsAsync<AltegioApiException>(() => api.UpdateAsync(Salon, 501, new EventDuplicationStrategyDraft { DaysOfWeek = Array.Empty<DayOfWeek>() }, None));

            Assert.Equal("DayOfWeek", ex.FieldErrors.Single().Field);
            Assert.Equal("DayOfWeek", onUpdate.FieldErrors.Single().Field);
            Assert.Empty(Server.Requests.For(EventsPath + "/duplication_strategies", "POST"));
            Assert.Empty(Server.Requests.For(EventsPath + "/duplication_strategies/501", "PUT"));
        }

        [Fact]
        public async Task ListsStrategiesWithTheirRepeatModeAndDays()
        {
            var strategy = Assert.Single(await Client().EventDuplicationStrategies.ListAsync(Salon, None));

            Assert.Equal(501, strategy.Id);
            Assert.Equal(EventRepeatMode.Weekly, strategy.RepeatMode);
            Assert.Equal(new[] { DayOfWeek.Monday, DayOfWeek.Thursday }, strategy.DaysOfWeek);
        }
    }
}

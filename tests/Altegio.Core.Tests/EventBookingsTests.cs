using System.Collections.Generic;
using System.Linq;
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
    /// <summary>Booking clients into group events, listing and moving the bookings, over loopback HTTP.</summary>
    public class EventBookingsTests : MockTestBase
    {
        private const string AppointmentsPath = "/api/v2/locations/1001/appointments";

        private static CancellationToken None => CancellationToken.None;

        private static async Task<List<T>> Drain<T>(Pager<T> pager)
        {
            var all = new List<T>();
            while (await pager.NextPageAsync(None) is { } page)
            {
                all.AddRange(page);
            }

            return all;
        }

        [Fact]
        public async Task ListsWhoBookedWithTheirClientData()
        {
            var bookings = await Drain(Client().EventBookings.List(Salon, 800001, includeClient: true, PagePlan.All()));

            Assert.Equal(new long[] { 60001, 60002 }, bookings.Select(b => b.Id));
            var anna = bookings[0];
            Assert.Equal(800001, anna.EventId);
            Assert.Equal(9001, anna.ClientId);
            Assert.Equal("Anna Petrova", anna.ClientName);
            Assert.Equal("+35799000001", anna.ClientPhone);
            Assert.Equal("anna@example.test", anna.ClientEmail);
            Assert.Equal(2, anna.Seats);
            Assert.Equal(AttendanceStatus.Waiting, anna.Status);
            Assert.False(anna.IsPaid);
            Assert.Equal(101, anna.TeamMemberId);
            Assert.Equal("With a friend", anna.Comment);
            Assert.Equal(System.TimeSpan.FromHours(2), anna.Start!.Value.Offset);
            Assert.Equal(System.TimeSpan.FromHours(1), anna.Duration);
            var request = Server.Requests.For(AppointmentsPath, "GET").Single();
            Assert.Equal("800001", request.QueryValues("filter[activity_id]").ToString());
            Assert.Equal("client", request.QueryValues("include[]").ToString());
            Assert.Equal("250", request.QueryValues("limit").ToString());
        }

        [Fact]
        public async Task ListsWithoutClientDataUnlessAsked()
        {
            var bookings = await Drain(Client().EventBookings.List(Salon, 800001, includeClient: false, PagePlan.All(1)));

            Assert.Equal(2, bookings.Count);
            Assert.All(bookings, b => Assert.Null(b.ClientName));
            Assert.Equal(0, Server.Requests.Last!.QueryValues("include[]").Count);
            Assert.Equal(3, Server.Requests.CountOf(AppointmentsPath, "GET"));
        }

        [Fact]
        public async Task BooksAnExistingClientById()
        {
            var booking = await Client().EventBookings.BookAsync(Salon, 800006, new EventBookingDraft { ClientId = 9003, Seats = 2, Comment = "Friends" }, None);

            var post = Server.Requests.For("/api/v2/locations/1001/events/800006/appointments", "POST").Single();
            Assert.Equal("{\"client\":{\"id\":9003},\"clients_count\":2,\"comment\":\"Friends\"}", post.Body);
            Assert.Equal(201, post.Status);
            Assert.Equal(800006, booking.EventId);
            Assert.Equal(9003, booking.ClientId);
            Assert.Equal(2, booking.Seats);
            Assert.Equal(2, Server.State.Find<MockEvent>(800006)!.ClientsCount);
        }

        [Fact]
        public async Task BooksAClientByNameAndPhone()
        {
            var booking = await Client().EventBookings.BookAsync(Salon, 800006,
                new EventBookingDraft { ClientName = " Dana Novak ", Phone = "+357 99 000 123", Email = "dana@example.test" }, None);

            var post = Server.Requests.For("/api/v2/locations/1001/events/800006/appointments", "POST").Single();
            // System.Text.Json escapes '+' as \u002B; the JSON is the same.
            using var body = System.Text.Json.JsonDocument.Parse(post.Body);
            var client = body.RootElement.GetProperty("client");
            Assert.Equal("Dana Novak", client.GetProperty("name").GetString());
            Assert.Equal("+357 99 000 123", client.GetProperty("phone").GetString());
            Assert.Equal("dana@example.test", client.GetProperty("email").GetString());
            Assert.False(client.TryGetProperty("id", out _));
            Assert.Equal(1, body.RootElement.GetProperty("clients_count").GetInt32());
            Assert.False(body.RootElement.TryGetProperty("comment", out _));
            Assert.Equal("Dana Novak", booking.ClientName);
            Assert.Contains(Server.State.All<MockClient>(), c => c.Id == booking.ClientId && c.Name == "Dana Novak");
        }

        [Theory]
        [InlineData(null, "Ann", "12", 1, "Phone")]
        [InlineData(null, "Ann", "+357 99 00x 123", 1, "Phone")]
        [InlineData(null, " ", "+35799000123", 1, "ClientName")]
        [InlineData(null, "Ann", "+35799000123", 0, "Seats")]
        [InlineData(0L, null, null, 1, "ClientId")]
        public async Task ChecksTheBookingBeforeSending(long? clientId, string? name, string? phone, int seats, string parameter)
        {
            var draft = new EventBookingDraft { ClientId = clientId, ClientName = name, Phone = phone, Seats = seats };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.BookAsync(Salon, 800006, draft, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(parameter, ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task AFullEventRefusesTheBookingWithTheApisMessage()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                Client().EventBookings.BookAsync(Salon, 800004, new EventBookingDraft { ClientId = 9001 }, None));

            Assert.Equal(AltegioErrorKind.Validation, ex.Kind);
            Assert.Contains("Not enough free places", ex.Message);
        }

        [Theory]
        [InlineData(60002L, null, "{\"reschedule_activity_id\":800006}")]
        [InlineData(60001L, 1, "{\"reschedule_activity_id\":800006,\"clients_count\":1}")]
        public async Task MovesABookingOrSomeOfItsSeatsToAnotherEvent(long bookingId, int? seats, string body)
        {
            // 60002 holds one seat and moves whole; 60001 holds two and moves one of them (-Seats).
            var moved = await Client().EventBookings.MoveAsync(Salon, 800001, bookingId, 800006, seats, None);

            var patch = Server.Requests.For("/api/v2/locations/1001/events/800001/appointments/" + bookingId, "PATCH").Single();
            Assert.Equal(body, patch.Body);
            Assert.Equal(800006, moved.EventId);
            Assert.Equal(1, moved.Seats);
            Assert.Equal(1, Server.State.Find<MockEvent>(800006)!.ClientsCount);
            Assert.Equal(2, Server.State.Find<MockEvent>(800001)!.ClientsCount);
        }

        [Fact]
        public async Task MovingIntoTheSameEventIsRefusedBeforeSending()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.MoveAsync(Salon, 800001, 60002, 800001, null, None));

            Assert.Equal("ToEventId", ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task MovingABookingOfAnotherEventIsNotFound()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.MoveAsync(Salon, 800002, 60002, 800006, null, None));

            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
        }

        [Fact]
        public async Task AnAnswerWithoutTheEventTakesItFromTheRequestSoAMoveGoesToTheRightPath()
        {
            // The official bulk fixture's shape: client_id, no activity_id.
            Server.State.Settings.BookingAnswersCarryActivityId = false;
            var client = Client();

            var booking = await client.EventBookings.BookAsync(Salon, 800006, new EventBookingDraft { ClientId = 9003 }, None);
            Assert.Equal(800006, booking.EventId);

            var moved = await client.EventBookings.MoveAsync(Salon, booking.EventId, booking.Id, 800005, null, None);

            Assert.Equal(200, Server.Requests.For("/api/v2/locations/1001/events/800006/appointments/" + booking.Id, "PATCH").Single().Status);
            Assert.Equal(800005, moved.EventId);
            var listed = await Drain(client.EventBookings.List(Salon, 800005, false, PagePlan.All()));
            Assert.Equal(800005, Assert.Single(listed).EventId);
        }

        public static TheoryData<string, System.Func<EventBookingsApi, Task>> ZeroIds => new TheoryData<string, System.Func<EventBookingsApi, Task>>
        {
            { "EventId", api => api.BookAsync(Salon, 0, new EventBookingDraft { ClientId = 9001 }, None) },
            { "EventId", api => api.MoveAsync(Salon, 0, 60002, 800006, null, None) },
            { "BookingId", api => api.MoveAsync(Salon, 800001, 0, 800006, null, None) },
            { "ToEventId", api => api.MoveAsync(Salon, 800001, 60002, 0, null, None) },
            { "EventId", api => api.List(Salon, 0, false, PagePlan.All()).NextPageAsync(None) },
        };

        [Theory]
        [MemberData(nameof(ZeroIds))]
        public async Task EventZeroOrBookingZeroIsRefusedBeforeSending(string parameter, System.Func<EventBookingsApi, Task> call)
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => call(Client().EventBookings));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal("Altegio.InvalidParameter", ex.Classification.ErrorId);
            Assert.Equal(parameter, ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task ReadsTheOlderFieldsWhenTheNewerAreAbsent()
        {
            Server.State.Settings.BookingFields = MockServer.State.BookingFieldGeneration.Legacy;
            Server.State.Find<MockBooking>(60001)!.AttendanceStatusSlug = "confirmed";
            Server.State.Find<MockBooking>(60002)!.AttendanceStatusSlug = "attended";
            Server.State.Find<MockBooking>(60002)!.IsPaid = true;

            var bookings = await Drain(Client().EventBookings.List(Salon, 800001, false, PagePlan.All()));

            Assert.Equal(new[] { AttendanceStatus.Confirmed, AttendanceStatus.Attended }, bookings.Select(b => b.Status));
            Assert.Equal(new[] { false, true }, bookings.Select(b => b.IsPaid));
        }

        [Fact]
        public async Task PrefersTheNewerFieldsWhenBothArePresent()
        {
            Server.Faults.Add(new MockServer.FaultRule
            {
                Method = "GET", Path = AppointmentsPath, Kind = MockServer.FaultKind.Respond, Status = 200,
                Body = """{"data":[{"type":"record","id":"61","attributes":{"activity_id":800001,"client_id":9001,"attendance_status_slug":"waiting","attendance":1,"is_paid":false,"paid_full":1,"clients_count":1}},""" +
                    """{"type":"record","id":"62","attributes":{"activity_id":800001,"client_id":9002,"attendance_status":2,"paid_full":2,"clients_count":1}}],"meta":[]}""",
            });

            var bookings = await Drain(Client().EventBookings.List(Salon, 800001, false, PagePlan.All()));

            Assert.Equal(AttendanceStatus.Waiting, bookings[0].Status);
            Assert.False(bookings[0].IsPaid);
            Assert.Equal(AttendanceStatus.Confirmed, bookings[1].Status);
            Assert.True(bookings[1].IsPaid);
        }

        [Theory]
        [InlineData("both")]
        [InlineData("legacy")]
        public async Task ACancelledBookingIsLeftOutOfListsUnlessAskedAndShowsAsCancelled(string fields)
        {
            Server.State.Settings.BookingFields = fields == "both" ? MockServer.State.BookingFieldGeneration.Both : MockServer.State.BookingFieldGeneration.Legacy;
            Server.State.Find<MockBooking>(60001)!.Deleted = true;

            // Pages of one: the cancelled booking fills page 1, and the walk must still go on to 60002.
            var kept = await Drain(Client().EventBookings.List(Salon, 800001, false, PagePlan.All(1)));
            var all = await Drain(Client().EventBookings.List(Salon, 800001, false, PagePlan.All(1), includeCancelled: true));

            Assert.Equal(new long[] { 60002 }, kept.Select(b => b.Id));
            Assert.Equal(new long[] { 60001, 60002 }, all.Select(b => b.Id));
            Assert.Equal(AttendanceStatus.Cancelled, all[0].Status);
            Assert.Equal(AttendanceStatus.Waiting, all[1].Status);
        }

        [Fact]
        public async Task ZeroSeatsToMoveIsRefusedBeforeSending()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.MoveAsync(Salon, 800001, 60001, 800006, 0, None));

            Assert.Equal("Seats", ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Theory]
        [InlineData("waiting", 1L, AttendanceStatus.Waiting)]
        [InlineData("waiting", null, AttendanceStatus.Waiting)]
        [InlineData("Attended", null, AttendanceStatus.Attended)]
        [InlineData(null, 2L, AttendanceStatus.Confirmed)]
        [InlineData(null, -1L, AttendanceStatus.Absent)]
        [InlineData("new-state", 7L, AttendanceStatus.Unknown)]
        public void ReadsTheAttendanceFromTheSlugOrTheOldNumber(string? slug, long? number, AttendanceStatus expected)
        {
            Assert.Equal(expected, EventBookingsApi.ParseStatus(slug, number));
        }
    }
}

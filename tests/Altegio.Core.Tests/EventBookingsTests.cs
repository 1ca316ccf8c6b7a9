using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
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
            Assert.Equal(2, Server.State.FindEvent(800006)!.ClientsCount);
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
            Assert.Contains(Server.State.Clients, c => c.Id == booking.ClientId && c.Name == "Dana Novak");
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

        [Fact]
        public async Task MovesABookingToAnotherEvent()
        {
            var moved = await Client().EventBookings.MoveAsync(Salon, 800001, 60002, 800006, None);

            var patch = Server.Requests.For("/api/v2/locations/1001/events/800001/appointments/60002", "PATCH").Single();
            Assert.Equal("{\"reschedule_activity_id\":800006}", patch.Body);
            Assert.Equal(60002, moved.Id);
            Assert.Equal(800006, moved.EventId);
            Assert.Equal(1, Server.State.FindEvent(800006)!.ClientsCount);
            Assert.Equal(2, Server.State.FindEvent(800001)!.ClientsCount);
        }

        [Fact]
        public async Task MovingIntoTheSameEventIsRefusedBeforeSending()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.MoveAsync(Salon, 800001, 60002, 800001, None));

            Assert.Equal("ToEventId", ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task MovingABookingOfAnotherEventIsNotFound()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventBookings.MoveAsync(Salon, 800002, 60002, 800006, None));

            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
        }

        [Theory]
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

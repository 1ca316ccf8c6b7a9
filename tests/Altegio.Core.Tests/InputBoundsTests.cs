using System;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.Models;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Values the API documents as out of range, or that no sane call would send, never go over the wire.</summary>
    public class InputBoundsTests : MockTestBase
    {
        private static CancellationToken None => CancellationToken.None;

        private async Task AssertRefusedBeforeSending(string parameter, Func<Task> call)
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(call);

            Assert.Equal("Altegio.InvalidParameter", ex.Classification.ErrorId);
            Assert.Equal(parameter, Assert.Single(ex.FieldErrors).Field);
            Assert.Empty(Server.Requests.Snapshot());
        }

        [Fact]
        public Task ATagTitleOverTheBoundIsRefused() =>
            AssertRefusedBeforeSending("Title", () => Client().Tags.CreateAsync(Salon, new string('x', 10_000), "#101010", null, null, None));

        [Fact]
        public async Task ATagTitleAtTheBoundIsSent()
        {
            var tag = await Client().Tags.CreateAsync(Salon, new string('x', Resources.TagsApi.MaxTitleLength), "#101010", null, null, None);

            Assert.Equal(Resources.TagsApi.MaxTitleLength, tag.Title.Length);
        }

        [Fact]
        public Task ARenameToAnOverlongTagTitleIsRefused() =>
            AssertRefusedBeforeSending("Title", () => Client().Tags.UpdateAsync(Salon, 3001, new string('x', 256), null, null, None));

        [Theory]
        [InlineData("9999-12-31")]
        [InlineData("2100-01-01")]
        [InlineData("1999-12-31")]
        public Task AnEventStartOutsideTheWindowIsRefused(string start) =>
            AssertRefusedBeforeSending("Start", () => Client().Events.CreateAsync(Salon, new EventDraft
            {
                TeamMemberId = 103, ServiceId = 302, Start = DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                Duration = TimeSpan.FromHours(1), Capacity = 8,
            }, false, None));

        [Fact]
        public Task MovingAnEventTo9999IsRefused() =>
            AssertRefusedBeforeSending("Start", () => Client().Events.UpdateAsync(Salon, 800001, new EventChanges { Start = new DateTime(9999, 12, 31) }, false, None));

        [Fact]
        public Task ABookingCommentOver255CharactersIsRefused() =>
            AssertRefusedBeforeSending("Comment", () => Client().EventBookings.BookAsync(Salon, 800006,
                new EventBookingDraft { ClientId = 9003, Seats = 1, Comment = new string('c', 256) }, None));

        [Fact]
        public Task APositionTitleOver100CharactersIsRefused() =>
            AssertRefusedBeforeSending("Title", () => Client().Positions.CreateAsync(Salon, new string('p', 101), null, None));

        [Fact]
        public Task APositionDescriptionOver1000CharactersIsRefused() =>
            AssertRefusedBeforeSending("Description", () => Client().Positions.CreateAsync(Salon, "Coach", new string('d', 1001), None));
    }
}

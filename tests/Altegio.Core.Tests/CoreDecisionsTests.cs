using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.MockServer;
using Altegio.Models;
using Altegio.Paging;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Decisions the cmdlets used to make and Core makes now: name filters, removed tags, the event window, checks before sending.</summary>
    public class CoreDecisionsTests : MockTestBase
    {
        private static CancellationToken None => CancellationToken.None;

        [Theory]
        [InlineData("Yoga", "yoga", true)]
        [InlineData("Yoga", "Yog", false)]
        [InlineData("Yo*", "yoga class", true)]
        [InlineData("?oga", "Yoga", true)]
        [InlineData("[xy]oga", "Yoga", true)]
        [InlineData("[a-c]oga", "Yoga", false)]
        [InlineData("a`*", "a*", true)]
        [InlineData("a`*", "ab", false)]
        [InlineData("a.b(c)", "a.b(c)", true)]
        [InlineData("[]", "[]", true)]
        public void WildcardsFollowPowerShell(string pattern, string text, bool match)
        {
            Assert.Equal(match, Wildcard.For(pattern)!.IsMatch(text));
            Assert.Null(Wildcard.For(""));
        }

        [Fact]
        public async Task TagListsLeaveRemovedTagsOutUnlessAskedAndFilterByTitle()
        {
            const string Body = "{\"data\":[{\"type\":\"tag\",\"id\":\"1\",\"attributes\":{\"title\":\"VIP\"}},"
                + "{\"type\":\"tag\",\"id\":\"2\",\"attributes\":{\"title\":\"Old VIP\",\"is_deleted\":true}},"
                + "{\"type\":\"tag\",\"id\":\"3\",\"attributes\":{\"title\":\"Morning\"}}],\"meta\":[]}";
            for (var i = 0; i < 3; i++)
            {
                Server.Faults.Add(new FaultRule { Path = "/api/v2/locations/1001/tags", Kind = FaultKind.Respond, Status = 200, Body = Body, ContentType = "application/json" });
            }

            Assert.Equal(new long[] { 1, 3 }, (await Client().Tags.ListAsync(Salon, null, None)).Select(t => t.Id));
            Assert.Equal(new long[] { 1, 2, 3 }, (await Client().Tags.ListAsync(Salon, null, None, includeDeleted: true)).Select(t => t.Id));
            Assert.Equal(new long[] { 1 }, (await Client().Tags.ListAsync(Salon, null, None, title: "*vip")).Select(t => t.Id));
        }

        [Fact]
        public async Task PositionAndLocationListsFilterByTitle()
        {
            Assert.Equal(new long[] { 2001 }, (await Client().Positions.ListAsync(Salon, None, "instr*")).Select(p => p.Id));
            var all = await Client().Locations.ListAsync(None);
            var first = all[0].Title;
            Assert.Equal(new[] { first }, (await Client().Locations.ListAsync(None, first.ToUpperInvariant())).Select(l => l.Title));
        }

        [Fact]
        public async Task TheDefaultEventWindowIsFoundInCoreAndSaidOnTheVerboseStream()
        {
            var trace = new ListTraceSink();

            var pager = await Client(trace: trace).Events.ListAsync(Salon, new EventListQuery(), PagePlan.All(), None);
            var events = await pager.NextPageAsync(None);

            Assert.NotNull(events);
            Assert.Equal(1, Server.Requests.CountOf("/api/v1/company/1001", "GET"));
            var list = Server.Requests.For("/api/v2/locations/1001/events", "GET").Single();
            var from = DateTime.Parse(list.QueryValues("filter[from]").ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var to = DateTime.Parse(list.QueryValues("filter[to]").ToString(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(TimeSpan.FromDays(7), to - from);
            Assert.Contains(trace.Verbose_, line => line.StartsWith("Now at location 1001 is ", StringComparison.Ordinal));
            Assert.Contains(trace.Verbose_, line => line.StartsWith("Listing events of location 1001 from ", StringComparison.Ordinal));
        }

        [Fact]
        public async Task AWindowThatEndsBeforeItStartsIsRefusedBeforeAnyRequest()
        {
            var query = new EventListQuery { From = new DateTime(2027, 1, 3), To = new DateTime(2027, 1, 2) };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Events.ListAsync(Salon, query, PagePlan.All(), None));

            Assert.Equal("To", ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Theory]
        [InlineData(null, null, null, "Title")]
        [InlineData("", "", "", "Title")]
        [InlineData(null, "blue", null, "Color")]
        public void TagChangesAreCheckedBeforeAnythingIsSent(string? title, string? color, string? icon, string field)
        {
            var ex = Assert.Throws<AltegioApiException>(() => TagsApi.ValidateChanges(title, color, icon));

            Assert.Equal(field, ex.FieldErrors.Single().Field);
        }

        [Fact]
        public void PositionAndTeamMemberChangesAreCheckedBeforeAnythingIsSent()
        {
            Assert.Equal("Title", Assert.Throws<AltegioApiException>(() => PositionsApi.ValidateChanges("", null)).FieldErrors.Single().Field);
            Assert.Equal("Name", Assert.Throws<AltegioApiException>(() => TeamMembersApi.Validate(new TeamMemberChanges())).FieldErrors.Single().Field);
            Assert.Equal("Invite", Assert.Throws<AltegioApiException>(() =>
                TeamMembersApi.Validate(new TeamMemberDraft { Name = "A", Specialization = "B", Invite = true })).FieldErrors.Single().Field);
        }
    }
}

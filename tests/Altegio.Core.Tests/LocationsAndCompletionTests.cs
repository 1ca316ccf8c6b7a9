using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Completion;
using Altegio.Core.Tests.Support;
using Altegio.Http;
using Altegio.MockServer;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    public class LocationsAndCompletionTests : MockTestBase
    {
        private Task<AltegioSession> Session() => AltegioSession.ConnectAsync(Settings(),
            AltegioCredentials.FromTokens(MockServerOptions.DemoPartnerToken, MockServerOptions.DemoUserToken), "Parameters", null, CancellationToken.None);

        [Fact]
        public async Task ListsTheUsersLocationsWithTheirOffsets()
        {
            var locations = await Client().Locations.ListAsync(CancellationToken.None);

            Assert.Equal(new long[] { 1001, 1002 }, locations.Select(l => l.CompanyId).OrderBy(i => i));
            var salon = locations.Single(l => l.CompanyId == 1001);
            Assert.Equal("Demo Salon", salon.Title);
            Assert.Equal(TimeSpan.FromHours(2), salon.UtcOffset);
            var request = Server.Requests.Last!;
            Assert.Equal("/api/v1/companies", request.Path);
            Assert.Equal("?my=1&page=1&count=200", request.QueryString);
        }

        [Fact]
        public async Task FollowsTotalCountAcrossPages()
        {
            const string page = """{"success":true,"data":[{"id":ID,"title":"L ID"}],"meta":{"total_count":2}}""";
            Server.Faults.Add(new FaultRule { Path = "/api/v1/companies", Kind = FaultKind.Respond, Status = 200, Body = page.Replace("ID", "7"), ContentType = "application/json" });
            Server.Faults.Add(new FaultRule { Path = "/api/v1/companies", Kind = FaultKind.Respond, Status = 200, Body = page.Replace("ID", "8"), ContentType = "application/json" });

            var locations = await Client().Locations.ListAsync(CancellationToken.None);

            Assert.Equal(new long[] { 7, 8 }, locations.Select(l => l.CompanyId));
            Assert.Equal(new[] { "1", "2" }, Server.Requests.For("/api/v1/companies").Select(r => r.QueryValues("page").ToString()));
        }

        [Fact]
        public async Task GetsOneLocationAndReportsForbiddenOnes()
        {
            var client = Client();
            Assert.Equal("Demo Clinic", (await client.Locations.GetAsync(1002, CancellationToken.None)).Title);
            var ex = await Assert.ThrowsAsync<Errors.AltegioApiException>(() => client.Locations.GetAsync(1003, CancellationToken.None));
            Assert.Equal(Errors.AltegioErrorKind.Forbidden, ex.Kind);
        }

        [Theory]
        [InlineData("2", 120)]
        [InlineData("+3", 180)]
        [InlineData("5.5", 330)]
        [InlineData("-3.5", -210)]
        public void ReadsTheV1TimezoneHours(string hours, int minutes) =>
            Assert.Equal(TimeSpan.FromMinutes(minutes), LocationsApi.ParseOffset(hours));

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("Europe/Nicosia")]
        [InlineData("25")]
        public void IgnoresAnUnreadableTimezone(string? hours) => Assert.Null(LocationsApi.ParseOffset(hours));

        [Fact]
        public async Task CompletionListsAreFetchedOncePerSessionUntilTheyExpire()
        {
            var session = await Session();
            var now = DateTimeOffset.UtcNow;
            CompletionCache.Now = () => now;
            try
            {
                var first = CompletionSources.Locations(session);
                var second = CompletionSources.Locations(session);
                Assert.Equal(2, first.Count);
                Assert.Same(first, second);
                Assert.Equal(1, Server.Requests.CountOf("/api/v1/companies"));

                now += CompletionCache.TimeToLive + TimeSpan.FromSeconds(1);
                CompletionSources.Locations(session);
                Assert.Equal(2, Server.Requests.CountOf("/api/v1/companies"));

                var otherSession = await Session();
                CompletionSources.Locations(otherSession);
                Assert.Equal(3, Server.Requests.CountOf("/api/v1/companies"));
            }
            finally
            {
                CompletionCache.Now = () => DateTimeOffset.UtcNow;
            }
        }

        [Fact]
        public async Task AFailedCompletionFetchIsRememberedBriefly()
        {
            var session = await Session();
            Server.Faults.Add(new FaultRule { Path = "/api/v2/locations/1001/tags", Kind = FaultKind.Status, Status = 404, Times = 5 });

            Assert.Empty(CompletionSources.Tags(session, 1001));
            Assert.Empty(CompletionSources.Tags(session, 1001));

            Assert.Equal(1, Server.Requests.CountOf("/api/v2/locations/1001/tags"));
        }

        [Fact]
        public void MatchesIdPrefixesFirstThenTitles()
        {
            var items = new List<CompletionItem> { new("1001", "Demo Salon"), new("2001", "Salon 1001 Annex"), new("1002", "Clinic") };
            Assert.Equal(new[] { "1001", "2001" }, CompletionCache.Match(items, "1001").Select(i => i.Value));
            Assert.Equal(new[] { "1001", "2001" }, CompletionCache.Match(items, "'salon").Select(i => i.Value));
            Assert.Equal(3, CompletionCache.Match(items, "").Count());
        }
    }
}

using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.Models;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>The event services (V1), end to end over loopback: both paths, both filters, the typed output.</summary>
    public class EventServicesTests : MockTestBase
    {
        private const string ServicesPath = "/api/v1/locations/1001/events/services";
        private const string LegacyPath = "/api/v1/activity/1001/services";

        private static CancellationToken None => CancellationToken.None;

        [Fact]
        public async Task ListsTheServicesWithTheirTeamMembersAndSessionLengths()
        {
            var services = await Client().EventServices.ListAsync(Salon, null, null, None);

            Assert.Equal(new long[] { 301, 302, 303 }, services.Select(s => s.Id));
            var yoga = services[0];
            Assert.Equal("Yoga", yoga.Title);
            Assert.Equal(Salon, yoga.CompanyId);
            Assert.True(yoga.IsGroupEvent);
            Assert.Equal(15, yoga.Capacity);
            Assert.Equal(15m, yoga.PriceMin);
            Assert.Equal(20m, yoga.PriceMax);
            Assert.Equal("Group classes", yoga.CategoryTitle);
            Assert.Equal(new long[] { 101, 104 }, yoga.TeamMembers.Select(m => m.Id));
            var member = yoga.TeamMembers[0];
            Assert.False(string.IsNullOrEmpty(member.Name));
            Assert.Equal(TimeSpan.FromHours(1), member.SessionLength);
            Assert.Contains(70L, yoga.ResourceIds);
            var request = Server.Requests.For(ServicesPath, "GET").Single();
            Assert.Equal(string.Empty, request.QueryString);
        }

        [Fact]
        public async Task TheTeamMemberFilterIsSentAsStaffId()
        {
            var services = await Client().EventServices.ListAsync(Salon, 102, null, None);

            Assert.Equal(new long[] { 302 }, services.Select(s => s.Id));
            Assert.Equal("102", Server.Requests.Last!.QueryValues("staff_id").ToString());
        }

        [Fact]
        public async Task APlainNameIsSentAsTermAndMatchedWholeIgnoringCase()
        {
            var services = await Client().EventServices.ListAsync(Salon, null, "pilates", None);

            Assert.Equal("Pilates", Assert.Single(services).Title);
            Assert.Equal("pilates", Server.Requests.Last!.QueryValues("term").ToString());
        }

        [Fact]
        public async Task AWildcardNameIsMatchedHereAndNotSent()
        {
            var services = await Client().EventServices.ListAsync(Salon, null, "*a*", None);

            Assert.Equal(new[] { "Yoga", "Pilates" }, services.Select(s => s.Title));
            Assert.Equal(0, Server.Requests.Last!.QueryValues("term").Count);
            Assert.Empty(await Client().EventServices.ListAsync(Salon, null, "Yog", None));
        }

        [Fact]
        public async Task TheOlderPathIsUsedWhereTheCanonicalOneIsNotServed()
        {
            Server.State.Settings.EventServicesLegacyPathOnly = true;

            var services = await Client().EventServices.ListAsync(Salon, 101, null, None);

            Assert.Equal(new long[] { 301, 303 }, services.Select(s => s.Id));
            Assert.Equal(404, Server.Requests.For(ServicesPath, "GET").Single().Status);
            Assert.Equal("101", Server.Requests.For(LegacyPath, "GET").Single().QueryValues("staff_id").ToString());
        }

        [Fact]
        public async Task ATeamMemberIdBelowOneIsRefusedBeforeSending()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().EventServices.ListAsync(Salon, 0, null, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal("TeamMemberId", ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }
    }
}

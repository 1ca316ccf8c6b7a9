using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.Http;
using Altegio.Models;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Every tag operation end to end over loopback HTTP, with the wire checked in the mock's log.</summary>
    public class TagsTests : MockTestBase
    {
        private static CancellationToken None => CancellationToken.None;

        [Fact]
        public async Task ListSendsTheExactHeadersAndReturnsTypedTags()
        {
            var tags = await Client().Tags.ListAsync(Salon, null, None);

            Assert.NotEmpty(tags);
            Assert.All(tags, t => Assert.Equal(Salon, t.CompanyId));
            Assert.All(tags, t => Assert.False(t.IsDeleted));
            Assert.Contains(tags, t => !t.IsEditable);
            var request = Server.Requests.Last!;
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v2/locations/1001/tags", request.Path);
            Assert.Equal("application/vnd.api.v2+json", request.Header("Accept"));
            Assert.Equal("Bearer demo-partner-token, User demo-user-token", request.Header("Authorization"));
            Assert.StartsWith("Altegio.Ps/0.1.0", request.Header("User-Agent"));
            Assert.Equal(200, request.Status);
        }

        [Theory]
        [InlineData(TagEntity.Client, "client")]
        [InlineData(TagEntity.Activity, "activity")]
        public async Task ListFiltersByEntity(TagEntity entity, string slug)
        {
            var tags = await Client().Tags.ListAsync(Salon, entity, None);

            Assert.All(tags, t => Assert.Equal(entity, t.Entity));
            Assert.Equal(slug, Server.Requests.Last!.QueryValues("entity").ToString());
        }

        [Fact]
        public async Task CreateSendsTheBodyAndTheTagCanBeReadBack()
        {
            var client = Client();
            var created = await client.Tags.CreateAsync(Salon, " VIP guest ", "#FF2828", TagEntity.Client, "star", None);

            var post = Server.Requests.For("/api/v2/locations/1001/tags", "POST").Single();
            Assert.Equal("""{"title":"VIP guest","color":"#ff2828","entity":1,"icon":"star"}""", post.Body);
            Assert.Equal("application/json; charset=utf-8", post.Header("Content-Type"));
            Assert.Equal(201, post.Status);

            var read = await client.Tags.GetAsync(Salon, created.Id, None);
            Assert.Equal("VIP guest", read.Title);
            Assert.Equal("#ff2828", read.Color);
            Assert.Equal(TagEntity.Client, read.Entity);
            Assert.Equal("star", read.Icon);
            Assert.True(read.IsEditable);
        }

        [Fact]
        public async Task CreateValidatesBeforeSending()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.CreateAsync(Salon, "ok", "blue", null, null, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(0, Server.Requests.CountOf("/api/v2/locations/1001/tags", "POST"));
        }

        [Fact]
        public async Task UpdateSendsOnlyTheGivenFields()
        {
            var client = Client();
            var tag = (await client.Tags.ListAsync(Salon, null, None)).First(t => t.IsEditable);

            await client.Tags.UpdateAsync(Salon, tag.Id, null, "#00AA11", null, None);

            var put = Server.Requests.Last!;
            Assert.Equal("PUT", put.Method);
            Assert.Equal("""{"color":"#00aa11"}""", put.Body);
            Assert.Equal(204, put.Status);
            var read = await client.Tags.GetAsync(Salon, tag.Id, None);
            Assert.Equal("#00aa11", read.Color);
            Assert.Equal(tag.Title, read.Title);
        }

        [Fact]
        public async Task UpdateWithNothingToChangeSendsNothing()
        {
            await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.UpdateAsync(Salon, 1, null, null, null, None));
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task UpdatingASystemTagIsForbiddenWithTheApiMessage()
        {
            var client = Client();
            var system = (await client.Tags.ListAsync(Salon, null, None)).First(t => !t.IsEditable);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => client.Tags.UpdateAsync(Salon, system.Id, "Renamed", null, null, None));

            Assert.Equal(AltegioErrorKind.Forbidden, ex.Kind);
            Assert.Equal(403, ex.StatusCode);
            Assert.Equal("Category cannot be changed", ex.ApiMessage);
            Assert.Equal("PUT", ex.Method);
            Assert.Equal("/v2/locations/1001/tags/" + system.Id, ex.Path);
        }

        [Fact]
        public async Task DeleteIsSoftAndTheListNoLongerShowsTheTag()
        {
            var client = Client();
            var created = await client.Tags.CreateAsync(Salon, "Temporary", "#123456", null, null, None);

            await client.Tags.DeleteAsync(Salon, created.Id, None);

            Assert.Equal(204, Server.Requests.Last!.Status);
            Assert.DoesNotContain(await client.Tags.ListAsync(Salon, null, None), t => t.Id == created.Id);
            Assert.True((await client.Tags.GetAsync(Salon, created.Id, None)).IsDeleted);
        }

        [Fact]
        public async Task AnUnknownTagIsNotFound()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.GetAsync(Salon, 99999999, None));

            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
            Assert.Equal("Altegio.NotFound", ex.Classification.ErrorId);
            Assert.Equal("ObjectNotFound", ex.Classification.CategoryName);
            Assert.False(ex.Classification.IsTerminating);
        }

        [Fact]
        public async Task ALocationOfAnotherChainIsForbidden()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.ListAsync(1003, null, None));
            Assert.Equal(AltegioErrorKind.Forbidden, ex.Kind);
        }

        [Fact]
        public async Task TheServersValidationMessageAndFieldErrorsComeThrough()
        {
            var request = new AltegioRequest(HttpMethod.Post, AltegioApiVersion.V2, "locations/1001/tags").WithBody("""{"color":"#ffffff"}"""u8.ToArray());

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().SendAsync(request, None));

            Assert.Equal(AltegioErrorKind.Validation, ex.Kind);
            Assert.Equal(422, ex.StatusCode);
            Assert.Contains("title", ex.ApiMessage);
            Assert.Contains(ex.FieldErrors, f => f.Field == "title");
        }

        [Fact]
        public async Task ABadUserTokenIsUnauthorized()
        {
            var client = new AltegioClient(Settings(), AltegioCredentials.FromTokens("demo-partner-token", "wrong-user-token"));

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => client.Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Unauthorized, ex.Kind);
            Assert.True(ex.Classification.IsTerminating);
            Assert.DoesNotContain("wrong-user-token", ex.ToString());
        }

        [Theory]
        [InlineData("""{"data":{"type":"tag","id":"5","attributes":{"company_id":1001,"title":"A","color":"#000000","entity_type":"record","is_deleted":false,"is_editable":true}},"meta":{}}""")]
        [InlineData("""{"data":[{"type":"tag","id":"5","attributes":{"salon_id":"1001","title":"A","color":"#000000","entity":2,"deleted":0,"not_editable":0}}],"meta":[]}""")]
        [InlineData("""{"success":true,"data":{"id":5,"title":"A","color":"#000000","entity":"2"},"meta":[]}""")]
        public async Task EveryEnvelopeFormReadsTheSame(string body)
        {
            Server.Faults.Add(new Altegio.MockServer.FaultRule { Path = "/api/v2/locations/1001/tags/5", Kind = Altegio.MockServer.FaultKind.Respond, Status = 200, Body = body, ContentType = "application/json" });

            var tag = await Client().Tags.GetAsync(Salon, 5, None);

            Assert.Equal(5, tag.Id);
            Assert.Equal(Salon, tag.CompanyId);
            Assert.Equal(TagEntity.Record, tag.Entity);
            Assert.False(tag.IsDeleted);
            Assert.True(tag.IsEditable);
        }

        [Fact]
        public async Task TheCompaniesAliasServesTheSameTags()
        {
            var raw = RawRequestBuilder.Build("GET", "companies/1001/tags", null, null, null, null, null);
            using var viaAlias = await Client().SendAsync(raw, None);
            var viaLocations = await Client().Tags.ListAsync(Salon, null, None);
            Assert.Equal(viaLocations.Count, viaAlias.DataItems.Count);
        }
    }
}

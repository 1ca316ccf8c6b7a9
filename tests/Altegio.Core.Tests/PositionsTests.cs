using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.MockServer;
using Altegio.MockServer.State;
using Altegio.Models;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Every position operation end to end over loopback HTTP, with the wire checked in the mock's log.</summary>
    public class PositionsTests : MockTestBase
    {
        private const string PositionsPath = "/api/v2/locations/1001/positions";

        private static CancellationToken None => CancellationToken.None;

        [Fact]
        public async Task ListReadsTypedPositionsOfTheLocation()
        {
            var positions = await Client().Positions.ListAsync(Salon, None);

            Assert.Equal(new long[] { 2001, 2002, 2003 }, positions.Select(p => p.Id).ToArray());
            var instructor = positions[0];
            Assert.Equal("Instructor", instructor.Title);
            Assert.Equal("Leads group classes", instructor.Description);
            Assert.Equal(ServicesBindingType.Soft, instructor.ServicesBindingType);
            Assert.Equal(11, instructor.ChainId);
            Assert.Equal(new long[] { Salon }, instructor.LocationIds);
            Assert.Equal(Salon, instructor.CompanyId);
            Assert.Equal(new[] { "phone", "email" }, positions[1].RequiredFields);
            Assert.Equal(ServicesBindingType.Disabled, positions[1].ServicesBindingType);
            Assert.Equal(ServicesBindingType.Strict, positions[2].ServicesBindingType);
            Assert.Null(positions[2].Description);
            var request = Server.Requests.Last!;
            Assert.Equal("GET", request.Method);
            Assert.Equal(PositionsPath, request.Path);
            Assert.Equal(string.Empty, request.QueryString);
        }

        [Fact]
        public async Task TheOldStringFormOfServicesBindingTypeReadsTheSame()
        {
            Server.State.Settings.ServicesBindingTypeAsString = true;

            var positions = await Client().Positions.ListAsync(Salon, None);

            Assert.Equal(
                new[] { ServicesBindingType.Soft, ServicesBindingType.Disabled, ServicesBindingType.Strict },
                positions.Select(p => p.ServicesBindingType).ToArray());
        }

        [Theory]
        [InlineData("0", ServicesBindingType.Disabled)]
        [InlineData("2", ServicesBindingType.Strict)]
        [InlineData("\"1\"", ServicesBindingType.Soft)]
        [InlineData("\"none\"", ServicesBindingType.Disabled)]
        [InlineData("\"optional\"", ServicesBindingType.Soft)]
        [InlineData("\"required\"", ServicesBindingType.Strict)]
        [InlineData("\"Strict\"", ServicesBindingType.Strict)]
        [InlineData("null", ServicesBindingType.Disabled)]
        public async Task EveryFormOfServicesBindingTypeParses(string wire, ServicesBindingType expected)
        {
            Respond(PositionsPath + "/7",
                "{\"data\":{\"type\":\"position\",\"id\":\"7\",\"attributes\":{\"chain_id\":\"11\",\"title\":\"T\",\"services_binding_type\":" + wire
                + ",\"salon_ids\":[\"1001\",1002],\"rules_required_fields\":null,\"only_chain_appointment\":1}},\"meta\":[]}");

            var position = await Client().Positions.GetAsync(Salon, 7, None);

            Assert.Equal(expected, position.ServicesBindingType);
            Assert.Equal(new long[] { 1001, 1002 }, position.LocationIds);
            Assert.Empty(position.RequiredFields);
            Assert.True(position.OnlyChainAppointment);
            Assert.Equal(11, position.ChainId);
        }

        [Fact]
        public async Task GetReadsOnePositionAndAnUnknownIdIsNotFound()
        {
            var client = Client();
            var position = await client.Positions.GetAsync(Salon, 2002, None);
            Assert.Equal("Administrator", position.Title);
            Assert.Equal(PositionsPath + "/2002", Server.Requests.Last!.Path);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => client.Positions.GetAsync(Salon, 2011, None));
            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
        }

        [Fact]
        public async Task CreateSendsTheTitleAndDescriptionAndThePositionCanBeReadBack()
        {
            var client = Client();
            var created = await client.Positions.CreateAsync(Salon, "  Receptionist ", "Greets clients", None);

            var post = Server.Requests.For(PositionsPath, "POST").Single();
            Assert.Equal("""{"title":"Receptionist","description":"Greets clients"}""", post.Body);
            Assert.Equal(201, post.Status);
            Assert.Equal("Receptionist", created.Title);
            Assert.Equal(Salon, created.CompanyId);
            var read = await client.Positions.GetAsync(Salon, created.Id, None);
            Assert.Equal("Greets clients", read.Description);
        }

        [Fact]
        public async Task CreateWithoutADescriptionSendsOnlyTheTitle()
        {
            await Client().Positions.CreateAsync(Salon, "Cleaner", null, None);
            Assert.Equal("""{"title":"Cleaner"}""", Server.Requests.Last!.Body);
        }

        [Theory]
        [InlineData(" ", null, "Title")]
        [InlineData("", null, "Title")]
        [InlineData(null, null, "Title")]
        [InlineData("x101", null, "Title")]
        [InlineData("ok", "x1001", "Description")]
        public async Task CreateValidatesBeforeSending(string? title, string? description, string parameter)
        {
            title = title == "x101" ? new string('x', 101) : title;
            description = description == "x1001" ? new string('d', 1001) : description;

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Positions.CreateAsync(Salon, title!, description, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(parameter, ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task UpdateWithTitleAndDescriptionSendsBothWithoutReadingFirst()
        {
            await Client().Positions.UpdateAsync(Salon, 2002, "Front desk", "Greets clients", None);

            var log = Server.Requests.Snapshot();
            Assert.Single(log);
            Assert.Equal("PUT", log[0].Method);
            Assert.Equal(PositionsPath + "/2002", log[0].Path);
            Assert.Equal("""{"title":"Front desk","description":"Greets clients"}""", log[0].Body);
            Assert.Equal(204, log[0].Status);
            Assert.Equal("Front desk", Server.State.Find<MockPosition>(2002)!.Title);
        }

        [Fact]
        public async Task UpdateWithoutTitleReadsThePositionAndSendsItsCurrentTitle()
        {
            await Client().Positions.UpdateAsync(Salon, 2001, null, "Leads every class", None);

            var log = Server.Requests.Snapshot();
            Assert.Equal(new[] { "GET", "PUT" }, log.Select(r => r.Method).ToArray());
            Assert.Equal("""{"title":"Instructor","description":"Leads every class"}""", log[1].Body);
            var stored = Server.State.Find<MockPosition>(2001)!;
            Assert.Equal("Instructor", stored.Title);
            Assert.Equal("Leads every class", stored.Description);
        }

        [Fact]
        public async Task UpdateWithOnlyATitleKeepsTheDescription()
        {
            await Client().Positions.UpdateAsync(Salon, 2001, "Coach", null, None);

            Assert.Equal("""{"title":"Coach","description":"Leads group classes"}""", Server.Requests.Last!.Body);
            Assert.Equal("Leads group classes", Server.State.Find<MockPosition>(2001)!.Description);
        }

        [Fact]
        public async Task UpdateOfAPositionWithoutDescriptionSendsNoDescription()
        {
            await Client().Positions.UpdateAsync(Salon, 2003, "Apprentice", null, None);
            Assert.Equal("""{"title":"Apprentice"}""", Server.Requests.Last!.Body);
        }

        [Fact]
        public async Task UpdateWithNothingToChangeSendsNothing()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Positions.UpdateAsync(Salon, 2001, null, null, None));
            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task UpdateOfAnUnknownPositionIsNotFoundAndSendsNoPut()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Positions.UpdateAsync(Salon, 999, null, "x", None));
            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
            Assert.Equal(0, Server.Requests.CountOf(PositionsPath + "/999", "PUT"));
        }

        [Fact]
        public async Task DeletingAnUnassignedPositionChecksThatItIsGone()
        {
            await Client().Positions.DeleteAsync(Salon, 2003, None);

            var log = Server.Requests.Snapshot();
            Assert.Equal(new[] { "DELETE", "GET" }, log.Select(r => r.Method).ToArray());
            Assert.Equal(new[] { 204, 404 }, log.Select(r => r.Status).ToArray());
            Assert.Null(Server.State.Find<MockPosition>(2003));
        }

        [Fact]
        public async Task APositionTheApiKeepsAfterA204IsAConflictNotASuccess()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Positions.DeleteAsync(Salon, 2001, None));

            Assert.Equal(AltegioErrorKind.Conflict, ex.Kind);
            Assert.Equal("Altegio.Conflict", ex.Classification.ErrorId);
            Assert.False(ex.Classification.IsTerminating);
            Assert.Contains("team members still hold it", ex.Message);
            Assert.Contains("Get-AltegioTeamMember -PositionId 2001", ex.Message);
            Assert.Equal("DELETE", ex.Method);
            Assert.Equal("/v2/locations/1001/positions/2001", ex.Path);
            Assert.NotNull(Server.State.Find<MockPosition>(2001));
        }

        [Theory]
        [InlineData(PositionInUseDelete.Conflict, 409)]
        [InlineData(PositionInUseDelete.Unprocessable, 422)]
        public async Task ARefusedDeleteOfAnAssignedPositionIsAConflictWithTheApiMessage(PositionInUseDelete mode, int status)
        {
            Server.State.Settings.PositionDeleteInUse = mode;

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Positions.DeleteAsync(Salon, 2002, None));

            Assert.Equal(AltegioErrorKind.Conflict, ex.Kind);
            Assert.Equal(status, ex.StatusCode);
            Assert.Contains("assigned to team members", ex.ApiMessage);
            Assert.Equal(0, Server.Requests.CountOf(PositionsPath + "/2002", "GET"));
        }

        [Fact]
        public async Task DeletingAnUnknownPositionIsNotFound()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Positions.DeleteAsync(Salon, 999, None));
            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
        }

        private void Respond(string path, string body) =>
            Server.Faults.Add(new FaultRule { Path = path, Kind = FaultKind.Respond, Status = 200, Body = body, ContentType = "application/json" });
    }
}

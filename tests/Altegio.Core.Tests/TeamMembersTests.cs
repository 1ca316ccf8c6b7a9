using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.MockServer;
using Altegio.MockServer.State;
using Altegio.Models;
using Altegio.Resources;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>
    /// Team members end to end: the V2 list with its filters and include, and the V1 get, quick create,
    /// update (dismiss, re-hire) and delete, with the V1 quirks (numbers as strings, position as [],
    /// data as an array) read from the mock and from hand-written bodies.
    /// </summary>
    public class TeamMembersTests : MockTestBase
    {
        private const string ListPath = "/api/v2/locations/1001/team_members";

        private static CancellationToken None => CancellationToken.None;

        [Fact]
        public async Task TheDefaultListAsksForCurrentMembersOnly()
        {
            var members = await Client().TeamMembers.ListAsync(Salon, null, None);

            Assert.Equal(new long[] { 101, 102, 103, 106 }, members.Select(m => m.Id).ToArray());
            Assert.All(members, m => Assert.False(m.IsDismissed));
            Assert.All(members, m => Assert.False(m.IsDeleted));
            Assert.All(members, m => Assert.Equal(Salon, m.CompanyId));
            var request = Server.Requests.Snapshot().Single();
            Assert.Equal(ListPath, request.Path);
            Assert.Equal("?filter[fired]=0", request.QueryString);
            var maria = members[0];
            Assert.Equal("Maria Lopez", maria.Name);
            Assert.Equal("Yoga instructor", maria.Specialization);
            Assert.Equal(2001, maria.PositionId);
            Assert.Null(maria.PositionTitle);
            Assert.StartsWith("https://", maria.Avatar);
            Assert.Equal(15, maria.TimetableInterval);
            Assert.False(maria.IsAvailableAsAssistant);
            Assert.Null(maria.Rating);
            Assert.Null(maria.IsHiddenFromOnlineBooking);
            Assert.Null(members.Single(m => m.Id == 106).PositionId);
        }

        [Fact]
        public async Task DismissedMembersComeFromFiredOne()
        {
            var members = await Client().TeamMembers.ListAsync(Salon, new TeamMemberListQuery { Status = TeamMemberStatus.Dismissed }, None);

            Assert.Equal(104, Assert.Single(members).Id);
            Assert.True(members[0].IsDismissed);
            Assert.Equal("?filter[fired]=1", Server.Requests.Last!.QueryString);
        }

        [Fact]
        public async Task AllAsksForEachStateSoEveryMemberKnowsItsDismissedFlag()
        {
            var members = await Client().TeamMembers.ListAsync(Salon, new TeamMemberListQuery { Status = TeamMemberStatus.All }, None);

            Assert.Equal(new long[] { 101, 102, 103, 106, 104 }, members.Select(m => m.Id).ToArray());
            Assert.Equal(new[] { 104L }, members.Where(m => m.IsDismissed).Select(m => m.Id).ToArray());
            Assert.Equal(new[] { "?filter[fired]=0", "?filter[fired]=1" }, Server.Requests.Snapshot().Select(r => r.QueryString).ToArray());
        }

        [Fact]
        public async Task IncludeDeletedAsksForDeletedMembersToo()
        {
            var members = await Client().TeamMembers.ListAsync(Salon,
                new TeamMemberListQuery { Status = TeamMemberStatus.All, IncludeDeleted = true }, None);

            var removed = members.Single(m => m.Id == 105);
            Assert.True(removed.IsDeleted);
            Assert.True(removed.IsDismissed);
            Assert.Equal(new long[] { 105 }, members.Where(m => m.IsDeleted).Select(m => m.Id).ToArray());
            Assert.Equal(6, members.Count);
            Assert.Equal(
                new[] { "?filter[fired]=0&filter[deleted]=0", "?filter[fired]=0&filter[deleted]=1", "?filter[fired]=1&filter[deleted]=0", "?filter[fired]=1&filter[deleted]=1" },
                Server.Requests.Snapshot().Select(r => r.QueryString).ToArray());
        }

        [Fact]
        public async Task AMemberTheApiListsTwiceIsWrittenOnce()
        {
            // A deployment that ignored filter[fired] would answer the same members to both requests.
            var body = """{"data":[{"type":"team_member","id":"5","attributes":{"name":"Once"}}],"meta":[]}""";
            Server.Faults.Add(new FaultRule { Path = ListPath, Kind = FaultKind.Respond, Status = 200, Body = body, ContentType = "application/json", Times = 2 });

            var members = await Client().TeamMembers.ListAsync(Salon, new TeamMemberListQuery { Status = TeamMemberStatus.All }, None);

            Assert.Equal("Once", Assert.Single(members).Name);
        }

        [Theory]
        [InlineData("name", "?filter[name]=smi&filter[fired]=0", new long[] { 102 })]
        [InlineData("position", "?filter[position_id]=2002&filter[fired]=0", new long[] { 103 })]
        [InlineData("positionTitle", "?filter[position_title]=instr&filter[fired]=0", new long[] { 101, 102 })]
        [InlineData("linked", "?filter[fired]=0&filter[user_linked]=1", new long[] { 101 })]
        [InlineData("unpaid", "?filter[fired]=0&filter[is_paid]=0", new long[] { 106 })]
        [InlineData("noSchedule", "?filter[fired]=0&filter[has_schedule]=0", new long[] { 103, 106 })]
        [InlineData("assistant", "?filter[fired]=0&filter[is_assistant]=1", new long[] { 103, 106 })]
        public async Task FiltersGoToTheServer(string filter, string query, long[] expected)
        {
            var options = filter switch
            {
                "name" => new TeamMemberListQuery { Name = " smi " },
                "position" => new TeamMemberListQuery { PositionId = 2002 },
                "positionTitle" => new TeamMemberListQuery { PositionTitle = "instr" },
                "linked" => new TeamMemberListQuery { UserLinked = true },
                "unpaid" => new TeamMemberListQuery { IsPaid = false },
                "noSchedule" => new TeamMemberListQuery { HasSchedule = false },
                _ => new TeamMemberListQuery { IsAssistant = true },
            };

            var members = await Client().TeamMembers.ListAsync(Salon, options, None);

            Assert.Equal(query, Server.Requests.Last!.QueryString);
            Assert.Equal(expected, members.Select(m => m.Id).ToArray());
        }

        [Fact]
        public async Task IncludePositionFillsInThePositionTitle()
        {
            var members = await Client().TeamMembers.ListAsync(Salon, new TeamMemberListQuery { IncludePosition = true }, None);

            // include[] is the form the API validates; the mock refuses a plain include= with a 422.
            Assert.Equal("include[]=position", Server.Requests.Last!.QueryString.Split('&').Last());
            Assert.Equal(200, Server.Requests.Last!.Status);
            Assert.Equal("Instructor", members.Single(m => m.Id == 101).PositionTitle);
            Assert.Equal("Administrator", members.Single(m => m.Id == 103).PositionTitle);
            Assert.Null(members.Single(m => m.Id == 106).PositionTitle);
        }

        [Fact]
        public async Task AnIncludedPositionIsFoundByTheTypeTheRelationshipNames()
        {
            var body = """
                {"data":[{"type":"staff","id":"7","attributes":{"name":"A","position_id":"9"},
                          "relationships":{"position":{"data":{"type":"staff_position","id":"9"}}}},
                         {"type":"staff","id":"8","attributes":{"name":"B","position_id":4}}],
                 "included":[{"type":"staff_position","id":"9","attributes":{"title":"Masseur"}},
                             {"type":"position","id":"4","attributes":{"title":"Barber"}}],
                 "meta":[]}
                """;
            Server.Faults.Add(new FaultRule { Path = ListPath, Kind = FaultKind.Respond, Status = 200, Body = body, ContentType = "application/json" });

            var members = await Client().TeamMembers.ListAsync(Salon, new TeamMemberListQuery { IncludePosition = true }, None);

            Assert.Equal("Masseur", members[0].PositionTitle);
            Assert.Equal(9, members[0].PositionId);
            Assert.Equal("Barber", members[1].PositionTitle);
        }

        [Fact]
        public async Task ANonPositivePositionFilterIsRefusedBeforeSending()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                Client().TeamMembers.ListAsync(Salon, new TeamMemberListQuery { PositionId = 0 }, None));
            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task GetReadsTheFullV1ObjectThroughTheLegacyPathThatAnswersAnArray()
        {
            var member = await Client().TeamMembers.GetAsync(Salon, 101, None);

            var request = Server.Requests.Last!;
            Assert.Equal("/api/v1/staff/1001/101", request.Path);
            Assert.Equal(101, member.Id);
            Assert.Equal(Salon, member.CompanyId);
            Assert.Equal("Maria Lopez", member.Name);
            Assert.Equal(2001, member.PositionId);
            Assert.Equal("Instructor", member.PositionTitle);
            Assert.Equal(10, member.Weight);
            Assert.Equal(4.8, member.Rating);
            Assert.Equal(25, member.VotesCount);
            Assert.True(member.ShowRating);
            Assert.False(member.IsDismissed);
            Assert.False(member.IsDeleted);
            Assert.False(member.IsHiddenFromOnlineBooking);
            Assert.True(member.IsBookable);
            Assert.Equal(501, member.UserId);
            Assert.Equal("demo@altegio.test", member.UserEmail);
            Assert.True(member.IsPaid);
            Assert.Equal("forbidden", member.Prepaid);
            Assert.NotNull(member.ScheduleTill);
        }

        [Fact]
        public async Task GetReadsAMemberWithoutPositionAndAStringId()
        {
            var member = await Client().TeamMembers.GetAsync(Salon, 106, None);

            Assert.Equal(106, member.Id);
            Assert.Null(member.PositionId);
            Assert.Null(member.PositionTitle);
            Assert.Null(member.UserId);
            Assert.Equal(0, member.Weight);
        }

        [Theory]
        [InlineData(104, true, false, false)]
        [InlineData(105, true, true, false)]
        [InlineData(103, false, false, true)]
        public async Task GetReadsTheFlagsV1SendsAsStrings(long id, bool dismissed, bool deleted, bool hidden)
        {
            var member = await Client().TeamMembers.GetAsync(Salon, id, None);

            Assert.Equal(dismissed, member.IsDismissed);
            Assert.Equal(deleted, member.IsDeleted);
            Assert.Equal(hidden, member.IsHiddenFromOnlineBooking);
        }

        [Theory]
        [InlineData("""{"success":true,"data":[{"id":"7","company_id":"1001","name":"N","fired":"1","hidden":"1","weight":"10","rating":"4.5","position":[],"position_id":null,"user_id":"0","status":"0","schedule_till":"0000-00-00"}],"meta":[]}""")]
        [InlineData("""{"success":true,"data":{"id":7,"company_id":1001,"name":"N","fired":1,"hidden":true,"weight":10,"rating":4.5,"position":null,"user_id":null,"status":0,"schedule_till":null},"meta":{}}""")]
        [InlineData("""{"success":true,"data":{"id":7,"name":"N","fired":true,"hidden":1,"weight":"10","rating":"4.5","position":{},"user":[],"votes_count":""},"meta":[]}""")]
        public async Task EveryV1FormReadsTheSame(string body)
        {
            Server.Faults.Add(new FaultRule { Path = "/api/v1/staff/1001/7", Kind = FaultKind.Respond, Status = 200, Body = body, ContentType = "application/json" });

            var member = await Client().TeamMembers.GetAsync(Salon, 7, None);

            Assert.Equal(7, member.Id);
            Assert.Equal(Salon, member.CompanyId);
            Assert.True(member.IsDismissed);
            Assert.True(member.IsHiddenFromOnlineBooking);
            Assert.False(member.IsDeleted);
            Assert.Equal(10, member.Weight);
            Assert.Equal(4.5, member.Rating);
            Assert.Null(member.PositionId);
            Assert.Null(member.PositionTitle);
            Assert.Null(member.UserId);
            Assert.Null(member.ScheduleTill);
            Assert.Null(member.VotesCount);
        }

        [Fact]
        public async Task AnUnknownMemberIsNotFound()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().TeamMembers.GetAsync(Salon, 111, None));
            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
            Assert.Equal("/v1/staff/1001/111", ex.Path);
        }

        [Fact]
        public async Task CreateSendsTheQuickCreateBodyAndTheMemberIsListed()
        {
            var client = Client();
            var created = await client.TeamMembers.CreateAsync(Salon,
                new TeamMemberDraft { Name = " Nina Park ", Specialization = "Yoga instructor", PositionId = 2001 }, None);

            var post = Server.Requests.Last!;
            Assert.Equal("POST", post.Method);
            Assert.Equal("/api/v1/company/1001/staff/quick", post.Path);
            Assert.Equal(201, post.Status);
            Assert.Equal("""{"name":"Nina Park","specialization":"Yoga instructor","position_id":2001,"user_email":null,"user_phone":null,"is_user_invite":false}""", post.Body);
            Assert.Equal("Nina Park", created.Name);
            Assert.Equal(Salon, created.CompanyId);
            Assert.Equal(2001, created.PositionId);
            Assert.Equal("Instructor", created.PositionTitle);
            Assert.False(created.IsDismissed);
            Assert.False(created.IsPaid);
            Assert.Contains(await client.TeamMembers.ListAsync(Salon, null, None), m => m.Id == created.Id);
        }

        [Fact]
        public async Task CreateWithoutPositionSendsANullPositionId()
        {
            var created = await Client().TeamMembers.CreateAsync(Salon, new TeamMemberDraft { Name = "Solo", Specialization = "Cleaner" }, None);

            Assert.Contains("\"position_id\":null", Server.Requests.Last!.Body);
            Assert.Null(created.PositionId);
        }

        [Fact]
        public async Task CreateLinksInvitesAndPaysWhenAsked()
        {
            var client = Client();
            var created = await client.TeamMembers.CreateAsync(Salon, new TeamMemberDraft
            {
                Name = "Linked", Specialization = "Manager", Email = " limited@altegio.test ", Invite = true, Paid = true,
            }, None);

            Assert.Equal(
                """{"name":"Linked","specialization":"Manager","position_id":null,"user_email":"limited@altegio.test","user_phone":null,"is_user_invite":true,"is_paid_staff":true}""",
                Server.Requests.Last!.Body);
            Assert.True(created.IsPaid);
            Assert.Equal(502, (await client.TeamMembers.GetAsync(Salon, created.Id, None)).UserId);
        }

        [Fact]
        public async Task CreateGivesTimetableAccessWhenAsked()
        {
            var client = Client();
            var created = await client.TeamMembers.CreateAsync(Salon,
                new TeamMemberDraft { Name = "Scheduled", Specialization = "Coach", TimetableAccess = true }, None);

            Assert.EndsWith("\"is_user_invite\":false,\"has_timetable_access\":true}", Server.Requests.Last!.Body);
            Assert.DoesNotContain("phone_number", Server.Requests.Last!.Body);
            Assert.True(created.HasTimetableAccess);
            Assert.True((await client.TeamMembers.GetAsync(Salon, created.Id, None)).HasTimetableAccess);
        }

        [Fact]
        public async Task CreateLinksByPhone()
        {
            var client = Client();
            var created = await client.TeamMembers.CreateAsync(Salon,
                new TeamMemberDraft { Name = "By phone", Specialization = "Manager", Phone = "+35799999502", Invite = false }, None);

            Assert.Contains("\"user_phone\":\"+35799999502\",\"is_user_invite\":false}", Server.Requests.Last!.Body);
            Assert.Equal(502, (await client.TeamMembers.GetAsync(Salon, created.Id, None)).UserId);
        }

        [Theory]
        [InlineData(" ", "Yoga", null, null, null, false, "Name")]
        [InlineData("Ann", "", null, null, null, false, "Specialization")]
        [InlineData("Ann", "Yoga", 0L, null, null, false, "PositionId")]
        [InlineData("Ann", "Yoga", null, "not-an-email", null, false, "Email")]
        [InlineData("Ann", "Yoga", null, null, "12-34", false, "Phone")]
        [InlineData("Ann", "Yoga", null, null, "+357 99 abc 000", false, "Phone")]
        [InlineData("Ann", "Yoga", null, null, null, true, "Invite")]
        public async Task CreateValidatesBeforeSending(string name, string specialization, long? positionId, string? email, string? phone, bool invite, string parameter)
        {
            var member = new TeamMemberDraft { Name = name, Specialization = specialization, PositionId = positionId, Email = email, Phone = phone, Invite = invite };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().TeamMembers.CreateAsync(Salon, member, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
            Assert.Equal(parameter, ex.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task CreateWithAPositionOfAnotherLocationIsRefusedWithTheApiMessage()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                Client().TeamMembers.CreateAsync(Salon, new TeamMemberDraft { Name = "Ann", Specialization = "Yoga", PositionId = 2011 }, None));

            Assert.Equal(AltegioErrorKind.Validation, ex.Kind);
            Assert.Equal(422, ex.StatusCode);
            Assert.Contains("position_id is invalid", ex.Message);
        }

        [Fact]
        public async Task UpdateSendsOnlyTheGivenFieldsAndReturnsTheMember()
        {
            var member = await Client().TeamMembers.UpdateAsync(Salon, 102, new TeamMemberChanges { Weight = 7, Information = "<p>Hi</p>" }, None);

            var put = Server.Requests.Last!;
            Assert.Equal("PUT", put.Method);
            Assert.Equal("/api/v1/staff/1001/102", put.Path);
            Assert.Equal("""{"weight":7,"information":"<p>Hi</p>"}""", put.Body);
            Assert.Equal(7, member.Weight);
            Assert.Equal("<p>Hi</p>", member.Information);
            Assert.Equal("John Smith", member.Name);
            Assert.Equal("Pilates coach", Server.State.Find<MockTeamMember>(102)!.Specialization);
        }

        [Fact]
        public async Task DismissingAndHiringAgainAreTheFiredFlag()
        {
            var client = Client();
            var dismissed = await client.TeamMembers.UpdateAsync(Salon, 102, new TeamMemberChanges { Dismissed = true }, None);
            Assert.Equal("""{"fired":1}""", Server.Requests.Last!.Body);
            Assert.True(dismissed.IsDismissed);
            Assert.Contains(await client.TeamMembers.ListAsync(Salon, new TeamMemberListQuery { Status = TeamMemberStatus.Dismissed }, None), m => m.Id == 102);

            var hired = await client.TeamMembers.UpdateAsync(Salon, 102, new TeamMemberChanges { Dismissed = false }, None);
            Assert.Equal("""{"fired":0}""", Server.Requests.Last!.Body);
            Assert.False(hired.IsDismissed);
            Assert.False(Server.State.Find<MockTeamMember>(102)!.Fired);
        }

        [Fact]
        public async Task HidingFromOnlineBookingAndPaidSeatsAreSentAsTheApiSpellsThem()
        {
            var member = await Client().TeamMembers.UpdateAsync(Salon, 101,
                new TeamMemberChanges { Name = " Maria L. ", Specialization = "Yoga", HiddenFromOnlineBooking = true, Paid = false }, None);

            Assert.Equal("""{"name":"Maria L.","specialization":"Yoga","hidden":1,"is_paid_staff":false}""", Server.Requests.Last!.Body);
            Assert.True(member.IsHiddenFromOnlineBooking);
            Assert.False(member.IsPaid);
            Assert.Equal("Maria L.", member.Name);
        }

        [Fact]
        public async Task UpdateWithNothingToChangeOrANegativeWeightSendsNothing()
        {
            var client = Client();
            var nothing = await Assert.ThrowsAsync<AltegioApiException>(() => client.TeamMembers.UpdateAsync(Salon, 101, new TeamMemberChanges(), None));
            var negative = await Assert.ThrowsAsync<AltegioApiException>(() => client.TeamMembers.UpdateAsync(Salon, 101, new TeamMemberChanges { Weight = -1 }, None));
            var blank = await Assert.ThrowsAsync<AltegioApiException>(() => client.TeamMembers.UpdateAsync(Salon, 101, new TeamMemberChanges { Name = " " }, None));

            Assert.Equal(AltegioErrorKind.InvalidParameter, nothing.Kind);
            Assert.Equal("Weight", negative.FieldErrors.Single().Field);
            Assert.Equal("Name", blank.FieldErrors.Single().Field);
            Assert.Equal(0, Server.Requests.Count);
        }

        [Fact]
        public async Task UpdatingAnUnknownMemberIsNotFound()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                Client().TeamMembers.UpdateAsync(Salon, 99999, new TeamMemberChanges { Weight = 1 }, None));
            Assert.Equal(AltegioErrorKind.NotFound, ex.Kind);
        }

        [Fact]
        public async Task AnUpdateAnsweredWithoutTheMemberIsReadBack()
        {
            Server.Faults.Add(new FaultRule { Method = "PUT", Path = "/api/v1/staff/1001/101", Kind = FaultKind.Respond, Status = 200, Body = """{"success":true,"data":null,"meta":[]}""", ContentType = "application/json" });

            var member = await Client().TeamMembers.UpdateAsync(Salon, 101, new TeamMemberChanges { Weight = 3 }, None);

            Assert.Equal(101, member.Id);
            Assert.Equal("GET", Server.Requests.Last!.Method);
        }

        [Fact]
        public async Task DeleteRemovesTheMemberFromTheList()
        {
            var client = Client();
            await client.TeamMembers.DeleteAsync(Salon, 106, None);

            var delete = Server.Requests.Last!;
            Assert.Equal("DELETE", delete.Method);
            Assert.Equal("/api/v1/staff/1001/106", delete.Path);
            Assert.Equal(204, delete.Status);
            Assert.DoesNotContain(await client.TeamMembers.ListAsync(Salon, null, None), m => m.Id == 106);
            Assert.True((await client.TeamMembers.GetAsync(Salon, 106, None)).IsDeleted);

            var again = await Assert.ThrowsAsync<AltegioApiException>(() => client.TeamMembers.DeleteAsync(Salon, 106, None));
            Assert.Equal(AltegioErrorKind.NotFound, again.Kind);
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData(" TRUE ", true)]
        [InlineData("1", true)]
        [InlineData("yes", true)]
        [InlineData("Y", true)]
        [InlineData("on", true)]
        [InlineData("false", false)]
        [InlineData("0", false)]
        [InlineData("No", false)]
        [InlineData("off", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        public void FlagTextReadsYesNoValues(string? text, bool expected)
        {
            Assert.True(FlagText.TryParse(text, out var value));
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("maybe")]
        [InlineData("2")]
        [InlineData("truthy")]
        public void FlagTextRejectsAnythingElse(string text)
        {
            Assert.False(FlagText.TryParse(text, out _));
        }
    }
}

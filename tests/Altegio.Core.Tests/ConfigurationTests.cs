using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Configuration;
using Altegio.Core.Tests.Support;
using Altegio.MockServer.State;
using Altegio.Models;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>
    /// Configuration as code: the file checks (pure), then planning and applying over loopback against the mock
    /// with several locations, every promise checked in the mock's request log.
    /// </summary>
    public class ConfigurationTests : MockTestBase
    {
        private const long Clinic = 1002;
        private static readonly ConfigurationResource[] All = { ConfigurationResource.Tag, ConfigurationResource.Position, ConfigurationResource.TeamMember };

        private static CancellationToken None => CancellationToken.None;

        private ConfigurationApi Api() => new ConfigurationApi(Client());

        private static DesiredConfiguration Parse(string json) => DesiredConfiguration.FromNode(ConfigNode.FromJson(json, "chain.json"), "chain.json");

        private static ConfigurationException Invalid(string json) => Assert.Throws<ConfigurationException>(() => Parse(json));

        private IReadOnlyList<MockServer.RecordedRequest> Writes() =>
            Server.Requests.Snapshot().Where(r => r.Method != "GET").ToList();

        /// <summary>Plans and applies like Sync-AltegioConfiguration: a failed change is collected and the rest go on.</summary>
        private static async Task<ConfigurationPlan> SyncAsync(ConfigurationApi api, DesiredConfiguration desired, long companyId, bool prune = false,
            List<(ConfigurationChange Change, Exception Failure)>? failures = null)
        {
            var plan = await api.PlanAsync(desired, companyId, prune, None);
            foreach (var change in plan.Pending)
            {
                try
                {
                    await api.ApplyAsync(plan, change, None);
                }
                catch (Exception ex) when (failures != null && ex is Errors.AltegioApiException or ConfigurationNotApplicableException)
                {
                    failures.Add((change, ex));
                }
            }

            return plan;
        }

        // ---- the file ----

        [Theory]
        [InlineData("{\"Tagz\": []}", "Tagz", "unknown key 'Tagz'")]
        [InlineData("{\"Tags\": [{\"Title\": \"VIP\", \"Color\": \"#ff0000\", \"Colour\": \"#ff0000\"}]}", "Tags[0].Colour", "unknown key 'Colour'")]
        [InlineData("{\"Tags\": [{\"Title\": \"VIP\", \"Color\": \"red\"}]}", "Tags[0].Color", "#rrggbb")]
        [InlineData("{\"Tags\": [{\"Title\": \"VIP\"}]}", "Tags[0].Color", "is required")]
        [InlineData("{\"Tags\": [{\"Title\": \"VIP\", \"Color\": \"#ff0000\", \"Entity\": \"Customer\"}]}", "Tags[0].Entity", "Common, Client, Record, Activity")]
        [InlineData("{\"Tags\": [{\"Title\": 42, \"Color\": \"#ff0000\"}]}", "Tags[0].Title", "must be a string")]
        [InlineData("{\"Positions\": [{\"Title\": \"Instructor\"}, {\"Title\": \" instructor \"}]}", "Positions[1]", "duplicate natural key")]
        [InlineData("{\"Tags\": [{\"Title\": \"VIP\", \"Entity\": \"Client\", \"Color\": \"#ff0000\"}, {\"Title\": \"vip\", \"Entity\": \"client\", \"Color\": \"#00ff00\"}]}", "Tags[1]", "duplicate natural key")]
        [InlineData("{\"TeamMembers\": [{\"Name\": \"Ann\", \"Specialization\": \"Yoga\"}, {\"Name\": \"ANN\", \"Specialization\": \"yoga\"}]}", "TeamMembers[1]", "duplicate natural key")]
        [InlineData("{\"Positions\": [{\"Title\": \"Instructor\"}], \"TeamMembers\": [{\"Name\": \"Ann\", \"Specialization\": \"Yoga\", \"Position\": \"Doctor\"}]}", "TeamMembers[0].Position", "'Doctor', which is not in Positions")]
        [InlineData("{\"Positions\": {\"Title\": 1}}", "Positions[0].Title", "must be a string")]
        [InlineData("{\"Positions\": \"Instructor\"}", "Positions", "list of hashtables")]
        [InlineData("[1, 2]", null, "one hashtable")]
        public void ABadFileFailsNamingTheKeyAndTheProblem(string json, string? key, string problem)
        {
            var failure = Invalid(json);

            Assert.Equal(key, failure.Key);
            Assert.Contains(problem, failure.Message);
            Assert.StartsWith("chain.json", failure.Message);
            if (key != null)
            {
                Assert.Contains(key + ":", failure.Message);
            }
        }

        [Fact]
        public void JsonSyntaxErrorsAndRepeatedKeysFailWithTheirPlace()
        {
            var syntax = Assert.Throws<ConfigurationException>(() => ConfigNode.FromJson("{\n  \"Tags\": [\n  }", "x.json"));
            Assert.Contains("x.json line 3: the file is not valid JSON", syntax.Message);

            var repeated = Assert.Throws<ConfigurationException>(() => ConfigNode.FromJson("{\"Tags\": [], \"tags\": []}", "x.json"));
            Assert.Contains("the key 'tags' appears twice", repeated.Message);
        }

        [Fact]
        public void AFileMayManageSomeSectionsOnlyAndKeysIgnoreCase()
        {
            var desired = Parse("{\"tags\": [{\"title\": \" VIP \", \"color\": \"#FF0000\", \"entity\": \"client\"}], \"Positions\": null}");

            Assert.Null(desired.TeamMembers);
            Assert.Empty(desired.Positions!);
            var tag = Assert.Single(desired.Tags!);
            Assert.Equal("VIP", tag.Title);
            Assert.Equal("#ff0000", tag.Color);
            Assert.Equal(TagEntity.Client, tag.Entity);
            Assert.Null(tag.Icon);
        }

        [Fact]
        public void TheWriterQuotesEveryKindOfSingleQuoteAndUsesOneLineEnd()
        {
            Assert.Equal("'O''Brien'", ConfigurationFile.Quote("O'Brien"));
            Assert.Equal("'a\u2019\u2019b $x'", ConfigurationFile.Quote("a\u2019b $x"));
            var desired = new DesiredConfiguration { Tags = new[] { new DesiredTag { Title = "Café", Color = "#aabbcc" } } };

            var json = ConfigurationFile.ToJson(desired);
            var psd1 = ConfigurationFile.ToPsd1(desired);

            Assert.DoesNotContain("\r", json + psd1);
            Assert.Contains("\"Title\": \"Café\"", json);
            Assert.Contains("@{ Title = 'Café'; Entity = 'Common'; Color = '#aabbcc' }", psd1);
            var bytes = ConfigurationFile.ToBytes(desired, ConfigurationFormat.PowerShellData);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
            Assert.Equal((byte)'{', ConfigurationFile.ToBytes(desired, ConfigurationFormat.Json)[0]);
            Assert.Throws<ConfigurationException>(() => ConfigurationFile.FormatOf("chain.yaml"));
        }

        // ---- export ----

        [Fact]
        public async Task ExportIsDeterministicSortedAndLeavesOutSystemAndDeletedTagsAndDismissedMembers()
        {
            var api = Api();
            var first = await api.ExportAsync(Salon, All, None);
            var second = await api.ExportAsync(Salon, All, None);

            var json = ConfigurationFile.ToJson(first.Configuration);
            Assert.Equal(json, ConfigurationFile.ToJson(second.Configuration));
            Assert.Equal(ConfigurationFile.ToPsd1(first.Configuration), ConfigurationFile.ToPsd1(second.Configuration));
            var config = first.Configuration;
            Assert.Equal(new[] { "New client", "VIP", "Confirmed by phone", "Beginner friendly", "Morning" }, config.Tags!.Select(t => t.Title).ToArray());
            Assert.Equal(new[] { "Administrator", "Instructor", "Trainee" }, config.Positions!.Select(p => p.Title).ToArray());
            Assert.DoesNotContain(config.TeamMembers!, m => m.Name == "Peter Brown" || m.Name == "Olga Removed");
            var maria = config.TeamMembers!.Single(m => m.Name == "Maria Lopez");
            Assert.Equal("Instructor", maria.Position);
            Assert.Null(config.TeamMembers!.Single(m => m.Name == "Sam Newcomer").Position);
            Assert.DoesNotContain("+357", json);
            Assert.DoesNotContain("@", json);
            Assert.Empty(first.Warnings);
        }

        [Fact]
        public async Task ExportReadsOnlyTheIncludedListsAndWarnsAboutRepeatedKeys()
        {
            Server.State.Add(new MockTag { CompanyId = Salon, Title = "vip", Color = "#000000", Entity = 1 });

            var exported = await Api().ExportAsync(Salon, new[] { ConfigurationResource.Tag }, None);

            Assert.Null(exported.Configuration.Positions);
            Assert.Null(exported.Configuration.TeamMembers);
            Assert.Equal(new[] { "/api/v2/locations/1001/tags" }, Server.Requests.Snapshot().Select(r => r.Path).ToArray());
            var warning = Assert.Single(exported.Warnings);
            Assert.Contains("more than one tag 'VIP' (Client)", warning);
            Assert.Contains("keeps id 3001", warning);
        }

        [Fact]
        public async Task AnExportedFileReadsBackAndMatchesItsLocation()
        {
            var api = Api();
            var exported = await api.ExportAsync(Salon, All, None);
            var desired = Parse(ConfigurationFile.ToJson(exported.Configuration));

            var plan = await api.PlanAsync(desired, Salon, prune: true, None);

            Assert.Empty(plan.Pending);
            Assert.All(plan.Changes, c => Assert.Equal(ConfigurationAction.NoChange, c.Action));
        }

        // ---- planning and applying across locations ----

        [Fact]
        public async Task SyncingAnotherLocationCreatesPositionsFirstThenMembersThatUseThemAndASecondSyncWritesNothing()
        {
            var api = Api();
            var desired = Parse(ConfigurationFile.ToJson((await api.ExportAsync(Salon, All, None)).Configuration));
            Server.Requests.Clear();

            var plan = await api.PlanAsync(desired, Clinic, prune: false, None);

            Assert.Empty(Writes());
            var pending = plan.Pending.ToList();
            Assert.All(pending, c => Assert.Equal(ConfigurationAction.Create, c.Action));
            Assert.Equal(3, pending.Count(c => c.Resource == ConfigurationResource.Position));
            var lastPosition = pending.FindLastIndex(c => c.Resource == ConfigurationResource.Position);
            var firstMember = pending.FindIndex(c => c.Resource == ConfigurationResource.TeamMember);
            Assert.True(lastPosition < firstMember, "positions come before the team members that use them");
            foreach (var change in pending)
            {
                await api.ApplyAsync(plan, change, None);
            }

            var instructor = Server.State.All<MockPosition>().Single(p => p.Title == "Instructor" && p.SalonIds.Contains(Clinic));
            var maria = Server.State.All<MockTeamMember>().Single(m => m.CompanyId == Clinic && m.Name == "Maria Lopez");
            Assert.Equal(instructor.Id, maria.PositionId);
            Assert.Equal("#ff2828", Server.State.All<MockTag>().Single(t => t.CompanyId == Clinic && t.Title == "VIP").Color);

            Server.Requests.Clear();
            var again = await SyncAsync(api, desired, Clinic);

            Assert.Empty(again.Pending);
            Assert.Empty(Writes());
        }

        [Fact]
        public async Task PlanningReadsEachListOnceWhenEveryMemberIsActive()
        {
            var chain = Server.State.SeedChain(3, 10, 5, 15);
            var api = Api();
            var desired = Parse(ConfigurationFile.ToJson((await api.ExportAsync(chain[0], All, None)).Configuration));
            Server.Requests.Clear();

            foreach (var companyId in chain)
            {
                var plan = await api.PlanAsync(desired, companyId, prune: true, None);
                Assert.Empty(plan.Pending);
            }

            var reads = Server.Requests.Snapshot();
            Assert.Equal(9, reads.Count);
            foreach (var companyId in chain)
            {
                var paths = reads.Where(r => r.Path.Contains("/" + companyId + "/")).Select(r => r.Path.Substring(r.Path.LastIndexOf('/') + 1)).OrderBy(p => p).ToArray();
                Assert.Equal(new[] { "positions", "tags", "team_members" }, paths);
            }

            Assert.All(reads.Where(r => r.Path.EndsWith("team_members", StringComparison.Ordinal)), r => Assert.Equal("0", r.QueryValues("filter[fired]").ToString()));
        }

        [Fact]
        public async Task WithoutPruneNothingIsRemovedAndWithPruneTagsAndPositionsGoAndMembersAreDismissedNeverDeleted()
        {
            var api = Api();
            var desired = Parse("{\"Tags\": [{\"Title\": \"VIP\", \"Entity\": \"Client\", \"Color\": \"#ff2828\"}],"
                + " \"Positions\": [{\"Title\": \"Instructor\"}],"
                + " \"TeamMembers\": [{\"Name\": \"Maria Lopez\", \"Specialization\": \"Yoga instructor\", \"Position\": \"Instructor\"}]}");

            var kept = await api.PlanAsync(desired, Salon, prune: false, None);
            Assert.Empty(kept.Pending);

            var failures = new List<(ConfigurationChange Change, Exception Failure)>();
            var plan = await SyncAsync(api, desired, Salon, prune: true, failures);

            // Elena (103), now dismissed, still holds Administrator: the API keeps it, which fails that one change only.
            var failed = Assert.Single(failures);
            Assert.Equal(2002, failed.Change.Id);
            Assert.Equal(Errors.AltegioErrorKind.Conflict, Assert.IsType<Errors.AltegioApiException>(failed.Failure).Kind);
            Assert.Null(Server.State.Find<MockPosition>(2003));
            var pending = plan.Pending.ToList();
            Assert.Equal(new[] { ConfigurationAction.Dismiss, ConfigurationAction.Remove }, pending.Select(c => c.Action).Distinct().ToArray());
            Assert.Equal(new long[] { 102, 103, 106 }, pending.Where(c => c.Action == ConfigurationAction.Dismiss).Select(c => c.Id!.Value).OrderBy(i => i).ToArray());
            Assert.Equal(new long[] { 3002, 3003, 3004, 3005 }, pending.Where(c => c.Resource == ConfigurationResource.Tag).Select(c => c.Id!.Value).OrderBy(i => i).ToArray());
            Assert.Equal(new long[] { 2002, 2003 }, pending.Where(c => c.Resource == ConfigurationResource.Position).Select(c => c.Id!.Value).OrderBy(i => i).ToArray());
            Assert.Equal(ConfigurationResource.Position, pending.Last().Resource);
            var writes = Writes();
            Assert.DoesNotContain(writes, r => r.Method == "DELETE" && r.Path.Contains("team_members", StringComparison.Ordinal));
            Assert.DoesNotContain(writes, r => r.Method == "DELETE" && r.Path.Contains("/staff/", StringComparison.Ordinal));
            Assert.Equal(3, writes.Count(r => r.Method == "PUT" && r.Body.Contains("\"fired\":1", StringComparison.Ordinal)));
            Assert.True(Server.State.Find<MockTag>(3006)!.IsEditable == false && !Server.State.Find<MockTag>(3006)!.IsDeleted, "system tags stay");
            Assert.True(Server.State.Find<MockTeamMember>(102)!.Fired);
            Assert.False(Server.State.Find<MockTeamMember>(102)!.Deleted);
        }

        [Fact]
        public async Task ADismissedMemberInTheFileIsHiredAgainRatherThanCreatedTwice()
        {
            var api = Api();
            var desired = Parse("{\"TeamMembers\": [{\"Name\": \"Peter Brown\", \"Specialization\": \"Yoga instructor\"}]}");

            var plan = await SyncAsync(api, desired, Salon);

            var change = Assert.Single(plan.Pending);
            Assert.Equal(ConfigurationAction.Update, change.Action);
            Assert.Equal(104, change.Id);
            Assert.Equal("Dismissed: True -> False", change.Summary);
            var write = Assert.Single(Writes());
            Assert.Equal("PUT", write.Method);
            Assert.Contains("\"fired\":0", write.Body, StringComparison.Ordinal);
            Assert.False(Server.State.Find<MockTeamMember>(104)!.Fired);
            Assert.Contains(Server.Requests.Snapshot(), r => r.QueryValues("filter[fired]").ToString() == "1");
        }

        [Fact]
        public async Task ChangedPropertiesAreUpdatedWithBeforeAndAfterAndCaseCounts()
        {
            var api = Api();
            var desired = Parse("{\"Tags\": [{\"Title\": \"vip\", \"Entity\": \"Client\", \"Color\": \"#00ff00\", \"Icon\": \"\"}],"
                + " \"Positions\": [{\"Title\": \"Instructor\", \"Description\": \"Teaches\"}]}");

            var plan = await SyncAsync(api, desired, Salon);

            var tag = plan.Pending.Single(c => c.Resource == ConfigurationResource.Tag);
            Assert.Equal(ConfigurationAction.Update, tag.Action);
            Assert.Equal("Title: 'VIP' -> 'vip'; Color: '#ff2828' -> '#00ff00'; Icon: 'star' -> (none)", tag.Summary);
            Assert.Equal("'vip' (Client)", tag.Key);
            var position = plan.Pending.Single(c => c.Resource == ConfigurationResource.Position);
            Assert.Equal("Description: 'Leads group classes' -> 'Teaches'", position.Summary);
            var stored = Server.State.Find<MockTag>(3001)!;
            Assert.Equal(("vip", "#00ff00"), (stored.Title, stored.Color));
            Assert.Equal("Teaches", Server.State.Find<MockPosition>(2001)!.Description);
            Assert.DoesNotContain(Server.Requests.Snapshot(), r => r.Method == "GET" && r.Path.EndsWith("/positions/2001", StringComparison.Ordinal));
            Assert.Empty((await api.PlanAsync(desired, Salon, false, None)).Pending);
        }

        [Fact]
        public async Task APositionChangeOfAnExistingMemberIsPlannedButNotSentBecauseTheApiCannotMakeIt()
        {
            var api = Api();
            var desired = Parse("{\"TeamMembers\": [{\"Name\": \"Maria Lopez\", \"Specialization\": \"Yoga instructor\", \"Position\": \"Administrator\"}]}");
            var plan = await api.PlanAsync(desired, Salon, false, None);

            var change = Assert.Single(plan.Pending);
            Assert.Equal("Position: 'Instructor' -> 'Administrator'", change.Summary);
            Assert.NotNull(change.NotApplicableReason);
            var failure = await Assert.ThrowsAsync<ConfigurationNotApplicableException>(() => api.ApplyAsync(plan, change, None));
            Assert.Contains("web app", failure.Message);
            Assert.Empty(Writes());
        }

        [Fact]
        public async Task AMemberNamingAPositionTheLocationLacksIsReportedAtPlanningAndNeverCreatedWithoutIt()
        {
            var api = Api();
            var desired = Parse("{\"TeamMembers\": [{\"Name\": \"Ann New\", \"Specialization\": \"Yoga\", \"Position\": \"Instructor\"}]}");
            var plan = await api.PlanAsync(desired, Clinic, false, None);

            var change = Assert.Single(plan.Pending);
            Assert.Equal(ConfigurationAction.Create, change.Action);
            Assert.Contains("'Instructor' does not exist in location 1002", change.NotApplicableReason);
            await Assert.ThrowsAsync<ConfigurationNotApplicableException>(() => api.ApplyAsync(plan, change, None));
            Assert.Empty(Writes());
        }

        [Fact]
        public async Task OneChangePerLocationAcrossAChainIsOneWritePerLocation()
        {
            var chain = Server.State.SeedChain(3, 10, 5, 15);
            var api = Api();
            var exported = (await api.ExportAsync(chain[0], All, None)).Configuration;
            var tags = exported.Tags!.ToList();
            tags[0] = new DesiredTag { Title = tags[0].Title, Entity = tags[0].Entity, Color = "#123456" };
            exported.Tags = tags;
            var desired = Parse(ConfigurationFile.ToJson(exported));
            Server.Requests.Clear();

            foreach (var companyId in chain)
            {
                var plan = await SyncAsync(api, desired, companyId);
                Assert.Single(plan.Pending);
            }

            Assert.Equal(3, Writes().Count);
            Assert.Equal(12, Server.Requests.Count);
        }
    }
}

using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.Http;
using Altegio.MockServer;
using Altegio.MockServer.State;
using Altegio.Tracing;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>The fault matrix of issue 3: each fault either succeeds after a retry or fails with the right kind.</summary>
    public class TransportTests : MockTestBase
    {
        private const string TagsPath = "/api/v2/locations/1001/tags";
        private static CancellationToken None => CancellationToken.None;

        private void Fault(FaultKind kind, string? method = null, int times = 1, int? status = null, string? retryAfter = null, int delayMs = 0, string path = TagsPath) =>
            Server.Faults.Add(new FaultRule { Kind = kind, Method = method, Times = times, Status = status, RetryAfter = retryAfter, DelayMs = delayMs, Path = path });

        private AltegioClient ClientWithClock(RecordingTimeProvider clock, ListTraceSink? trace = null, int retries = 3) =>
            Client(s => { s.TimeProvider = clock; s.MaximumRetryCount = retries; }, trace);

        private int TagsCreatedTitled(string title) => Server.State.All<MockTag>().Count(t => t.Title == title);

        [Fact]
        public async Task AParsedAnswerKeepsItsOwnCopyWhileLaterAnswersReuseThePooledBodyMemory()
        {
            // Each answer is read into memory rented from a pool and given back with the response; a document
            // handed to the caller must not point into it.
            var client = Client();
            var list = new AltegioRequest(System.Net.Http.HttpMethod.Get, AltegioApiVersion.V2, "locations/1001/tags");
            var tag = Server.State.All<MockTag>().First(t => t.CompanyId == Salon && !t.IsDeleted);
            using var first = await client.SendAsync(list, None);
            var before = first.Root!.Value.GetRawText();
            tag.Title = new string(tag.Title.Select(c => c == 'x' ? 'y' : 'x').ToArray());
            for (var i = 0; i < 20; i++)
            {
                // Answers of the same size and other bytes.
                using var later = await client.SendAsync(list, None);
                Assert.NotEqual(before, later.Root!.Value.GetRawText());
            }

            Assert.Equal(before, first.Root!.Value.GetRawText());
        }

        [Theory]
        [InlineData(503)]
        [InlineData(502)]
        [InlineData(504)]
        [InlineData(408)]
        [InlineData(429)]
        public async Task ATransientStatusOnAReadSucceedsAfterRetries(int status)
        {
            var clock = new RecordingTimeProvider();
            var trace = new ListTraceSink();
            Fault(FaultKind.Status, "GET", times: 2, status: status);

            var tags = await ClientWithClock(clock, trace).Tags.ListAsync(Salon, null, None);

            Assert.NotEmpty(tags);
            Assert.Equal(3, Server.Requests.CountOf(TagsPath, "GET"));
            Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }, clock.Waits);
            Assert.Equal(2, trace.Warnings.Count);
            Assert.Contains("retry 1 of 3", trace.Warnings[0]);
            Assert.Contains(trace.Verbose_, line => line.StartsWith("GET /v2/locations/1001/tags -> 200 OK (", StringComparison.Ordinal) && line.Contains("retry 2 of 3"));
        }

        [Fact]
        public async Task RetryAfterInSecondsIsHonoured()
        {
            var clock = new RecordingTimeProvider();
            Fault(FaultKind.Status, "GET", status: 429, retryAfter: "7");

            await ClientWithClock(clock).Tags.ListAsync(Salon, null, None);

            Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, clock.Waits);
        }

        [Fact]
        public async Task RetryAfterAsAnHttpDateIsHonoured()
        {
            var clock = new RecordingTimeProvider();
            Fault(FaultKind.Status, "GET", status: 503, retryAfter: clock.GetUtcNow().AddSeconds(20).ToString("r"));

            await ClientWithClock(clock).Tags.ListAsync(Salon, null, None);

            Assert.Equal(new[] { TimeSpan.FromSeconds(20) }, clock.Waits);
        }

        [Fact]
        public async Task ThrottlingThatOutlastsTheRetriesIsThrottled()
        {
            var clock = new RecordingTimeProvider();
            Fault(FaultKind.Status, "GET", times: 10, status: 429);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => ClientWithClock(clock, retries: 2).Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Throttled, ex.Kind);
            Assert.Equal("Altegio.Throttled", ex.Classification.ErrorId);
            Assert.Equal(3, Server.Requests.CountOf(TagsPath, "GET"));
        }

        [Fact]
        public async Task AServerErrorPersistingPastTheRetriesIsAServerError()
        {
            Fault(FaultKind.Html, "GET", times: 10, status: 502);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => ClientWithClock(new RecordingTimeProvider()).Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Server, ex.Kind);
            Assert.Equal(502, ex.StatusCode);
            Assert.Contains("text/html", ex.Message);
            Assert.Equal(4, Server.Requests.CountOf(TagsPath, "GET"));
        }

        [Fact]
        public async Task A429OnACreateIsRetriedAndTheTagIsCreatedOnce()
        {
            Fault(FaultKind.Status, "POST", status: 429, retryAfter: "1");

            var tag = await ClientWithClock(new RecordingTimeProvider()).Tags.CreateAsync(Salon, "Retried create", "#101010", null, null, None);

            Assert.Equal("Retried create", tag.Title);
            Assert.Equal(2, Server.Requests.CountOf(TagsPath, "POST"));
            Assert.Equal(1, TagsCreatedTitled("Retried create"));
        }

        [Theory]
        [InlineData(503)]
        [InlineData(502)]
        [InlineData(504)]
        public async Task AGatewayErrorOnACreateIsNotRetried(int status)
        {
            Fault(FaultKind.Status, "POST", status: status);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => ClientWithClock(new RecordingTimeProvider()).Tags.CreateAsync(Salon, "Once", "#101010", null, null, None));

            Assert.Equal(AltegioErrorKind.Server, ex.Kind);
            Assert.Equal(1, Server.Requests.CountOf(TagsPath, "POST"));
        }

        [Fact]
        public async Task AResetAfterTheServerActedIsNeverRepeatedForACreate()
        {
            Fault(FaultKind.ResetAfterProcessing, "POST");

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => ClientWithClock(new RecordingTimeProvider()).Tags.CreateAsync(Salon, "Maybe created", "#101010", null, null, None));

            Assert.Equal(AltegioErrorKind.OutcomeUnknown, ex.Kind);
            Assert.Equal(1, Server.Requests.CountOf(TagsPath, "POST"));
            Assert.Equal(1, TagsCreatedTitled("Maybe created"));
        }

        [Fact]
        public async Task ATruncatedAnswerToACreateIsNeverRepeated()
        {
            Fault(FaultKind.Truncate, "POST");

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => ClientWithClock(new RecordingTimeProvider()).Tags.CreateAsync(Salon, "Half answered", "#101010", null, null, None));

            Assert.Equal(AltegioErrorKind.OutcomeUnknown, ex.Kind);
            Assert.Equal(1, TagsCreatedTitled("Half answered"));
        }

        [Theory]
        [InlineData(FaultKind.ResetAfterProcessing, "POST")]
        [InlineData(FaultKind.ResetAfterProcessing, "PUT")]
        [InlineData(FaultKind.ResetAfterProcessing, "DELETE")]
        [InlineData(FaultKind.Truncate, "POST")]
        [InlineData(FaultKind.Truncate, "PUT")]
        [InlineData(FaultKind.Truncate, "DELETE")]
        public async Task AChangeWhoseAnswerNeverFullyArrivedIsOutcomeUnknownAndSentOnce(FaultKind kind, string method)
        {
            var path = method == "POST" ? TagsPath : TagsPath + "/3001";
            Fault(kind, method, path: path);
            var tags = ClientWithClock(new RecordingTimeProvider()).Tags;
            Task change = method switch
            {
                "POST" => tags.CreateAsync(Salon, "Maybe created", "#101010", null, null, None),
                "PUT" => tags.UpdateAsync(Salon, 3001, "Maybe renamed", null, null, None),
                _ => tags.DeleteAsync(Salon, 3001, None),
            };

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => change);

            Assert.Equal(AltegioErrorKind.OutcomeUnknown, ex.Kind);
            Assert.Equal("Altegio.OutcomeUnknown", ex.Classification.ErrorId);
            Assert.Contains("the change may have been made; check before you retry", ex.Message);
            Assert.StartsWith(method + " /v2/locations/1001/tags", ex.Message);
            Assert.Equal(1, Server.Requests.CountOf(path, method));
            // The server did act: that is what makes the outcome unknown to the caller.
            var tag = Server.State.All<MockTag>().Single(t => t.Id == 3001);
            if (method == "PUT")
            {
                Assert.Equal("Maybe renamed", tag.Title);
            }
            else if (method == "DELETE")
            {
                Assert.True(tag.IsDeleted);
            }
        }

        [Fact]
        public async Task AChangeThatTimesOutIsOutcomeUnknownAndAReadIsATimeout()
        {
            Fault(FaultKind.Delay, "POST", delayMs: 5000);
            var client = Client(s => s.Timeout = TimeSpan.FromMilliseconds(300));

            var write = await Assert.ThrowsAsync<AltegioApiException>(() => client.Tags.CreateAsync(Salon, "Slow", "#101010", null, null, None));

            Assert.Equal(AltegioErrorKind.OutcomeUnknown, write.Kind);
            Assert.Contains("-TimeoutSec", write.Message);
            Assert.Equal(1, Server.Requests.CountOf(TagsPath, "POST"));
        }

        [Theory]
        [InlineData(FaultKind.Reset)]
        [InlineData(FaultKind.ResetAfterProcessing)]
        [InlineData(FaultKind.Truncate)]
        public async Task ABrokenConnectionOnAReadIsRetried(FaultKind kind)
        {
            Fault(kind, "GET");

            var tags = await ClientWithClock(new RecordingTimeProvider()).Tags.ListAsync(Salon, null, None);

            Assert.NotEmpty(tags);
            Assert.Equal(2, Server.Requests.CountOf(TagsPath, "GET"));
        }

        [Fact]
        public async Task ARefusedConnectionIsRetriedEvenForACreateAndThenReported()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop(); // nothing listens there now: every connect is refused
            var trace = new ListTraceSink();
            var client = new AltegioClient(
                new AltegioConnectionSettings { BaseUri = new Uri($"http://127.0.0.1:{port}/api"), MaximumRetryCount = 2, RequestsPerSecond = 0, RequestsPerMinute = 0, Proxy = ProxySettings.None, TimeProvider = new RecordingTimeProvider() },
                AltegioCredentials.FromTokens("p", "u")).WithTrace(trace);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => client.Tags.CreateAsync(Salon, "x", "#000000", null, null, None));

            // Refused means never sent, so even for a create this is a connection failure, not an unknown outcome.
            Assert.Equal(AltegioErrorKind.Connection, ex.Kind);
            Assert.Equal("Altegio.ConnectionFailed", ex.Classification.ErrorId);
            Assert.Equal(2, trace.Warnings.Count);
            Assert.Equal(3, trace.Verbose_.Count(l => l.StartsWith("POST /v2/locations/1001/tags -> failed", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task MalformedJsonIsAnInvalidResponseAndNotRetried()
        {
            Fault(FaultKind.Malformed, "GET");

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.InvalidResponse, ex.Kind);
            Assert.Equal(1, Server.Requests.CountOf(TagsPath, "GET"));
        }

        [Fact]
        public async Task SuccessFalseWithHttp200AndNoFieldNamedIsRefusedWithTheApiMessage()
        {
            Server.Faults.Add(new FaultRule { Kind = FaultKind.SuccessFalse, Method = "GET", Path = TagsPath, Message = "Internal processing error" });

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Refused, ex.Kind);
            Assert.Equal("Altegio.Refused", ex.Classification.ErrorId);
            Assert.Equal(200, ex.StatusCode);
            Assert.Equal("GET /v2/locations/1001/tags failed with HTTP 200: Internal processing error", ex.Message);
            Assert.DoesNotContain("values the message names", ex.Classification.RecommendedAction);
            Assert.Equal(1, Server.Requests.CountOf(TagsPath, "GET"));
        }

        [Fact]
        public async Task SuccessFalseWithHttp200NamingAFieldIsAValidationFailure()
        {
            Server.Faults.Add(new FaultRule
            {
                Kind = FaultKind.Respond, Method = "GET", Path = TagsPath, Status = 200, ContentType = "application/json",
                Body = """{"success":false,"data":null,"meta":{"message":"Invalid data","errors":{"entity":["The entity is unknown"]}}}""",
            });

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Validation, ex.Kind);
            Assert.Equal("entity", Assert.Single(ex.FieldErrors).Field);
            Assert.Contains("values the message names", ex.Classification.RecommendedAction);
        }

        [Fact]
        public async Task SuccessFalseWithHttp200FlaggedAsAConflictIsAConflict()
        {
            Server.Faults.Add(new FaultRule
            {
                Kind = FaultKind.Respond, Method = "GET", Path = TagsPath, Status = 200, ContentType = "application/json",
                Body = """{"success":false,"data":null,"meta":{"message":"The team member is busy or not working: 2027-01-15 10:30","conflict":true}}""",
            });

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Conflict, ex.Kind);
            Assert.Contains("busy or not working", ex.Message);
        }

        [Fact]
        public async Task ASlowAnswerTimesOutNamingTheMethodAndPath()
        {
            Fault(FaultKind.Delay, "GET", delayMs: 5000);

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client(s => s.Timeout = TimeSpan.FromMilliseconds(300)).Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Timeout, ex.Kind);
            Assert.Equal("Altegio.Timeout", ex.Classification.ErrorId);
            Assert.Equal("OperationTimeout", ex.Classification.CategoryName);
            Assert.StartsWith("GET /v2/locations/1001/tags failed", ex.Message);
        }

        [Fact]
        public async Task CancellingDuringARetryWaitReturnsPromptly()
        {
            Fault(FaultKind.Status, "GET", times: 5, status: 503, retryAfter: "60");
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var watch = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().Tags.ListAsync(Salon, null, cancel.Token));

            // The wait was 60 s; returning at all before it ended shows the wait was cancelled.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "cancellation took " + watch.Elapsed);
            Assert.Equal(1, Server.Requests.CountOf(TagsPath, "GET"));
        }

        [Fact]
        public async Task ARetryAfterLongerThanFiveMinutesFailsAtOnce()
        {
            var clock = new RecordingTimeProvider();
            Fault(FaultKind.Status, "GET", status: 429, retryAfter: "3600");

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => ClientWithClock(clock).Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Throttled, ex.Kind);
            Assert.Empty(clock.Waits);
        }

        [Fact]
        public async Task ZeroRetriesMeansOneAttempt()
        {
            Fault(FaultKind.Status, "GET", status: 503);

            await Assert.ThrowsAsync<AltegioApiException>(() => Client(s => s.MaximumRetryCount = 0).Tags.ListAsync(Salon, null, None));

            Assert.Equal(1, Server.Requests.CountOf(TagsPath, "GET"));
        }

        [Fact]
        public async Task ACredentialSessionLogsInAgainOnceAfterA401()
        {
            var trace = new ListTraceSink();
            var session = await AltegioSession.ConnectAsync(Settings(), AltegioCredentials.FromLogin(MockServerOptions.DemoPartnerToken, MockServerOptions.DemoLogin, MockServerOptions.DemoPassword), "Parameters", trace, None);
            Assert.Equal(AltegioAuthenticationMethod.Credential, session.AuthenticationMethod);
            Assert.Equal("Demo Admin", session.UserName);
            var login = Server.Requests.For("/api/v1/auth", "POST").Single();
            Assert.Equal("Bearer demo-partner-token", login.Header("Authorization"));

            Assert.True(Server.State.RevokeUserToken(MockServerOptions.DemoUserToken));
            var tags = await session.ClientFor(trace).Tags.ListAsync(Salon, null, None);

            Assert.NotEmpty(tags);
            Assert.Equal(2, Server.Requests.CountOf("/api/v1/auth", "POST"));
            Assert.Equal(new[] { 401, 200 }, Server.Requests.For(TagsPath, "GET").Select(r => r.Status));
            Assert.Contains(trace.Warnings, w => w.Contains("logging in again"));
        }

        [Fact]
        public async Task ATokenSessionDoesNotLogInAgain()
        {
            Assert.True(Server.State.RevokeUserToken(MockServerOptions.DemoUserToken));

            var ex = await Assert.ThrowsAsync<AltegioApiException>(() => Client().Tags.ListAsync(Salon, null, None));

            Assert.Equal(AltegioErrorKind.Unauthorized, ex.Kind);
            Assert.Equal(0, Server.Requests.CountOf("/api/v1/auth", "POST"));
        }

        [Fact]
        public async Task NoSecretAppearsInVerboseDebugWarningsOrErrors()
        {
            var partner = MockServerOptions.DemoPartnerToken;
            var trace = new ListTraceSink();
            var queued = new QueuedTraceSink(isDebugEnabled: true);
            var session = await AltegioSession.ConnectAsync(Settings(), AltegioCredentials.FromLogin(partner, MockServerOptions.DemoLogin, MockServerOptions.DemoPassword), "Parameters", queued, None);
            var client = session.ClientFor(queued);
            Fault(FaultKind.Status, "GET", status: 503, retryAfter: "0");
            await client.Tags.ListAsync(Salon, null, None);
            var failure = await Assert.ThrowsAsync<AltegioApiException>(() => client.Tags.GetAsync(Salon, 424242, None));
            Server.State.RevokeUserToken(MockServerOptions.DemoUserToken);
            await client.Tags.ListAsync(Salon, null, None);

            var texts = new System.Collections.Generic.List<string> { failure.ToString(), failure.Message, session.ToString() };
            while (queued.TryDequeue(out _, out var text))
            {
                texts.Add(text);
            }

            var all = string.Join("\n", texts);
            Assert.Contains("Authorization: ***", all);
            Assert.Contains("\"password\":\"***\"", all);
            Assert.Contains("\"user_token\":\"***\"", all);
            foreach (var secret in new[] { partner, MockServerOptions.DemoUserToken, MockServerOptions.DemoPassword })
            {
                Assert.DoesNotContain(secret, all);
            }

            foreach (var user in Server.State.All<MockUser>())
            {
                Assert.DoesNotContain(user.UserToken, all);
            }
        }

        [Fact]
        public async Task ThreeHundredRequestsUnderAFiftyPerSecondServerLimitNeverSeeA429()
        {
            Server.RateLimit.Configure(50, 0, RetryAfterMode.Seconds);
            // Two clients with separate settings objects, as two runspaces would have: the budget is per host.
            var first = Client(s => { s.RequestsPerSecond = 50; s.RequestsPerMinute = 0; });
            var second = Client(s => { s.RequestsPerSecond = 50; s.RequestsPerMinute = 0; });

            var completed = await RunParallelReads(workers: 6, each: 50, w => w % 2 == 0 ? first : second);

            Assert.Equal(300, completed);
            // The limiter, not the retries, does the work: arrival jitter may cost a stray 429 (retried),
            // but never the flood that the unlimited control below gets.
            Assert.True(Server.RateLimit.Rejected < 15, "server rejected " + Server.RateLimit.Rejected);
        }

        [Fact]
        public async Task WithoutTheClientLimitTheServerRejectsAndTheCallerSeesThrottled()
        {
            Server.RateLimit.Configure(50, 0, RetryAfterMode.Seconds);
            var unlimited = Client(s => { s.RequestsPerSecond = 0; s.RequestsPerMinute = 0; s.MaximumRetryCount = 0; });

            var failures = 0;
            await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
            {
                for (var i = 0; i < 50; i++)
                {
                    try
                    {
                        using var document = await unlimited.SendAsync(new AltegioRequest(System.Net.Http.HttpMethod.Get, AltegioApiVersion.V2, "locations/1001/tags"), None);
                    }
                    catch (AltegioApiException ex) when (ex.Kind == AltegioErrorKind.Throttled)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            })));

            Assert.True(failures > 100, "only " + failures + " throttled");
            Assert.Equal(failures, Server.RateLimit.Rejected);
        }

        [Fact]
        public async Task TheRequestsPerMinuteBudgetAllowsABurstThenPaces()
        {
            // 20 per minute: a burst of 2 (a tenth), then one every 60/18 s. Seven calls must not finish
            // before the fifth permit, 3 × 3.47 s after the burst; run only three to keep the test short.
            var client = Client(s => { s.RequestsPerSecond = 0; s.RequestsPerMinute = 20; });
            var watch = Stopwatch.StartNew();
            await RunParallelReads(workers: 1, each: 3, _ => client);
            Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(3.4), "three calls took only " + watch.Elapsed);
        }

        private static async Task<int> RunParallelReads(int workers, int each, Func<int, AltegioClient> clientFor)
        {
            var completed = 0;
            await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
            {
                var client = clientFor(worker);
                for (var i = 0; i < each; i++)
                {
                    using var document = await client.SendAsync(new AltegioRequest(System.Net.Http.HttpMethod.Get, AltegioApiVersion.V2, "locations/1001/tags"), None);
                    Interlocked.Increment(ref completed);
                }
            })));
            return completed;
        }
    }
}

using Altegio.Errors;
using Altegio.Tracing;
using Xunit;

namespace Altegio.Core.Tests
{
    public class RedactorTests
    {
        [Theory]
        [InlineData("Authorization: Bearer abc123, User def456", "Authorization: ***")]
        [InlineData("header was Bearer abc123, User def456 ok", "header was Bearer ***, User *** ok")]
        [InlineData("""{"login":"a@b.c","password":"hunter2"}""", """{"login":"a@b.c","password":"***"}""")]
        [InlineData("""{"user_token": "tok-1", "x":1}""", """{"user_token": "***", "x":1}""")]
        [InlineData("/v1/x?user_token=tok-1&a=2", "/v1/x?user_token=***&a=2")]
        [InlineData("password=p%40ss&login=me", "password=***&login=me")]
        public void MasksSecrets(string input, string expected)
        {
            Assert.Equal(expected, Redactor.RedactText(input));
        }

        [Fact]
        public void RedactUrlDropsUserInfoAndQuerySecrets()
        {
            Assert.Equal("http://***@proxy:8080/?token=***", Redactor.RedactUrl("http://me:pw@proxy:8080/?token=abc"));
        }

        [Fact]
        public void ExceptionsNeverCarryTheSecrets()
        {
            var inner = new System.Net.Http.HttpRequestException("failed sending Bearer partner-secret, User user-secret");
            var ex = new AltegioApiException(AltegioErrorKind.Connection, "GET", "/v1/x?user_token=user-secret", null,
                "echo: {\"user_token\":\"user-secret\"}", null, inner);
            var text = ex.ToString();
            Assert.DoesNotContain("user-secret", text);
            Assert.DoesNotContain("partner-secret", text);
            Assert.Contains("HttpRequestException", text);
        }

        [Fact]
        public void QueuedSinkMasksKnownSecretValuesLiterally()
        {
            var sink = new QueuedTraceSink(isDebugEnabled: true);
            sink.SetSecrets(new[] { "s3cr3t-value" });
            sink.Debug("the server echoed s3cr3t-value in plain text");
            Assert.True(sink.TryDequeue(out var level, out var text));
            Assert.Equal(TraceLevel.Debug, level);
            Assert.Equal("the server echoed *** in plain text", text);
        }

        [Fact]
        public void QueuedSinkDropsDebugWhenNotWanted()
        {
            var sink = new QueuedTraceSink(isDebugEnabled: false);
            sink.Debug("dump");
            sink.Verbose("line");
            Assert.True(sink.TryDequeue(out var level, out _));
            Assert.Equal(TraceLevel.Verbose, level);
            Assert.False(sink.TryDequeue(out _, out _));
        }
    }
}

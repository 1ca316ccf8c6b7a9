using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Core.Tests.Support;
using Altegio.Errors;
using Altegio.Http;
using Altegio.MockServer;
using Xunit;

namespace Altegio.Core.Tests
{
    /// <summary>Tokens and passwords never go over plain http to another machine unless the caller allows it.</summary>
    public class UnencryptedAuthenticationTests : MockTestBase
    {
        // A non-loopback http root, reached through the mock acting as an explicit proxy: the request line
        // names api.example.test, the bytes go to the mock on loopback.
        private AltegioConnectionSettings RemoteHttp(bool allow) => Settings(s =>
        {
            s.BaseUri = new Uri("http://api.example.test/api");
            s.Proxy = ProxySettings.Explicit(Server.BaseUri);
            s.AllowUnencryptedAuthentication = allow;
        });

        private static AltegioCredentials Login() =>
            AltegioCredentials.FromLogin(MockServerOptions.DemoPartnerToken, MockServerOptions.DemoLogin, MockServerOptions.DemoPassword);

        [Fact]
        public async Task ALoginOverPlainHttpToAnotherHostIsRefusedBeforeSending()
        {
            var ex = await Assert.ThrowsAsync<AltegioApiException>(() =>
                AltegioSession.ConnectAsync(RemoteHttp(allow: false), Login(), "Parameters", null, CancellationToken.None));

            Assert.Equal("Altegio.InvalidParameter", ex.Classification.ErrorId);
            Assert.Equal("BaseUri", Assert.Single(ex.FieldErrors).Field);
            Assert.Contains("-AllowUnencryptedAuthentication", ex.Message);
            Assert.Empty(Server.Requests.Snapshot());
        }

        [Fact]
        public void TokensOverPlainHttpToAnotherHostAreRefused()
        {
            var ex = Assert.Throws<AltegioApiException>(() =>
                new AltegioClient(RemoteHttp(allow: false), AltegioCredentials.FromTokens("p", "u")));

            Assert.Equal(AltegioErrorKind.InvalidParameter, ex.Kind);
        }

        [Fact]
        public async Task AllowUnencryptedAuthenticationSendsTheLogin()
        {
            var session = await AltegioSession.ConnectAsync(RemoteHttp(allow: true), Login(), "Parameters", null, CancellationToken.None);

            Assert.Equal("Demo Admin", session.UserName);
            Assert.Equal(1, Server.Requests.CountOf("/api/v1/auth", "POST"));
        }

        [Theory]
        [InlineData("http://127.0.0.1:1/api")]
        [InlineData("http://localhost:1/api")]
        [InlineData("http://[::1]:1/api")]
        [InlineData("https://api.example.test/api")]
        public void LoopbackAndHttpsNeedNoSwitch(string baseUri)
        {
            _ = new AltegioClient(Settings(s => s.BaseUri = new Uri(baseUri)), AltegioCredentials.FromTokens("p", "u"));
        }
    }
}

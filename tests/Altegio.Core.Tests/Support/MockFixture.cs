using System;
using System.Threading.Tasks;
using Altegio.Http;
using Altegio.MockServer;
using Altegio.Tracing;
using Xunit;

namespace Altegio.Core.Tests.Support
{
    /// <summary>
    /// A fresh mock Altegio server per test class instance (xunit makes one per test), on a loopback
    /// port of its own, so tests never share state or a rate-limit budget.
    /// </summary>
    public abstract class MockTestBase : IAsyncLifetime
    {
        public const long Salon = 1001;

        protected MockAltegioServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await MockAltegioServer.StartAsync();

        public async Task DisposeAsync() => await Server.DisposeAsync();

        /// <summary>Settings for the mock: no client-side limits and no jitter unless a test sets them.</summary>
        protected AltegioConnectionSettings Settings(Action<AltegioConnectionSettings>? configure = null)
        {
            var settings = new AltegioConnectionSettings
            {
                BaseUri = Server.BaseUri,
                CompanyId = Salon,
                RequestsPerSecond = 0,
                RequestsPerMinute = 0,
                Proxy = ProxySettings.None,
                Jitter = () => 1.0,
            };
            configure?.Invoke(settings);
            return settings;
        }

        protected AltegioClient Client(Action<AltegioConnectionSettings>? configure = null, IAltegioTraceSink? trace = null) =>
            new AltegioClient(Settings(configure), AltegioCredentials.FromTokens(MockServerOptions.DemoPartnerToken, MockServerOptions.DemoUserToken))
                .WithTrace(trace);
    }
}

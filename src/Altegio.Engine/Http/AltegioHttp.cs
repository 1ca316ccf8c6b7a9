using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Altegio.Http
{
    /// <summary>
    /// The process-wide HTTP stack, built once through Microsoft.Extensions.Http: one handler pipeline
    /// (retry → rate limit → attempt) per proxy configuration, pooled and rotated by IHttpClientFactory and
    /// reused by every session, so connections are shared across cmdlet calls and runspaces. Nothing
    /// session-specific lives here: tokens and settings travel on each request.
    /// </summary>
    internal static class AltegioHttp
    {
        private static readonly TimeSpan HandlerLifetime = TimeSpan.FromMinutes(5);
        private static readonly ConcurrentDictionary<string, ProxySettings> ProxiesByPipeline = new ConcurrentDictionary<string, ProxySettings>();
        private static readonly ConcurrentDictionary<string, (HttpClient Client, DateTime CreatedUtc)> Clients =
            new ConcurrentDictionary<string, (HttpClient, DateTime)>();

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(CreateFactory);

        /// <summary>
        /// Returns a client on the shared pipeline for these proxy settings. The client is reused until the
        /// factory would rotate its handler (so DNS changes are still picked up), which saves the factory's
        /// per-call lookups and allocations on every request.
        /// </summary>
        public static HttpClient CreateClient(ProxySettings proxy)
        {
            var name = proxy.PipelineName;
            var now = DateTime.UtcNow;
            if (Clients.TryGetValue(name, out var cached) && now - cached.CreatedUtc < HandlerLifetime)
            {
                return cached.Client;
            }

            ProxiesByPipeline.TryAdd(name, proxy);
            var client = Factory.Value.CreateClient(name);

            // Timeouts are per attempt (AttemptHandler); HttpClient's own would cut across retries.
            client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
            Clients[name] = (client, now);
            return client;
        }

        private static IHttpClientFactory CreateFactory()
        {
            var services = new ServiceCollection();
            services.AddHttpClient();

            // The default logging handlers cost time per request and nobody listens to them.
            services.RemoveAll(typeof(IHttpMessageHandlerBuilderFilter));
            services.ConfigureAll<HttpClientFactoryOptions>(options =>
            {
                options.HandlerLifetime = HandlerLifetime;
                options.HttpMessageHandlerBuilderActions.Add(builder =>
                {
                    ProxiesByPipeline.TryGetValue(builder.Name ?? string.Empty, out var proxy);
                    builder.PrimaryHandler = CreatePrimaryHandler(proxy ?? ProxySettings.System);
                    builder.AdditionalHandlers.Add(new RetryHandler());
                    builder.AdditionalHandlers.Add(new RateLimitHandler());
                    builder.AdditionalHandlers.Add(new AttemptHandler());
                });
            });

            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        }

        private static HttpMessageHandler CreatePrimaryHandler(ProxySettings proxy)
        {
            var handler = new HttpClientHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            };

            switch (proxy.Mode)
            {
                case ProxyMode.None:
                    handler.UseProxy = false;
                    break;
                case ProxyMode.Explicit:
                    handler.UseProxy = true;
                    handler.Proxy = new WebProxy(proxy.Address!) { Credentials = (ICredentials?)proxy.Credential ?? CredentialCache.DefaultCredentials };
                    break;
                default:
                    // The system proxy, authenticating as the user where it asks (PowerShell #10460).
                    handler.UseProxy = true;
                    handler.DefaultProxyCredentials = CredentialCache.DefaultCredentials;
                    break;
            }

            return handler;
        }

        private static void RemoveAll(this IServiceCollection services, Type serviceType)
        {
            for (var i = services.Count - 1; i >= 0; i--)
            {
                if (services[i].ServiceType == serviceType)
                {
                    services.RemoveAt(i);
                }
            }
        }
    }
}

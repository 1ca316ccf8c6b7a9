using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Altegio.Http;

namespace Altegio.Benchmarks
{
    /// <summary>The two contenders, configured alike: same headers, same server, no client-side rate limit.</summary>
    internal static class Clients
    {
        public const string PartnerToken = "demo-partner-token";
        public const string UserToken = "demo-user-token";

        /// <summary>
        /// The module's Core client. The client-side rate limit is off, as it would otherwise measure the
        /// API's budget (5/s) rather than the client's overhead; retries stay on, as users run them.
        /// </summary>
        public static AltegioClient Core(string baseUri, int requestsPerSecond = 0) => new AltegioClient(
            new AltegioConnectionSettings
            {
                BaseUri = new Uri(baseUri),
                RequestsPerSecond = requestsPerSecond,
                RequestsPerMinute = 0,
                Proxy = ProxySettings.None,
            },
            AltegioCredentials.FromTokens(PartnerToken, UserToken));

        /// <summary>Hand-rolled: one pooled HttpClient with the same headers the module sends.</summary>
        public static HttpClient Raw(string baseUri)
        {
            var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false })
            {
                BaseAddress = new Uri(baseUri.TrimEnd('/') + "/"),
            };
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.api.v2+json"));
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + PartnerToken + ", User " + UserToken);
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "raw-benchmark/1.0");
            return client;
        }
    }
}

using System.Net.Http;
using Altegio.Tracing;

namespace Altegio.Http
{
    /// <summary>
    /// Per-request settings the shared handler pipeline needs. The pipeline is one per process and
    /// reused by every session, so what differs per session (retries, timeout, limits, trace sink)
    /// travels on the request itself.
    /// </summary>
    internal sealed class RequestContext
    {
        private const string PropertyKey = "Altegio.RequestContext";

        public RequestContext(string displayPath, byte[]? body, AltegioConnectionSettings settings, IRequestBudget? limiter, IAltegioTraceSink? trace)
        {
            DisplayPath = displayPath;
            Body = body;
            MaximumRetryCount = settings.MaximumRetryCount;
            Timeout = settings.Timeout;
            TimeProvider = settings.TimeProvider;
            Jitter = settings.Jitter;
            Limiter = limiter;
            Trace = trace;
        }

        public string DisplayPath { get; }

        /// <summary>The body bytes, kept so a retry can rebuild the content.</summary>
        public byte[]? Body { get; }

        public int MaximumRetryCount { get; }

        public TimeSpan Timeout { get; }

        /// <summary>A System.TimeProvider, or null for the system clock (see <see cref="AltegioConnectionSettings.TimeProvider"/>).</summary>
        public object? TimeProvider { get; }

        public Func<double>? Jitter { get; }

        public IRequestBudget? Limiter { get; }

        public IAltegioTraceSink? Trace { get; }

        /// <summary>0 for the first attempt, n for the n-th retry.</summary>
        public int Attempt { get; set; }

        /// <summary>How long the current attempt waited for the client-side rate limit.</summary>
        public TimeSpan RateLimitWait { get; set; }

        public void AttachTo(HttpRequestMessage request)
        {
#if NET5_0_OR_GREATER
            request.Options.Set(new HttpRequestOptionsKey<RequestContext>(PropertyKey), this);
#else
            request.Properties[PropertyKey] = this;
#endif
        }

        public static RequestContext? From(HttpRequestMessage request)
        {
#if NET5_0_OR_GREATER
            return request.Options.TryGetValue(new HttpRequestOptionsKey<RequestContext>(PropertyKey), out var context) ? context : null;
#else
            return request.Properties.TryGetValue(PropertyKey, out var value) ? value as RequestContext : null;
#endif
        }
    }
}

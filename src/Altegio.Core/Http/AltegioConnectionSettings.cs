namespace Altegio.Http
{
    /// <summary>Everything about a connection except its secrets. The cmdlet layer fills it from Connect-Altegio's parameters.</summary>
    public sealed class AltegioConnectionSettings
    {
        /// <summary>The production API root; v1 and v2 live below it.</summary>
        public static readonly Uri DefaultBaseUri = new Uri("https://api.alteg.io/api");

        /// <summary>The API root, e.g. <c>https://api.alteg.io/api</c>.</summary>
        public Uri BaseUri { get; set; } = DefaultBaseUri;

        /// <summary>The default location for calls that take a company id.</summary>
        public long? CompanyId { get; set; }

        /// <summary>How long one attempt may take before it fails with a timeout.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>How many times a failed request is retried (when retrying is safe).</summary>
        public int MaximumRetryCount { get; set; } = 3;

        /// <summary>Client-side limit per API host, per second; 0 turns it off. The API allows 5.</summary>
        public int RequestsPerSecond { get; set; } = 5;

        /// <summary>Client-side limit per API host, per minute; 0 turns it off. The API allows 200.</summary>
        public int RequestsPerMinute { get; set; } = 200;

        /// <summary>How to reach the API through proxies.</summary>
        public ProxySettings Proxy { get; set; } = ProxySettings.System;

        /// <summary>Appended to the User-Agent after <c>Altegio.Ps/&lt;version&gt;</c>, e.g. <c>PowerShell/7.4.6</c>.</summary>
        public string? UserAgentSuffix { get; set; }

        /// <summary>
        /// Allows sending the tokens (and a login's password) over plain <c>http://</c> to a host other than this
        /// machine. Off by default, as in Invoke-RestMethod: anyone on the path could read them.
        /// </summary>
        public bool AllowUnencryptedAuthentication { get; set; }

        /// <summary>
        /// The clock for retry waits, a System.TimeProvider; tests pass a fake one, null is the system clock.
        /// Untyped because only the engine (Altegio.Engine) may reference Microsoft.Bcl.TimeProvider: Core
        /// stays in PowerShell's shared load context, where another module's copy could sit.
        /// </summary>
        internal object? TimeProvider { get; set; }

        /// <summary>The source of retry jitter in [0,1); tests pass a fixed one.</summary>
        internal Func<double>? Jitter { get; set; }

        /// <summary>Normalises the base URI so relative request paths append to it.</summary>
        internal Uri NormalizedBaseUri
        {
            get
            {
                var text = BaseUri.AbsoluteUri;
                return text.EndsWith("/", StringComparison.Ordinal) ? BaseUri : new Uri(text + "/");
            }
        }

        /// <summary>Checks the values a user can get wrong and says which one.</summary>
        internal void Validate()
        {
            if (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != Uri.UriSchemeHttps && BaseUri.Scheme != Uri.UriSchemeHttp))
            {
                throw Errors.AltegioApiException.InvalidParameter("BaseUri", "BaseUri must be an absolute http or https URI, such as https://api.alteg.io/api.");
            }

            // Every request carries the partner token, so a plain-http root sends secrets in clear text. The
            // loopback interface never leaves the machine (the mock server and local proxies live there).
            if (BaseUri.Scheme == Uri.UriSchemeHttp && !BaseUri.IsLoopback && !AllowUnencryptedAuthentication)
            {
                throw Errors.AltegioApiException.InvalidParameter("BaseUri", "BaseUri '" + BaseUri.GetLeftPart(UriPartial.Authority) +
                    "' is plain http, which would send the tokens (and a login's password) unencrypted. Use https, or pass -AllowUnencryptedAuthentication if you accept that risk.");
            }

            if (Timeout <= TimeSpan.Zero)
            {
                throw Errors.AltegioApiException.InvalidParameter("TimeoutSec", "TimeoutSec must be greater than 0.");
            }

            if (MaximumRetryCount < 0 || MaximumRetryCount > 20)
            {
                throw Errors.AltegioApiException.InvalidParameter("MaximumRetryCount", "MaximumRetryCount must be between 0 and 20.");
            }

            if (RequestsPerSecond < 0 || RequestsPerMinute < 0)
            {
                throw Errors.AltegioApiException.InvalidParameter("RequestsPerSecond", "Request limits cannot be negative; 0 turns a limit off.");
            }

            if (CompanyId is <= 0)
            {
                throw Errors.AltegioApiException.InvalidParameter("CompanyId", "CompanyId must be a positive location id.");
            }
        }
    }
}

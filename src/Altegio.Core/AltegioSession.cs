using Altegio.Tracing;

namespace Altegio
{
    /// <summary>How a session authenticated.</summary>
    public enum AltegioAuthenticationMethod
    {
        /// <summary>With a partner token and a user token.</summary>
        UserToken,
        /// <summary>With a partner token and a login/password, exchanged for a user token (and again after a 401).</summary>
        Credential,
        /// <summary>With a partner token alone; most calls need a user token too.</summary>
        PartnerTokenOnly,
    }

    /// <summary>
    /// A connection to the Altegio API, as Connect-Altegio makes it. Everything public here is safe to
    /// show, serialize or export; the tokens live in non-public members only.
    /// </summary>
    public sealed class AltegioSession
    {
        private AltegioSession(AltegioClient client, AltegioAuthenticationMethod method, string tokenSource,
            long? userId, string? userName, string? userLogin, DateTimeOffset connectedAt)
        {
            Client = client;
            AuthenticationMethod = method;
            TokenSource = tokenSource;
            UserId = userId;
            UserName = userName;
            UserLogin = userLogin;
            ConnectedAt = connectedAt;
        }

        /// <summary>The API root the session talks to.</summary>
        public Uri BaseUri => Client.Settings.BaseUri;

        /// <summary>The default location for commands run without -CompanyId.</summary>
        public long? CompanyId => Client.Settings.CompanyId;

        /// <summary>The Altegio user id, when known (a login reports it).</summary>
        public long? UserId { get; }

        /// <summary>The user's name, when known.</summary>
        public string? UserName { get; }

        /// <summary>The user's login (e-mail or phone), when known.</summary>
        public string? UserLogin { get; }

        /// <summary>When the session was made.</summary>
        public DateTimeOffset ConnectedAt { get; }

        /// <summary>How the session authenticated.</summary>
        public AltegioAuthenticationMethod AuthenticationMethod { get; }

        /// <summary>Where the tokens came from: <c>Parameters</c> or <c>Environment</c>.</summary>
        public string TokenSource { get; }

        /// <summary>True when requests carry a user token.</summary>
        public bool HasUserToken => Client.Credentials.HasUserToken;

        /// <summary>How long one attempt may take.</summary>
        public TimeSpan Timeout => Client.Settings.Timeout;

        /// <summary>How many times a failed request is retried.</summary>
        public int MaximumRetryCount => Client.Settings.MaximumRetryCount;

        /// <summary>The client-side request budget per second for this host (0 = off).</summary>
        public int RequestsPerSecond => Client.Settings.RequestsPerSecond;

        /// <summary>The client-side request budget per minute for this host (0 = off).</summary>
        public int RequestsPerMinute => Client.Settings.RequestsPerMinute;

        /// <summary>The proxy use: System, None, or the proxy address.</summary>
        public string Proxy => Client.Settings.Proxy.ToString();

        /// <summary>The client this session sends with. Internal so no formatter or serializer walks into it.</summary>
        internal AltegioClient Client { get; }

        /// <summary>
        /// Makes a session. With a login and password it logs in first (<c>POST /v1/auth</c>); with tokens it
        /// sends nothing, so connecting works offline and the first real call reports bad tokens.
        /// </summary>
        public static async Task<AltegioSession> ConnectAsync(AltegioConnectionSettings settings, AltegioCredentials credentials,
            string tokenSource, IAltegioTraceSink? trace, CancellationToken cancellationToken)
        {
            var client = new AltegioClient(settings, credentials);
            var connectedAt = DateTimeOffset.UtcNow;
            if (credentials.CanLogInAgain)
            {
                var login = await client.WithTrace(trace).LogInAsync(credentials.Login!, credentials.Password!, cancellationToken).ConfigureAwait(false);
                credentials.SetUserToken(login.UserToken);
                return new AltegioSession(client, AltegioAuthenticationMethod.Credential, tokenSource, login.UserId, login.Name, login.Login, connectedAt);
            }

            var method = credentials.HasUserToken ? AltegioAuthenticationMethod.UserToken : AltegioAuthenticationMethod.PartnerTokenOnly;
            return new AltegioSession(client, method, tokenSource, null, null, null, connectedAt);
        }

        /// <summary>A client for one command invocation, reporting to that invocation's trace sink.</summary>
        public AltegioClient ClientFor(IAltegioTraceSink? trace) => Client.WithTrace(trace);

        /// <inheritdoc />
        public override string ToString()
        {
            var who = UserName ?? UserLogin ?? (HasUserToken ? "user token" : "partner token only");
            var company = CompanyId.HasValue ? ", company " + CompanyId.Value.ToString(CultureInfo.InvariantCulture) : string.Empty;
            return "Altegio session (" + who + " at " + BaseUri + company + ")";
        }
    }
}

namespace Altegio.Http
{
    /// <summary>
    /// The secrets a session authenticates with. Nothing here is public, so neither PowerShell's
    /// formatter nor ConvertTo-Json nor Export-Clixml can reach a token through any object; the only
    /// way a token leaves this class is inside the Authorization header.
    /// </summary>
    public sealed class AltegioCredentials
    {
        private readonly SemaphoreSlim _relogin = new SemaphoreSlim(1, 1);
        private volatile string? _userToken;

        private AltegioCredentials(string partnerToken, string? userToken, string? login, string? password)
        {
            if (string.IsNullOrWhiteSpace(partnerToken))
            {
                throw Errors.AltegioApiException.InvalidParameter("PartnerToken", "The partner token is empty.");
            }

            PartnerToken = partnerToken.Trim();
            _userToken = string.IsNullOrWhiteSpace(userToken) ? null : userToken!.Trim();
            Login = login;
            Password = password;
        }

        /// <summary>Credentials made of a partner token and, optionally, a user token.</summary>
        public static AltegioCredentials FromTokens(string partnerToken, string? userToken) =>
            new AltegioCredentials(partnerToken, userToken, null, null);

        /// <summary>Credentials that log in with a user's login and password; the session can log in again after a 401.</summary>
        public static AltegioCredentials FromLogin(string partnerToken, string login, string password)
        {
            if (string.IsNullOrWhiteSpace(login))
            {
                throw Errors.AltegioApiException.InvalidParameter("Credential", "The credential has no user name (the Altegio login: an e-mail address or a phone number).");
            }

            if (string.IsNullOrEmpty(password))
            {
                throw Errors.AltegioApiException.InvalidParameter("Credential", "The credential has no password.");
            }

            return new AltegioCredentials(partnerToken, null, login.Trim(), password);
        }

        internal string PartnerToken { get; }

        internal string? UserToken => _userToken;

        internal string? Login { get; }

        internal string? Password { get; }

        /// <summary>True when a user token is present.</summary>
        public bool HasUserToken => _userToken != null;

        /// <summary>True when the session can log in again by itself after a 401.</summary>
        public bool CanLogInAgain => Login != null && Password != null;

        /// <summary>The Authorization header value: <c>Bearer &lt;partner&gt;, User &lt;user&gt;</c>, or the partner part alone.</summary>
        internal string AuthorizationValue(bool partnerOnly, out string? userTokenUsed)
        {
            userTokenUsed = _userToken;
            return partnerOnly || userTokenUsed is null
                ? "Bearer " + PartnerToken
                : "Bearer " + PartnerToken + ", User " + userTokenUsed;
        }

        /// <summary>Every secret value, for literal masking of trace text.</summary>
        internal string[] SecretValues()
        {
            var token = _userToken;
            return token is null
                ? (Password is null ? new[] { PartnerToken } : new[] { PartnerToken, Password })
                : (Password is null ? new[] { PartnerToken, token } : new[] { PartnerToken, token, Password });
        }

        internal void SetUserToken(string token) => _userToken = token;

        /// <summary>
        /// Logs in again unless another thread already did since <paramref name="staleToken"/> failed,
        /// so a burst of parallel 401s causes one login, not one each.
        /// </summary>
        internal async Task RefreshAsync(string? staleToken, Func<CancellationToken, Task<string>> login, CancellationToken cancellationToken)
        {
            await _relogin.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!string.Equals(_userToken, staleToken, StringComparison.Ordinal))
                {
                    return;
                }

                _userToken = await login(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _relogin.Release();
            }
        }

        /// <inheritdoc />
        public override string ToString() => HasUserToken ? "partner token and user token" : "partner token";
    }
}

using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using Altegio.Errors;
using Altegio.Http;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Connects to the Altegio API and makes the session current for this runspace.</para>
    /// <para type="description">Stores a session in $AltegioSession of the current runspace. Tokens are taken as SecureString, from a PSCredential login, or from the ALTEGIO_PARTNER_TOKEN and ALTEGIO_USER_TOKEN environment variables.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "Altegio", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(AltegioSession))]
    public sealed class ConnectAltegioCommand : AltegioCmdlet
    {
        private const string TokenSet = "Token";
        private const string CredentialSet = "Credential";
        private const string EnvironmentSet = "Environment";

        /// <summary>
        /// <para type="description">The partner (developer) token from the Altegio Marketplace settings, as a SecureString, e.g. from Get-Secret or Read-Host -AsSecureString.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TokenSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [ValidateNotNull]
        public SecureString? PartnerToken { get; set; }

        /// <summary>
        /// <para type="description">The user token, as a SecureString. Without it only the few calls that accept a partner token alone work.</para>
        /// </summary>
        [Parameter(Position = 1, ParameterSetName = TokenSet)]
        [ValidateNotNull]
        public SecureString? UserToken { get; set; }

        /// <summary>
        /// <para type="description">An Altegio login (e-mail or phone) and password. Connect-Altegio exchanges them for a user token, and logs in again by itself if that token is later rejected.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = CredentialSet)]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        /// <summary>
        /// <para type="description">The default location (company) id for later commands. Also read from ALTEGIO_COMPANY_ID.</para>
        /// </summary>
        [Parameter]
        [Alias("LocationId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.CompanyIdCompleter))]
        public long CompanyId { get; set; }

        /// <summary>
        /// <para type="description">The API root. Defaults to https://api.alteg.io/api; v1 and v2 are below it. A plain http:// root other than loopback needs -AllowUnencryptedAuthentication.</para>
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary>
        /// <para type="description">Seconds one request attempt may take before it fails with Altegio.Timeout. Default 100.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        /// <summary>
        /// <para type="description">How many times a failed request is retried when that is safe (429, 408, 502-504, connection failures; creates only after 429 or a refused connection). Default 3.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = 3;

        /// <summary>
        /// <para type="description">The client-side limit of requests per second to this API host, shared by every session in the process. Default 5, the API's limit; 0 turns it off.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0, 10000)]
        public int RequestsPerSecond { get; set; } = 5;

        /// <summary>
        /// <para type="description">The client-side limit of requests per minute to this API host. Default 200, the API's limit; 0 turns it off.</para>
        /// </summary>
        [Parameter]
        [ValidateRange(0, 1000000)]
        public int RequestsPerMinute { get; set; } = 200;

        /// <summary>
        /// <para type="description">A proxy to use instead of the system proxy.</para>
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        /// <summary>
        /// <para type="description">The credential for -Proxy. By default the current user's default network credentials are used.</para>
        /// </summary>
        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? ProxyCredential { get; set; }

        /// <summary>
        /// <para type="description">Connect directly, ignoring the system proxy.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter NoProxy { get; set; }

        /// <summary>
        /// <para type="description">Allows a plain http:// -BaseUri on another machine, which sends the tokens and a -Credential password unencrypted. Without it such a -BaseUri fails with Altegio.InvalidParameter before anything is sent, as Invoke-RestMethod does; http://localhost and other loopback addresses are always allowed.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter AllowUnencryptedAuthentication { get; set; }

        /// <summary>
        /// <para type="description">Also writes the session to the pipeline, for -Session of later commands.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var settings = BuildSettings();
            AltegioCredentials credentials;
            string tokenSource;
            switch (ParameterSetName)
            {
                case TokenSet:
                    credentials = AltegioCredentials.FromTokens(SecretText.Reveal(PartnerToken)!, SecretText.Reveal(UserToken));
                    tokenSource = "Parameters";
                    break;
                case CredentialSet:
                    credentials = AltegioCredentials.FromLogin(SecretText.Reveal(PartnerToken)!, Credential!.UserName?.TrimStart('\\') ?? string.Empty,
                        SecretText.Reveal(Credential.Password) ?? string.Empty);
                    tokenSource = "Parameters";
                    break;
                default:
                    credentials = AltegioEnvironment.ReadCredentials(Environment.GetEnvironmentVariable);
                    tokenSource = "Environment";
                    break;
            }

            var session = Await(AltegioSession.ConnectAsync(settings, credentials, tokenSource, Trace, Cancellation));
            SessionStore.Set(this, session);
            WriteVerbose("Connected: " + session);
            if (PassThru)
            {
                WriteObject(session);
            }
        }

        private AltegioConnectionSettings BuildSettings()
        {
            if (NoProxy && (Proxy != null || ProxyCredential != null))
            {
                throw AltegioApiException.InvalidParameter("NoProxy", "-NoProxy cannot be combined with -Proxy or -ProxyCredential.");
            }

            if (ProxyCredential != null && Proxy is null)
            {
                throw AltegioApiException.InvalidParameter("ProxyCredential", "-ProxyCredential needs -Proxy.");
            }

            var proxy = NoProxy
                ? ProxySettings.None
                : Proxy != null
                    ? ProxySettings.Explicit(Proxy, ProxyCredential?.GetNetworkCredential())
                    : ProxySettings.System;

            return new AltegioConnectionSettings
            {
                BaseUri = BaseUri ?? AltegioConnectionSettings.DefaultBaseUri,
                CompanyId = CompanyId > 0 ? CompanyId : AltegioEnvironment.ReadCompanyId(Environment.GetEnvironmentVariable),
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                MaximumRetryCount = MaximumRetryCount,
                RequestsPerSecond = RequestsPerSecond,
                RequestsPerMinute = RequestsPerMinute,
                Proxy = proxy,
                AllowUnencryptedAuthentication = AllowUnencryptedAuthentication,
                UserAgentSuffix = PowerShellVersionText(),
            };
        }

        private string? PowerShellVersionText()
        {
            var table = GetVariableValue("PSVersionTable");
            var map = (table is PSObject wrapped ? wrapped.BaseObject : table) as System.Collections.IDictionary;
            var version = map?["PSVersion"];
            return version is null ? null : "PowerShell/" + ((version is PSObject v ? v.BaseObject : version)?.ToString());
        }
    }
}

using System.Net;
using System.Security;
using Altegio.Http;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Connect-Altegio cmdlet; its help for users is src/help/en-US/Connect-Altegio.md.</summary>
    [Cmdlet(VerbsCommunications.Connect, "Altegio", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(AltegioSession))]
    public sealed class ConnectAltegioCommand : AltegioCmdlet
    {
        private const string TokenSet = "Token";
        private const string CredentialSet = "Credential";
        private const string EnvironmentSet = "Environment";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = TokenSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [ValidateNotNull]
        public SecureString? PartnerToken { get; set; }

        [Parameter(Position = 1, ParameterSetName = TokenSet)]
        [ValidateNotNull]
        public SecureString? UserToken { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = CredentialSet)]
        [Credential]
        [ValidateNotNull]
        public PSCredential? Credential { get; set; }

        [Parameter]
        [Alias("LocationId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.CompanyIdCompleter))]
        public long CompanyId { get; set; }

        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = 3;

        [Parameter]
        [ValidateRange(0, 10000)]
        public int RequestsPerSecond { get; set; } = 5;

        [Parameter]
        [ValidateRange(0, 1000000)]
        public int RequestsPerMinute { get; set; } = 200;

        [Parameter]
        [ValidateNotNull]
        public Uri? Proxy { get; set; }

        [Parameter]
        [Credential]
        [ValidateNotNull]
        public PSCredential? ProxyCredential { get; set; }

        [Parameter]
        public SwitchParameter NoProxy { get; set; }

        [Parameter]
        public SwitchParameter AllowUnencryptedAuthentication { get; set; }

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

using Altegio.Http;

namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// A cmdlet that calls the API: it takes -Session and otherwise uses the runspace's current session.
    /// </summary>
    public abstract class AltegioApiCmdlet : AltegioCmdlet
    {
        private AltegioClient? _client;

        /// <summary>-Session, shared by every API cmdlet: an explicit session instead of the runspace's current one. Its help for users is in each cmdlet's page in src/help/en-US.</summary>
        [Parameter]
        [ValidateNotNull]
        public AltegioSession? Session { get; set; }

        /// <summary>The session this invocation uses.</summary>
        protected AltegioSession ActiveSession { get; private set; } = null!;

        /// <summary>A client bound to this invocation's trace sink.</summary>
        protected AltegioClient Client => _client ??= ActiveSession.ClientFor(Trace);

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            var session = Session ?? SessionStore.Get(this);
            if (session is null)
            {
                ThrowTerminatingError(ErrorRecordFactory.NotConnected(SessionStore.HoldsForeignValue(this)));
            }

            ActiveSession = session!;
            base.BeginProcessing();
        }
    }
}

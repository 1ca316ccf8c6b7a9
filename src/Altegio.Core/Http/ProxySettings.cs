using System.Net;

namespace Altegio.Http
{
    /// <summary>How requests reach the API: through the system proxy (the default), directly, or through a named proxy.</summary>
    public sealed class ProxySettings
    {
        private ProxySettings(ProxyMode mode, Uri? address, NetworkCredential? credential)
        {
            Mode = mode;
            Address = address;
            Credential = credential;
        }

        /// <summary>Use the system proxy with the default network credentials.</summary>
        public static ProxySettings System { get; } = new ProxySettings(ProxyMode.System, null, null);

        /// <summary>Connect directly, ignoring any system proxy.</summary>
        public static ProxySettings None { get; } = new ProxySettings(ProxyMode.None, null, null);

        /// <summary>Use the given proxy, with the given credential or else the default network credentials.</summary>
        public static ProxySettings Explicit(Uri address, NetworkCredential? credential = null) =>
            new ProxySettings(ProxyMode.Explicit, address ?? throw new ArgumentNullException(nameof(address)), credential);

        /// <summary>Which kind of proxy use this is.</summary>
        public ProxyMode Mode { get; }

        /// <summary>The proxy address for <see cref="ProxyMode.Explicit"/>.</summary>
        public Uri? Address { get; }

        internal NetworkCredential? Credential { get; }

        /// <summary>
        /// Names the HTTP pipeline these settings need. Sessions with equal settings share one pipeline, and
        /// so one connection pool; the credential is identified only by user name, never by password.
        /// </summary>
        internal string PipelineName => Mode switch
        {
            ProxyMode.System => "altegio:system",
            ProxyMode.None => "altegio:direct",
            _ => "altegio:proxy:" + Address!.AbsoluteUri + "|" + (Credential?.UserName ?? string.Empty) + "|" + (Credential is null ? 0 : Credential.GetHashCode()),
        };

        /// <inheritdoc />
        public override string ToString() => Mode switch
        {
            ProxyMode.System => "System",
            ProxyMode.None => "None",
            _ => Tracing.Redactor.RedactUrl(Address!.AbsoluteUri),
        };
    }

    /// <summary>The kinds of proxy use.</summary>
    public enum ProxyMode
    {
        /// <summary>The system proxy, with default credentials.</summary>
        System,
        /// <summary>No proxy.</summary>
        None,
        /// <summary>An explicitly given proxy.</summary>
        Explicit,
    }
}

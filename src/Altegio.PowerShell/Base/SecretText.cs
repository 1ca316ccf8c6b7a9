using System.Net;
using System.Security;

namespace Altegio.PowerShell.Base
{
    /// <summary>Unwraps SecureString input at the last moment, only to hand it to Core's opaque credentials.</summary>
    internal static class SecretText
    {
        public static string? Reveal(SecureString? secure) =>
            secure is null ? null : new NetworkCredential(string.Empty, secure).Password;
    }
}

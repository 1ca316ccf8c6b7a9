using System.Text.RegularExpressions;

namespace Altegio.Tracing
{
    /// <summary>
    /// Masks secrets in every text the module shows: Authorization values, tokens and passwords in
    /// query strings, JSON bodies and free text. Everything bound for Verbose, Debug, warnings or
    /// exceptions passes through here.
    /// </summary>
    public static class Redactor
    {
        /// <summary>What a secret is replaced with.</summary>
        public const string Mask = "***";

        private const string SecretNames = @"user_token|partner_token|password|passwd|access_token|refresh_token|api_key|token|secret";

        // "Bearer abc, User def" and any other Authorization-style scheme values.
        private static readonly Regex BearerPattern = new Regex(
            @"\b(Bearer|User|Basic)\s+(?!\*\*\*)[^\s,;""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // "user_token":"abc" (JSON) — also "password": "..." with spaces.
        private static readonly Regex JsonPattern = new Regex(
            @"(""(?:" + SecretNames + @")""\s*:\s*)(""(?:[^""\\]|\\.)*""|[^,}\s\]]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // user_token=abc in query strings or form bodies.
        private static readonly Regex QueryPattern = new Regex(
            @"(\b(?:" + SecretNames + @")=)[^&\s""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Authorization: anything (a header line in a Debug dump).
        private static readonly Regex HeaderPattern = new Regex(
            @"^(\s*(?:Authorization|Proxy-Authorization|Cookie|Set-Cookie)\s*:\s*).*$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        /// <summary>Masks every secret pattern in free text (messages, bodies, header dumps).</summary>
        public static string RedactText(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text ?? string.Empty;
            }

            var result = HeaderPattern.Replace(text!, m => m.Groups[1].Value + Mask);
            result = JsonPattern.Replace(result, m => m.Groups[1].Value + "\"" + Mask + "\"");
            result = QueryPattern.Replace(result, m => m.Groups[1].Value + Mask);
            result = BearerPattern.Replace(result, m => m.Groups[1].Value + " " + Mask);
            return result;
        }

        /// <summary>Masks secrets in a URL or path and drops any user-info part.</summary>
        public static string RedactUrl(string url)
        {
            var text = url;
            if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.UserInfo.Length > 0)
            {
                text = text.Replace(absolute.UserInfo + "@", Mask + "@");
            }

            return QueryPattern.Replace(text, m => m.Groups[1].Value + Mask);
        }

        /// <summary>Masks a known secret value wherever it appears, for texts the patterns cannot recognise.</summary>
        public static string RedactValue(string text, string? secret)
        {
            if (string.IsNullOrEmpty(secret) || secret!.Length < 4)
            {
                return text;
            }

            return text.Replace(secret, Mask);
        }
    }
}

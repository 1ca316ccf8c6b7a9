using System.Collections;
using System.Net.Http;
using System.Text.RegularExpressions;

namespace Altegio.Http
{
    /// <summary>
    /// Builds a request for Invoke-AltegioRequest from loose user input: a path that may start with
    /// <c>/</c>, <c>v1/</c>, <c>/api/v2/</c> or hold a <c>{CompanyId}</c> placeholder, a query dictionary whose
    /// array values repeat the key, and a body given as plain values or as JSON text.
    /// </summary>
    public static class RawRequestBuilder
    {
        /// <summary>Builds the request; throws <see cref="AltegioApiException"/> (InvalidParameter) for unusable input.</summary>
        public static AltegioRequest Build(string method, string path, AltegioApiVersion? version, long? companyId,
            IDictionary? query, object? body, Func<object, object?>? unwrap)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw AltegioApiException.InvalidParameter("Path", "The path cannot be empty.");
            }

            var text = path.Trim();
            if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            {
                throw AltegioApiException.InvalidParameter("Path", "Give the path below the API root (such as 'locations/{CompanyId}/services'), not a full URL; the session's -BaseUri supplies the rest.");
            }

            if (text.IndexOf('#') >= 0)
            {
                throw AltegioApiException.InvalidParameter("Path", "The path '" + path + "' has a '#' fragment, which is never sent; pass values that contain '#' with -Query.");
            }

            if (text.IndexOf('\\') >= 0)
            {
                throw AltegioApiException.InvalidParameter("Path", "The path '" + path + "' has a backslash; separate segments with '/'.");
            }

            var queryStart = text.IndexOf('?');
            string? inlineQuery = null;
            if (queryStart >= 0)
            {
                inlineQuery = text.Substring(queryStart + 1);
                text = text.Substring(0, queryStart);
            }

            text = text.TrimStart('/');
            if (text.StartsWith("api/", StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(4);
            }

            var resolvedVersion = version ?? AltegioApiVersion.V2;
            if (text.StartsWith("v1/", StringComparison.OrdinalIgnoreCase) || text.StartsWith("v2/", StringComparison.OrdinalIgnoreCase))
            {
                var inPath = text[1] == '1' ? AltegioApiVersion.V1 : AltegioApiVersion.V2;
                if (version.HasValue && version.Value != inPath)
                {
                    throw AltegioApiException.InvalidParameter("ApiVersion", "The path names " + inPath + " but -ApiVersion says " + version.Value + ".");
                }

                resolvedVersion = inPath;
                text = text.Substring(3);
            }

            RequireApiPath(path, text);
            if (text.IndexOf("{CompanyId}", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("{LocationId}", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                if (companyId is null)
                {
                    throw AltegioApiException.InvalidParameter("CompanyId", "The path has a {CompanyId} placeholder, but no -CompanyId was given and the session has no default.");
                }

                var id = companyId.Value.ToString(CultureInfo.InvariantCulture);
                text = ReplaceIgnoreCase(ReplaceIgnoreCase(text, "{CompanyId}", id), "{LocationId}", id);
            }

            var request = new AltegioRequest(new HttpMethod(method.ToUpperInvariant()), resolvedVersion, text);
            if (inlineQuery != null)
            {
                foreach (var pair in inlineQuery.Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var equals = pair.IndexOf('=');
                    var key = Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
                    var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1).Replace('+', ' '));
                    request.AddQuery(key, value);
                }
            }

            if (query != null)
            {
                foreach (DictionaryEntry entry in query)
                {
                    var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                    var value = entry.Value is null || unwrap is null ? entry.Value : unwrap(entry.Value);
                    if (value is IEnumerable sequence && value is not string)
                    {
                        foreach (var item in sequence)
                        {
                            request.AddQuery(key, QueryText(item is null || unwrap is null ? item : unwrap(item)));
                        }
                    }
                    else
                    {
                        request.AddQuery(key, QueryText(value));
                    }
                }
            }

            if (body != null)
            {
                request.WithBody(BodyBytes(body, unwrap));
            }

            return request;
        }

        // The path is resolved against the version root (/api/v2/), and both .NET and the server resolve dot
        // segments, decoding %2e first: "../../x" or "%2e%2e/x" would leave /api and carry the tokens to any
        // path on the host. So every segment is checked after decoding until nothing more decodes (a server
        // may decode twice), and anything else that would change the target is refused rather than guessed.
        private static void RequireApiPath(string path, string text)
        {
            if (text.Length == 0)
            {
                throw AltegioApiException.InvalidParameter("Path", "The path '" + path + "' names no resource below the version root, such as 'locations/{CompanyId}/tags'.");
            }

            var decoded = text;
            for (var i = 0; i < 4; i++)
            {
                var next = Uri.UnescapeDataString(decoded);
                if (next == decoded)
                {
                    break;
                }

                decoded = next;
            }

            if (decoded.IndexOf('\\') >= 0 || decoded.IndexOf('#') >= 0)
            {
                throw AltegioApiException.InvalidParameter("Path", "The path '" + path + "' has an encoded '\\' or '#', which could change where the request goes.");
            }

            foreach (var segment in decoded.Split('/'))
            {
                if (segment.Trim() is "." or "..")
                {
                    throw AltegioApiException.InvalidParameter("Path", "The path '" + path + "' has a '" + segment.Trim() + "' segment; give a path below the version root without '.' or '..' segments.");
                }
            }

            var unknown = Placeholder.Match(text);
            while (unknown.Success)
            {
                var name = unknown.Groups[1].Value;
                if (!name.Equals("CompanyId", StringComparison.OrdinalIgnoreCase) && !name.Equals("LocationId", StringComparison.OrdinalIgnoreCase))
                {
                    throw AltegioApiException.InvalidParameter("Path", "The path '" + path + "' has an unknown placeholder {" + name + "}; only {CompanyId} (or {LocationId}) is filled in. Put other values into the path itself.");
                }

                unknown = unknown.NextMatch();
            }

            if (Placeholder.Replace(text, string.Empty).IndexOfAny(Braces) >= 0)
            {
                throw AltegioApiException.InvalidParameter("Path", "The path '" + path + "' has an unmatched '{' or '}'.");
            }
        }

        private static readonly Regex Placeholder = new Regex(@"\{([^{}/]*)\}", RegexOptions.CultureInvariant);

        private static readonly char[] Braces = { '{', '}' };

        private static byte[] BodyBytes(object body, Func<object, object?>? unwrap)
        {
            var value = unwrap is null ? body : unwrap(body);
            if (value is string json)
            {
                try
                {
                    using var parsed = JsonDocument.Parse(json);
                }
                catch (JsonException ex)
                {
                    throw AltegioApiException.InvalidParameter("Body", "A string -Body must be JSON text: " + ex.Message);
                }

                return System.Text.Encoding.UTF8.GetBytes(json);
            }

            try
            {
                return JsonTree.ToUtf8(value, unwrap);
            }
            catch (ArgumentException ex)
            {
                throw AltegioApiException.InvalidParameter("Body", ex.Message);
            }
        }

        private static string? QueryText(object? value) => value switch
        {
            null => null,
            bool flag => flag ? "1" : "0",
            DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        private static string ReplaceIgnoreCase(string text, string placeholder, string value)
        {
            var index = text.IndexOf(placeholder, StringComparison.OrdinalIgnoreCase);
            while (index >= 0)
            {
                text = text.Substring(0, index) + value + text.Substring(index + placeholder.Length);
                index = text.IndexOf(placeholder, index + value.Length, StringComparison.OrdinalIgnoreCase);
            }

            return text;
        }
    }
}

using System.Net.Http;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace Altegio.Http
{
    /// <summary>
    /// One API call, before it is sent: method, version, a path relative to the version root, query
    /// pairs (a key may repeat, as in <c>filter[master_ids][]=1&amp;filter[master_ids][]=2</c>) and a JSON body.
    /// </summary>
    public sealed class AltegioRequest
    {
        private readonly List<KeyValuePair<string, string>> _query = new List<KeyValuePair<string, string>>();

        /// <summary>Creates a request; <paramref name="path"/> is relative to the version root, e.g. <c>locations/1001/tags</c>.</summary>
        public AltegioRequest(HttpMethod method, AltegioApiVersion version, string path)
        {
            Method = method ?? throw new ArgumentNullException(nameof(method));
            Version = version;
            Path = (path ?? throw new ArgumentNullException(nameof(path))).TrimStart('/');
        }

        /// <summary>The HTTP method.</summary>
        public HttpMethod Method { get; }

        /// <summary>The API generation.</summary>
        public AltegioApiVersion Version { get; }

        /// <summary>The path below the version root.</summary>
        public string Path { get; }

        /// <summary>The query pairs, in order.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Query => _query;

        /// <summary>The UTF-8 JSON body, if any.</summary>
        public byte[]? Body { get; private set; }

        /// <summary>True to send the partner token alone (as <c>POST /v1/auth</c> requires).</summary>
        public bool PartnerOnly { get; set; }

        /// <summary>False for a request that must not trigger an automatic re-login on 401 (the login itself).</summary>
        public bool AllowRelogin { get; set; } = true;

        /// <summary>Adds a query pair; null values are skipped so callers can pass optional filters directly.</summary>
        public AltegioRequest AddQuery(string key, string? value)
        {
            if (value != null)
            {
                _query.Add(new KeyValuePair<string, string>(key, value));
            }

            return this;
        }

        /// <summary>Adds a whole-number query pair when it has a value.</summary>
        public AltegioRequest AddQuery(string key, long? value) =>
            value.HasValue ? AddQuery(key, value.Value.ToString(CultureInfo.InvariantCulture)) : this;

        /// <summary>Adds the same key once per value (the API's form for arrays).</summary>
        public AltegioRequest AddQueryValues(string key, IEnumerable<long>? values)
        {
            if (values != null)
            {
                foreach (var value in values)
                {
                    AddQuery(key, value);
                }
            }

            return this;
        }

        /// <summary>A GET of <paramref name="path"/>.</summary>
        public static AltegioRequest Get(AltegioApiVersion version, string path) => new AltegioRequest(HttpMethod.Get, version, path);

        /// <summary>A DELETE of <paramref name="path"/>.</summary>
        public static AltegioRequest Delete(AltegioApiVersion version, string path) => new AltegioRequest(HttpMethod.Delete, version, path);

        /// <summary>A POST of <paramref name="body"/> to <paramref name="path"/>.</summary>
        internal static AltegioRequest Post<T>(AltegioApiVersion version, string path, T body, JsonTypeInfo<T> typeInfo) =>
            new AltegioRequest(HttpMethod.Post, version, path).WithJson(body, typeInfo);

        /// <summary>A PUT of <paramref name="body"/> to <paramref name="path"/>.</summary>
        internal static AltegioRequest Put<T>(AltegioApiVersion version, string path, T body, JsonTypeInfo<T> typeInfo) =>
            new AltegioRequest(HttpMethod.Put, version, path).WithJson(body, typeInfo);

        /// <summary>A PATCH of <paramref name="body"/> to <paramref name="path"/>.</summary>
        internal static AltegioRequest Patch<T>(AltegioApiVersion version, string path, T body, JsonTypeInfo<T> typeInfo) =>
            new AltegioRequest(new HttpMethod("PATCH"), version, path).WithJson(body, typeInfo);

        /// <summary>Sets the body to the JSON of a wire record, written with the module's one set of options.</summary>
        internal AltegioRequest WithJson<T>(T body, JsonTypeInfo<T> typeInfo) => WithBody(AltegioJsonContext.Serialize(body, typeInfo));

        /// <summary>Sets the JSON body (UTF-8 bytes).</summary>
        public AltegioRequest WithBody(byte[] utf8Json)
        {
            Body = utf8Json;
            return this;
        }

        /// <summary>The path and query as sent, relative to the base URI (e.g. <c>v2/locations/1/tags?entity=client</c>).</summary>
        public string RelativeUri
        {
            get
            {
                var text = new StringBuilder();
                text.Append(Version == AltegioApiVersion.V1 ? "v1/" : "v2/").Append(Path);
                for (var i = 0; i < _query.Count; i++)
                {
                    text.Append(i == 0 ? '?' : '&');
                    // Brackets stay readable: the API documents filter[from] and include[] literally.
                    text.Append(EscapeQueryPart(_query[i].Key)).Append('=').Append(EscapeQueryPart(_query[i].Value));
                }

                return text.ToString();
            }
        }

        /// <summary>The path for messages: <c>/v2/locations/1/tags</c>, without the query.</summary>
        public string DisplayPath => (Version == AltegioApiVersion.V1 ? "/v1/" : "/v2/") + Path;

        private static string EscapeQueryPart(string value) =>
            Uri.EscapeDataString(value).Replace("%5B", "[").Replace("%5D", "]");
    }
}

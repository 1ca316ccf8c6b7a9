using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Altegio.Json
{
    /// <summary>
    /// A successful answer, read straight from the body into typed records (no DOM): JSON:API
    /// (<c>{data, included, meta}</c>) or the legacy envelope (<c>{success, data, meta}</c>). <c>data</c> may be
    /// an object, an array or absent; <c>meta</c> may be an object or <c>[]</c> (PHP's empty array).
    /// </summary>
    /// <typeparam name="TAttributes">The wire record of the resource's attributes.</typeparam>
    internal sealed class Answer<TAttributes>
        where TAttributes : class
    {
        /// <summary>The legacy envelope's flag; false makes the answer a failure whatever its status.</summary>
        public bool? Success { get; set; }

        /// <summary>The items of <c>data</c>: its elements when it is an array, itself when it is an object.</summary>
        public List<Resource<TAttributes>>? Data { get; set; }

        /// <summary>The side-loaded resources of a JSON:API answer, indexed as they were read.</summary>
        public IncludedIndex? Included { get; set; }

        /// <summary>The <c>meta</c> member when it is an object.</summary>
        public AnswerMeta? Meta { get; set; }

        /// <summary>The HTTP status.</summary>
        public int StatusCode { get; set; }

        /// <summary>
        /// The <c>included</c> array as it came (UTF-8 JSON), kept only when the request asked for it: for a caller
        /// that reads side-loaded resources into records of its own (<see cref="AnswerReader.ReadResources{T}"/>).
        /// </summary>
        public byte[]? IncludedJson { get; set; }

        /// <summary>The items, never null.</summary>
        public IReadOnlyList<Resource<TAttributes>> Items => (IReadOnlyList<Resource<TAttributes>>?)Data ?? Array.Empty<Resource<TAttributes>>();
    }

    /// <summary>The members of <c>meta</c> the module reads.</summary>
    internal sealed class AnswerMeta
    {
        [JsonPropertyName("total_count")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? TotalCount { get; set; }

        [JsonPropertyName("count")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Count { get; set; }

        /// <summary>
        /// The rows a bulk request refused while the rest were done (<c>[{index, error}]</c>); null unless an array.
        /// An error answer's <c>meta.errors</c> (field to messages) is read by <see cref="ResponseReader"/> instead.
        /// </summary>
        [JsonPropertyName("errors")]
        [JsonConverter(typeof(MetaErrorListConverter))]
        public List<MetaError>? Errors { get; set; }
    }

    /// <summary>
    /// Reads <c>meta.errors</c> of a bulk answer. An entry that is not an object is still a refusal (without an
    /// index, its text as the reason when it is text): dropping it would report a refused row as done.
    /// </summary>
    internal sealed class MetaErrorListConverter : ObjectListConverter<MetaError>
    {
        protected override MetaError? FromOther(ref Utf8JsonReader reader)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
            return new MetaError { Error = text };
        }
    }

    /// <summary>One refused row of a bulk request: its index in the request and the reason.</summary>
    internal sealed class MetaError
    {
        [JsonPropertyName("index")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Index { get; set; }

        [JsonPropertyName("error")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Error { get; set; }

        [JsonPropertyName("message")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Message { get; set; }

        [JsonPropertyName("detail")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Detail { get; set; }
    }

    /// <summary>
    /// One resource: a JSON:API resource object (<c>{type, id, attributes, relationships}</c>), or a V1 object,
    /// whose fields stand at the top level and are read as the attributes. Ids come as strings (JSON:API) or
    /// numbers (V1).
    /// </summary>
    internal sealed class Resource<TAttributes>
        where TAttributes : class
    {
        public string? Type { get; set; }

        /// <summary>The id, when it was sent; a whole number is kept as one (no string per resource).</summary>
        public ResourceRef? Ref { get; set; }

        /// <summary>The id as text, as sent.</summary>
        public string? Id => Ref?.Id;

        /// <summary>The attributes; an empty record when the resource had none.</summary>
        public TAttributes Attributes { get; set; } = null!;

        public Relationships Relationships { get; set; }

        /// <summary>The id as a whole number; an answer without one is not a usable resource.</summary>
        public long NumericId => Ref?.NumericId ?? throw new WireFormatException("A resource in the answer has no numeric id.");
    }

    /// <summary>
    /// What side-loaded resources (staff, services, tags, resource instances, clients, positions) carry that the
    /// module shows: a title or a name, a client's contact data, an event's technical break.
    /// </summary>
    internal sealed class IncludedAttributes
    {
        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }

        [JsonPropertyName("name")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Name { get; set; }

        [JsonPropertyName("surname")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Surname { get; set; }

        [JsonPropertyName("phone")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Phone { get; set; }

        [JsonPropertyName("email")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Email { get; set; }

        [JsonPropertyName("technical_break_duration")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? TechnicalBreakDuration { get; set; }
    }

    /// <summary>
    /// A JSON:API resource identifier: <c>{type, id}</c>. Ids are whole numbers nearly always (sent as strings in
    /// JSON:API, as numbers in V1); such an id is kept as a number, so that a page of references allocates no
    /// string per id.
    /// </summary>
    internal readonly struct ResourceRef
    {
        private readonly string? _text;
        private readonly long _number;

        public ResourceRef(string? type, string id)
        {
            Type = type;
            if ((id.Length == 1 || (id.Length > 1 && id[0] != '0'))
                && long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                _number = number;
                _text = null;
            }
            else
            {
                _number = 0;
                _text = id;
            }
        }

        /// <summary>The id of <paramref name="id"/> with the type <paramref name="type"/>.</summary>
        public ResourceRef(string? type, ResourceRef id)
        {
            Type = type;
            _number = id._number;
            _text = id._text;
        }

        public ResourceRef(string? type, long id)
        {
            Type = type;
            _number = id;
            _text = null;
        }

        public string? Type { get; }

        /// <summary>The id as text.</summary>
        public string Id => _text ?? _number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The id as a whole number, when it is one.</summary>
        public long? NumericId => _text is null ? _number : ParseId(_text);

        /// <summary>True when both name the same id (a whole number, or the same text ignoring case).</summary>
        public bool SameId(ResourceRef other) =>
            _text is null ? other._text is null && other._number == _number : string.Equals(_text, other._text, StringComparison.OrdinalIgnoreCase);

        /// <summary>A hash of the id alone, matching <see cref="SameId"/>.</summary>
        public int IdHash() => _text is null ? _number.GetHashCode() : StringComparer.OrdinalIgnoreCase.GetHashCode(_text);

        internal static long? ParseId(string? id) =>
            long.TryParse(id, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>
    /// A resource's <c>relationships</c>, by name. A relationship is <c>{data: ref | [refs] | null}</c>, or (as some
    /// answers send it) the ref or the array itself; a ref is <c>{type, id}</c> or a bare id. A struct over one
    /// array, so that a resource's relationships cost that array alone.
    /// </summary>
    internal readonly struct Relationships
    {
        private readonly KeyValuePair<string, IReadOnlyList<ResourceRef>>[]? _all;

        internal Relationships(KeyValuePair<string, IReadOnlyList<ResourceRef>>[] all)
        {
            _all = all;
        }

        /// <summary>The references of one relationship; null when the resource does not name it.</summary>
        public IReadOnlyList<ResourceRef>? this[string name]
        {
            get
            {
                if (_all is null)
                {
                    return null;
                }

                // A later duplicate wins, as with every other member.
                for (var i = _all.Length - 1; i >= 0; i--)
                {
                    if (string.Equals(_all[i].Key, name, StringComparison.Ordinal))
                    {
                        return _all[i].Value;
                    }
                }

                return null;
            }
        }
    }

    /// <summary>An answer that parsed as JSON but not into the shape its records describe.</summary>
    internal sealed class WireFormatException : Exception
    {
        public WireFormatException(string message)
            : base(message)
        {
        }
    }
}

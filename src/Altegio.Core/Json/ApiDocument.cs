namespace Altegio.Json
{
    /// <summary>
    /// A successful answer, parsed once: JSON:API (<c>{data, included, meta}</c>) or the legacy
    /// envelope (<c>{success, data, meta}</c>). <c>data</c> may be an object, an array or absent, and
    /// <c>meta</c> may be <c>[]</c> (PHP's empty array) or an object; both read the same here.
    /// Dispose it once its elements have been turned into models.
    /// </summary>
    public sealed class ApiDocument : IDisposable
    {
        private static readonly JsonElement[] NoElements = Array.Empty<JsonElement>();
        private readonly JsonDocument? _document;

        internal ApiDocument(int statusCode, JsonDocument? document)
        {
            StatusCode = statusCode;
            _document = document;
            if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            var root = document.RootElement;
            if (root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null)
            {
                Data = data;
            }

            if (root.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                Meta = meta;
            }

            if (root.TryGetProperty("included", out var included) && included.ValueKind == JsonValueKind.Array)
            {
                Included = included;
            }
        }

        /// <summary>The HTTP status of the answer.</summary>
        public int StatusCode { get; }

        /// <summary>The root element, when the answer had a body.</summary>
        public JsonElement? Root => _document?.RootElement;

        /// <summary>The <c>data</c> member, when present and not null.</summary>
        public JsonElement? Data { get; }

        /// <summary>The <c>meta</c> member when it is an object; null for <c>[]</c> or absent.</summary>
        public JsonElement? Meta { get; }

        /// <summary>The <c>included</c> array of a JSON:API document, when present.</summary>
        public JsonElement? Included { get; }

        /// <summary>The items of <c>data</c>: its elements when it is an array, itself when it is an object.</summary>
        public IReadOnlyList<JsonElement> DataItems
        {
            get
            {
                if (Data is not { } data)
                {
                    return NoElements;
                }

                if (data.ValueKind == JsonValueKind.Array)
                {
                    var items = new JsonElement[data.GetArrayLength()];
                    var i = 0;
                    foreach (var item in data.EnumerateArray())
                    {
                        items[i++] = item;
                    }

                    return items;
                }

                return new[] { data };
            }
        }

        /// <summary>Reads a whole-number member of <c>meta</c> (such as <c>total_count</c>), whether sent as a number or a string.</summary>
        public long? GetMetaInt64(string name)
        {
            if (Meta is { } meta && meta.TryGetProperty(name, out var value))
            {
                return JsonValues.ReadInt64(value);
            }

            return null;
        }

        /// <inheritdoc />
        public void Dispose() => _document?.Dispose();
    }
}

using System.Text.Json.Serialization.Metadata;

namespace Altegio.Json
{
    /// <summary>
    /// Reads a successful answer's envelope and resources in one forward pass over the body, with the
    /// source-generated readers of the wire records for the attributes: no DOM is built. A resource without an
    /// <c>attributes</c> object (a V1 object) is read once more from its start as the attributes, which costs
    /// nothing extra to buffer: the whole body is in memory already.
    /// </summary>
    internal static class AnswerReader
    {
        private static readonly JsonReaderOptions ReaderOptions = new JsonReaderOptions { MaxDepth = 128 };

        /// <summary>Reads an answer whose root is an object; throws <see cref="JsonException"/> where the body is not JSON.</summary>
        public static Answer<T> Read<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> attributes)
            where T : class
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            var state = new ReadState();
            var answer = new Answer<T>();
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    answer.Data = ReadMany(ref reader, attributes, state);
                }
                else if (reader.ValueTextEquals("included"u8))
                {
                    reader.Read();
                    answer.Included = ReadIncluded(ref reader, state, answer.Data?.Count ?? 0);
                }
                else if (reader.ValueTextEquals("meta"u8))
                {
                    reader.Read();
                    answer.Meta = reader.TokenType == JsonTokenType.StartObject
                        ? ReadObject(ref reader, AltegioJsonContext.Wire.AnswerMeta)
                        : SkipAsNull<AnswerMeta>(ref reader);
                }
                else if (reader.ValueTextEquals("success"u8))
                {
                    reader.Read();
                    answer.Success = JsonValues.ReadBoolean(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // The rest of the body must be JSON too (only whitespace may follow the root).
            while (reader.Read())
            {
            }

            return answer;
        }

        /// <summary>
        /// The raw JSON of one member of an answer's root object (a copy; the last one when it repeats), or null
        /// when the answer has no such member. A pass of its own, so that the main read stays as it is.
        /// </summary>
        internal static byte[]? MemberJson(ReadOnlySpan<byte> json, ReadOnlySpan<byte> name)
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            byte[]? found = null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = reader.ValueTextEquals(name);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (match)
                {
                    found = json.Slice(start, (int)reader.BytesConsumed - start).ToArray();
                }
            }

            return found;
        }

        /// <summary>
        /// Reads resources (an array of them, one resource or null) from JSON cut out of an answer, such as
        /// <see cref="Answer{T}.IncludedJson"/>, into the records <paramref name="attributes"/> describes.
        /// </summary>
        internal static List<Resource<T>> ReadResources<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> attributes)
            where T : class
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            reader.Read();
            return ReadMany(ref reader, attributes, new ReadState()) ?? new List<Resource<T>>();
        }

        // data / included: an array of resources, one resource in place of the array, or null.
        private static List<Resource<T>>? ReadMany<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> attributes, ReadState state)
            where T : class
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            var items = new List<Resource<T>>();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                items.Add(ReadResource(ref reader, attributes, state));
                return items;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(ReadResource(ref reader, attributes, state));
            }

            return items;
        }

        private static T? SkipAsNull<T>(ref Utf8JsonReader reader)
            where T : class
        {
            reader.Skip();
            return null;
        }

        /// <summary>
        /// Reads one resource in one pass over its members; a resource that is not an object reads as one with no
        /// id and empty attributes.
        /// </summary>
        internal static Resource<T> ReadResource<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> attributes, ReadState state)
            where T : class
        {
            var resource = new Resource<T>();
            resource.Attributes = ReadParts(ref reader, attributes, state, out var type, out var id, out var relationships);
            resource.Type = type;
            resource.Ref = id;
            resource.Relationships = relationships;
            return resource;
        }

        // included: straight into the index, without a resource object per side-loaded item.
        private static IncludedIndex? ReadIncluded(ref Utf8JsonReader reader, ReadState state, int expected)
        {
            // Usually about as many side-loaded resources as resources (an event's duration details), so the index
            // is sized for that rather than grown through every power of two.
            var index = new IncludedIndex(expected);
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                if (reader.TokenType != JsonTokenType.Null)
                {
                    var single = ReadParts(ref reader, AltegioJsonContext.Wire.IncludedAttributes, state, out var type, out var id, out _);
                    index.Add(type, id, single);
                }

                return index;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var attributes = ReadParts(ref reader, AltegioJsonContext.Wire.IncludedAttributes, state, out var type, out var id, out _);
                index.Add(type, id, attributes);
            }

            return index;
        }

        private static T ReadParts<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> attributes, ReadState state,
            out string? type, out ResourceRef? id, out Relationships relationships)
            where T : class
        {
            type = null;
            id = null;
            relationships = default;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return Empty(attributes);
            }

            var whole = reader;
            T? read = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = ReadId(ref reader, null);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = state.Name(ref reader);
                }
                else if (reader.ValueTextEquals("attributes"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        read = ReadObject(ref reader, attributes);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("relationships"u8))
                {
                    reader.Read();
                    relationships = ReadRelationships(ref reader, state);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return read ?? ReadObject(ref whole, attributes) ?? Empty(attributes);
        }

        /// <summary>
        /// Reads the object at the reader with its source-generated converter. JsonSerializer.Deserialize(ref
        /// reader) first skips the whole value to scope a reader to it, so every resource was read twice; the
        /// converter reads it once. What the serializer would have turned into a JsonException (a member of the
        /// wrong JSON type, a value out of range) is turned into one here.
        /// </summary>
        internal static T? ReadObject<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info)
            where T : class
        {
            try
            {
                return ((System.Text.Json.Serialization.JsonConverter<T>)info.Converter).Read(ref reader, typeof(T), info.Options);
            }
            catch (InvalidOperationException ex)
            {
                throw new JsonException(ex.Message, ex);
            }
            catch (FormatException ex)
            {
                throw new JsonException(ex.Message, ex);
            }
        }

        private static T Empty<T>(JsonTypeInfo<T> info) =>
            (T)(info.CreateObject ?? throw new NotSupportedException(typeof(T).Name + " has no constructor."))();

        private static Relationships ReadRelationships(ref Utf8JsonReader reader, ReadState state)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return default;
            }

            var all = state.Relationships;
            all.Clear();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = state.Name(ref reader)!;
                reader.Read();
                all.Add(new KeyValuePair<string, IReadOnlyList<ResourceRef>>(name, ReadRelationship(ref reader, state)));
            }

            return new Relationships(all.ToArray());
        }

        // {data: ref | [refs] | null}, or the ref or the array itself.
        private static IReadOnlyList<ResourceRef> ReadRelationship(ref Utf8JsonReader reader, ReadState state)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return ReadReferences(ref reader, state);
            }

            var start = reader;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    var references = ReadReferences(ref reader, state);
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        reader.Read();
                        reader.Skip();
                    }

                    return references;
                }

                reader.Read();
                reader.Skip();
            }

            return ReadReferences(ref start, state);
        }

        private static IReadOnlyList<ResourceRef> ReadReferences(ref Utf8JsonReader reader, ReadState state)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    var references = state.References;
                    references.Clear();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (ReadReference(ref reader, state) is { } reference)
                        {
                            references.Add(reference);
                        }
                    }

                    return references.Count == 0 ? Array.Empty<ResourceRef>() : references.ToArray();
                case JsonTokenType.StartObject:
                    return ReadReference(ref reader, state) is { } single ? new[] { single } : Array.Empty<ResourceRef>();
                default:
                    reader.Skip();
                    return Array.Empty<ResourceRef>();
            }
        }

        private static ResourceRef? ReadReference(ref Utf8JsonReader reader, ReadState state)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return ReadId(ref reader, null);
            }

            ResourceRef? id = null;
            string? type = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = ReadId(ref reader, null);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = state.Name(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return id is { } known ? new ResourceRef(type, known) : null;
        }

        // An id at the reader: a whole number (as a number or a plain numeric string) without allocating, else its text.
        private static ResourceRef? ReadId(ref Utf8JsonReader reader, string? type)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
            {
                return new ResourceRef(type, number);
            }

            if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
                && reader.ValueSpan.Length is > 0 and < 19 && reader.ValueSpan[0] is >= (byte)'1' and <= (byte)'9'
                && System.Buffers.Text.Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var consumed) && consumed == reader.ValueSpan.Length)
            {
                return new ResourceRef(type, parsed);
            }

            return JsonValues.ReadString(ref reader) is { } text ? new ResourceRef(type, text) : null;
        }
    

        /// <summary>
        /// What one answer's read shares: the few distinct type and relationship names (a page of 250 events names
        /// <c>activity</c>, <c>labels</c> or <c>staff</c> hundreds of times, and each would otherwise be a string of
        /// its own), and a list that collects one relationship's references before they are copied out.
        /// </summary>
        internal sealed class ReadState
        {
            private const int MaxNames = 32;
            private readonly List<KeyValuePair<byte[], string>> _names = new List<KeyValuePair<byte[], string>>();

            public List<ResourceRef> References { get; } = new List<ResourceRef>();

            public List<KeyValuePair<string, IReadOnlyList<ResourceRef>>> Relationships { get; } = new List<KeyValuePair<string, IReadOnlyList<ResourceRef>>>();

            /// <summary>The text of a name or type at the reader (a string token, or a number or flag as text); null for anything else.</summary>
            public string? Name(ref Utf8JsonReader reader)
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || reader.HasValueSequence || reader.ValueIsEscaped)
                {
                    return reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : JsonValues.ReadString(ref reader);
                }

                var utf8 = reader.ValueSpan;
                foreach (var known in _names)
                {
                    if (utf8.SequenceEqual(known.Key))
                    {
                        return known.Value;
                    }
                }

                var text = reader.GetString()!;
                if (_names.Count < MaxNames)
                {
                    _names.Add(new KeyValuePair<byte[], string>(utf8.ToArray(), text));
                }

                return text;
            }
        }
    }
}

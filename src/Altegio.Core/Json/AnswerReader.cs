using System;
using System.Collections.Generic;
using System.Text.Json;
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
            var answer = new Answer<T>();
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    answer.Data = ReadMany(ref reader, attributes);
                }
                else if (reader.ValueTextEquals("included"u8))
                {
                    reader.Read();
                    answer.Included = ReadMany(ref reader, AltegioJsonContext.Wire.IncludedAttributes);
                }
                else if (reader.ValueTextEquals("meta"u8))
                {
                    reader.Read();
                    answer.Meta = reader.TokenType == JsonTokenType.StartObject
                        ? JsonSerializer.Deserialize(ref reader, AltegioJsonContext.Wire.AnswerMeta)
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

        // data / included: an array of resources, one resource in place of the array, or null.
        private static List<Resource<T>>? ReadMany<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> attributes)
            where T : class
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            var items = new List<Resource<T>>();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                items.Add(ReadResource(ref reader, attributes));
                return items;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(ReadResource(ref reader, attributes));
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
        internal static Resource<T> ReadResource<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> attributes)
            where T : class
        {
            var resource = new Resource<T>();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                resource.Attributes = Empty(attributes);
                return resource;
            }

            var whole = reader;
            T? read = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    resource.Id = JsonValues.ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    resource.Type = JsonValues.ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("attributes"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        read = JsonSerializer.Deserialize(ref reader, attributes);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("relationships"u8))
                {
                    reader.Read();
                    resource.Relationships = ReadRelationships(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            resource.Attributes = read ?? JsonSerializer.Deserialize(ref whole, attributes) ?? Empty(attributes);
            return resource;
        }

        private static T Empty<T>(JsonTypeInfo<T> info) =>
            (T)(info.CreateObject ?? throw new NotSupportedException(typeof(T).Name + " has no constructor."))();

        private static Relationships? ReadRelationships(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return null;
            }

            var relationships = new Relationships();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                relationships.Add(name, ReadRelationship(ref reader));
            }

            return relationships;
        }

        // {data: ref | [refs] | null}, or the ref or the array itself.
        private static IReadOnlyList<ResourceRef> ReadRelationship(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return ReadReferences(ref reader);
            }

            var start = reader;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    var references = ReadReferences(ref reader);
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

            return ReadReferences(ref start);
        }

        private static IReadOnlyList<ResourceRef> ReadReferences(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    List<ResourceRef>? references = null;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (ReadReference(ref reader) is { } reference)
                        {
                            (references ??= new List<ResourceRef>()).Add(reference);
                        }
                    }

                    return (IReadOnlyList<ResourceRef>?)references ?? Array.Empty<ResourceRef>();
                case JsonTokenType.StartObject:
                    return ReadReference(ref reader) is { } single ? new[] { single } : Array.Empty<ResourceRef>();
                default:
                    reader.Skip();
                    return Array.Empty<ResourceRef>();
            }
        }

        private static ResourceRef? ReadReference(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return JsonValues.ReadString(ref reader) is { } bare ? new ResourceRef(null, bare) : null;
            }

            string? id = null, type = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = JsonValues.ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = JsonValues.ReadString(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return id is null ? null : new ResourceRef(type, id);
        }
    }
}

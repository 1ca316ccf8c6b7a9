using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Altegio.Errors;
using Altegio.Json;

namespace Altegio.Resources
{
    /// <summary>Shared steps for turning JSON:API resources into models.</summary>
    internal static class ResourceReader
    {
        /// <summary>Reads a resource's id (a string in JSON:API, a number in V1) as a whole number.</summary>
        public static long ReadId(JsonElement resource, string method, string path)
        {
            var id = resource.GetInt64("id");
            if (id is null)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, null,
                    "A resource in the answer has no numeric id.");
            }

            return id.Value;
        }

        /// <summary>
        /// Deserializes a resource's <c>attributes</c>; a V1 object, which has its fields at the top level,
        /// is read as a whole.
        /// </summary>
        public static T ReadAttributes<T>(JsonElement resource, JsonTypeInfo<T> typeInfo, string method, string path)
            where T : class, new()
        {
            if (resource.ValueKind != JsonValueKind.Object)
            {
                return new T();
            }

            if (!resource.TryGetProperty("attributes", out var attributes) || attributes.ValueKind != JsonValueKind.Object)
            {
                attributes = resource;
            }

            try
            {
                return attributes.Deserialize(typeInfo) ?? new T();
            }
            catch (JsonException ex)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, null,
                    "A resource's attributes could not be read: " + ex.Message);
            }
        }

        /// <summary>
        /// Reads a resource's <c>attributes</c> (or a V1 object as a whole) with a reader that works on the parsed
        /// element itself; a non-object resource reads as empty attributes, as with the serializer.
        /// </summary>
        public static T ReadAttributes<T>(JsonElement resource, Func<JsonElement, T> read)
            where T : class, new()
        {
            if (resource.ValueKind != JsonValueKind.Object)
            {
                return new T();
            }

            if (!resource.TryGetProperty("attributes"u8, out var attributes) || attributes.ValueKind != JsonValueKind.Object)
            {
                attributes = resource;
            }

            return read(attributes);
        }

        /// <summary>The single resource of a get/create answer (some endpoints wrap it in a one-element array).</summary>
        public static JsonElement Single(ApiDocument document, string method, string path)
        {
            var items = document.DataItems;
            if (items.Count == 0)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, document.StatusCode,
                    "The answer carried no data.");
            }

            return items[0];
        }
    }
}

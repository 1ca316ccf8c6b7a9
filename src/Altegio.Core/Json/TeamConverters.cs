using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Altegio.Models.Wire;

namespace Altegio.Json
{
    /// <summary>
    /// Reads <c>services_binding_type</c>: the integer 0/1/2 of snapshot N, the same as a string, or the
    /// older names <c>none</c>/<c>optional</c>/<c>required</c> (also <c>disabled</c>/<c>soft</c>/<c>strict</c>).
    /// </summary>
    internal sealed class ServicesBindingTypeConverter : JsonConverter<int?>
    {
        public override bool HandleNull => true;

        public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var element = JsonDocument.ParseValue(ref reader);
            var value = element.RootElement;
            if (JsonValues.ReadInt64(value) is long number)
            {
                return (int)number;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            switch (value.GetString()!.Trim().ToLowerInvariant())
            {
                case "none":
                case "disabled":
                    return 0;
                case "optional":
                case "soft":
                    return 1;
                case "required":
                case "strict":
                    return 2;
                default:
                    return null;
            }
        }

        public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
        {
            if (value.HasValue)
            {
                writer.WriteNumberValue(value.Value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    /// <summary>Reads an array of ids whose items may be numbers or numeric strings; anything else reads as empty.</summary>
    internal sealed class FlexibleInt64ArrayConverter : JsonConverter<long[]?>
    {
        public override bool HandleNull => true;

        public override long[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var element = JsonDocument.ParseValue(ref reader);
            var items = new List<long>();
            if (element.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.RootElement.EnumerateArray())
                {
                    if (JsonValues.ReadInt64(item) is long id)
                    {
                        items.Add(id);
                    }
                }
            }

            return items.ToArray();
        }

        public override void Write(Utf8JsonWriter writer, long[]? value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value ?? Array.Empty<long>())
            {
                writer.WriteNumberValue(item);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Reads an array of strings; non-string items are read as text, and a non-array reads as empty.</summary>
    internal sealed class FlexibleStringArrayConverter : JsonConverter<string[]?>
    {
        public override bool HandleNull => true;

        public override string[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var element = JsonDocument.ParseValue(ref reader);
            var items = new List<string>();
            if (element.RootElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.RootElement.EnumerateArray())
                {
                    if (JsonValues.ReadString(item) is { Length: > 0 } text)
                    {
                        items.Add(text);
                    }
                }
            }

            return items.ToArray();
        }

        public override void Write(Utf8JsonWriter writer, string[]? value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value ?? Array.Empty<string>())
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>
    /// Reads a V1 member that is an object when present and null or <c>[]</c> (PHP's empty array) when not.
    /// Response-only: these wire types are never written.
    /// </summary>
    internal abstract class ObjectOrAbsentConverter<T> : JsonConverter<T?>
        where T : class
    {
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    reader.Skip();
                }

                return null;
            }

            using var element = JsonDocument.ParseValue(ref reader);
            return Map(element.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options) =>
            throw new NotSupportedException(typeof(T).Name + " is read from V1 answers only.");

        /// <summary>Builds the value from the object, or null when it carries nothing.</summary>
        protected abstract T? Map(JsonElement value);
    }

    /// <summary>Reads V1's <c>position</c>: <c>{id,title}</c>, or <c>[]</c> when the member has none.</summary>
    internal sealed class V1PositionConverter : ObjectOrAbsentConverter<PositionReference>
    {
        protected override PositionReference? Map(JsonElement value)
        {
            var id = value.GetInt64("id");
            var title = value.GetStringOrNull("title");
            return id is null && title is null ? null : new PositionReference { Id = id, Title = title };
        }
    }

    /// <summary>Reads V1's <c>user</c>: an object, or null/[] when the member has no user account.</summary>
    internal sealed class V1UserConverter : ObjectOrAbsentConverter<UserReference>
    {
        protected override UserReference? Map(JsonElement value) => new UserReference
        {
            Id = value.GetInt64("id"),
            Name = value.GetStringOrNull("name"),
            Email = value.GetStringOrNull("email"),
            Phone = value.GetStringOrNull("phone"),
        };
    }
}

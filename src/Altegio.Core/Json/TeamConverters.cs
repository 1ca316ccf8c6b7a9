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
    /// Reads V1's <c>position</c>: an object <c>{id, title}</c>, or an empty array (PHP's empty array)
    /// when the member has no position, which reads as null.
    /// </summary>
    internal sealed class V1PositionConverter : JsonConverter<PositionReference?>
    {
        public override bool HandleNull => true;

        public override PositionReference? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var element = JsonDocument.ParseValue(ref reader);
            var value = element.RootElement;
            if (value.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var id = value.GetInt64("id");
            var title = value.GetStringOrNull("title");
            return id is null && title is null ? null : new PositionReference { Id = id, Title = title };
        }

        public override void Write(Utf8JsonWriter writer, PositionReference? value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStartObject();
            if (value.Id.HasValue)
            {
                writer.WriteNumber("id", value.Id.Value);
            }

            writer.WriteString("title", value.Title);
            writer.WriteEndObject();
        }
    }

    /// <summary>Reads V1's <c>user</c>: an object, or null/[] when the member has no user account.</summary>
    internal sealed class V1UserConverter : JsonConverter<UserReference?>
    {
        public override bool HandleNull => true;

        public override UserReference? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var element = JsonDocument.ParseValue(ref reader);
            var value = element.RootElement;
            if (value.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new UserReference
            {
                Id = value.GetInt64("id"),
                Name = value.GetStringOrNull("name"),
                Email = value.GetStringOrNull("email"),
                Phone = value.GetStringOrNull("phone"),
            };
        }

        public override void Write(Utf8JsonWriter writer, UserReference? value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStartObject();
            if (value.Id.HasValue)
            {
                writer.WriteNumber("id", value.Id.Value);
            }

            writer.WriteString("name", value.Name);
            writer.WriteString("email", value.Email);
            writer.WriteString("phone", value.Phone);
            writer.WriteEndObject();
        }
    }
}

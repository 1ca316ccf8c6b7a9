using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Altegio.Json
{
    /// <summary>Reads a whole number that V1 may send as a number, a numeric string, "" or null.</summary>
    public sealed class FlexibleInt64Converter : JsonConverter<long?>
    {
        /// <inheritdoc />
        public override bool HandleNull => true;

        /// <inheritdoc />
        public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var element = JsonDocument.ParseValue(ref reader);
            return JsonValues.ReadInt64(element.RootElement);
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options)
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

    /// <summary>Reads a flag the API may send as a boolean, 0/1 or "0"/"1".</summary>
    public sealed class FlexibleBooleanConverter : JsonConverter<bool?>
    {
        /// <inheritdoc />
        public override bool HandleNull => true;

        /// <inheritdoc />
        public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Null:
                    return null;
            }

            using var element = JsonDocument.ParseValue(ref reader);
            return JsonValues.ReadBoolean(element.RootElement);
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
        {
            if (value.HasValue)
            {
                writer.WriteBooleanValue(value.Value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    /// <summary>Reads a string member that may arrive as a number, and tolerates other kinds as null.</summary>
    public sealed class FlexibleStringConverter : JsonConverter<string?>
    {
        /// <inheritdoc />
        public override bool HandleNull => true;

        /// <inheritdoc />
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            using var element = JsonDocument.ParseValue(ref reader);
            return element.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                ? null
                : JsonValues.ReadString(element.RootElement);
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
    }
}

using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Altegio.Json
{
    /// <summary>
    /// A converter for a value the API sends in more than one form. It reads straight from the reader (see
    /// <see cref="JsonValues"/>) and writes null for a missing value; subclasses say how to read and write one.
    /// </summary>
    public abstract class LenientConverter<T> : JsonConverter<T?>
        where T : struct
    {
        /// <inheritdoc />
        public override bool HandleNull => true;

        /// <inheritdoc />
        public sealed override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : ReadValue(ref reader);

        /// <inheritdoc />
        public sealed override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
        {
            if (value.HasValue)
            {
                WriteValue(writer, value.Value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        /// <summary>Reads the value at the current (non-null) token.</summary>
        protected abstract T? ReadValue(ref Utf8JsonReader reader);

        /// <summary>Writes a present value.</summary>
        protected abstract void WriteValue(Utf8JsonWriter writer, T value);
    }

    /// <summary>Reads a whole number that V1 may send as a number, a numeric string, "" or null.</summary>
    public sealed class FlexibleInt64Converter : LenientConverter<long>
    {
        /// <inheritdoc />
        protected override long? ReadValue(ref Utf8JsonReader reader) => JsonValues.ReadInt64(ref reader);

        /// <inheritdoc />
        protected override void WriteValue(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
    }

    /// <summary>Reads a number that may arrive as a number, a numeric string, "" or null.</summary>
    public sealed class FlexibleDoubleConverter : LenientConverter<double>
    {
        /// <inheritdoc />
        protected override double? ReadValue(ref Utf8JsonReader reader) => JsonValues.ReadDouble(ref reader);

        /// <inheritdoc />
        protected override void WriteValue(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);
    }

    /// <summary>Reads a flag the API may send as a boolean, 0/1 or "0"/"1".</summary>
    public sealed class FlexibleBooleanConverter : LenientConverter<bool>
    {
        /// <inheritdoc />
        protected override bool? ReadValue(ref Utf8JsonReader reader) => JsonValues.ReadBoolean(ref reader);

        /// <inheritdoc />
        protected override void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
    }

    /// <summary>Reads a string member that may arrive as a number, and tolerates objects and arrays as null.</summary>
    public sealed class FlexibleStringConverter : JsonConverter<string?>
    {
        /// <inheritdoc />
        public override bool HandleNull => true;

        /// <inheritdoc />
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : JsonValues.ReadString(ref reader);

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

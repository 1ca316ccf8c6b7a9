using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

    /// <summary>Reads an exact number (a price, a percentage) that may arrive as a number, a numeric string, "" or null.</summary>
    public sealed class FlexibleDecimalConverter : LenientConverter<decimal>
    {
        /// <inheritdoc />
        protected override decimal? ReadValue(ref Utf8JsonReader reader) => JsonValues.ReadDecimal(ref reader);

        /// <inheritdoc />
        protected override void WriteValue(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);
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
    /// <summary>
    /// Reads an array whose items may come in more than one form (ids as numbers or numeric strings, texts as
    /// numbers); an item that does not read is left out, and anything but an array reads as empty.
    /// </summary>
    internal abstract class LenientArrayConverter<T> : JsonConverter<T[]?>
    {
        public override bool HandleNull => true;

        public sealed override T[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return Array.Empty<T>();
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (TryReadItem(ref reader, out var item))
                {
                    items.Add(item);
                }
            }

            return items.ToArray();
        }

        public sealed override void Write(Utf8JsonWriter writer, T[]? value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value ?? Array.Empty<T>())
            {
                WriteItem(writer, item);
            }

            writer.WriteEndArray();
        }

        /// <summary>Reads the item at the current token; false leaves it out.</summary>
        protected abstract bool TryReadItem(ref Utf8JsonReader reader, out T item);

        /// <summary>Writes one item.</summary>
        protected abstract void WriteItem(Utf8JsonWriter writer, T item);
    }

    /// <summary>Reads an array of ids whose items may be numbers or numeric strings.</summary>
    internal sealed class FlexibleInt64ArrayConverter : LenientArrayConverter<long>
    {
        protected override bool TryReadItem(ref Utf8JsonReader reader, out long item)
        {
            var id = JsonValues.ReadInt64(ref reader);
            item = id ?? 0;
            return id.HasValue;
        }

        protected override void WriteItem(Utf8JsonWriter writer, long item) => writer.WriteNumberValue(item);
    }

    /// <summary>Reads an array of texts; numbers are read as their text, and empty items are left out.</summary>
    internal sealed class FlexibleStringArrayConverter : LenientArrayConverter<string>
    {
        protected override bool TryReadItem(ref Utf8JsonReader reader, out string item)
        {
            item = JsonValues.ReadString(ref reader) ?? string.Empty;
            return item.Length > 0;
        }

        protected override void WriteItem(Utf8JsonWriter writer, string item) => writer.WriteStringValue(item);
    }

    /// <summary>
    /// Reads a member that is an object when present and null or <c>[]</c> (PHP's empty array) when not, into its
    /// record. Response-only: these records are never written.
    /// </summary>
    internal sealed class ObjectOrAbsentConverter<T> : JsonConverter<T?>
        where T : class
    {
        private JsonTypeInfo<T>? _info;

        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return null;
            }

            return AnswerReader.ReadObject(ref reader, _info ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }

        public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options) =>
            throw new NotSupportedException(typeof(T).Name + " is read from answers only.");
    }

    /// <summary>
    /// Reads an array of objects into records; anything but an array (null, <c>{}</c>, <c>false</c>) reads as null.
    /// An item that is not an object fails the answer as malformed unless <see cref="FromOther"/> can read it:
    /// leaving it out would lose data without a word. Response-only.
    /// </summary>
    internal class ObjectListConverter<T> : JsonConverter<List<T>?>
        where T : class
    {
        private JsonTypeInfo<T>? _info;

        public override bool HandleNull => true;

        public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return null;
            }

            var info = _info ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var item = reader.TokenType == JsonTokenType.StartObject ? AnswerReader.ReadObject(ref reader, info) : FromOther(ref reader);
                items.Add(item ?? throw new JsonException(typeof(T).Name + " list: an item is not an object."));
            }

            return items;
        }

        /// <summary>Reads an item that is not an object; null when it cannot be one.</summary>
        protected virtual T? FromOther(ref Utf8JsonReader reader)
        {
            reader.Skip();
            return null;
        }

        public override void Write(Utf8JsonWriter writer, List<T>? value, JsonSerializerOptions options) =>
            throw new NotSupportedException(typeof(T).Name + " is read from answers only.");
    }

    /// <summary>
    /// Reads a list of positive ids whose items are ids (numbers or numeric strings) or objects with an <c>id</c>;
    /// anything but an array reads as null, so that a caller can fall back to another member. Response-only.
    /// </summary>
    internal sealed class IdListConverter : JsonConverter<long[]?>
    {
        public override bool HandleNull => true;

        public override long[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return null;
            }

            var ids = new List<long>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var id = reader.TokenType == JsonTokenType.StartObject ? IdOf(ref reader) : JsonValues.ReadInt64(ref reader);
                if (id is > 0)
                {
                    ids.Add(id.Value);
                }
            }

            return ids.ToArray();
        }

        public override void Write(Utf8JsonWriter writer, long[]? value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Id lists are read from answers only.");

        private static long? IdOf(ref Utf8JsonReader reader)
        {
            long? id = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId)
                {
                    id = JsonValues.ReadInt64(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            return id;
        }
    }

    /// <summary>Reads a weekday: <c>mon</c>…<c>sun</c>, full English names, or numbers (1 Monday … 7 Sunday; 0 Sunday).</summary>
    internal sealed class DayOfWeekConverter : LenientConverter<DayOfWeek>
    {
        private static readonly string[] DayNames = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

        protected override DayOfWeek? ReadValue(ref Utf8JsonReader reader)
        {
            var text = JsonValues.ReadString(ref reader)?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                return number is >= 0 and <= 7 ? (DayOfWeek)(number % 7) : null;
            }

            var index = Array.FindIndex(DayNames, name => text!.StartsWith(name, StringComparison.Ordinal));
            return index >= 0 ? (DayOfWeek)index : null;
        }

        protected override void WriteValue(Utf8JsonWriter writer, DayOfWeek value) => writer.WriteStringValue(DayNames[(int)value]);
    }

    /// <summary>
    /// Reads <c>services_binding_type</c>: the integer 0/1/2, the same as a string, or the older names
    /// <c>none</c>/<c>optional</c>/<c>required</c> (also <c>disabled</c>/<c>soft</c>/<c>strict</c>).
    /// </summary>
    internal sealed class ServicesBindingTypeConverter : LenientConverter<int>
    {
        protected override int? ReadValue(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return JsonValues.ReadInt64(ref reader) is long number ? (int)number : null;
            }

            var text = reader.GetString()!.Trim().ToLowerInvariant();
            if (long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return (int)parsed;
            }

            return text switch
            {
                "none" or "disabled" => 0,
                "optional" or "soft" => 1,
                "required" or "strict" => 2,
                _ => null,
            };
        }

        protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
    }
}

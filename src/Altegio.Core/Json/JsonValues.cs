using System.Buffers.Text;
using System.Text;

namespace Altegio.Json
{
    /// <summary>
    /// Lenient readers for values the API sends in more than one form: ids and counters as numbers or
    /// strings (V1 sends <c>"fired":"0"</c>), flags as booleans, 0/1 or "0"/"1".
    /// </summary>
    public static class JsonValues
    {
        /// <summary>Reads a whole number sent as a number or a numeric string; null for null, "" or anything else.</summary>
        public static long? ReadInt64(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Number:
                    if (value.TryGetInt64(out var number))
                    {
                        return number;
                    }

                    return value.TryGetDouble(out var real) && real == System.Math.Floor(real) ? (long)real : null;
                case JsonValueKind.String:
                    return long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
                default:
                    return null;
            }
        }

        /// <summary>Reads a flag sent as true/false, 0/1, "0"/"1" or "true"/"false".</summary>
        public static bool? ReadBoolean(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.Number:
                    return value.TryGetInt64(out var number) ? number != 0 : null;
                case JsonValueKind.String:
                    var text = value.GetString();
                    if (bool.TryParse(text, out var flag))
                    {
                        return flag;
                    }

                    return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed != 0 : null;
                default:
                    return null;
            }
        }

        /// <summary>Reads a string, or the text of a number (JSON:API ids are strings, attribute ids numbers).</summary>
        public static string? ReadString(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };

        /// <summary>
        /// Reads a whole number at the reader's current token (number or numeric string; anything else is
        /// null, and an object or array is skipped). Converters use these so a value is never copied into a
        /// JsonDocument of its own, which cost more than the rest of mapping a resource.
        /// </summary>
        public static long? ReadInt64(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out var number))
                    {
                        return number;
                    }

                    return reader.TryGetDouble(out var real) && real == Math.Floor(real) ? (long)real : null;
                case JsonTokenType.String:
                    if (!reader.HasValueSequence && !reader.ValueIsEscaped
                        && Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var consumed) && consumed == reader.ValueSpan.Length)
                    {
                        return parsed;
                    }

                    return long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var text) ? text : null;
                default:
                    SkipComposite(ref reader);
                    return null;
            }
        }

        /// <summary>Reads a number at the reader's current token, as <see cref="ReadInt64(ref Utf8JsonReader)"/> does.</summary>
        public static double? ReadDouble(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return reader.GetDouble();
                case JsonTokenType.String:
                    return double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
                default:
                    SkipComposite(ref reader);
                    return null;
            }
        }

        /// <summary>Reads an exact number (a price, a percentage) at the reader's current token: a number or a numeric string.</summary>
        public static decimal? ReadDecimal(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return reader.TryGetDecimal(out var number) ? number : null;
                case JsonTokenType.String:
                    return decimal.TryParse(reader.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
                default:
                    SkipComposite(ref reader);
                    return null;
            }
        }

        /// <summary>Reads a flag at the reader's current token: true/false, 0/1, "0"/"1", "true"/"false".</summary>
        public static bool? ReadBoolean(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Number:
                    return reader.TryGetInt64(out var number) ? number != 0 : null;
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (bool.TryParse(text, out var flag))
                    {
                        return flag;
                    }

                    return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed != 0 : null;
                default:
                    SkipComposite(ref reader);
                    return null;
            }
        }

        /// <summary>Reads a string at the reader's current token, or the text of a number or flag; objects and arrays read as null.</summary>
        public static string? ReadString(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    return reader.HasValueSequence ? Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)) : Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                case JsonTokenType.True:
                    return "true";
                case JsonTokenType.False:
                    return "false";
                default:
                    SkipComposite(ref reader);
                    return null;
            }
        }

        private static void SkipComposite(ref Utf8JsonReader reader)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        /// <summary>Reads a member of an object with <see cref="ReadInt64(JsonElement)"/>.</summary>
        public static long? GetInt64(this JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? ReadInt64(v) : null;

        /// <summary>Reads a member of an object with <see cref="ReadString(JsonElement)"/>.</summary>
        public static string? GetStringOrNull(this JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? ReadString(v) : null;
    }
}

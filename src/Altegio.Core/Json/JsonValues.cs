using System.Globalization;
using System.Text.Json;

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

        /// <summary>Reads a number sent as a number or a numeric string.</summary>
        public static double? ReadDouble(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Number:
                    return value.GetDouble();
                case JsonValueKind.String:
                    return double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
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

        /// <summary>Reads a member of an object with <see cref="ReadInt64(JsonElement)"/>.</summary>
        public static long? GetInt64(this JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? ReadInt64(v) : null;

        /// <summary>Reads a member of an object with <see cref="ReadString(JsonElement)"/>.</summary>
        public static string? GetStringOrNull(this JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? ReadString(v) : null;

        /// <summary>Reads a member of an object with <see cref="ReadBoolean(JsonElement)"/>.</summary>
        public static bool? GetBooleanOrNull(this JsonElement obj, string name) =>
            obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? ReadBoolean(v) : null;
    }
}

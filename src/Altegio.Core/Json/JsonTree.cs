using System.Collections;
using System.IO;

namespace Altegio.Json
{
    /// <summary>
    /// Converts between JSON and plain .NET values (ordered dictionaries, arrays, numbers, strings,
    /// booleans, null) for the raw request cmdlet, which has no model to bind to. The cmdlet layer wraps
    /// the result into PowerShell objects; the decisions (number types, dates) live here.
    /// </summary>
    public static class JsonTree
    {
        /// <summary>Converts a JSON element to plain values: objects become ordered string-keyed dictionaries.</summary>
        public static object? ToPlain(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                    var ordered = new List<KeyValuePair<string, object?>>();
                    foreach (var property in element.EnumerateObject())
                    {
                        var value = ToPlain(property.Value);
                        if (map.ContainsKey(property.Name))
                        {
                            continue;
                        }

                        map[property.Name] = value;
                        ordered.Add(new KeyValuePair<string, object?>(property.Name, value));
                    }

                    return new PlainObject(ordered);
                case JsonValueKind.Array:
                    var items = new object?[element.GetArrayLength()];
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        items[i++] = ToPlain(item);
                    }

                    return items;
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out var whole))
                    {
                        return whole;
                    }

                    if (element.TryGetDecimal(out var exact))
                    {
                        return exact;
                    }

                    return element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Writes plain values as UTF-8 JSON: dictionaries (any key type, keys as text), enumerables, numbers,
        /// strings, booleans, dates (ISO 8601), enums (as numbers) and null. A string that already is JSON
        /// must be passed as bytes instead.
        /// </summary>
        public static byte[] ToUtf8(object? value, Func<object, object?>? unwrap = null)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                Write(writer, value, unwrap, 0);
            }

            return stream.ToArray();
        }

        private static void Write(Utf8JsonWriter writer, object? value, Func<object, object?>? unwrap, int depth)
        {
            if (depth > 64)
            {
                throw new ArgumentException("The body is nested more than 64 levels deep.");
            }

            if (value != null && unwrap != null)
            {
                value = unwrap(value);
            }

            switch (value)
            {
                case null:
                    writer.WriteNullValue();
                    return;
                case string text:
                    writer.WriteStringValue(text);
                    return;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    return;
                case char character:
                    writer.WriteStringValue(character.ToString());
                    return;
                case Enum enumValue:
                    writer.WriteNumberValue(Convert.ToInt64(enumValue, CultureInfo.InvariantCulture));
                    return;
                case int or long or short or byte or sbyte or ushort or uint:
                    writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    return;
                case ulong big:
                    writer.WriteNumberValue(big);
                    return;
                case decimal money:
                    writer.WriteNumberValue(money);
                    return;
                case double or float:
                    writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    return;
                case DateTime date:
                    writer.WriteStringValue(date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    return;
                case DateTimeOffset dateOffset:
                    writer.WriteStringValue(dateOffset.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
                    return;
                case PlainObject plain:
                    writer.WriteStartObject();
                    foreach (var pair in plain.Properties)
                    {
                        writer.WritePropertyName(pair.Key);
                        Write(writer, pair.Value, unwrap, depth + 1);
                    }

                    writer.WriteEndObject();
                    return;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                        Write(writer, entry.Value, unwrap, depth + 1);
                    }

                    writer.WriteEndObject();
                    return;
                case IEnumerable sequence:
                    writer.WriteStartArray();
                    foreach (var item in sequence)
                    {
                        Write(writer, item, unwrap, depth + 1);
                    }

                    writer.WriteEndArray();
                    return;
                default:
                    writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                    return;
            }
        }
    }

    /// <summary>A JSON object as ordered name/value pairs; the cmdlet layer turns it into a PSCustomObject.</summary>
    public sealed class PlainObject
    {
        internal PlainObject(IReadOnlyList<KeyValuePair<string, object?>> properties)
        {
            Properties = properties;
        }

        /// <summary>The members, in document order.</summary>
        public IReadOnlyList<KeyValuePair<string, object?>> Properties { get; }
    }
}

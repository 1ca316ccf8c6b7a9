namespace Altegio.Configuration
{
    /// <summary>
    /// A configuration file as plain data, whatever its format: maps, lists and scalars (string, long,
    /// double, bool or null), each with the line it came from when the reader knows it. The PowerShell
    /// layer builds it from a .psd1's syntax tree; <see cref="FromJson"/> builds it from JSON. The
    /// validation in <see cref="DesiredConfiguration"/> then reads the same tree for both.
    /// </summary>
    internal abstract class ConfigNode
    {
        protected ConfigNode(int? line)
        {
            Line = line;
        }

        /// <summary>The 1-based line in the file, when known.</summary>
        public int? Line { get; }

        /// <summary>Reads JSON text (comments and trailing commas allowed) into a tree; a syntax error or a repeated key fails with the position.</summary>
        public static ConfigNode FromJson(string json, string source)
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 };
            try
            {
                using var document = JsonDocument.Parse(json, options);
                return FromElement(document.RootElement, source, "(root)");
            }
            catch (JsonException ex)
            {
                var where = ex.LineNumber is long line ? " line " + (line + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
                throw new ConfigurationException(source + where + ": the file is not valid JSON: " + FirstSentence(ex.Message), null);
            }
        }

        private static ConfigNode FromElement(JsonElement element, string source, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var entries = new List<ConfigEntry>();
                    var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!seen.Add(property.Name))
                        {
                            throw new ConfigurationException(source + ": " + path + ": the key '" + property.Name + "' appears twice.", property.Name);
                        }

                        entries.Add(new ConfigEntry(property.Name, FromElement(property.Value, source, path + "." + property.Name), null));
                    }

                    return new ConfigMap(entries, null);
                case JsonValueKind.Array:
                    var items = new List<ConfigNode>();
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        items.Add(FromElement(item, source, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]"));
                        index++;
                    }

                    return new ConfigList(items, null);
                case JsonValueKind.String:
                    return new ConfigScalar(element.GetString(), null);
                case JsonValueKind.Number:
                    return new ConfigScalar(element.TryGetInt64(out var number) ? number : (object)element.GetDouble(), null);
                case JsonValueKind.True:
                    return new ConfigScalar(true, null);
                case JsonValueKind.False:
                    return new ConfigScalar(false, null);
                default:
                    return new ConfigScalar(null, null);
            }
        }

        private static string FirstSentence(string message)
        {
            var end = message.IndexOf(". ", StringComparison.Ordinal);
            return end > 0 ? message.Substring(0, end + 1) : message;
        }
    }

    /// <summary>A key and its value inside a <see cref="ConfigMap"/>.</summary>
    internal sealed class ConfigEntry
    {
        public ConfigEntry(string key, ConfigNode value, int? line)
        {
            Key = key;
            Value = value;
            Line = line ?? value.Line;
        }

        public string Key { get; }

        public ConfigNode Value { get; }

        public int? Line { get; }
    }

    /// <summary>A hashtable or JSON object, keys in file order.</summary>
    internal sealed class ConfigMap : ConfigNode
    {
        public ConfigMap(IReadOnlyList<ConfigEntry> entries, int? line)
            : base(line)
        {
            Entries = entries;
        }

        public IReadOnlyList<ConfigEntry> Entries { get; }
    }

    /// <summary>An array.</summary>
    internal sealed class ConfigList : ConfigNode
    {
        public ConfigList(IReadOnlyList<ConfigNode> items, int? line)
            : base(line)
        {
            Items = items;
        }

        public IReadOnlyList<ConfigNode> Items { get; }
    }

    /// <summary>A string, whole number (long), other number (double), bool or null.</summary>
    internal sealed class ConfigScalar : ConfigNode
    {
        public ConfigScalar(object? value, int? line)
            : base(line)
        {
            Value = value;
        }

        public object? Value { get; }
    }
}

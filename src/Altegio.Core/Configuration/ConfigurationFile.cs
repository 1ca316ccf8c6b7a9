using System.IO;
using System.Text;
using System.Text.Encodings.Web;

namespace Altegio.Configuration
{
    /// <summary>The two file formats, chosen by the extension.</summary>
    public enum ConfigurationFormat
    {
        /// <summary>A PowerShell data file (<c>.psd1</c>): one hashtable, comments allowed, read as data and never run.</summary>
        PowerShellData,
        /// <summary>JSON (<c>.json</c>); comments and trailing commas are accepted on reading.</summary>
        Json,
    }

    /// <summary>
    /// Writes a desired state as file text, deterministically: fixed key order, items sorted by natural key
    /// (case-insensitive, culture-independent), absent values left out, LF line ends. Two exports of the same
    /// state are byte-identical, and a change to one item changes one line (.psd1) or one block (.json).
    /// </summary>
    internal static class ConfigurationFile
    {
        /// <summary>The format for a path's extension, or a failure naming the extensions allowed.</summary>
        public static ConfigurationFormat FormatOf(string path)
        {
            var extension = Path.GetExtension(path);
            if (string.Equals(extension, ".psd1", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigurationFormat.PowerShellData;
            }

            if (string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase))
            {
                return ConfigurationFormat.Json;
            }

            throw new ConfigurationException(path + ": the file must end in .psd1 (a PowerShell data file) or .json.", null);
        }

        /// <summary>
        /// The file's bytes. A .psd1 starts with a UTF-8 byte-order mark, because Windows PowerShell 5.1 reads
        /// a .psd1 without one in the ANSI code page and would garble non-English names; JSON has none.
        /// </summary>
        public static byte[] ToBytes(DesiredConfiguration configuration, ConfigurationFormat format) =>
            format == ConfigurationFormat.Json
                ? new UTF8Encoding(false).GetBytes(ToJson(configuration))
                : new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(ToPsd1(configuration))).ToArray();

        public static string ToPsd1(DesiredConfiguration configuration)
        {
            var text = new StringBuilder();
            text.Append("# Altegio configuration: Test-AltegioConfiguration checks a location against it, Sync-AltegioConfiguration applies it.\n");
            text.Append("# Natural keys: tags by Entity + Title, positions by Title, team members by Name + Specialization.\n");
            text.Append("@{\n");
            Section(text, DesiredConfiguration.TagsKey, configuration.Tags, t => Pairs(
                ("Title", t.Title), ("Entity", t.Entity.ToString()), ("Color", t.Color), ("Icon", Altegio.Text.NullIfEmpty(t.Icon))));
            Section(text, DesiredConfiguration.PositionsKey, configuration.Positions, p => Pairs(
                ("Title", p.Title), ("Description", Altegio.Text.NullIfEmpty(p.Description))));
            Section(text, DesiredConfiguration.TeamMembersKey, configuration.TeamMembers, m => Pairs(
                ("Name", m.Name), ("Specialization", m.Specialization), ("Position", m.Position)));
            text.Append("}\n");
            return text.ToString();
        }

        public static string ToJson(DesiredConfiguration configuration)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                JsonSection(writer, DesiredConfiguration.TagsKey, configuration.Tags, t => new[]
                    { ("Title", t.Title), ("Entity", t.Entity.ToString()), ("Color", t.Color), ("Icon", Altegio.Text.NullIfEmpty(t.Icon)) });
                JsonSection(writer, DesiredConfiguration.PositionsKey, configuration.Positions, p => new[]
                    { ("Title", p.Title), ("Description", Altegio.Text.NullIfEmpty(p.Description)) });
                JsonSection(writer, DesiredConfiguration.TeamMembersKey, configuration.TeamMembers, m => new[]
                    { ("Name", m.Name), ("Specialization", m.Specialization), ("Position", m.Position) });
                writer.WriteEndObject();
            }

            // The writer ends lines with Environment.NewLine; one line end everywhere keeps exports byte-identical
            // across machines. Strings are escaped, so no line end occurs inside a value.
            return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
        }

        private static void Section<T>(StringBuilder text, string key, IReadOnlyList<T>? items, Func<T, string> item)
        {
            if (items is null)
            {
                return;
            }

            if (items.Count == 0)
            {
                text.Append("    ").Append(key).Append(" = @()\n");
                return;
            }

            text.Append("    ").Append(key).Append(" = @(\n");
            foreach (var entry in items)
            {
                text.Append("        ").Append(item(entry)).Append('\n');
            }

            text.Append("    )\n");
        }

        private static string Pairs(params (string Key, string? Value)[] pairs)
        {
            var text = new StringBuilder("@{ ");
            var first = true;
            foreach (var (key, value) in pairs)
            {
                if (value is null)
                {
                    continue;
                }

                if (!first)
                {
                    text.Append("; ");
                }

                text.Append(key).Append(" = ").Append(Quote(value));
                first = false;
            }

            return text.Append(" }").ToString();
        }

        /// <summary>
        /// A single-quoted PowerShell string: nothing inside is expanded. PowerShell also treats the typographic
        /// quotes U+2018–U+201B as single quotes, so those are doubled too, like the plain one.
        /// </summary>
        internal static string Quote(string value)
        {
            var text = new StringBuilder(value.Length + 2).Append('\'');
            foreach (var c in value)
            {
                text.Append(c);
                if (c == '\'' || (c >= '\u2018' && c <= '\u201B'))
                {
                    text.Append(c);
                }
            }

            return text.Append('\'').ToString();
        }

        private static void JsonSection<T>(Utf8JsonWriter writer, string key, IReadOnlyList<T>? items, Func<T, (string Key, string? Value)[]> pairs)
        {
            if (items is null)
            {
                return;
            }

            writer.WriteStartArray(key);
            foreach (var item in items)
            {
                writer.WriteStartObject();
                foreach (var (name, value) in pairs(item))
                {
                    if (value != null)
                    {
                        writer.WriteString(name, value);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}

using Altegio.Resources;

namespace Altegio.Configuration
{
    /// <summary>A tag as the file wants it. Natural key: entity and title.</summary>
    internal sealed class DesiredTag
    {
        public string Title { get; set; } = string.Empty;

        public TagEntity Entity { get; set; }

        public string Color { get; set; } = string.Empty;

        /// <summary>Null: not managed (absent from the file); empty: no icon.</summary>
        public string? Icon { get; set; }

        public string Key => NaturalKeys.Tag(Entity, Title);

        public string DisplayKey => NaturalKeys.TagDisplay(Entity, Title);
    }

    /// <summary>A position as the file wants it. Natural key: title.</summary>
    internal sealed class DesiredPosition
    {
        public string Title { get; set; } = string.Empty;

        /// <summary>Null: not managed (absent from the file); empty: no description.</summary>
        public string? Description { get; set; }

        public string Key => NaturalKeys.Position(Title);
    }

    /// <summary>A team member as the file wants it. Natural key: name and specialization.</summary>
    internal sealed class DesiredTeamMember
    {
        public string Name { get; set; } = string.Empty;

        public string Specialization { get; set; } = string.Empty;

        /// <summary>The position's title; null: not managed.</summary>
        public string? Position { get; set; }

        public string Key => NaturalKeys.TeamMember(Name, Specialization);

        public string DisplayKey => NaturalKeys.TeamMemberDisplay(Name, Specialization);
    }

    /// <summary>
    /// The desired state of a location. A section that is null is not managed at all (nothing in it is
    /// read, created or removed); an empty section is managed and wants nothing (so -Prune empties it).
    /// </summary>
    internal sealed class DesiredConfiguration
    {
        public const string TagsKey = "Tags";
        public const string PositionsKey = "Positions";
        public const string TeamMembersKey = "TeamMembers";

        private static readonly string[] RootKeys = { TagsKey, PositionsKey, TeamMembersKey };
        private static readonly string[] TagKeys = { "Title", "Entity", "Color", "Icon" };
        private static readonly string[] PositionKeys = { "Title", "Description" };
        private static readonly string[] TeamMemberKeys = { "Name", "Specialization", "Position" };

        public IReadOnlyList<DesiredTag>? Tags { get; set; }

        public IReadOnlyList<DesiredPosition>? Positions { get; set; }

        public IReadOnlyList<DesiredTeamMember>? TeamMembers { get; set; }

        /// <summary>
        /// Validates a parsed file into the desired state. Every problem is found here, before any request:
        /// unknown keys, missing or mistyped values, bad colours and entities, over-long titles, duplicate
        /// natural keys, and team members naming a position the file's Positions section does not hold.
        /// </summary>
        public static DesiredConfiguration FromNode(ConfigNode root, string source)
        {
            var reader = new Reader(source);
            if (root is not ConfigMap map)
            {
                throw reader.Fail(root.Line, null, "the file must hold one hashtable (@{ ... }) or JSON object with the keys Tags, Positions, TeamMembers.");
            }

            var result = new DesiredConfiguration();
            foreach (var entry in map.Entries)
            {
                var key = reader.Known(entry, RootKeys, null);
                var items = reader.Items(entry, key);
                switch (key)
                {
                    case TagsKey:
                        result.Tags = items.Select((item, i) => ReadTag(reader, item, Indexed(key, i))).ToList();
                        break;
                    case PositionsKey:
                        result.Positions = items.Select((item, i) => ReadPosition(reader, item, Indexed(key, i))).ToList();
                        break;
                    default:
                        result.TeamMembers = items.Select((item, i) => ReadTeamMember(reader, item, Indexed(key, i))).ToList();
                        break;
                }
            }

            reader.Unique(result.Tags, TagsKey, t => t.Key, t => "tag " + t.DisplayKey);
            reader.Unique(result.Positions, PositionsKey, p => p.Key, p => "position '" + p.Title + "'");
            reader.Unique(result.TeamMembers, TeamMembersKey, m => m.Key, m => "team member " + m.DisplayKey);
            if (result.Positions != null && result.TeamMembers != null)
            {
                var titles = new HashSet<string>(result.Positions.Select(p => p.Key), StringComparer.Ordinal);
                for (var i = 0; i < result.TeamMembers.Count; i++)
                {
                    var member = result.TeamMembers[i];
                    if (member.Position is { Length: > 0 } position && !titles.Contains(NaturalKeys.Position(position)))
                    {
                        throw reader.Fail(null, Indexed(TeamMembersKey, i) + ".Position",
                            "team member " + member.DisplayKey + " names the position '" + position + "', which is not in Positions.");
                    }
                }
            }

            return result;
        }

        private static string Indexed(string key, int index) => key + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        private static DesiredTag ReadTag(Reader reader, ConfigMap item, string path)
        {
            var values = reader.Fields(item, TagKeys, path);
            var tag = new DesiredTag
            {
                Title = reader.Check(values, "Title", path, TagsApi.ValidateTitle, required: true)!,
                Color = reader.Check(values, "Color", path, TagsApi.ValidateColor, required: true)!,
                Icon = reader.Text(values, "Icon", path)?.Trim(),
            };
            var entity = reader.Text(values, "Entity", path);
            if (entity != null)
            {
                var name = Enum.GetNames(typeof(TagEntity)).FirstOrDefault(n => string.Equals(n, entity.Trim(), StringComparison.OrdinalIgnoreCase));
                if (name is null)
                {
                    throw reader.Fail(values["Entity"].Line, path + ".Entity", "the entity '" + entity + "' is not one of Common, Client, Record, Activity.");
                }

                tag.Entity = (TagEntity)Enum.Parse(typeof(TagEntity), name);
            }

            return tag;
        }

        private static DesiredPosition ReadPosition(Reader reader, ConfigMap item, string path)
        {
            var values = reader.Fields(item, PositionKeys, path);
            return new DesiredPosition
            {
                Title = reader.Check(values, "Title", path, PositionsApi.ValidateTitle, required: true)!,
                Description = reader.Check(values, "Description", path, PositionsApi.ValidateDescription, required: false),
            };
        }

        private static DesiredTeamMember ReadTeamMember(Reader reader, ConfigMap item, string path)
        {
            var values = reader.Fields(item, TeamMemberKeys, path);
            var position = reader.Text(values, "Position", path)?.Trim();
            return new DesiredTeamMember
            {
                Name = reader.Check(values, "Name", path, TeamMembersApi.ValidateName, required: true)!,
                Specialization = reader.Check(values, "Specialization", path, TeamMembersApi.ValidateSpecialization, required: true)!,
                Position = string.IsNullOrEmpty(position) ? null : position,
            };
        }

        /// <summary>The checks, with the file name and key in every message.</summary>
        private sealed class Reader
        {
            private readonly string _source;

            public Reader(string source)
            {
                _source = source;
            }

            public ConfigurationException Fail(int? line, string? key, string problem)
            {
                var where = _source + (line is int l ? " line " + l.ToString(CultureInfo.InvariantCulture) : string.Empty);
                return new ConfigurationException(where + ": " + (key is null ? string.Empty : key + ": ") + problem, key);
            }

            /// <summary>The key's canonical spelling, or a failure naming the unknown key and the allowed ones.</summary>
            public string Known(ConfigEntry entry, string[] allowed, string? path)
            {
                var match = allowed.FirstOrDefault(a => string.Equals(a, entry.Key, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    var full = path is null ? entry.Key : path + "." + entry.Key;
                    throw Fail(entry.Line, full, "unknown key '" + entry.Key + "'; the keys allowed here are " + string.Join(", ", allowed) + ".");
                }

                return match;
            }

            /// <summary>A section's items: a list of hashtables (a single hashtable counts as a list of one; null as empty).</summary>
            public IReadOnlyList<ConfigMap> Items(ConfigEntry entry, string key)
            {
                IReadOnlyList<ConfigNode> nodes = entry.Value switch
                {
                    ConfigList list => list.Items,
                    ConfigMap single => new[] { single },
                    ConfigScalar { Value: null } => Array.Empty<ConfigNode>(),
                    _ => throw Fail(entry.Line, key, "must be a list of hashtables, e.g. " + key + " = @( @{ ... } ).")
                };
                var maps = new List<ConfigMap>();
                for (var i = 0; i < nodes.Count; i++)
                {
                    if (nodes[i] is not ConfigMap map)
                    {
                        throw Fail(nodes[i].Line ?? entry.Line, Indexed(key, i), "must be a hashtable (@{ ... }) or JSON object.");
                    }

                    maps.Add(map);
                }

                return maps;
            }

            public Dictionary<string, ConfigEntry> Fields(ConfigMap item, string[] allowed, string path)
            {
                var values = new Dictionary<string, ConfigEntry>(StringComparer.Ordinal);
                foreach (var entry in item.Entries)
                {
                    values[Known(entry, allowed, path)] = entry;
                }

                return values;
            }

            /// <summary>A text value, or null when the key is absent; anything but a string fails.</summary>
            public string? Text(Dictionary<string, ConfigEntry> values, string key, string path)
            {
                if (!values.TryGetValue(key, out var entry))
                {
                    return null;
                }

                return entry.Value switch
                {
                    ConfigScalar { Value: string text } => text,
                    ConfigScalar { Value: null } => null,
                    _ => throw Fail(entry.Line, path + "." + key, "must be a string in quotes."),
                };
            }

            /// <summary>A text value run through the resource's own check, whose message is kept.</summary>
            public string? Check(Dictionary<string, ConfigEntry> values, string key, string path, Func<string?, string?> validate, bool required)
            {
                var text = Text(values, key, path);
                if (text is null)
                {
                    if (required)
                    {
                        throw Fail(values.TryGetValue(key, out var e) ? e.Line : null, path + "." + key, "is required.");
                    }

                    return null;
                }

                try
                {
                    return validate(text);
                }
                catch (AltegioApiException ex)
                {
                    throw Fail(values[key].Line, path + "." + key, ex.ApiMessage ?? ex.Message);
                }
            }

            public void Unique<T>(IReadOnlyList<T>? items, string section, Func<T, string> key, Func<T, string> describe)
            {
                if (items is null)
                {
                    return;
                }

                var first = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < items.Count; i++)
                {
                    if (first.TryGetValue(key(items[i]), out var earlier))
                    {
                        throw Fail(null, Indexed(section, i), "duplicate natural key: " + describe(items[i]) + " is already " + Indexed(section, earlier)
                            + " (keys ignore case and surrounding spaces).");
                    }

                    first[key(items[i])] = i;
                }
            }
        }
    }

    /// <summary>
    /// The natural keys that match file items to a location's items, since ids differ per location. Text
    /// is compared trimmed and case-insensitively, so a change of case is an update rather than a new item.
    /// </summary>
    internal static class NaturalKeys
    {
        public static string Normalize(string? text) => (text ?? string.Empty).Trim().ToUpperInvariant();

        public static string Tag(TagEntity entity, string title) => ((int)entity).ToString(CultureInfo.InvariantCulture) + "\u001f" + Normalize(title);

        public static string Position(string? title) => Normalize(title);

        public static string TeamMember(string name, string? specialization) => Normalize(name) + "\u001f" + Normalize(specialization);

        public static string TagDisplay(TagEntity entity, string title) => "'" + title.Trim() + "' (" + entity + ")";

        public static string TeamMemberDisplay(string name, string? specialization) => "'" + name.Trim() + "' (" + (specialization ?? string.Empty).Trim() + ")";
    }
}

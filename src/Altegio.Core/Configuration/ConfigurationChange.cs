namespace Altegio.Configuration
{
    /// <summary>The kinds of item a configuration file manages.</summary>
    public enum ConfigurationResource
    {
        /// <summary>A tag (label); natural key: entity and title.</summary>
        Tag,
        /// <summary>A team-member position; natural key: title.</summary>
        Position,
        /// <summary>A team member; natural key: name and specialization.</summary>
        TeamMember,
    }

    /// <summary>What a planned change does.</summary>
    public enum ConfigurationAction
    {
        /// <summary>The item already matches the file (listed only with -IncludeEqual).</summary>
        NoChange,
        /// <summary>The item is in the file but not in the location: it is created.</summary>
        Create,
        /// <summary>The item is in both but some managed properties differ: they are changed.</summary>
        Update,
        /// <summary>A tag or position not in the file is removed (only with -Prune).</summary>
        Remove,
        /// <summary>A team member not in the file is dismissed, never deleted (only with -Prune).</summary>
        Dismiss,
    }

    /// <summary>One managed property of a planned change: its value in the location and in the file.</summary>
    public sealed class ConfigurationPropertyChange
    {
        /// <summary>Creates the pair.</summary>
        public ConfigurationPropertyChange(string name, object? before, object? after)
        {
            Name = name;
            Before = before;
            After = after;
        }

        /// <summary>The property, e.g. <c>Color</c>.</summary>
        public string Name { get; }

        /// <summary>The value in the location now (null when the item does not exist yet).</summary>
        public object? Before { get; }

        /// <summary>The value the file wants (null when the item goes away).</summary>
        public object? After { get; }

        /// <inheritdoc />
        public override string ToString() => Name + ": " + Show(Before) + " -> " + Show(After);

        private static string Show(object? value) => value switch
        {
            null => "(none)",
            string text => "'" + text + "'",
            bool flag => flag ? "True" : "False",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }

    /// <summary>
    /// One step of a configuration plan for one location: what happens to which item, and which managed
    /// properties change from what to what. Compare-AltegioConfiguration writes these; Sync-AltegioConfiguration
    /// carries them out and, with -PassThru, writes those it carried out.
    /// </summary>
    public sealed class ConfigurationChange
    {
        internal ConfigurationChange(long companyId, ConfigurationResource resource, string key, ConfigurationAction action,
            long? id, IReadOnlyList<ConfigurationPropertyChange> changes)
        {
            CompanyId = companyId;
            Resource = resource;
            Key = key;
            Action = action;
            Id = id;
            Changes = changes.ToArray();
        }

        /// <summary>The location the change is for.</summary>
        public long CompanyId { get; }

        /// <summary>What kind of item changes.</summary>
        public ConfigurationResource Resource { get; }

        /// <summary>The item's natural key as text: <c>'VIP' (Client)</c>, <c>Instructor</c>, <c>'Maria Lopez' (Yoga instructor)</c>.</summary>
        public string Key { get; }

        /// <summary>What happens to the item.</summary>
        public ConfigurationAction Action { get; }

        /// <summary>The item's id in this location, or null for a create.</summary>
        public long? Id { get; }

        /// <summary>The managed properties that change, each with its value before and after.</summary>
        public ConfigurationPropertyChange[] Changes { get; }

        /// <summary>Why the change cannot be carried out through the API, when it cannot (Sync reports it as an error and sends nothing).</summary>
        public string? NotApplicableReason { get; internal set; }

        /// <summary>The changed properties on one line, for the plan table.</summary>
        public string Summary => string.Join("; ", Changes.Select(c => c.ToString()));

        internal DesiredTag? DesiredTag { get; set; }

        internal DesiredPosition? DesiredPosition { get; set; }

        internal DesiredTeamMember? DesiredTeamMember { get; set; }

        /// <summary>A position's description in the location, sent back unchanged when the file does not manage it.</summary>
        internal string? CurrentDescription { get; set; }

        /// <summary>What ShouldProcess shows: the location, the item and what changes.</summary>
        public string Describe() =>
            "Location " + CompanyId.ToString(CultureInfo.InvariantCulture) + ": " + ResourceText(Resource) + " " + Key
            + (Changes.Length == 0 ? string.Empty : " (" + Summary + ")");

        /// <inheritdoc />
        public override string ToString() => Action + " " + ResourceText(Resource) + " " + Key;

        internal static string ResourceText(ConfigurationResource resource) => resource switch
        {
            ConfigurationResource.TeamMember => "team member",
            ConfigurationResource.Position => "position",
            _ => "tag",
        };
    }

    /// <summary>Whether one location matches a configuration file: Test-AltegioConfiguration -Detailed writes one per location.</summary>
    public sealed class ConfigurationTestResult
    {
        internal ConfigurationTestResult(long companyId, IReadOnlyList<ConfigurationChange> changes, string? error)
        {
            CompanyId = companyId;
            Changes = changes.Where(c => c.Action != ConfigurationAction.NoChange).ToArray();
            Error = error;
        }

        /// <summary>The location.</summary>
        public long CompanyId { get; }

        /// <summary>True when a sync would change nothing in the location (and its state could be read).</summary>
        public bool InDesiredState => Error is null && Changes.Length == 0;

        /// <summary>The changes a sync would make.</summary>
        public ConfigurationChange[] Changes { get; }

        /// <summary>How many changes a sync would make.</summary>
        public int ChangeCount => Changes.Length;

        /// <summary>Why the location could not be checked, when it could not (e.g. access denied).</summary>
        public string? Error { get; }
    }
}

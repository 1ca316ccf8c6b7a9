namespace Altegio.Models
{
    /// <summary>What a tag can be attached to. The numbers are the API's entity codes.</summary>
    public enum TagEntity
    {
        /// <summary>A general tag (code 0).</summary>
        Common = 0,
        /// <summary>A client tag (code 1).</summary>
        Client = 1,
        /// <summary>An appointment (record) tag (code 2).</summary>
        Record = 2,
        /// <summary>A group-event (activity) tag (code 3).</summary>
        Activity = 3,
    }

    /// <summary>A tag (label) of a location.</summary>
    public sealed class Tag
    {
        /// <summary>The tag id.</summary>
        public long Id { get; set; }

        /// <summary>The location (company) the tag belongs to.</summary>
        public long CompanyId { get; set; }

        /// <summary>The tag's name.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>The background colour, <c>#rrggbb</c>.</summary>
        public string? Color { get; set; }

        /// <summary>The text colour the API chose for the background, <c>#rrggbb</c>.</summary>
        public string? FontColor { get; set; }

        /// <summary>The icon name, e.g. <c>star</c>.</summary>
        public string? Icon { get; set; }

        /// <summary>What the tag can be attached to.</summary>
        public TagEntity Entity { get; set; }

        /// <summary>True when the tag was removed (the API deletes softly).</summary>
        public bool IsDeleted { get; set; }

        /// <summary>False for system tags, which the API refuses to change.</summary>
        public bool IsEditable { get; set; } = true;

        /// <inheritdoc />
        public override string ToString() => Title;
    }
}

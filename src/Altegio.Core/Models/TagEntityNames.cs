namespace Altegio.Models
{
    /// <summary>Reads the entity of a tag from any of the API's spellings.</summary>
    internal static class TagEntityNames
    {
        /// <summary>The slug the list filter and <c>entity_type</c> use.</summary>
        public static string ToSlug(TagEntity entity) => entity switch
        {
            TagEntity.Client => "client",
            TagEntity.Record => "record",
            TagEntity.Activity => "activity",
            _ => "common",
        };

        /// <summary>Parses <c>entity_type</c>/<c>entity_slug</c> (<c>client</c>, …), falling back to the numeric <c>entity</c>.</summary>
        public static TagEntity Parse(string? slug, long? code)
        {
            switch (slug?.Trim().ToLowerInvariant())
            {
                case "common":
                case "general":
                    return TagEntity.Common;
                case "client":
                    return TagEntity.Client;
                case "record":
                    return TagEntity.Record;
                case "activity":
                    return TagEntity.Activity;
            }

            return code is >= 0 and <= 3 ? (TagEntity)(int)code.Value : TagEntity.Common;
        }

        public static bool IsDefined(TagEntity entity) => Enum.IsDefined(typeof(TagEntity), entity);
    }
}

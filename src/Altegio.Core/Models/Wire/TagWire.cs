using System.Text.Json;
using System.Text.Json.Serialization;
using Altegio.Json;

namespace Altegio.Models.Wire
{
    /// <summary>The attributes of a V2 <c>tag</c> resource, current and deprecated names alike.</summary>
    internal sealed class TagAttributes
    {
        [JsonPropertyName("company_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? CompanyId { get; set; }

        [JsonPropertyName("salon_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? SalonId { get; set; }

        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }

        [JsonPropertyName("color")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Color { get; set; }

        [JsonPropertyName("font_color")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? FontColor { get; set; }

        [JsonPropertyName("icon")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Icon { get; set; }

        [JsonPropertyName("entity_type")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? EntityType { get; set; }

        [JsonPropertyName("entity_slug")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? EntitySlug { get; set; }

        [JsonPropertyName("entity")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Entity { get; set; }

        [JsonPropertyName("is_deleted")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsDeleted { get; set; }

        [JsonPropertyName("deleted")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Deleted { get; set; }

        [JsonPropertyName("is_editable")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsEditable { get; set; }

        [JsonPropertyName("not_editable")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? NotEditable { get; set; }

        private static readonly MemberReader<TagAttributes> Members = new MemberReader<TagAttributes>
        {
            { "company_id", static (a, v) => a.CompanyId = JsonValues.ReadInt64(v) },
            { "title", static (a, v) => a.Title = JsonValues.ReadString(v) },
            { "color", static (a, v) => a.Color = JsonValues.ReadString(v) },
            { "font_color", static (a, v) => a.FontColor = JsonValues.ReadString(v) },
            { "icon", static (a, v) => a.Icon = JsonValues.ReadString(v) },
            { "entity_type", static (a, v) => a.EntityType = JsonValues.ReadString(v) },
            { "is_deleted", static (a, v) => a.IsDeleted = JsonValues.ReadBoolean(v) },
            { "is_editable", static (a, v) => a.IsEditable = JsonValues.ReadBoolean(v) },
            { "salon_id", static (a, v) => a.SalonId = JsonValues.ReadInt64(v) },
            { "entity", static (a, v) => a.Entity = JsonValues.ReadInt64(v) },
            { "entity_slug", static (a, v) => a.EntitySlug = JsonValues.ReadString(v) },
            { "deleted", static (a, v) => a.Deleted = JsonValues.ReadBoolean(v) },
            { "not_editable", static (a, v) => a.NotEditable = JsonValues.ReadBoolean(v) },
        };

        /// <summary>
        /// Reads the attributes from an already parsed object, with the same lenient rules as the converters
        /// above (see <see cref="EventAttributes.Read"/> for why not the serializer).
        /// </summary>
        internal static TagAttributes Read(JsonElement attributes) => Members.Read(attributes, new TagAttributes());
    }

    /// <summary>Body of tag create and update; null members are left out.</summary>
    internal sealed class TagWriteBody
    {
        [JsonPropertyName("title")]
        public string? Title { get; set; }

        [JsonPropertyName("color")]
        public string? Color { get; set; }

        [JsonPropertyName("entity")]
        public int? Entity { get; set; }

        [JsonPropertyName("icon")]
        public string? Icon { get; set; }
    }
}

using System.Text.Json.Serialization;

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

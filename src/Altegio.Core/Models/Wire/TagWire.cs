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

        /// <summary>
        /// Reads the attributes from an already parsed object in one pass, with the same lenient rules as the
        /// converters above (see <see cref="EventAttributes.Read"/> for why not the serializer).
        /// </summary>
        internal static TagAttributes Read(JsonElement attributes)
        {
            var a = new TagAttributes();
            foreach (var member in attributes.EnumerateObject())
            {
                var value = member.Value;
                if (member.NameEquals("title"u8)) a.Title = JsonValues.ReadString(value);
                else if (member.NameEquals("color"u8)) a.Color = JsonValues.ReadString(value);
                else if (member.NameEquals("font_color"u8)) a.FontColor = JsonValues.ReadString(value);
                else if (member.NameEquals("icon"u8)) a.Icon = JsonValues.ReadString(value);
                else if (member.NameEquals("entity_type"u8)) a.EntityType = JsonValues.ReadString(value);
                else if (member.NameEquals("entity_slug"u8)) a.EntitySlug = JsonValues.ReadString(value);
                else if (member.NameEquals("entity"u8)) a.Entity = JsonValues.ReadInt64(value);
                else if (member.NameEquals("is_deleted"u8)) a.IsDeleted = JsonValues.ReadBoolean(value);
                else if (member.NameEquals("deleted"u8)) a.Deleted = JsonValues.ReadBoolean(value);
                else if (member.NameEquals("is_editable"u8)) a.IsEditable = JsonValues.ReadBoolean(value);
                else if (member.NameEquals("not_editable"u8)) a.NotEditable = JsonValues.ReadBoolean(value);
                else if (member.NameEquals("company_id"u8)) a.CompanyId = JsonValues.ReadInt64(value);
                else if (member.NameEquals("salon_id"u8)) a.SalonId = JsonValues.ReadInt64(value);
            }

            return a;
        }
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

using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>The attributes of a V2 <c>position</c> resource.</summary>
    internal sealed class PositionAttributes
    {
        [JsonPropertyName("chain_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? ChainId { get; set; }

        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }

        [JsonPropertyName("description")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Description { get; set; }

        [JsonPropertyName("services_binding_type")]
        [JsonConverter(typeof(ServicesBindingTypeConverter))]
        public int? ServicesBindingType { get; set; }

        [JsonPropertyName("rules_required_fields")]
        [JsonConverter(typeof(FlexibleStringArrayConverter))]
        public string[]? RulesRequiredFields { get; set; }

        [JsonPropertyName("only_chain_appointment")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? OnlyChainAppointment { get; set; }

        [JsonPropertyName("salon_ids")]
        [JsonConverter(typeof(FlexibleInt64ArrayConverter))]
        public long[]? SalonIds { get; set; }
    }

    /// <summary>Body of position create and update: the title is always sent (the API requires it on update too), the description when known.</summary>
    internal sealed class PositionWriteBody
    {
        [JsonPropertyName("title")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string Title { get; set; } = string.Empty;

        [JsonPropertyName("description")]
        public string? Description { get; set; }
    }
}

using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>
    /// A V1 event service (<c>GET /v1/locations/{id}/events/services</c>): <c>is_multi</c> is true for a service
    /// that runs as a group event; <c>staff[].length</c> is that team member's session length in seconds.
    /// </summary>
    internal sealed class EventServiceWire
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }

        [JsonPropertyName("capacity")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Capacity { get; set; }

        [JsonPropertyName("price_min")]
        [JsonConverter(typeof(FlexibleDoubleConverter))]
        public double? PriceMin { get; set; }

        [JsonPropertyName("price_max")]
        [JsonConverter(typeof(FlexibleDoubleConverter))]
        public double? PriceMax { get; set; }

        [JsonPropertyName("is_multi")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsMulti { get; set; }

        [JsonPropertyName("category")]
        [JsonConverter(typeof(ObjectOrAbsentConverter<EventServiceItemWire>))]
        public EventServiceItemWire? Category { get; set; }

        [JsonPropertyName("staff")]
        public EventServiceItemWire[]? Staff { get; set; }

        [JsonPropertyName("resources")]
        public EventServiceItemWire[]? Resources { get; set; }
    }

    /// <summary>A <c>{id, title}</c>, <c>{id, name, length}</c> or <c>{id, title, salon_id}</c> item of an event service.</summary>
    internal sealed class EventServiceItemWire
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }

        [JsonPropertyName("name")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Name { get; set; }

        [JsonPropertyName("length")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Length { get; set; }
    }
}

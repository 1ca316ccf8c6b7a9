using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>A V1 company object.</summary>
    internal sealed class LocationData
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }

        [JsonPropertyName("public_title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? PublicTitle { get; set; }

        [JsonPropertyName("main_group_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? MainGroupId { get; set; }

        [JsonPropertyName("country")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Country { get; set; }

        [JsonPropertyName("city")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? City { get; set; }

        [JsonPropertyName("address")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Address { get; set; }

        [JsonPropertyName("phone")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Phone { get; set; }

        /// <summary>Hours from UTC, possibly fractional (5.5) or a string.</summary>
        [JsonPropertyName("timezone")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? TimeZone { get; set; }

        [JsonPropertyName("timezone_name")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? TimeZoneName { get; set; }

        [JsonPropertyName("currency_short_title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Currency { get; set; }

        [JsonPropertyName("active")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Active { get; set; }
    }
}

using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>
    /// A duplication strategy (wire type <c>activity_duplication_strategy</c>). The repeat mode comes as
    /// <c>repeat_mode_id</c> or as a <c>repeat_mode</c> object; days are numbered 0 (Sunday) to 6 (Saturday);
    /// <c>content_type</c> 2 copies the bookings too.
    /// </summary>
    internal sealed class EventDuplicationStrategyWire
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("company_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? CompanyId { get; set; }

        [JsonPropertyName("title")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Title { get; set; }

        [JsonPropertyName("repeat_mode_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? RepeatModeId { get; set; }

        /// <summary>The mode as an object, <c>{id, title}</c>: the shape of a position reference.</summary>
        [JsonPropertyName("repeat_mode")]
        [JsonConverter(typeof(ObjectOrAbsentConverter<PositionReference>))]
        public PositionReference? RepeatMode { get; set; }

        [JsonPropertyName("days")]
        [JsonConverter(typeof(FlexibleInt64ArrayConverter))]
        public long[]? Days { get; set; }

        [JsonPropertyName("interval")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Interval { get; set; }

        [JsonPropertyName("content_type")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? ContentType { get; set; }
    }

    /// <summary>Body of a strategy's create (POST) and update (PUT): always the whole strategy.</summary>
    internal sealed class EventDuplicationStrategyBody
    {
        [JsonPropertyName("title")]
        public string Title { get; set; } = string.Empty;

        [JsonPropertyName("repeat_mode_id")]
        public int RepeatModeId { get; set; }

        /// <summary>0 (Sunday) to 6 (Saturday), as <see cref="System.DayOfWeek"/> numbers them.</summary>
        [JsonPropertyName("days")]
        public int[] Days { get; set; } = Array.Empty<int>();

        [JsonPropertyName("interval")]
        public int Interval { get; set; }

        /// <summary>1 copies the event alone, 2 with its bookings.</summary>
        [JsonPropertyName("content_type")]
        public int ContentType { get; set; }
    }
}

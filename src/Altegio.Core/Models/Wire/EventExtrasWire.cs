using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>
    /// A day with events (<c>…/events/dates</c>: <c>date</c>, or the day as the resource id) or the range of such
    /// days (<c>…/events/dates/range</c>: <c>min_date</c>, <c>max_date</c>).
    /// </summary>
    internal sealed class EventDayAttributes
    {
        [JsonPropertyName("date")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Date { get; set; }

        [JsonPropertyName("min_date")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? MinDate { get; set; }

        [JsonPropertyName("max_date")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? MaxDate { get; set; }
    }

    /// <summary>Body of <c>POST …/events/{id}/duplicate</c>.</summary>
    internal sealed class EventCopyBody
    {
        /// <summary>Location times, <c>yyyy-MM-ddTHH:mm:ss</c> without offset.</summary>
        [JsonPropertyName("dates")]
        public List<string> Dates { get; set; } = new List<string>();

        /// <summary>1 copies the event alone, 2 with its bookings.</summary>
        [JsonPropertyName("content_type")]
        public int ContentType { get; set; }

        /// <summary>Copy even where a team member or resource is busy.</summary>
        [JsonPropertyName("force")]
        public bool Force { get; set; }
    }
}

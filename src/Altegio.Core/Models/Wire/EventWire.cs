using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Altegio.Json;

namespace Altegio.Models.Wire
{
    /// <summary>
    /// The attributes of a V2 <c>activity</c> resource, current and deprecated names alike. Tag and resource
    /// ids are not attributes: they come only as relationships, and only when side-loaded.
    /// </summary>
    internal sealed class EventAttributes
    {
        [JsonPropertyName("company_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? CompanyId { get; set; }

        [JsonPropertyName("salon_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? SalonId { get; set; }

        [JsonPropertyName("staff_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? StaffId { get; set; }

        [JsonPropertyName("master_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? MasterId { get; set; }

        [JsonPropertyName("service_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? ServiceId { get; set; }

        [JsonPropertyName("date")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Date { get; set; }

        [JsonPropertyName("timestamp")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Timestamp { get; set; }

        [JsonPropertyName("length")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Length { get; set; }

        [JsonPropertyName("technical_break_duration")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? TechnicalBreakDuration { get; set; }

        [JsonPropertyName("capacity")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Capacity { get; set; }

        [JsonPropertyName("clients_count")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? ClientsCount { get; set; }

        [JsonPropertyName("records_count")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? RecordsCount { get; set; }

        [JsonPropertyName("color")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Color { get; set; }

        [JsonPropertyName("font_color")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? FontColor { get; set; }

        [JsonPropertyName("comment")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Comment { get; set; }

        [JsonPropertyName("instructions")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Instructions { get; set; }

        [JsonPropertyName("stream_link")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? StreamLink { get; set; }

        [JsonPropertyName("deleted")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Deleted { get; set; }

        [JsonPropertyName("is_deleted")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsDeleted { get; set; }

        private static readonly MemberReader<EventAttributes> Members = new MemberReader<EventAttributes>
        {
            { "master_id", static (a, v) => a.MasterId = JsonValues.ReadInt64(v) },
            { "staff_id", static (a, v) => a.StaffId = JsonValues.ReadInt64(v) },
            { "service_id", static (a, v) => a.ServiceId = JsonValues.ReadInt64(v) },
            { "date", static (a, v) => a.Date = JsonValues.ReadString(v) },
            { "timestamp", static (a, v) => a.Timestamp = JsonValues.ReadInt64(v) },
            { "length", static (a, v) => a.Length = JsonValues.ReadInt64(v) },
            { "technical_break_duration", static (a, v) => a.TechnicalBreakDuration = JsonValues.ReadInt64(v) },
            { "capacity", static (a, v) => a.Capacity = JsonValues.ReadInt64(v) },
            { "clients_count", static (a, v) => a.ClientsCount = JsonValues.ReadInt64(v) },
            { "records_count", static (a, v) => a.RecordsCount = JsonValues.ReadInt64(v) },
            { "color", static (a, v) => a.Color = JsonValues.ReadString(v) },
            { "font_color", static (a, v) => a.FontColor = JsonValues.ReadString(v) },
            { "instructions", static (a, v) => a.Instructions = JsonValues.ReadString(v) },
            { "stream_link", static (a, v) => a.StreamLink = JsonValues.ReadString(v) },
            { "comment", static (a, v) => a.Comment = JsonValues.ReadString(v) },
            { "notified", null },
            { "schedule_id", null },
            { "schedule_till", null },
            { "schedule_event_modified", null },
            { "deleted", static (a, v) => a.Deleted = JsonValues.ReadBoolean(v) },
            { "is_deleted", static (a, v) => a.IsDeleted = JsonValues.ReadBoolean(v) },
            { "company_id", static (a, v) => a.CompanyId = JsonValues.ReadInt64(v) },
            { "salon_id", static (a, v) => a.SalonId = JsonValues.ReadInt64(v) },
        };

        /// <summary>
        /// Reads the attributes from an already parsed object, with the same lenient rules as the converters
        /// above. Deserializing an element through the serializer cost more than the rest of mapping an event;
        /// the attributes above stay as the reference the tests compare this with.
        /// </summary>
        internal static EventAttributes Read(JsonElement attributes) => Members.Read(attributes, new EventAttributes());
    }

    /// <summary>
    /// Body of event create and update. A create leaves out null members (no technical break lets the API add
    /// the location's default one). PUT replaces the whole event, so an update sends every field, merged from
    /// the event as read, with null where the event has none (see <c>EventReplaceJsonContext</c>).
    /// </summary>
    internal sealed class EventWriteBody
    {
        [JsonPropertyName("staff_id")]
        public long StaffId { get; set; }

        [JsonPropertyName("service_id")]
        public long ServiceId { get; set; }

        [JsonPropertyName("resource_instance_ids")]
        public List<long> ResourceInstanceIds { get; set; } = new List<long>();

        [JsonPropertyName("label_ids")]
        public List<long> LabelIds { get; set; } = new List<long>();

        [JsonPropertyName("date")]
        public string Date { get; set; } = string.Empty;

        [JsonPropertyName("length")]
        public long Length { get; set; }

        [JsonPropertyName("capacity")]
        public int Capacity { get; set; }

        [JsonPropertyName("technical_break_duration")]
        public long? TechnicalBreakDuration { get; set; }

        [JsonPropertyName("comment")]
        public string? Comment { get; set; }

        [JsonPropertyName("color")]
        public string? Color { get; set; }

        [JsonPropertyName("instructions")]
        public string? Instructions { get; set; }

        [JsonPropertyName("stream_link")]
        public string? StreamLink { get; set; }

        [JsonPropertyName("force")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public bool? Force { get; set; }
    }

    /// <summary>The attributes of an event booking (wire type <c>record</c>).</summary>
    internal sealed class EventBookingAttributes
    {
        [JsonPropertyName("company_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? CompanyId { get; set; }

        [JsonPropertyName("activity_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? ActivityId { get; set; }

        [JsonPropertyName("client_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? ClientId { get; set; }

        [JsonPropertyName("staff_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? StaffId { get; set; }

        [JsonPropertyName("visit_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? VisitId { get; set; }

        [JsonPropertyName("clients_count")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? ClientsCount { get; set; }

        [JsonPropertyName("attendance_status_slug")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? AttendanceStatusSlug { get; set; }

        [JsonPropertyName("attendance")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Attendance { get; set; }

        /// <summary>The deprecated twin of <see cref="Attendance"/>.</summary>
        [JsonPropertyName("attendance_status")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? AttendanceStatus { get; set; }

        [JsonPropertyName("is_paid")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsPaid { get; set; }

        /// <summary>The older payment flag (0 not paid; 1 and 2 paid), still sent next to or instead of <see cref="IsPaid"/>.</summary>
        [JsonPropertyName("paid_full")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? PaidFull { get; set; }

        /// <summary>True when the booking was cancelled (deleted).</summary>
        [JsonPropertyName("deleted")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? Deleted { get; set; }

        [JsonPropertyName("duration")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Duration { get; set; }

        [JsonPropertyName("date")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Date { get; set; }

        [JsonPropertyName("created_datetime")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? CreatedDatetime { get; set; }

        [JsonPropertyName("comment")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Comment { get; set; }
    }

    /// <summary>Body of <c>POST …/events/{id}/appointments</c>.</summary>
    internal sealed class EventBookingCreateBody
    {
        [JsonPropertyName("client")]
        public EventBookingClientBody Client { get; set; } = new EventBookingClientBody();

        [JsonPropertyName("clients_count")]
        public int ClientsCount { get; set; }

        [JsonPropertyName("comment")]
        public string? Comment { get; set; }
    }

    /// <summary>The <c>client</c> of a booking: an id, or the data of a client to find by phone or create.</summary>
    internal sealed class EventBookingClientBody
    {
        [JsonPropertyName("id")]
        public long? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("phone")]
        public string? Phone { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }
    }

    /// <summary>Body of <c>PATCH …/events/{id}/appointments/{record_id}</c>: move the booking to another event.</summary>
    internal sealed class EventBookingMoveBody
    {
        [JsonPropertyName("reschedule_activity_id")]
        public long RescheduleActivityId { get; set; }

        /// <summary>How many of the booking's seats move; left out (all seats move) when not given.</summary>
        [JsonPropertyName("clients_count")]
        public int? ClientsCount { get; set; }
    }
}

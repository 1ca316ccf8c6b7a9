using System.Collections.Generic;
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
    }

    /// <summary>
    /// Body of event create: null members are left out (no technical break lets the API add the location's
    /// default one).
    /// </summary>
    internal class EventCreateBody
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
        [JsonPropertyOrder(2)]
        public bool? Force { get; set; }
    }

    /// <summary>
    /// Body of event update. PUT replaces the whole event, so every field is sent, merged from the event as read,
    /// with null where the event has none (as the official client sends it); only <c>force</c> is left out unless given.
    /// The order keeps the members where the create body has them.
    /// </summary>
    internal sealed class EventReplaceBody : EventCreateBody
    {
        [JsonPropertyName("technical_break_duration")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        [JsonPropertyOrder(1)]
        public new long? TechnicalBreakDuration { get => base.TechnicalBreakDuration; set => base.TechnicalBreakDuration = value; }

        [JsonPropertyName("comment")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        [JsonPropertyOrder(1)]
        public new string? Comment { get => base.Comment; set => base.Comment = value; }

        [JsonPropertyName("color")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        [JsonPropertyOrder(1)]
        public new string? Color { get => base.Color; set => base.Color = value; }

        [JsonPropertyName("instructions")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        [JsonPropertyOrder(1)]
        public new string? Instructions { get => base.Instructions; set => base.Instructions = value; }

        [JsonPropertyName("stream_link")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        [JsonPropertyOrder(1)]
        public new string? StreamLink { get => base.StreamLink; set => base.StreamLink = value; }
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

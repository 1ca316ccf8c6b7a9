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

        /// <summary>
        /// Reads the attributes from an already parsed object in one pass over its members, with the same
        /// lenient rules as the converters above. Deserializing an element through the serializer cost more than
        /// the rest of mapping an event; the attributes above stay as the reference the tests compare this with.
        /// </summary>
        internal static EventAttributes Read(JsonElement attributes)
        {
            var a = new EventAttributes();
            foreach (var member in attributes.EnumerateObject())
            {
                var value = member.Value;

                // In the order the API writes them, so that a member is found after few comparisons.
                if (member.NameEquals("master_id"u8)) a.MasterId = JsonValues.ReadInt64(value);
                else if (member.NameEquals("staff_id"u8)) a.StaffId = JsonValues.ReadInt64(value);
                else if (member.NameEquals("service_id"u8)) a.ServiceId = JsonValues.ReadInt64(value);
                else if (member.NameEquals("date"u8)) a.Date = JsonValues.ReadString(value);
                else if (member.NameEquals("timestamp"u8)) a.Timestamp = JsonValues.ReadInt64(value);
                else if (member.NameEquals("length"u8)) a.Length = JsonValues.ReadInt64(value);
                else if (member.NameEquals("capacity"u8)) a.Capacity = JsonValues.ReadInt64(value);
                else if (member.NameEquals("clients_count"u8)) a.ClientsCount = JsonValues.ReadInt64(value);
                else if (member.NameEquals("color"u8)) a.Color = JsonValues.ReadString(value);
                else if (member.NameEquals("font_color"u8)) a.FontColor = JsonValues.ReadString(value);
                else if (member.NameEquals("instructions"u8)) a.Instructions = JsonValues.ReadString(value);
                else if (member.NameEquals("stream_link"u8)) a.StreamLink = JsonValues.ReadString(value);
                else if (member.NameEquals("comment"u8)) a.Comment = JsonValues.ReadString(value);
                else if (member.NameEquals("deleted"u8)) a.Deleted = JsonValues.ReadBoolean(value);
                else if (member.NameEquals("is_deleted"u8)) a.IsDeleted = JsonValues.ReadBoolean(value);
                else if (member.NameEquals("technical_break_duration"u8)) a.TechnicalBreakDuration = JsonValues.ReadInt64(value);
                else if (member.NameEquals("records_count"u8)) a.RecordsCount = JsonValues.ReadInt64(value);
                else if (member.NameEquals("company_id"u8)) a.CompanyId = JsonValues.ReadInt64(value);
                else if (member.NameEquals("salon_id"u8)) a.SalonId = JsonValues.ReadInt64(value);
            }

            return a;
        }
    }

    /// <summary>
    /// Body of event create and update. PUT replaces the whole event, so an update sends every field,
    /// merged from the event as read; null members are left out.
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

        [JsonPropertyName("is_paid")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsPaid { get; set; }

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
    }
}

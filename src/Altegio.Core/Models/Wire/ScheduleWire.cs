using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>
    /// Body of <c>PUT /v1/company/{id}/staff/schedule</c>: days to set and days to clear, in one request.
    /// Each item names its member as <c>staff_id</c>: the docs say <c>team_member_id</c>, but the backend
    /// validates a strict collection that requires <c>staff_id</c> and answers 422 to <c>team_member_id</c>.
    /// </summary>
    internal sealed class WorkScheduleWriteBody
    {
        [JsonPropertyName("schedules_to_set")]
        public List<WorkScheduleSetItem>? SchedulesToSet { get; set; }

        [JsonPropertyName("schedules_to_delete")]
        public List<WorkScheduleDeleteItem>? SchedulesToDelete { get; set; }
    }

    /// <summary>Dates of one member that get the same slots.</summary>
    internal sealed class WorkScheduleSetItem
    {
        [JsonPropertyName("staff_id")]
        public long StaffId { get; set; }

        [JsonPropertyName("dates")]
        public List<string> Dates { get; set; } = new List<string>();

        [JsonPropertyName("slots")]
        public List<WorkSlotWire> Slots { get; set; } = new List<WorkSlotWire>();
    }

    /// <summary>Dates of one member that become non-working.</summary>
    internal sealed class WorkScheduleDeleteItem
    {
        [JsonPropertyName("staff_id")]
        public long StaffId { get; set; }

        [JsonPropertyName("dates")]
        public List<string> Dates { get; set; } = new List<string>();
    }

    /// <summary>A slot on the wire, sent and read: <c>{"from":"10:00","to":"14:00"}</c>.</summary>
    internal sealed class WorkSlotWire
    {
        [JsonPropertyName("from")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? From { get; set; } = string.Empty;

        [JsonPropertyName("to")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? To { get; set; } = string.Empty;
    }

    /// <summary>
    /// One day of one team member in a schedule answer. The member key may be <c>staff_id</c>,
    /// <c>team_member_id</c> or <c>master_id</c>; <c>is_working</c> arrives as 0/1 or a boolean, or not at all.
    /// </summary>
    internal sealed class WorkDayWire
    {
        [JsonPropertyName("staff_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? StaffId { get; set; }

        [JsonPropertyName("team_member_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? TeamMemberId { get; set; }

        [JsonPropertyName("master_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? MasterId { get; set; }

        /// <summary><c>2027-01-18</c>, <c>20270118</c> (as text or a number) or a date with a time.</summary>
        [JsonPropertyName("date")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Date { get; set; }

        [JsonPropertyName("slots")]
        [JsonConverter(typeof(ObjectListConverter<WorkSlotWire>))]
        public List<WorkSlotWire>? Slots { get; set; }

        [JsonPropertyName("is_working")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsWorking { get; set; }

        [JsonPropertyName("busy_intervals")]
        [JsonConverter(typeof(ObjectListConverter<BusyIntervalWire>))]
        public List<BusyIntervalWire>? BusyIntervals { get; set; }
    }

    /// <summary>A busy interval of a day: what occupies it (<c>record</c>, <c>activity</c>) and when.</summary>
    internal sealed class BusyIntervalWire
    {
        [JsonPropertyName("entity_type")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? EntityType { get; set; }

        [JsonPropertyName("entity_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? EntityId { get; set; }

        [JsonPropertyName("from")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? From { get; set; }

        [JsonPropertyName("to")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? To { get; set; }
    }

    /// <summary>A series (the API's <c>schedule</c>), with its weekdays when <c>include[]=days</c> was asked.</summary>
    internal sealed class EventSeriesWire
    {
        [JsonPropertyName("company_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? CompanyId { get; set; }

        [JsonPropertyName("original_entity_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? OriginalEntityId { get; set; }

        [JsonPropertyName("date_start")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? DateStart { get; set; }

        [JsonPropertyName("date_end")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? DateEnd { get; set; }

        [JsonPropertyName("created_at")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? CreatedAt { get; set; }

        [JsonPropertyName("updated_at")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? UpdatedAt { get; set; }

        [JsonPropertyName("deleted_at")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? DeletedAt { get; set; }

        [JsonPropertyName("days")]
        [JsonConverter(typeof(ObjectListConverter<EventSeriesDayWire>))]
        public List<EventSeriesDayWire>? Days { get; set; }
    }

    /// <summary>
    /// One weekday of a series. The member comes as <c>events_master</c> (with the <c>days.events_master</c>
    /// include) or <c>events_master_id</c>; tags and halls as objects (with their includes) or as id lists.
    /// </summary>
    internal sealed class EventSeriesDayWire
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("timetable_event_schedule_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? TimetableEventScheduleId { get; set; }

        [JsonPropertyName("day_of_week")]
        [JsonConverter(typeof(DayOfWeekConverter))]
        public DayOfWeek? DayOfWeek { get; set; }

        [JsonPropertyName("events_time")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? EventsTime { get; set; }

        [JsonPropertyName("events_duration")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? EventsDuration { get; set; }

        [JsonPropertyName("event_technical_break_duration")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? EventTechnicalBreakDuration { get; set; }

        [JsonPropertyName("events_capacity")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? EventsCapacity { get; set; }

        [JsonPropertyName("events_master")]
        [JsonConverter(typeof(ObjectOrAbsentConverter<UserReference>))]
        public UserReference? EventsMaster { get; set; }

        [JsonPropertyName("events_master_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? EventsMasterId { get; set; }

        [JsonPropertyName("events_labels")]
        [JsonConverter(typeof(IdListConverter))]
        public long[]? EventsLabels { get; set; }

        [JsonPropertyName("labels_ids")]
        [JsonConverter(typeof(IdListConverter))]
        public long[]? LabelsIds { get; set; }

        [JsonPropertyName("events_resource_instances")]
        [JsonConverter(typeof(IdListConverter))]
        public long[]? EventsResourceInstances { get; set; }

        [JsonPropertyName("resource_instance_ids")]
        [JsonConverter(typeof(IdListConverter))]
        public long[]? ResourceInstanceIds { get; set; }

        [JsonPropertyName("resource_instances_ids")]
        [JsonConverter(typeof(IdListConverter))]
        public long[]? ResourceInstancesIds { get; set; }

        [JsonPropertyName("events")]
        [JsonConverter(typeof(ObjectListConverter<EventSeriesOccurrenceWire>))]
        public List<EventSeriesOccurrenceWire>? Events { get; set; }
    }

    /// <summary>One date of a series day, with the event made for it (if any yet).</summary>
    internal sealed class EventSeriesOccurrenceWire
    {
        [JsonPropertyName("id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("timetable_event_schedule_day_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? TimetableEventScheduleDayId { get; set; }

        [JsonPropertyName("event_status")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? EventStatus { get; set; }

        [JsonPropertyName("event_datetime")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? EventDatetime { get; set; }

        [JsonPropertyName("entity_datetime")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? EntityDatetime { get; set; }

        [JsonPropertyName("event_entity_id")]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? EventEntityId { get; set; }

        [JsonPropertyName("is_entity_master_changed")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsEntityMasterChanged { get; set; }

        [JsonPropertyName("is_entity_datetime_changed")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsEntityDatetimeChanged { get; set; }

        [JsonPropertyName("is_entity_duration_changed")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsEntityDurationChanged { get; set; }

        [JsonPropertyName("is_entity_labels_changed")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsEntityLabelsChanged { get; set; }

        [JsonPropertyName("is_entity_resource_instances_changed")]
        [JsonConverter(typeof(FlexibleBooleanConverter))]
        public bool? IsEntityResourceInstancesChanged { get; set; }
    }

    /// <summary>Body of <c>POST /v1/locations/{id}/schedules</c>: a series made from a template event.</summary>
    internal sealed class EventSeriesCreateBody
    {
        [JsonPropertyName("original_entity_type")]
        public string OriginalEntityType { get; set; } = "activity";

        [JsonPropertyName("original_entity_id")]
        public long OriginalEntityId { get; set; }

        [JsonPropertyName("date_end")]
        public string DateEnd { get; set; } = string.Empty;

        [JsonPropertyName("add_clients_from_original_entity")]
        public bool AddClientsFromOriginalEntity { get; set; }

        [JsonPropertyName("days")]
        public List<EventSeriesDayBody> Days { get; set; } = new List<EventSeriesDayBody>();
    }

    /// <summary>One weekday of a new series; the API requires the first five members on create.</summary>
    internal sealed class EventSeriesDayBody
    {
        [JsonPropertyName("day_of_week")]
        public string DayOfWeek { get; set; } = string.Empty;

        [JsonPropertyName("events_master_id")]
        public long EventsMasterId { get; set; }

        [JsonPropertyName("events_time")]
        public string EventsTime { get; set; } = string.Empty;

        [JsonPropertyName("events_duration")]
        public long EventsDuration { get; set; }

        [JsonPropertyName("events_capacity")]
        public int EventsCapacity { get; set; }

        [JsonPropertyName("labels_ids")]
        public List<long> LabelsIds { get; set; } = new List<long>();

        /// <summary>The spelling of the official spec; the docs' pages also print <c>resource_instances_ids</c>.</summary>
        [JsonPropertyName("resource_instance_ids")]
        public List<long> ResourceInstanceIds { get; set; } = new List<long>();
    }

    /// <summary>Body of <c>PATCH /v1/locations/{id}/schedules/{schedule_id}</c>.</summary>
    internal sealed class EventSeriesUpdateBody
    {
        [JsonPropertyName("date_end")]
        public string DateEnd { get; set; } = string.Empty;
    }
}

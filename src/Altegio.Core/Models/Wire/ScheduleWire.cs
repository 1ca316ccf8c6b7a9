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

    /// <summary>A slot on the wire: <c>{"from":"10:00","to":"14:00"}</c>.</summary>
    internal sealed class WorkSlotWire
    {
        [JsonPropertyName("from")]
        public string From { get; set; } = string.Empty;

        [JsonPropertyName("to")]
        public string To { get; set; } = string.Empty;
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

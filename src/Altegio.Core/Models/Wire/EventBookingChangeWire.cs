using System.Text.Json.Serialization;

namespace Altegio.Models.Wire
{
    /// <summary>
    /// A booking's service line (<c>attendance_service_items</c>, side-loaded), read for its price and written
    /// back as <c>attendance_service_item</c> by a booking PUT.
    /// </summary>
    internal sealed class EventBookingServiceLine
    {
        [JsonPropertyName("cost_per_unit")]
        [JsonConverter(typeof(FlexibleDecimalConverter))]
        public decimal? CostPerUnit { get; set; }

        [JsonPropertyName("discount_percent")]
        [JsonConverter(typeof(FlexibleDecimalConverter))]
        public decimal? DiscountPercent { get; set; }

        [JsonPropertyName("manual_cost")]
        [JsonConverter(typeof(FlexibleDecimalConverter))]
        public decimal? ManualCost { get; set; }
    }

    /// <summary>
    /// A booking's product line (<c>attendance_good_items</c>, side-loaded). A booking PUT replaces the product
    /// lines, so each is sent back with its id and every field it must carry, each value as it came (null when
    /// it did not come): the module has no use for them and must not change them.
    /// </summary>
    internal sealed class EventBookingGoodLine
    {
        /// <summary>The line's id, from the resource (the attributes carry none).</summary>
        [JsonPropertyName("id")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        [JsonConverter(typeof(FlexibleInt64Converter))]
        public long? Id { get; set; }

        [JsonPropertyName("good_id")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? GoodId { get; set; }

        [JsonPropertyName("unit_id")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? UnitId { get; set; }

        [JsonPropertyName("storage_id")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? StorageId { get; set; }

        [JsonPropertyName("staff_id")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? StaffId { get; set; }

        [JsonPropertyName("operation_unit_type")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? OperationUnitType { get; set; }

        [JsonPropertyName("number")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? Number { get; set; }

        [JsonPropertyName("quantity")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? Quantity { get; set; }

        [JsonPropertyName("cost_per_unit")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? CostPerUnit { get; set; }

        [JsonPropertyName("manual_cost")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? ManualCost { get; set; }

        [JsonPropertyName("discount_percent")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? DiscountPercent { get; set; }

        [JsonPropertyName("marks")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? Marks { get; set; }

        [JsonPropertyName("planned_activation_date")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public JsonElement? PlannedActivationDate { get; set; }
    }

    /// <summary>Body of a booking PUT: every part of the booking, since the PUT replaces the tags and the product lines.</summary>
    internal sealed class EventBookingUpdateBody
    {
        [JsonPropertyName("attendance_service_item")]
        public EventBookingServiceLine AttendanceServiceItem { get; set; } = new EventBookingServiceLine();

        [JsonPropertyName("attendance_good_items")]
        public List<EventBookingGoodLine> AttendanceGoodItems { get; set; } = new List<EventBookingGoodLine>();

        [JsonPropertyName("clients_count")]
        public int ClientsCount { get; set; }

        /// <summary>Six lower-case hex digits without '#'; null for none.</summary>
        [JsonPropertyName("color")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? Color { get; set; }

        [JsonPropertyName("comment")]
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? Comment { get; set; }

        [JsonPropertyName("label_ids")]
        public long[] LabelIds { get; set; } = Array.Empty<long>();
    }

    /// <summary>Body of <c>POST …/events/{id}/appointments/bulk</c>.</summary>
    internal sealed class EventBookingBulkBody
    {
        [JsonPropertyName("records")]
        public List<EventBookingBulkRow> Records { get; set; } = new List<EventBookingBulkRow>();
    }

    /// <summary>One row of a bulk booking: <c>client_id</c>, or the new client's name, phone and e-mail; and the seats.</summary>
    internal sealed class EventBookingBulkRow
    {
        [JsonPropertyName("client_id")]
        public long? ClientId { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("phone")]
        public string? Phone { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("clients_count")]
        public int ClientsCount { get; set; }
    }
}

using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Altegio.Models.Wire;

namespace Altegio.Json
{
    /// <summary>
    /// The one source-generated context for every wire record: no reflection at run time, which keeps the first
    /// call fast and works the same on .NET Framework 4.7.2 and .NET 8+. A resource adds two lines: its answer
    /// (<c>Answer&lt;TAttributes&gt;</c>) and its attributes record, which the resource reader looks up by type.
    /// </summary>
    [JsonSerializable(typeof(Answer<IncludedAttributes>))]
    [JsonSerializable(typeof(IncludedAttributes))]
    [JsonSerializable(typeof(AnswerMeta))]
    [JsonSerializable(typeof(LoginBody))]
    [JsonSerializable(typeof(Answer<LoginData>))]
    [JsonSerializable(typeof(LoginData))]
    [JsonSerializable(typeof(Answer<LocationData>))]
    [JsonSerializable(typeof(LocationData))]
    [JsonSerializable(typeof(Answer<TagAttributes>))]
    [JsonSerializable(typeof(TagAttributes))]
    [JsonSerializable(typeof(TagWriteBody))]
    [JsonSerializable(typeof(Answer<PositionAttributes>))]
    [JsonSerializable(typeof(PositionAttributes))]
    [JsonSerializable(typeof(PositionWriteBody))]
    [JsonSerializable(typeof(Answer<TeamMemberWire>))]
    [JsonSerializable(typeof(TeamMemberWire))]
    [JsonSerializable(typeof(PositionReference))]
    [JsonSerializable(typeof(UserReference))]
    [JsonSerializable(typeof(TeamMemberCreateBody))]
    [JsonSerializable(typeof(TeamMemberUpdateBody))]
    [JsonSerializable(typeof(Answer<EventAttributes>))]
    [JsonSerializable(typeof(EventAttributes))]
    [JsonSerializable(typeof(EventCreateBody))]
    [JsonSerializable(typeof(EventReplaceBody))]
    [JsonSerializable(typeof(Answer<EventBookingAttributes>))]
    [JsonSerializable(typeof(EventBookingAttributes))]
    [JsonSerializable(typeof(EventBookingCreateBody))]
    [JsonSerializable(typeof(EventBookingMoveBody))]
    [JsonSerializable(typeof(EventBookingServiceLine))]
    [JsonSerializable(typeof(EventBookingGoodLine))]
    [JsonSerializable(typeof(EventBookingUpdateBody))]
    [JsonSerializable(typeof(EventBookingBulkBody))]
    [JsonSerializable(typeof(Answer<EventServiceWire>))]
    [JsonSerializable(typeof(EventServiceWire))]
    [JsonSerializable(typeof(EventServiceItemWire))]
    [JsonSerializable(typeof(Answer<WorkDayWire>))]
    [JsonSerializable(typeof(WorkDayWire))]
    [JsonSerializable(typeof(WorkSlotWire))]
    [JsonSerializable(typeof(BusyIntervalWire))]
    [JsonSerializable(typeof(WorkScheduleWriteBody))]
    [JsonSerializable(typeof(Answer<EventSeriesWire>))]
    [JsonSerializable(typeof(EventSeriesWire))]
    [JsonSerializable(typeof(EventSeriesDayWire))]
    [JsonSerializable(typeof(EventSeriesOccurrenceWire))]
    [JsonSerializable(typeof(EventSeriesCreateBody))]
    [JsonSerializable(typeof(EventSeriesUpdateBody))]
    [JsonSerializable(typeof(Answer<EventDuplicationStrategyWire>))]
    [JsonSerializable(typeof(EventDuplicationStrategyWire))]
    [JsonSerializable(typeof(EventDuplicationStrategyBody))]
    [JsonSerializable(typeof(Answer<EventDayAttributes>))]
    [JsonSerializable(typeof(EventDayAttributes))]
    [JsonSerializable(typeof(EventCopyBody))]
    internal sealed partial class AltegioJsonContext : JsonSerializerContext
    {
        /// <summary>
        /// The one set of options. Nulls are not written, so optional fields stay out of request bodies (a record
        /// that must send a null says so on the member). The relaxed encoder writes '+' and '&lt;' as themselves
        /// (the default writes \u002B and \u003C): valid JSON either way, but a phone number or an HTML description
        /// reads badly in -Debug traces otherwise, and a request body is never embedded in HTML.
        /// </summary>
        public static AltegioJsonContext Wire { get; } = new AltegioJsonContext(new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 128,
        });

        /// <summary>The UTF-8 JSON of a request body.</summary>
        public static byte[] Serialize<T>(T body, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
    }
}

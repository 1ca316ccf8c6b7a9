using System.Text.Json.Serialization;
using Altegio.Models.Wire;

namespace Altegio.Json
{
    /// <summary>
    /// Source-generated (de)serializers for the event and event-booking wire types, with the same options as
    /// <see cref="AltegioJsonContext"/>: numbers may arrive as strings, nulls are not written.
    /// </summary>
    [JsonSourceGenerationOptions(
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        GenerationMode = JsonSourceGenerationMode.Default)]
    [JsonSerializable(typeof(EventAttributes))]
    [JsonSerializable(typeof(EventWriteBody))]
    [JsonSerializable(typeof(EventBookingAttributes))]
    [JsonSerializable(typeof(EventBookingCreateBody))]
    [JsonSerializable(typeof(EventBookingMoveBody))]
    internal sealed partial class EventsJsonContext : JsonSerializerContext
    {
    }
}

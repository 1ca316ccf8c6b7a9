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

    /// <summary>
    /// The event body of an update. PUT replaces the whole event, so every field is written, null where the
    /// event has none (as the official client sends it); only <c>force</c> is left out unless given.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        GenerationMode = JsonSourceGenerationMode.Default)]
    [JsonSerializable(typeof(EventWriteBody))]
    internal sealed partial class EventReplaceJsonContext : JsonSerializerContext
    {
    }
}

using System.Text.Json.Serialization;
using Altegio.Models.Wire;

namespace Altegio.Json
{
    /// <summary>Source-generated serializers for the work-schedule and event-series bodies; nulls are not written.</summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        GenerationMode = JsonSourceGenerationMode.Default)]
    [JsonSerializable(typeof(WorkScheduleWriteBody))]
    [JsonSerializable(typeof(EventSeriesCreateBody))]
    [JsonSerializable(typeof(EventSeriesUpdateBody))]
    internal sealed partial class SchedulesJsonContext : JsonSerializerContext
    {
    }
}

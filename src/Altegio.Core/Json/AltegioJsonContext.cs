using System.Text.Json.Serialization;
using Altegio.Models.Wire;

namespace Altegio.Json
{
    /// <summary>
    /// Source-generated (de)serializers for every wire type: no reflection at run time, which keeps the
    /// first call fast and works the same on .NET Framework 4.7.2 and .NET 8+. Numbers may arrive as
    /// strings (V1 does that), and nulls are not written, so optional fields stay out of request bodies.
    /// </summary>
    [JsonSourceGenerationOptions(
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        GenerationMode = JsonSourceGenerationMode.Default)]
    [JsonSerializable(typeof(TagAttributes))]
    [JsonSerializable(typeof(TagWriteBody))]
    [JsonSerializable(typeof(LoginBody))]
    [JsonSerializable(typeof(LoginData))]
    [JsonSerializable(typeof(LocationData))]
    internal sealed partial class AltegioJsonContext : JsonSerializerContext
    {
    }
}

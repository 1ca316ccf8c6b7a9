using System.Text.Json.Serialization;
using Altegio.Models.Wire;

namespace Altegio.Json
{
    /// <summary>
    /// Source-generated (de)serializers for positions and team members, with the same options as
    /// <see cref="AltegioJsonContext"/>; a context of its own keeps resources from editing one shared file.
    /// </summary>
    [JsonSourceGenerationOptions(
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        GenerationMode = JsonSourceGenerationMode.Default)]
    [JsonSerializable(typeof(PositionAttributes))]
    [JsonSerializable(typeof(PositionWriteBody))]
    [JsonSerializable(typeof(TeamMemberWire))]
    [JsonSerializable(typeof(TeamMemberCreateBody))]
    [JsonSerializable(typeof(TeamMemberUpdateBody))]
    internal sealed partial class TeamJsonContext : JsonSerializerContext
    {
    }
}

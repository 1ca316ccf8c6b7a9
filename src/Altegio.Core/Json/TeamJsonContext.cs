using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>Writes request bodies for positions and team members.</summary>
    internal static class TeamJson
    {
        // The default encoder writes '+' and '<' as \u002B and \u003C: valid JSON, but a phone number or an
        // HTML description then reads badly in -Debug traces. A request body is never embedded in HTML, so
        // the relaxed encoder is safe here.
        private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                JsonSerializer.Serialize(writer, value, typeInfo);
            }

            return buffer.ToArray();
        }
    }
}

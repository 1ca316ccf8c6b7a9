using System.IO;
using System.Text.Json.Serialization.Metadata;

namespace Altegio.Resources
{
    /// <summary>
    /// Maps one resource of a parsed answer (<see cref="ApiDocument"/>) through the same wire record and mapper as
    /// the typed reading path, so that the operations that must keep the document (bulk booking's refusals,
    /// copies, booking changes that send product lines back as they came) fill their models exactly as a GET does.
    /// The resource and the answer's <c>included</c> are written out again and read as a typed answer: a small
    /// cost, paid only on those writes.
    /// </summary>
    internal static class DocumentMapping
    {
        public static TModel Map<TWire, TModel>(JsonElement resource, DocumentIncludedIndex included, JsonTypeInfo<TWire> wire,
            ResourceMapper<TWire, TModel> map, string method, string path)
            where TWire : class
        {
            byte[] json;
            using (var buffer = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("data");
                    resource.WriteTo(writer);
                    if (included.Source is { ValueKind: JsonValueKind.Array } side)
                    {
                        writer.WritePropertyName("included");
                        side.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                }

                json = buffer.ToArray();
            }

            try
            {
                var answer = AnswerReader.Read(json, wire);
                if (answer.Items.Count != 1)
                {
                    throw new WireFormatException("The answer's resource could not be read.");
                }

                return map(answer.Items[0], IncludedIndex.Of(answer));
            }
            catch (WireFormatException ex)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, method, path, null, ex.Message);
            }
        }
    }
}

using System.Collections.Generic;

namespace Altegio.MockServer.Http;

/// <summary>Collects V2 validation failures into the legacy envelope's <c>meta.errors</c> object.</summary>
public sealed class Errors
{
    private readonly List<KeyValuePair<string, string>> _items = new();

    public bool Any => _items.Count > 0;

    public void Add(string field, string message) => _items.Add(new KeyValuePair<string, string>(field, message));

    /// <summary>
    /// The same failures as a JSON:API error document: one <c>errors[]</c> item per message, with
    /// <c>source.parameter</c> for query parameters and <c>source.pointer</c> for body fields.
    /// </summary>
    public Reply ToJsonApiReply(int status = 422) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            foreach (var (field, message) in _items)
            {
                w.WriteStartObject();
                w.WriteString("status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("title", status == 422 ? "Unprocessable Entity" : "Bad Request");
                w.WriteString("detail", message);
                w.WriteStartObject("source");
                if (field.StartsWith("filter", System.StringComparison.Ordinal) || field is "page" or "limit")
                {
                    w.WriteString("parameter", field);
                }
                else
                {
                    w.WriteString("pointer", "/data/attributes/" + field);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, 256);

    public Reply ToReply(int status = 422) =>
        Reply.Legacy(status, _items[0].Value, w =>
        {
            w.WriteStartObject();
            var written = new HashSet<string>();
            foreach (var (field, _) in _items)
            {
                if (!written.Add(field))
                {
                    continue;
                }

                w.WriteStartArray(field);
                foreach (var (f, m) in _items)
                {
                    if (f == field)
                    {
                        w.WriteStringValue(m);
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        });
}

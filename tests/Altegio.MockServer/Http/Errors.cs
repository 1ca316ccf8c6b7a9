using System.Collections.Generic;

namespace Altegio.MockServer.Http;

/// <summary>Collects V2 validation failures into the legacy envelope's <c>meta.errors</c> object.</summary>
public sealed class Errors
{
    private readonly List<KeyValuePair<string, string>> _items = new();

    public bool Any => _items.Count > 0;

    public void Add(string field, string message) => _items.Add(new KeyValuePair<string, string>(field, message));

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

using System;
using System.Collections.Generic;
using System.Text.Json;
using Altegio.Json;

namespace Altegio.Resources
{
    /// <summary>
    /// The <c>included</c> array of one answer, indexed by type and id so that a page of 250 events finds its
    /// side-loaded staff, services, tags and resource instances without a scan per lookup. Side-loaded
    /// resources may have <c>type: null</c>; those are found by id alone.
    /// </summary>
    internal sealed class IncludedIndex
    {
        private readonly Dictionary<string, JsonElement> _byTypeAndId = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, JsonElement> _untyped = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

        public IncludedIndex(ApiDocument document)
        {
            if (document.Included is not { } included)
            {
                return;
            }

            foreach (var item in included.EnumerateArray())
            {
                var id = item.GetStringOrNull("id");
                if (id is null)
                {
                    continue;
                }

                var type = item.GetStringOrNull("type");
                if (type is null)
                {
                    _untyped[id] = item;
                }
                else
                {
                    _byTypeAndId[type + "\n" + id] = item;
                }
            }
        }

        /// <summary>The side-loaded resource a relationship reference points to.</summary>
        public JsonElement? Find(ResourceRef reference)
        {
            if (reference.Type != null && _byTypeAndId.TryGetValue(reference.Type + "\n" + reference.Id, out var item))
            {
                return item;
            }

            return _untyped.TryGetValue(reference.Id, out var untyped) ? untyped : (JsonElement?)null;
        }

        /// <summary>A string attribute of the resource a reference points to (e.g. a title or a name).</summary>
        public string? Attribute(ResourceRef reference, string name)
        {
            var item = Find(reference);
            if (item is not { } found)
            {
                return null;
            }

            var attributes = found.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object ? a : found;
            var text = attributes.GetStringOrNull(name);
            return string.IsNullOrEmpty(text) ? null : text;
        }

        /// <summary>A whole-number attribute of the resource a reference points to.</summary>
        public long? Int64Attribute(ResourceRef reference, string name)
        {
            var item = Find(reference);
            if (item is not { } found)
            {
                return null;
            }

            var attributes = found.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object ? a : found;
            return attributes.GetInt64(name);
        }

        /// <summary>
        /// The references of a relationship: null when the resource has no such relationship (not side-loaded),
        /// an empty list when it has one with no data.
        /// </summary>
        public static IReadOnlyList<ResourceRef>? Relationship(JsonElement resource, string name)
        {
            if (resource.ValueKind != JsonValueKind.Object
                || !resource.TryGetProperty("relationships", out var relationships) || relationships.ValueKind != JsonValueKind.Object
                || !relationships.TryGetProperty(name, out var relationship))
            {
                return null;
            }

            var data = relationship.ValueKind == JsonValueKind.Object && relationship.TryGetProperty("data", out var d) ? d : relationship;
            var references = new List<ResourceRef>();
            switch (data.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in data.EnumerateArray())
                    {
                        Add(item, references);
                    }

                    break;
                case JsonValueKind.Object:
                    Add(data, references);
                    break;
            }

            return references;
        }

        private static void Add(JsonElement item, List<ResourceRef> into)
        {
            var id = item.ValueKind == JsonValueKind.Object ? item.GetStringOrNull("id") : JsonValues.ReadString(item);
            if (id != null)
            {
                into.Add(new ResourceRef(item.ValueKind == JsonValueKind.Object ? item.GetStringOrNull("type") : null, id));
            }
        }
    }

    /// <summary>A JSON:API resource identifier: <c>{type, id}</c>.</summary>
    internal readonly struct ResourceRef
    {
        public ResourceRef(string? type, string id)
        {
            Type = type;
            Id = id;
        }

        public string? Type { get; }

        public string Id { get; }

        public long? NumericId => long.TryParse(Id, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}

namespace Altegio.Resources
{
    /// <summary>
    /// The <c>included</c> array of a parsed answer (<see cref="ApiDocument"/>), for the operations that still read
    /// the document: bulk booking (its refusals sit in <c>meta.errors</c>) and booking changes (product lines are
    /// sent back as they came). Everything else reads typed answers through <see cref="Json.IncludedIndex"/>.
    /// The <c>included</c> array of one answer, indexed by type and id so that a page of 250 events finds its
    /// side-loaded staff, services, tags and resource instances without a scan per lookup. Side-loaded
    /// resources may have <c>type: null</c>; those are found by id alone.
    /// </summary>
    internal sealed class DocumentIncludedIndex
    {
        private static readonly ResourceRef[] NoReferences = Array.Empty<ResourceRef>();

        // Keyed by (type, id) rather than a joined string, so that a lookup allocates nothing.
        private readonly Dictionary<ResourceRef, JsonElement> _byTypeAndId = new Dictionary<ResourceRef, JsonElement>(TypeAndIdComparer.Instance);
        private readonly Dictionary<string, JsonElement> _untyped = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

        // The distinct type names seen (the first few), so that the 250 side-loaded resources of a page (and the references
        // to them) share one string per type instead of one each.
        private readonly List<string> _types = new List<string>();

        public DocumentIncludedIndex(ApiDocument document)
        {
            Source = document.Included;
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

                var type = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("type"u8, out var t) ? TypeName(t, true) : null;
                if (type is null)
                {
                    _untyped[id] = item;
                }
                else
                {
                    _byTypeAndId[new ResourceRef(type, id)] = item;
                }
            }
        }

        /// <summary>The document's <c>included</c> array as it came.</summary>
        public JsonElement? Source { get; }

        /// <summary>The side-loaded resource a relationship reference points to.</summary>
        public JsonElement? Find(ResourceRef reference)
        {
            if (reference.Type != null && _byTypeAndId.TryGetValue(reference, out var item))
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

            var attributes = found.TryGetProperty("attributes"u8, out var a) && a.ValueKind == JsonValueKind.Object ? a : found;
            var text = attributes.GetStringOrNull(name);
            return string.IsNullOrEmpty(text) ? null : text;
        }

        /// <summary>
        /// The references of a relationship: null when the resource has no such relationship (not side-loaded),
        /// an empty list when it has one with no data.
        /// </summary>
        public static IReadOnlyList<ResourceRef>? Relationship(JsonElement resource, string name) =>
            RelationshipsOf(resource) is { } all && all.TryGetProperty(name, out var relationship) ? References(relationship, null) : null;

        /// <summary>The <c>relationships</c> object of a resource, read once for all of its relationships.</summary>
        public static JsonElement? RelationshipsOf(JsonElement resource) =>
            resource.ValueKind == JsonValueKind.Object
            && resource.TryGetProperty("relationships"u8, out var relationships) && relationships.ValueKind == JsonValueKind.Object
                ? relationships
                : null;

        private static IReadOnlyList<ResourceRef> References(JsonElement relationship, DocumentIncludedIndex? names)
        {
            var data = relationship.ValueKind == JsonValueKind.Object && relationship.TryGetProperty("data"u8, out var d) ? d : relationship;
            switch (data.ValueKind)
            {
                case JsonValueKind.Array:
                    if (data.GetArrayLength() == 0)
                    {
                        return NoReferences;
                    }

                    var references = new List<ResourceRef>(data.GetArrayLength());
                    foreach (var item in data.EnumerateArray())
                    {
                        if (Read(item, names) is { } reference)
                        {
                            references.Add(reference);
                        }
                    }

                    return references;
                case JsonValueKind.Object:
                    return Read(data, names) is { } single ? new[] { single } : NoReferences;
                default:
                    return NoReferences;
            }
        }

        private static ResourceRef? Read(JsonElement item, DocumentIncludedIndex? names)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return JsonValues.ReadString(item) is { } bare ? new ResourceRef(null, bare) : null;
            }

            var id = item.GetStringOrNull("id");
            if (id is null)
            {
                return null;
            }

            string? type = null;
            if (item.TryGetProperty("type"u8, out var t))
            {
                type = names is null ? JsonValues.ReadString(t) : names.TypeName(t, false);
            }

            return new ResourceRef(type, id);
        }

        // The type's text as JsonValues.ReadString gives it, reusing a string seen before when the text is the same.
        private string? TypeName(JsonElement type, bool remember)
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                foreach (var known in _types)
                {
                    if (type.ValueEquals(known))
                    {
                        return known;
                    }
                }

                var text = type.GetString()!;
                if (remember && _types.Count < 8)
                {
                    _types.Add(text);
                }

                return text;
            }

            return JsonValues.ReadString(type);
        }

        // Type and id both ignore case, as the joined "type\nid" key this replaces did.
        private sealed class TypeAndIdComparer : IEqualityComparer<ResourceRef>
        {
            public static readonly TypeAndIdComparer Instance = new TypeAndIdComparer();

            public bool Equals(ResourceRef x, ResourceRef y) =>
                string.Equals(x.Type, y.Type, StringComparison.OrdinalIgnoreCase) && string.Equals(x.Id, y.Id, StringComparison.OrdinalIgnoreCase);

            // The id alone: ids rarely repeat across types, and hashing the long type names cost more than that saves.
            public int GetHashCode(ResourceRef reference) => StringComparer.OrdinalIgnoreCase.GetHashCode(reference.Id);
        }
    }
}

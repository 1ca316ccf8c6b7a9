namespace Altegio.Json
{
    /// <summary>
    /// The <c>included</c> resources of one answer, indexed by type and id so that a page of 250 events finds its
    /// side-loaded staff, services, tags and resource instances without a scan per lookup. Side-loaded resources
    /// may have <c>type: null</c>; those are found by id alone. Type and id ignore case.
    /// </summary>
    internal sealed class IncludedIndex
    {
        /// <summary>The index of an answer with nothing side-loaded.</summary>
        public static readonly IncludedIndex None = new IncludedIndex(0);

        private readonly int _capacity;

        private Dictionary<ResourceRef, IncludedAttributes>? _byTypeAndId;
        private Dictionary<ResourceRef, IncludedAttributes>? _untyped;

        /// <summary>An empty index, sized for about <paramref name="capacity"/> resources.</summary>
        internal IncludedIndex(int capacity)
        {
            _capacity = capacity;
        }

        /// <summary>Adds a side-loaded resource as it is read; a later one with the same type and id wins.</summary>
        internal void Add(string? type, ResourceRef? id, IncludedAttributes attributes)
        {
            if (id is not { } known)
            {
                return;
            }

            if (type is null)
            {
                (_untyped ??= new Dictionary<ResourceRef, IncludedAttributes>(IdComparer.Instance))[known] = attributes;
            }
            else
            {
                (_byTypeAndId ??= new Dictionary<ResourceRef, IncludedAttributes>(_capacity, TypeAndIdComparer.Instance))[new ResourceRef(type, known)] = attributes;
            }
        }

        /// <summary>The index of one answer's side-loaded resources.</summary>
        public static IncludedIndex Of<T>(Answer<T> answer)
            where T : class =>
            answer.Included ?? None;

        /// <summary>What the side-loaded resource a reference points to carries; null when it was not side-loaded.</summary>
        public IncludedAttributes? Find(ResourceRef reference)
        {
            if (reference.Type != null && _byTypeAndId != null && _byTypeAndId.TryGetValue(reference, out var item))
            {
                return item;
            }

            return _untyped != null && _untyped.TryGetValue(reference, out var untyped) ? untyped : null;
        }

        /// <summary>The first reference's side-loaded resource, for a to-one relationship.</summary>
        public IncludedAttributes? First(IReadOnlyList<ResourceRef>? references) =>
            references is { Count: > 0 } ? Find(references[0]) : null;

        /// <summary>The titles of the references (the id where a title was not side-loaded); null when none was.</summary>
        public string[]? Titles(IReadOnlyList<ResourceRef>? references)
        {
            if (references is null || references.Count == 0)
            {
                return references is null ? null : Array.Empty<string>();
            }

            var titles = new string[references.Count];
            var any = false;
            for (var i = 0; i < references.Count; i++)
            {
                var title = Text.NullIfEmpty(Find(references[i])?.Title);
                any |= title != null;
                titles[i] = title ?? references[i].Id;
            }

            return any ? titles : null;
        }

        /// <summary>The numeric ids of the references; null when the relationship was not sent.</summary>
        public static long[]? Ids(IReadOnlyList<ResourceRef>? references)
        {
            if (references is null)
            {
                return null;
            }

            // Sized once (an event's usual relationship is empty, or all whole numbers): no list to copy out of.
            var ids = references.Count == 0 ? Array.Empty<long>() : new long[references.Count];
            var count = 0;
            foreach (var reference in references)
            {
                if (reference.NumericId is { } id)
                {
                    ids[count++] = id;
                }
            }

            if (count < ids.Length)
            {
                Array.Resize(ref ids, count);
            }

            return ids;
        }

        /// <summary>The first reference's numeric id.</summary>
        public static long? FirstId(IReadOnlyList<ResourceRef>? references) =>
            references is { Count: > 0 } ? references[0].NumericId : null;

        private sealed class TypeAndIdComparer : IEqualityComparer<ResourceRef>
        {
            public static readonly TypeAndIdComparer Instance = new TypeAndIdComparer();

            public bool Equals(ResourceRef x, ResourceRef y) =>
                x.SameId(y) && string.Equals(x.Type, y.Type, StringComparison.OrdinalIgnoreCase);

            // The id alone: ids rarely repeat across types, and hashing the long type names cost more than that saves.
            public int GetHashCode(ResourceRef reference) => reference.IdHash();
        }

        private sealed class IdComparer : IEqualityComparer<ResourceRef>
        {
            public static readonly IdComparer Instance = new IdComparer();

            public bool Equals(ResourceRef x, ResourceRef y) => x.SameId(y);

            public int GetHashCode(ResourceRef reference) => reference.IdHash();
        }
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Altegio.Completion
{
    /// <summary>One value an argument completer can offer, with the title to show beside it.</summary>
    public sealed class CompletionItem
    {
        /// <summary>Creates an item.</summary>
        public CompletionItem(string value, string title)
        {
            Value = value;
            Title = title;
        }

        /// <summary>The text inserted, e.g. an id.</summary>
        public string Value { get; }

        /// <summary>What the id means, shown in the list and the tooltip.</summary>
        public string Title { get; }
    }

    /// <summary>
    /// Completion lists, cached per session and key (e.g. "locations", "tags:1001") so that tab completion
    /// calls the API once, not on every keystroke. A failed fetch is cached briefly as an empty list, so a
    /// broken connection does not make every Tab press wait for a timeout.
    /// </summary>
    public static class CompletionCache
    {
        /// <summary>How long a fetched list is reused.</summary>
        public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

        /// <summary>How long a failed fetch is remembered.</summary>
        public static readonly TimeSpan FailureTimeToLive = TimeSpan.FromSeconds(30);

        /// <summary>How long tab completion may wait for the API.</summary>
        public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(5);

        private static readonly ConditionalWeakTable<AltegioSession, ConcurrentDictionary<string, Entry>> BySession =
            new ConditionalWeakTable<AltegioSession, ConcurrentDictionary<string, Entry>>();

        /// <summary>The clock; tests replace it.</summary>
        internal static Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>Returns the cached list for the key, fetching it when absent or stale.</summary>
        public static IReadOnlyList<CompletionItem> Get(AltegioSession session, string key,
            Func<AltegioClient, CancellationToken, Task<IReadOnlyList<CompletionItem>>> fetch)
        {
            var entries = BySession.GetValue(session, _ => new ConcurrentDictionary<string, Entry>(StringComparer.OrdinalIgnoreCase));
            var now = Now();
            if (entries.TryGetValue(key, out var entry) && entry.ExpiresAt > now)
            {
                return entry.Items;
            }

            IReadOnlyList<CompletionItem> items;
            TimeSpan ttl;
            try
            {
                using var timeout = new CancellationTokenSource(FetchTimeout);
                items = fetch(session.Client, timeout.Token).GetAwaiter().GetResult();
                ttl = TimeToLive;
            }
            catch (Exception ex) when (ex is Errors.AltegioApiException || ex is OperationCanceledException)
            {
                items = Array.Empty<CompletionItem>();
                ttl = FailureTimeToLive;
            }

            entries[key] = new Entry(items, now + ttl);
            return items;
        }

        /// <summary>
        /// The items that fit what was typed: an id that starts with it, or a title that contains it
        /// (so typing part of a name completes to the id). Quotes the user typed are ignored.
        /// </summary>
        public static IEnumerable<CompletionItem> Match(IEnumerable<CompletionItem> items, string? typed)
        {
            var word = (typed ?? string.Empty).Trim().Trim('\'', '"');
            return items
                .Where(i => word.Length == 0
                    || i.Value.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    || i.Title.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(i => i.Value.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(i => i.Title, StringComparer.CurrentCultureIgnoreCase);
        }

        private sealed class Entry
        {
            public Entry(IReadOnlyList<CompletionItem> items, DateTimeOffset expiresAt)
            {
                Items = items;
                ExpiresAt = expiresAt;
            }

            public IReadOnlyList<CompletionItem> Items { get; }

            public DateTimeOffset ExpiresAt { get; }
        }
    }
}

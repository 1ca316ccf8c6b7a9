using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Altegio.MockServer;

/// <summary>One request as it arrived on the wire, and what became of it.</summary>
public sealed class RecordedRequest
{
    public string Method { get; init; } = string.Empty;
    public string Path { get; init; } = string.Empty;

    /// <summary>Raw query string including the leading <c>?</c>, or empty.</summary>
    public string QueryString { get; init; } = string.Empty;

    /// <summary>Header name → value; repeated headers are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string Body { get; init; } = string.Empty;

    /// <summary>Status sent (or that would have been sent, when <see cref="Aborted"/>); 0 if the connection was dropped before processing.</summary>
    public int Status { get; internal set; }

    /// <summary>The connection was dropped instead of (fully) answering.</summary>
    public bool Aborted { get; internal set; }

    /// <summary>Kind of the fault rule that handled this request, if any.</summary>
    public string? Fault { get; internal set; }

    /// <summary>Decoded query parameters (keys decoded too, e.g. <c>filter[from]</c>).</summary>
    public IReadOnlyDictionary<string, StringValues> Query => QueryHelpers.ParseQuery(QueryString);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public StringValues QueryValues(string key) => Query.TryGetValue(key, out var v) ? v : StringValues.Empty;
}

/// <summary>Thread-safe record of every non-control request, oldest first; the oldest go beyond 100,000.</summary>
public sealed class RequestLog
{
    private readonly Queue<RecordedRequest> _items = new();

    public int Count => Snapshot().Count;

    public RecordedRequest? Last => Snapshot().LastOrDefault();

    internal RecordedRequest Add(RecordedRequest entry)
    {
        lock (_items)
        {
            _items.Enqueue(entry);
            if (_items.Count > 100_000)
            {
                _items.Dequeue();
            }

            return entry;
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_items)
        {
            return _items.ToList();
        }
    }

    /// <summary>Requests whose path equals <paramref name="path"/> (case-insensitive), optionally of one method.</summary>
    public IReadOnlyList<RecordedRequest> For(string path, string? method = null) =>
        Snapshot().Where(r => string.Equals(r.Path, path, StringComparison.OrdinalIgnoreCase)
            && (method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))).ToList();

    public int CountOf(string path, string? method = null) => For(path, method).Count;

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }
}

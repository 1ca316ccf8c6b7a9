using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Altegio.MockServer;

/// <summary>One request as it arrived on the wire, and what became of it.</summary>
public sealed class RecordedRequest
{
    private Dictionary<string, StringValues>? _query;

    public long Sequence { get; init; }
    public string Method { get; init; } = string.Empty;
    public string Path { get; init; } = string.Empty;

    /// <summary>Raw query string including the leading <c>?</c>, or empty.</summary>
    public string QueryString { get; init; } = string.Empty;

    /// <summary>Header name → value; repeated headers are joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string Body { get; init; } = string.Empty;
    public DateTime TimeUtc { get; init; }

    /// <summary>Status sent (or that would have been sent, when <see cref="Aborted"/>); 0 if the connection was dropped before processing.</summary>
    public int Status { get; internal set; }

    /// <summary>The connection was dropped instead of (fully) answering.</summary>
    public bool Aborted { get; internal set; }

    /// <summary>Kind of the fault rule that handled this request, if any.</summary>
    public string? Fault { get; internal set; }

    public double DurationMs { get; internal set; }

    /// <summary>Decoded query parameters (keys decoded too, e.g. <c>filter[from]</c>).</summary>
    public IReadOnlyDictionary<string, StringValues> Query =>
        _query ??= QueryHelpers.ParseQuery(QueryString);

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public StringValues QueryValues(string key) => Query.TryGetValue(key, out var v) ? v : StringValues.Empty;
}

/// <summary>Thread-safe record of every non-control request, oldest first.</summary>
public sealed class RequestLog
{
    private readonly LinkedList<RecordedRequest> _items = new();
    private long _sequence;

    public RequestLog(int capacity = 100_000) => Capacity = capacity;

    public int Capacity { get; set; }

    public int Count => Locked(() => _items.Count);

    public RecordedRequest? Last => Locked(() => _items.Last?.Value);

    internal RecordedRequest Add(string method, string path, string queryString, IReadOnlyDictionary<string, string> headers, string body, DateTime timeUtc) =>
        Locked(() =>
        {
            var entry = _items.AddLast(new RecordedRequest
            {
                Sequence = ++_sequence, Method = method, Path = path, QueryString = queryString, Headers = headers, Body = body, TimeUtc = timeUtc,
            }).Value;
            while (_items.Count > Capacity)
            {
                _items.RemoveFirst();
            }

            return entry;
        });

    public IReadOnlyList<RecordedRequest> Snapshot() => Locked(() => _items.ToList());

    /// <summary>Requests whose path equals <paramref name="path"/> (case-insensitive), optionally of one method.</summary>
    public IReadOnlyList<RecordedRequest> For(string path, string? method = null) =>
        Locked(() => _items.Where(r => string.Equals(r.Path, path, StringComparison.OrdinalIgnoreCase)
            && (method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))).ToList());

    public int CountOf(string path, string? method = null) => For(path, method).Count;

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_items)
        {
            return read();
        }
    }
}

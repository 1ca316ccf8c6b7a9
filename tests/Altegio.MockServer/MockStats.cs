using System.Collections.Concurrent;

namespace Altegio.MockServer;

/// <summary>Counters over non-control requests since start or the last reset.</summary>
public sealed class MockStats
{
    private readonly ConcurrentDictionary<int, long> _byStatus = new();
    private long _total;

    public long TotalRequests => Interlocked.Read(ref _total);

    public IReadOnlyDictionary<int, long> ByStatus => new SortedDictionary<int, long>(_byStatus);

    public long Count(int status) => _byStatus.GetValueOrDefault(status);

    internal void Request() => Interlocked.Increment(ref _total);

    /// <summary>Counts the status sent; 0 (dropped before processing) is not counted.</summary>
    internal void Finish(int status)
    {
        if (status != 0)
        {
            _byStatus.AddOrUpdate(status, 1, static (_, n) => n + 1);
        }
    }

    public void Reset()
    {
        _total = 0;
        _byStatus.Clear();
    }
}

using System.Collections.Concurrent;

namespace Altegio.MockServer;

/// <summary>Counters over non-control requests since start or the last reset.</summary>
public sealed class MockStats
{
    private readonly ConcurrentDictionary<int, long> _byStatus = new();
    private long _total;
    private long _rateLimited;
    private long _faults;
    private long _aborted;

    public long TotalRequests => Interlocked.Read(ref _total);

    /// <summary>429s produced by the rate limiter (scripted 429 faults are in <see cref="ByStatus"/> only).</summary>
    public long RateLimited => Interlocked.Read(ref _rateLimited);

    public long FaultsApplied => Interlocked.Read(ref _faults);

    /// <summary>Connections dropped on purpose (reset, resetAfterProcessing, truncate).</summary>
    public long Aborted => Interlocked.Read(ref _aborted);

    public IReadOnlyDictionary<int, long> ByStatus => new SortedDictionary<int, long>(_byStatus);

    public long Count(int status) => _byStatus.GetValueOrDefault(status);

    internal void Request() => Interlocked.Increment(ref _total);

    internal void RateLimitHit() => Interlocked.Increment(ref _rateLimited);

    internal void Fault() => Interlocked.Increment(ref _faults);

    internal void Finish(int status, bool aborted)
    {
        if (status != 0)
        {
            _byStatus.AddOrUpdate(status, 1, static (_, n) => n + 1);
        }

        Interlocked.Add(ref _aborted, aborted ? 1 : 0);
    }

    public void Reset()
    {
        _total = _rateLimited = _faults = _aborted = 0;
        _byStatus.Clear();
    }
}

namespace Altegio.MockServer;

/// <summary>How a 429 tells the client when to come back.</summary>
public enum RetryAfterMode
{
    /// <summary><c>Retry-After: n</c>, whole seconds rounded up.</summary>
    Seconds,

    /// <summary><c>Retry-After: &lt;HTTP date&gt;</c>.</summary>
    Date,

    /// <summary>No header (the real API documents none).</summary>
    None,
}

/// <summary>
/// Sliding-window request budget over all <c>/api</c> requests: a log of accepted-request
/// timestamps, so bursts that straddle a second boundary are caught the way a fixed window
/// would miss. Changing any setting starts the windows afresh. 0 disables a window.
/// </summary>
public sealed class RateLimitSettings
{
    private readonly object _sync = new();
    private readonly Queue<long> _second = new();
    private readonly Queue<long> _minute = new();
    private readonly TimeProvider _time;
    private long _rejected;

    public RateLimitSettings(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public int PerSecond { get; private set; }

    public int PerMinute { get; private set; }

    public RetryAfterMode RetryAfter { get; private set; } = RetryAfterMode.Seconds;

    /// <summary>429s served since the last reset.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    public void Configure(int perSecond, int perMinute, RetryAfterMode retryAfter)
    {
        if (perSecond < 0 || perMinute < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(perSecond), "Limits cannot be negative.");
        }

        lock (_sync)
        {
            (PerSecond, PerMinute, RetryAfter) = (perSecond, perMinute, retryAfter);
            _second.Clear();
            _minute.Clear();
        }
    }

    internal void ResetCounters() => Interlocked.Exchange(ref _rejected, 0);

    /// <summary>Counts the request if it fits; otherwise says how long until it would.</summary>
    internal bool TryAcquire(out TimeSpan retryAfter)
    {
        lock (_sync)
        {
            var now = _time.GetTimestamp();
            var freq = _time.TimestampFrequency;
            var wait = Math.Max(WaitFor(_second, PerSecond, now, freq), WaitFor(_minute, PerMinute, now, freq * 60));
            retryAfter = TimeSpan.FromSeconds((double)wait / freq);
            if (wait > 0)
            {
                Interlocked.Increment(ref _rejected);
                return false;
            }

            foreach (var (window, limit) in new[] { (_second, PerSecond), (_minute, PerMinute) })
            {
                if (limit > 0)
                {
                    window.Enqueue(now);
                }
            }

            return true;
        }
    }

    /// <summary>Ticks until the window has room, 0 if it has room now (or has no limit).</summary>
    private static long WaitFor(Queue<long> window, int limit, long now, long length)
    {
        while (window.Count > 0 && window.Peek() <= now - length)
        {
            window.Dequeue();
        }

        // The oldest counted request frees a slot when it leaves the window.
        return limit <= 0 || window.Count < limit ? 0 : Math.Max(1, window.Peek() + length - now);
    }
}

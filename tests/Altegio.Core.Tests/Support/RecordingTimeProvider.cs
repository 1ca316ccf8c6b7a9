using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace Altegio.Core.Tests.Support
{
    /// <summary>
    /// A clock for retry tests: every timer fires at once, on the thread pool, and the virtual time moves
    /// on by its due time. Tests read <see cref="Waits"/> to see exactly which delays were asked for,
    /// without sleeping through them.
    /// </summary>
    internal sealed class RecordingTimeProvider : TimeProvider
    {
        private readonly ConcurrentQueue<TimeSpan> _waits = new ConcurrentQueue<TimeSpan>();
        private long _ticks = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero).UtcTicks;

        public IReadOnlyList<TimeSpan> Waits => _waits.ToArray();

        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(Interlocked.Read(ref _ticks), TimeSpan.Zero);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            new ImmediateTimer(this, callback, state, dueTime);

        private void Fire(TimeSpan dueTime, TimerCallback callback, object? state)
        {
            _waits.Enqueue(dueTime);
            Interlocked.Add(ref _ticks, dueTime.Ticks);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        private sealed class ImmediateTimer : ITimer
        {
            private readonly RecordingTimeProvider _owner;
            private readonly TimerCallback _callback;
            private readonly object? _state;
            private int _fired;

            public ImmediateTimer(RecordingTimeProvider owner, TimerCallback callback, object? state, TimeSpan dueTime)
            {
                _owner = owner;
                _callback = callback;
                _state = state;
                Change(dueTime, Timeout.InfiniteTimeSpan);
            }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                if (dueTime != Timeout.InfiniteTimeSpan && Interlocked.Exchange(ref _fired, 1) == 0)
                {
                    _owner.Fire(dueTime, _callback, _state);
                }

                return true;
            }

            public void Dispose()
            {
            }

            public System.Threading.Tasks.ValueTask DisposeAsync() => default;
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Altegio.Http
{
    /// <summary>
    /// The client-side request budget for one API host, shared by every session and runspace in the
    /// process, because Altegio counts requests per IP address (5 per second and 200 per minute).
    /// </summary>
    /// <remarks>
    /// Each limit is a token bucket from System.Threading.RateLimiting, sized so that no window of the
    /// limit's length can ever hold more than the limit, whether the server counts in fixed windows or
    /// in a sliding one. The bucket's refill timer runs on its own phase, not from the last request, so a
    /// window of length W can see the B permits a full bucket holds plus a tick at each period P that falls
    /// inside it, ceil(W / P) of them: B + ceil(W / P) must stay at or below the limit. Per second B = 1 and
    /// P = W / (L − 1): a request after a pause takes the stored permit, and a tick a few milliseconds later
    /// must not start a sixth request inside the same second (seen against the mock: requests at 0, 21, 229,
    /// 454, 661 and 854 ms under the old P = W / L). Sustained traffic is held to 200/min = 3.3/s by the
    /// minute budget anyway, so the per-second budget only paces bursts. Per minute B = L/10 lets short
    /// scripts burst, and the refill fills the rest. A 4% margin absorbs timer jitter. FIFO queues make
    /// parallel runspaces take turns fairly. A limit of 1 per second cannot be held exactly by a bucket
    /// (a stored permit plus one tick is 2); it is paced at one a second.
    /// What no client-side limiter can remove is arrival jitter: requests permitted apart on separate new
    /// connections can reach the server together. Against a strict sliding window that can cost an
    /// occasional 429, which the retry handler absorbs, since a 429 is always safe to repeat.
    /// </remarks>
    internal sealed class HostRateLimiter : IRequestBudget
    {
        private const double Margin = 1.04;
        private static readonly ConcurrentDictionary<string, HostRateLimiter> ByHost = new ConcurrentDictionary<string, HostRateLimiter>(StringComparer.OrdinalIgnoreCase);

        private readonly RateLimiter? _perSecond;
        private readonly RateLimiter? _perMinute;

        private HostRateLimiter(int perSecond, int perMinute)
        {
            PerSecond = perSecond;
            PerMinute = perMinute;
            if (perSecond > 0)
            {
                _perSecond = Bucket(burst: 1, SecondPeriod(perSecond));
            }

            if (perMinute > 0)
            {
                var burst = MinuteBurst(perMinute);
                _perMinute = Bucket(burst, ReplenishmentPeriod(TimeSpan.FromMinutes(1), Math.Max(1, perMinute - burst)));
            }
        }

        public int PerSecond { get; }

        /// <summary>The burst a per-minute budget allows: a tenth of it, at least one.</summary>
        internal static int MinuteBurst(int perMinute) => Math.Max(1, perMinute / 10);

        /// <summary>
        /// How often one permit is added so that <paramref name="permits"/> fit a <paramref name="window"/> with the
        /// margin. Rounded up to whole milliseconds, because the limiter's timer has millisecond resolution and
        /// truncates: 20.8 ms became 20 ms, exactly 50/s, and with the initial permit one over a 50/s limit each
        /// second (seen as a 429 every 51 requests against the mock).
        /// </summary>
        internal static TimeSpan ReplenishmentPeriod(TimeSpan window, int permits) =>
            TimeSpan.FromMilliseconds(Math.Ceiling(window.TotalMilliseconds * Margin / permits));

        public int PerMinute { get; }

        /// <summary>The per-second refill period: one stored permit plus the ticks inside any second stay at the limit.</summary>
        internal static TimeSpan SecondPeriod(int perSecond) => ReplenishmentPeriod(TimeSpan.FromSeconds(1), Math.Max(1, perSecond - 1));

        /// <summary>
        /// The limiter for a host. A session asking for other limits replaces the host's limiter, since
        /// the newest Connect-Altegio is the user's latest word about the budget.
        /// </summary>
        public static HostRateLimiter? For(Uri baseUri, int perSecond, int perMinute)
        {
            if (perSecond <= 0 && perMinute <= 0)
            {
                return null;
            }

            return ByHost.AddOrUpdate(
                baseUri.Authority,
                _ => new HostRateLimiter(perSecond, perMinute),
                (_, existing) => existing.PerSecond == perSecond && existing.PerMinute == perMinute
                    ? existing
                    : new HostRateLimiter(perSecond, perMinute));
        }

        /// <summary>Waits until both budgets allow one more request; returns how long that took.</summary>
        public async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            await AcquireAsync(_perMinute, cancellationToken).ConfigureAwait(false);
            await AcquireAsync(_perSecond, cancellationToken).ConfigureAwait(false);
            return TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency);
        }

        private static async Task AcquireAsync(RateLimiter? limiter, CancellationToken cancellationToken)
        {
            if (limiter is null)
            {
                return;
            }

            using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                // Only possible if the queue overflowed, which int.MaxValue rules out; fail loudly rather than send.
                throw new InvalidOperationException("The client-side rate limiter refused a permit.");
            }
        }

        private static RateLimiter Bucket(int burst, TimeSpan period) => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}

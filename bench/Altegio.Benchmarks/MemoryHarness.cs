using System;
using System.Threading;
using System.Threading.Tasks;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// Measurement 2, memory: the peak growth of the managed heap while streaming 1,000 and 10,000 events,
    /// for both contenders. The heap is sampled every 5 ms without forcing collections, from a settled
    /// baseline. A stream keeps one page at a time, so its peak must not grow with the number of events.
    /// </summary>
    internal static class MemoryHarness
    {
        public static MemoryResult Run(MockProcess mock)
        {
            var small = new PagingBenchmarks { Events = Seeding.SmallCount };
            var large = new PagingBenchmarks { Events = Seeding.LargeCount };
            small.Setup();
            large.Setup();
            try
            {
                // Warm-up: JIT and the connection pools are not growth.
                small.Raw().GetAwaiter().GetResult();
                small.Core().GetAwaiter().GetResult();
                return new MemoryResult(
                    Peak(small.Raw), Peak(large.Raw),
                    Peak(small.Core), Peak(large.Core));
            }
            finally
            {
                small.Cleanup();
                large.Cleanup();
            }
        }

        private static long Peak(Func<Task<long>> run)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(true);
            var peak = 0L;
            using (new Timer(_ => Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false) - baseline)), null, 0, 5))
            {
                run().GetAwaiter().GetResult();
            }

            return Math.Max(peak, GC.GetTotalMemory(false) - baseline);
        }
    }

    public sealed record MemoryResult(long RawSmallBytes, long RawLargeBytes, long CoreSmallBytes, long CoreLargeBytes)
    {
        public double CoreGrowthRatio => CoreSmallBytes <= 0 ? 0 : (double)CoreLargeBytes / CoreSmallBytes;
    }
}

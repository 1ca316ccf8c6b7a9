using System;
using System.Threading.Tasks;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// Measurement 2, memory: how much the live managed heap grows while streaming 1,000 and 10,000 events.
    /// After every page a full collection runs and the live heap is read, so what is measured is what the
    /// stream keeps, not when the GC happens to run. A stream keeps one page at a time, so the peak must not
    /// grow with the number of events. (Each contender also runs once before, so JIT and pools are not growth.)
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

        private static long Peak(Func<Action?, Task<long>> run)
        {
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = 0L;
            run(() => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline)).GetAwaiter().GetResult();
            return Math.Max(peak, 0);
        }
    }

    public sealed record MemoryResult(long RawSmallBytes, long RawLargeBytes, long CoreSmallBytes, long CoreLargeBytes)
    {
        /// <summary>10,000 events over 1,000: about 1 when memory stays flat, about 10 when everything is kept.</summary>
        public double CoreGrowthRatio => CoreSmallBytes <= 0 ? 0 : (double)CoreLargeBytes / CoreSmallBytes;
    }
}

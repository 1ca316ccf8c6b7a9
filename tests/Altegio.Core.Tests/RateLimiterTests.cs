using System;
using Altegio.Http;
using Xunit;

namespace Altegio.Core.Tests
{
    public class RateLimiterTests
    {
        [Theory]
        [InlineData(1000, 50, 21)]
        [InlineData(1000, 5, 208)]
        [InlineData(1000, 1, 1040)]
        [InlineData(60000, 180, 347)]
        public void PeriodsAreWholeMillisecondsRoundedUp(int windowMs, int permits, int expectedMs)
        {
            Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), HostRateLimiter.ReplenishmentPeriod(TimeSpan.FromMilliseconds(windowMs), permits));
        }

        [Theory]
        [InlineData(2)]
        [InlineData(5)]
        [InlineData(50)]
        [InlineData(200)]
        [InlineData(1000)]
        public void AWindowNeverHoldsMoreThanTheLimit(int limit)
        {
            // The refill timer keeps its own phase, so a window sees the stored burst plus every tick inside
            // it: ceil(window / period) of them, one possibly just after a request that took the stored permit.
            var period = HostRateLimiter.SecondPeriod(limit);
            var mostInASecond = 1 + (int)Math.Ceiling(1000.0 / period.TotalMilliseconds);
            Assert.True(mostInASecond <= limit, limit + "/s allows " + mostInASecond);

            var burst = HostRateLimiter.MinuteBurst(limit);
            var minutePeriod = HostRateLimiter.ReplenishmentPeriod(TimeSpan.FromMinutes(1), Math.Max(1, limit - burst));
            Assert.True(burst + (int)Math.Ceiling(60000.0 / minutePeriod.TotalMilliseconds) <= limit, limit + "/min");
        }

        [Fact]
        public void TheApisFivePerSecondIsPacedAtFourTicksASecond()
        {
            Assert.Equal(TimeSpan.FromMilliseconds(260), HostRateLimiter.SecondPeriod(5));
        }
    }
}

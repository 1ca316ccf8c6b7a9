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
        [InlineData(5)]
        [InlineData(50)]
        [InlineData(200)]
        [InlineData(1000)]
        public void AWindowNeverHoldsMoreThanTheLimit(int limit)
        {
            // One permit at the start plus one per period: the most any window of the limit's length can see.
            var period = HostRateLimiter.ReplenishmentPeriod(TimeSpan.FromSeconds(1), limit);
            var mostInAWindow = 1 + (int)Math.Floor(1000.0 / period.TotalMilliseconds);
            Assert.True(mostInAWindow <= limit, limit + "/s allows " + mostInAWindow);

            var burst = HostRateLimiter.MinuteBurst(limit);
            var minutePeriod = HostRateLimiter.ReplenishmentPeriod(TimeSpan.FromMinutes(1), Math.Max(1, limit - burst));
            Assert.True(burst + (int)Math.Floor(60000.0 / minutePeriod.TotalMilliseconds) <= limit, limit + "/min");
        }
    }
}

using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Altegio.Http;
using Xunit;

namespace Altegio.Core.Tests
{
    public class RetryPolicyTests
    {
        [Theory]
        [InlineData("GET", 429, true)]
        [InlineData("GET", 503, true)]
        [InlineData("GET", 502, true)]
        [InlineData("GET", 504, true)]
        [InlineData("GET", 408, true)]
        [InlineData("GET", 500, false)]
        [InlineData("GET", 404, false)]
        [InlineData("POST", 429, true)]
        [InlineData("POST", 503, false)]
        [InlineData("PUT", 502, false)]
        [InlineData("DELETE", 504, false)]
        [InlineData("PATCH", 408, false)]
        public void RetriesStatusesOnlyWhenSafe(string method, int status, bool expected)
        {
            Assert.Equal(expected, RetryPolicy.ShouldRetry(new HttpMethod(method), status));
        }

        [Fact]
        public void ARefusedConnectionIsRetriedEvenForACreate()
        {
            var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
            Assert.True(RetryPolicy.ShouldRetry(HttpMethod.Post, refused));
        }

        [Fact]
        public void AResetIsRetriedForReadsButNeverForACreate()
        {
            var reset = new HttpRequestException("reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset)));
            Assert.True(RetryPolicy.ShouldRetry(HttpMethod.Get, reset));
            Assert.False(RetryPolicy.ShouldRetry(HttpMethod.Post, reset));
        }

        [Fact]
        public void AnAssemblyThatFailsToLoadIsNotANetworkFault()
        {
            Assert.False(RetryPolicy.IsTransportFailure(new FileLoadException("manifest mismatch")));
            Assert.False(RetryPolicy.IsTransportFailure(new FileNotFoundException("missing")));
            Assert.False(RetryPolicy.ShouldRetry(HttpMethod.Get, new FileLoadException("manifest mismatch")));
            Assert.True(RetryPolicy.IsTransportFailure(new IOException("reset")));
        }

        [Fact]
        public void TimeoutsAndCancellationAreNeverRetried()
        {
            Assert.False(RetryPolicy.ShouldRetry(HttpMethod.Get, new TimeoutException()));
            Assert.False(RetryPolicy.ShouldRetry(HttpMethod.Get, new OperationCanceledException()));
        }

        [Theory]
        [InlineData(0, 0.0, 500)]
        [InlineData(0, 1.0, 1000)]
        [InlineData(1, 1.0, 2000)]
        [InlineData(2, 0.5, 3000)]
        [InlineData(10, 1.0, 30000)]
        [InlineData(40, 0.0, 15000)]
        public void BacksOffExponentiallyWithJitterAndACap(int retryIndex, double jitter, int expectedMs)
        {
            Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryPolicy.Delay(retryIndex, null, jitter));
        }

        [Fact]
        public void RetryAfterWinsOverBackoff()
        {
            Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.Delay(3, TimeSpan.FromSeconds(7), 0.3));
        }

        [Fact]
        public void ReadsRetryAfterInBothForms()
        {
            var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
            Assert.Equal(TimeSpan.FromSeconds(12), RetryPolicy.ReadRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(12)), now));
            Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.ReadRetryAfter(new RetryConditionHeaderValue(now.AddSeconds(30)), now));
            Assert.Equal(TimeSpan.Zero, RetryPolicy.ReadRetryAfter(new RetryConditionHeaderValue(now.AddSeconds(-30)), now));
            Assert.Null(RetryPolicy.ReadRetryAfter(null, now));
        }
    }
}

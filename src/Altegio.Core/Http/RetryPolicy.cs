using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Altegio.Http
{
    /// <summary>
    /// Which failures are retried and how long to wait: the decisions, apart from the loop that Polly runs.
    /// </summary>
    public static class RetryPolicy
    {
        /// <summary>The first back-off step when the server gives no Retry-After.</summary>
        public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

        /// <summary>The longest back-off step when the server gives no Retry-After.</summary>
        public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

        /// <summary>The longest Retry-After honoured; a longer one fails at once rather than stall a script for hours.</summary>
        public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);

        /// <summary>
        /// True for methods that cannot change data, whose failed attempts can always be repeated.
        /// POST, PUT, PATCH and DELETE are not: the server may have acted before the failure.
        /// </summary>
        public static bool IsSafeToRepeat(HttpMethod method) =>
            method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;

        /// <summary>Statuses worth another attempt: 408, 429, 502, 503 and 504.</summary>
        public static bool IsTransientStatus(int status) =>
            status == 408 || status == 429 || status == 502 || status == 503 || status == 504;

        /// <summary>Decides whether an answer is retried.</summary>
        public static bool ShouldRetry(HttpMethod method, int status)
        {
            if (!IsTransientStatus(status))
            {
                return false;
            }

            // A 429 means the server refused before doing anything, so even a create can be repeated.
            return status == 429 || IsSafeToRepeat(method);
        }

        /// <summary>Decides whether a transport failure is retried.</summary>
        public static bool ShouldRetry(HttpMethod method, Exception exception)
        {
            if (exception is OperationCanceledException || exception is TimeoutException)
            {
                return false;
            }

            if (!IsTransportFailure(exception))
            {
                return false;
            }

            return IsSafeToRepeat(method) || FailedBeforeSending(exception);
        }

        /// <summary>
        /// True for failures of the network or the connection. An assembly that fails to load is an
        /// IOException too (FileLoadException), but it is a broken installation, not a network fault.
        /// </summary>
        public static bool IsTransportFailure(Exception exception) =>
            exception is HttpRequestException || exception is SocketException || exception is WebException
            || (exception is IOException && !(exception is FileLoadException) && !(exception is FileNotFoundException));

        /// <summary>
        /// True when the failure happened while connecting, so the request surely never reached the server:
        /// refused, unreachable, or a name that did not resolve. A reset or a broken answer is not: the
        /// server may already have created the thing.
        /// </summary>
        public static bool FailedBeforeSending(Exception exception)
        {
            for (var current = exception; current != null; current = current.InnerException)
            {
                if (current is SocketException socket)
                {
                    switch (socket.SocketErrorCode)
                    {
                        case SocketError.ConnectionRefused:
                        case SocketError.HostNotFound:
                        case SocketError.HostUnreachable:
                        case SocketError.NetworkUnreachable:
                        case SocketError.AddressNotAvailable:
                        case SocketError.TryAgain:
                            return true;
                    }
                }

                if (current is WebException web && (web.Status == WebExceptionStatus.ConnectFailure || web.Status == WebExceptionStatus.NameResolutionFailure))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a failed change may still have been made: a POST, PUT, PATCH or DELETE whose failure came
        /// after connecting (a reset, a cut-off answer). Failures to connect or to set up TLS happen before any
        /// byte of the request is sent, so nothing can have changed.
        /// </summary>
        public static bool MayHaveChanged(HttpMethod method, Exception exception)
        {
            if (IsSafeToRepeat(method) || FailedBeforeSending(exception))
            {
                return false;
            }

            for (var current = exception; current != null; current = current.InnerException)
            {
                if (current is System.Security.Authentication.AuthenticationException
                    || (current is WebException web && (web.Status == WebExceptionStatus.TrustFailure || web.Status == WebExceptionStatus.SecureChannelFailure)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The wait before retry number <paramref name="retryIndex"/> (0-based): the server's Retry-After when
        /// it sent one, otherwise exponential back-off (1 s, 2 s, 4 s … up to 30 s) times a jitter factor in [0.5, 1].
        /// </summary>
        public static TimeSpan Delay(int retryIndex, TimeSpan? retryAfter, double jitter)
        {
            if (retryAfter.HasValue)
            {
                return retryAfter.Value < TimeSpan.Zero ? TimeSpan.Zero : retryAfter.Value;
            }

            var exponent = Math.Min(retryIndex, 16);
            var backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, BaseDelay.Ticks << exponent));
            var factor = 0.5 + (0.5 * Math.Max(0, Math.Min(1, jitter)));
            return TimeSpan.FromTicks((long)(backoff.Ticks * factor));
        }

        /// <summary>Reads Retry-After in either form: seconds, or an HTTP date measured against <paramref name="now"/>.</summary>
        public static TimeSpan? ReadRetryAfter(System.Net.Http.Headers.RetryConditionHeaderValue? header, DateTimeOffset now)
        {
            if (header is null)
            {
                return null;
            }

            if (header.Delta.HasValue)
            {
                return header.Delta.Value;
            }

            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }

            return null;
        }
    }
}

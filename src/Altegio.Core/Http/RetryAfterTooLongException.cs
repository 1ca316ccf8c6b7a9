using System.Net.Http;

namespace Altegio.Http
{
    /// <summary>Carries an answer whose Retry-After exceeds <see cref="RetryPolicy.MaxRetryAfter"/> out of the retry loop.</summary>
    internal sealed class RetryAfterTooLongException : Exception
    {
        public RetryAfterTooLongException(HttpResponseMessage response)
            : base("The server asked to wait longer than " + RetryPolicy.MaxRetryAfter.TotalMinutes + " minutes.")
        {
            Response = response;
        }

        public HttpResponseMessage Response { get; }
    }
}

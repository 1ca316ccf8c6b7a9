using System.Diagnostics;
using System.Net.Http;
using System.Text;
using Altegio.Tracing;

namespace Altegio.Http
{
    /// <summary>
    /// The innermost handler: one network attempt. It enforces the per-attempt timeout, reads the whole
    /// body inside that attempt (so a truncated body is a failed attempt the retry handler can judge),
    /// and traces the attempt: a Verbose line always, a redacted dump under Debug.
    /// </summary>
    internal sealed class AttemptHandler : DelegatingHandler
    {
        private const int MaxDumpedBodyChars = 16 * 1024;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = RequestContext.From(request);
            if (context is null)
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var trace = context.Trace;
            if (trace is { IsDebugEnabled: true })
            {
                trace.Debug(DumpRequest(request, context));
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(context.Timeout);
            var started = Stopwatch.GetTimestamp();
            HttpResponseMessage? response = null;
            try
            {
                response = await base.SendAsync(request, timeout.Token).ConfigureAwait(false);

                // Disposing the response aborts a read that does not watch the token (netstandard2.0's streams may not).
                using (timeout.Token.Register(static state => ((HttpResponseMessage)state!).Dispose(), response))
                {
                    if (response.Content is { } content)
                    {
                        response.Content = await PooledContent.LoadAsync(content, trace is { IsDebugEnabled: true }, timeout.Token).ConfigureAwait(false);
                    }
                }

                timeout.Token.ThrowIfCancellationRequested();
                trace?.Verbose(Summary(request, context, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + response.ReasonPhrase, started));
                if (trace is { IsDebugEnabled: true })
                {
                    trace.Debug(await DumpResponseAsync(response).ConfigureAwait(false));
                }

                return response;
            }
            catch (Exception ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                response?.Dispose();
                trace?.Verbose(Summary(request, context, "timed out", started));
                throw new AttemptTimeoutException(context.Timeout, ex);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                response?.Dispose();
                trace?.Verbose(Summary(request, context, "failed: " + Redactor.RedactText(ex.GetBaseException().Message), started));
                throw;
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                response?.Dispose();
                throw;
            }
        }

        private static string Summary(HttpRequestMessage request, RequestContext context, string outcome, long started)
        {
            var elapsed = (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
            var text = new StringBuilder()
                .Append(request.Method.Method).Append(' ').Append(context.DisplayPath)
                .Append(" -> ").Append(outcome)
                .Append(" (").Append(elapsed.ToString("0", CultureInfo.InvariantCulture)).Append(" ms");
            if (context.Attempt > 0)
            {
                text.Append(", retry ").Append(context.Attempt).Append(" of ").Append(context.MaximumRetryCount);
            }

            if (context.RateLimitWait.TotalMilliseconds >= 50)
            {
                text.Append(", waited ").Append(context.RateLimitWait.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)).Append(" ms for the rate limit");
            }

            return text.Append(')').ToString();
        }

        private static string DumpRequest(HttpRequestMessage request, RequestContext context)
        {
            var text = new StringBuilder();
            text.Append("HTTP request").Append(context.Attempt > 0 ? " (retry " + context.Attempt + ")" : string.Empty).Append(":\n");
            text.Append(request.Method.Method).Append(' ').Append(Redactor.RedactUrl(request.RequestUri?.ToString() ?? string.Empty)).Append('\n');
            foreach (var header in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>()))
            {
                text.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append('\n');
            }

            if (context.Body is { Length: > 0 } body)
            {
                text.Append('\n').Append(Truncate(Encoding.UTF8.GetString(body)));
            }

            return Redactor.RedactText(text.ToString());
        }

        private static async Task<string> DumpResponseAsync(HttpResponseMessage response)
        {
            var text = new StringBuilder();
            text.Append("HTTP response:\n");
            text.Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase).Append('\n');
            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                text.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append('\n');
            }

            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (body.Length > 0)
            {
                text.Append('\n').Append(Truncate(body));
            }

            return Redactor.RedactText(text.ToString());
        }

        private static string Truncate(string body) => body.Length <= MaxDumpedBodyChars
            ? body
            : body.Substring(0, MaxDumpedBodyChars) + "\n... (" + (body.Length - MaxDumpedBodyChars).ToString(CultureInfo.InvariantCulture) + " more characters)";
    }

    /// <summary>An attempt ran past the session's timeout (as opposed to being cancelled by the user).</summary>
    internal sealed class AttemptTimeoutException : TimeoutException
    {
        public AttemptTimeoutException(TimeSpan timeout, Exception inner)
            : base("No answer within " + timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s.", inner)
        {
            Timeout = timeout;
        }

        public TimeSpan Timeout { get; }
    }
}

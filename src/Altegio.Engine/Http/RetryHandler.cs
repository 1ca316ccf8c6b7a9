using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace Altegio.Http
{
    /// <summary>
    /// The outermost handler: runs the attempts through a Polly retry pipeline. Polly owns the loop, the
    /// cancellable waits and the clock (a fake TimeProvider in tests); <see cref="RetryPolicy"/> owns the
    /// decisions. Each retry sends a fresh copy of the request, so content is never read twice.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private static readonly ResiliencePropertyKey<State> StateKey = new ResiliencePropertyKey<State>("Altegio.State");
        private static readonly ConcurrentDictionary<(int, TimeProvider), ResiliencePipeline<HttpResponseMessage>> Pipelines =
            new ConcurrentDictionary<(int, TimeProvider), ResiliencePipeline<HttpResponseMessage>>();

        [ThreadStatic]
        private static Random? _random;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = RequestContext.From(request);
            if (context is null || context.MaximumRetryCount == 0)
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var pipeline = Pipelines.GetOrAdd((context.MaximumRetryCount, Clock(context)), static key => Build(key.Item1, key.Item2));
            var resilience = ResilienceContextPool.Shared.Get(cancellationToken);
            try
            {
                var state = new State(this, request, context);
                resilience.Properties.Set(StateKey, state);
                return await pipeline.ExecuteAsync(
                    static (ctx, s) => new ValueTask<HttpResponseMessage>(s.SendAttemptAsync(ctx.CancellationToken)),
                    resilience,
                    state).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(resilience);
            }
        }

        // Core carries the clock untyped, so that it never references Microsoft.Bcl.TimeProvider.
        private static TimeProvider Clock(RequestContext context) => context.TimeProvider as TimeProvider ?? TimeProvider.System;

        private Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            base.SendAsync(request, cancellationToken);

        private static ResiliencePipeline<HttpResponseMessage> Build(int maximumRetryCount, TimeProvider timeProvider)
        {
            var options = new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maximumRetryCount,
                ShouldHandle = static args =>
                {
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    if (args.Context.CancellationToken.IsCancellationRequested)
                    {
                        return new ValueTask<bool>(false);
                    }

                    var method = state.Request.Method;
                    var retry = args.Outcome.Exception is { } exception
                        ? RetryPolicy.ShouldRetry(method, exception)
                        : RetryPolicy.ShouldRetry(method, (int)args.Outcome.Result!.StatusCode);
                    return new ValueTask<bool>(retry);
                },
                DelayGenerator = static args =>
                {
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    var retryAfter = RetryPolicy.ReadRetryAfter(args.Outcome.Result?.Headers.RetryAfter, Clock(state.Context).GetUtcNow());
                    var jitter = state.Context.Jitter?.Invoke() ?? (_random ??= new Random()).NextDouble();
                    return new ValueTask<TimeSpan?>(RetryPolicy.Delay(args.AttemptNumber, retryAfter, jitter));
                },
                OnRetry = static args =>
                {
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    state.Context.Trace?.Warning(state.DescribeRetry(args.Outcome, args.RetryDelay, args.AttemptNumber + 1));
                    return default;
                },
            };

            return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
                .AddRetry(options)
                .Build();
        }

        private sealed class State
        {
            private readonly RetryHandler _handler;

            public State(RetryHandler handler, HttpRequestMessage request, RequestContext context)
            {
                _handler = handler;
                Request = request;
                Context = context;
            }

            public HttpRequestMessage Request { get; }

            public RequestContext Context { get; }

            private int _attempts;

            public async Task<HttpResponseMessage> SendAttemptAsync(CancellationToken cancellationToken)
            {
                var attempt = _attempts++;
                Context.Attempt = attempt;
                var message = attempt == 0 ? Request : Copy(Request, Context);
                try
                {
                    var response = await _handler.SendInnerAsync(message, cancellationToken).ConfigureAwait(false);
                    if (RetryPolicy.IsTransientStatus((int)response.StatusCode) && response.Headers.RetryAfter is { } retryAfter
                        && RetryPolicy.ReadRetryAfter(retryAfter, Clock(Context).GetUtcNow()) > RetryPolicy.MaxRetryAfter)
                    {
                        // The server asks for a wait longer than a script should sit through: give its answer back now.
                        throw new RetryAfterTooLongException(response);
                    }

                    return response;
                }
                finally
                {
                    if (!ReferenceEquals(message, Request))
                    {
                        message.Dispose();
                    }
                }
            }

            public string DescribeRetry(Outcome<HttpResponseMessage> outcome, TimeSpan delay, int retryNumber)
            {
                var reason = outcome.Exception is { } exception
                    ? Tracing.Redactor.RedactText(exception.GetBaseException().Message)
                    : "HTTP " + ((int)outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + outcome.Result.ReasonPhrase;
                return string.Format(CultureInfo.InvariantCulture, "{0} {1} failed ({2}); retry {3} of {4} in {5:0.0} s.",
                    Request.Method.Method, Context.DisplayPath, reason, retryNumber, Context.MaximumRetryCount, delay.TotalSeconds);
            }

            private static HttpRequestMessage Copy(HttpRequestMessage original, RequestContext context)
            {
                var copy = new HttpRequestMessage(original.Method, original.RequestUri);
                foreach (var header in original.Headers)
                {
                    copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                if (context.Body != null)
                {
                    copy.Content = new ByteArrayContent(context.Body);
                    copy.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                }

                context.AttachTo(copy);
                return copy;
            }
        }
    }
}

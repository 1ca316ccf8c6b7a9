using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Altegio.Http
{
    /// <summary>
    /// Takes a permit from the host's shared budget before each attempt. It sits inside the retry
    /// handler, so retries spend permits too and a retry storm cannot break the API's limit.
    /// </summary>
    internal sealed class RateLimitHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = RequestContext.From(request);
            if (context?.Limiter is { } limiter)
            {
                context.RateLimitWait = await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}

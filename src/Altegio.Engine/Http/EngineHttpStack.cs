using System;
using System.Net.Http;

namespace Altegio.Http
{
    /// <summary>The engine's side of <see cref="IHttpStack"/>; Core creates it by name (<see cref="HttpStack"/>).</summary>
    internal sealed class EngineHttpStack : IHttpStack
    {
        public HttpClient ClientFor(ProxySettings proxy) => AltegioHttp.CreateClient(proxy);

        public IRequestBudget? BudgetFor(Uri baseUri, int perSecond, int perMinute) => HostRateLimiter.For(baseUri, perSecond, perMinute);
    }
}

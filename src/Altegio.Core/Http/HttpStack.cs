using System.Net.Http;

namespace Altegio.Http
{
    /// <summary>
    /// The process-wide HTTP pipeline as Core sees it. It is built in Altegio.Engine, the one assembly that
    /// uses Microsoft.Extensions.Http, Polly and System.Threading.RateLimiting. In PowerShell 7 the module
    /// loads that assembly and those libraries into its own AssemblyLoadContext, so the copies other modules
    /// put into the shared context (older, newer, or not the real thing) never bind to our code. Only
    /// .NET's own types (HttpClient, Task) and Core's cross this boundary.
    /// </summary>
    internal interface IHttpStack
    {
        /// <summary>A client on the shared handler pipeline for these proxy settings.</summary>
        HttpClient ClientFor(ProxySettings proxy);

        /// <summary>The host's shared client-side request budget, or null when both limits are off.</summary>
        IRequestBudget? BudgetFor(Uri baseUri, int perSecond, int perMinute);
    }

    /// <summary>A client-side request budget that requests wait on before each attempt.</summary>
    internal interface IRequestBudget
    {
        /// <summary>Waits until the budget allows one more request; returns how long that took.</summary>
        Task<TimeSpan> WaitAsync(CancellationToken cancellationToken);
    }

    /// <summary>Finds the engine's <see cref="IHttpStack"/>, once, on first use.</summary>
    internal static class HttpStack
    {
        // By name: the engine references Core, so Core cannot reference the engine. The load request is
        // made in Core's own context, so in PowerShell 7 the module's resolver (Altegio.PowerShell's
        // ModuleInitializer) answers it with the engine in the module's load context; elsewhere (tests,
        // Windows PowerShell) the engine sits beside Core or is found by that resolver.
        private const string EngineTypeName = "Altegio.Http.EngineHttpStack, Altegio.Engine";

        private static readonly Lazy<IHttpStack> Instance = new Lazy<IHttpStack>(Load);

        public static IHttpStack Current => Instance.Value;

        private static IHttpStack Load()
        {
            var type = Type.GetType(EngineTypeName, throwOnError: true)!;
            return (IHttpStack)Activator.CreateInstance(type, nonPublic: true)!;
        }
    }
}

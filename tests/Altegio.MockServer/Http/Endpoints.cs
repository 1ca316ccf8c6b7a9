namespace Altegio.MockServer.Http;

/// <summary>Maps API handlers as ASP.NET Core endpoints; each runs under the state lock and leaves its reply on the <see cref="Call"/>.</summary>
public static class Endpoints
{
    /// <summary>Marks the API's own endpoints, so any other endpoint routing picks (its 405) is told apart.</summary>
    public sealed class ApiRoute
    {
        public static readonly ApiRoute Instance = new();
    }

    public static void Get(this IEndpointRouteBuilder g, string pattern, Func<Call, Reply> handler) => g.Map("GET", pattern, handler);

    public static void Post(this IEndpointRouteBuilder g, string pattern, Func<Call, Reply> handler) => g.Map("POST", pattern, handler);

    public static void Put(this IEndpointRouteBuilder g, string pattern, Func<Call, Reply> handler) => g.Map("PUT", pattern, handler);

    public static void Patch(this IEndpointRouteBuilder g, string pattern, Func<Call, Reply> handler) => g.Map("PATCH", pattern, handler);

    public static void Delete(this IEndpointRouteBuilder g, string pattern, Func<Call, Reply> handler) => g.Map("DELETE", pattern, handler);

    private static void Map(this IEndpointRouteBuilder g, string method, string pattern, Func<Call, Reply> handler) =>
        g.MapMethods(pattern, new[] { method }, ctx =>
        {
            var call = ctx.Features.Get<Call>()!;
            lock (call.State.SyncRoot)
            {
                call.Reply = handler(call);
            }

            return System.Threading.Tasks.Task.CompletedTask;
        }).WithMetadata(ApiRoute.Instance);

    /// <summary>A V2 location group under both <c>v2/locations/{loc}</c> and the <c>v2/companies/{loc}</c> alias.</summary>
    public static void V2(this IEndpointRouteBuilder api, Action<IEndpointRouteBuilder> map)
    {
        map(api.MapGroup("v2/locations/{loc:long}"));
        map(api.MapGroup("v2/companies/{loc:long}"));
    }
}

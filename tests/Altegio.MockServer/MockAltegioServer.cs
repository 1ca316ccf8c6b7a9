using System.IO;
using System.Net;
using System.Reflection;
using Altegio.MockServer.Control;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Altegio.MockServer;

/// <summary>
/// The mock Altegio API over real loopback HTTP. Start one per test class (or per test) with
/// <see cref="StartAsync"/>; point the client at <see cref="BaseUri"/>.
/// </summary>
public sealed class MockAltegioServer : IAsyncDisposable
{
    private const string AcceptMediaType = "application/vnd.api.v2+json";

    private readonly WebApplication _app;
    private readonly MockServerOptions _options;
    private int _disposed;

    private MockAltegioServer(WebApplication app, MockServerOptions options)
    {
        _app = app;
        _options = options;
        State = new MockState(options);
        RateLimit = new RateLimitSettings(options.TimeProvider);
        RateLimit.Configure(options.RatePerSecond, options.RatePerMinute, options.RetryAfter);
    }

    /// <summary><c>http://127.0.0.1:{port}/api</c>; V1 lives under <c>{BaseUri}/v1</c>, V2 under <c>{BaseUri}/v2</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:{port}</c>.</summary>
    public Uri RootUri { get; private set; } = null!;

    public MockState State { get; }

    public RequestLog Requests { get; } = new();

    public FaultPlan Faults { get; } = new();

    public RateLimitSettings RateLimit { get; }

    public MockStats Stats { get; } = new();

    public static async Task<MockAltegioServer> StartAsync(MockServerOptions? options = null, CancellationToken ct = default)
    {
        options ??= new MockServerOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Production });

        // stdout carries only the MOCK_URL line for process use; anything the host says goes to stderr.
        builder.Logging.ClearProviders().AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);

        // The in-process server must not take over the test host's Ctrl+C / SIGTERM handling.
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
            k.Listen(IPAddress.Loopback, options.Port, l => l.Protocols = HttpProtocols.Http1);
        });

        var app = builder.Build();
        var server = new MockAltegioServer(app, options);
        app.UseRouting();
        app.Use(server.HandleAsync);

        // Every class of the Api namespace maps its own routes with a static Map(api): adding a resource is adding a file.
        var api = app.MapGroup("/api");
        foreach (var map in typeof(MockAltegioServer).Assembly.GetTypes().Where(t => t.Namespace == "Altegio.MockServer.Api" && !t.IsNested)
            .Select(t => t.GetMethod("Map", BindingFlags.Public | BindingFlags.Static, [typeof(IEndpointRouteBuilder)])).OfType<MethodInfo>())
        {
            map.Invoke(null, [api]);
        }

        ControlApi.Map(app.MapGroup("/__mock"), server);
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        server.RootUri = new Uri(address.TrimEnd('/'));
        server.BaseUri = new Uri(address.TrimEnd('/') + "/api");
        return server;
    }

    /// <summary>Restores the seed data and the start-up rate limits; clears the request log, faults and stats.</summary>
    public void Reset()
    {
        State.Reset();
        Requests.Clear();
        Faults.Clear();
        RateLimit.Configure(_options.RatePerSecond, _options.RatePerMinute, _options.RetryAfter);
        RateLimit.ResetCounters();
        Stats.Reset();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // A request stuck past the deadline must not keep the test run waiting.
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(cts.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    // ---------------- pipeline ----------------

    /// <summary>
    /// Every <c>/api</c> request: logged, then a scripted fault may answer or cut it; otherwise the rate limit and
    /// the header checks run before the routed handler. The reply is buffered so a fault can still cut it.
    /// </summary>
    private async Task HandleAsync(HttpContext ctx, RequestDelegate next)
    {
        var path = ctx.Request.Path.Value ?? "/";
        if (path.StartsWith("/__mock", StringComparison.OrdinalIgnoreCase))
        {
            await next(ctx).ConfigureAwait(false);
            return;
        }

        using var ms = new MemoryStream();
        try
        {
            await ctx.Request.Body.CopyToAsync(ms, ctx.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return;
        }

        var body = ms.ToArray();
        var method = ctx.Request.Method;
        var headers = ctx.Request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value.ToArray()), StringComparer.OrdinalIgnoreCase);
        var entry = Requests.Add(new RecordedRequest
        {
            Method = method, Path = path, QueryString = ctx.Request.QueryString.Value ?? string.Empty, Headers = headers,
            Body = System.Text.Encoding.UTF8.GetString(body),
        });
        Stats.Request();
        var fault = Faults.TryTake(method, path, out var use);
        entry.Fault = fault is null ? null : JsonNamingPolicy.CamelCase.ConvertName(fault.Kind.ToString());

        if (fault?.Kind == FaultKind.Reset)
        {
            Finish(entry, 0, aborted: true);
            ctx.Abort();
            return;
        }

        if (fault?.Kind == FaultKind.Delay && !await Task.Delay(fault.DelayMs, ctx.RequestAborted).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default).ConfigureAwait(false))
        {
            // The client gave up (timeout/cancel); nothing is processed.
            Finish(entry, 0, aborted: true);
            return;
        }

        var reply = fault?.Answer(use) ?? await ProcessAsync(ctx, next, path, body).ConfigureAwait(false);
        if (fault?.Kind == FaultKind.ResetAfterProcessing)
        {
            Finish(entry, reply.Status, aborted: true);
            ctx.Abort();
            return;
        }

        // A 204 has no body to cut; answer as a server that sends a body with its success would, so that a change's
        // answer can be cut off mid-body too.
        var truncate = fault?.Kind == FaultKind.Truncate;
        reply = truncate && reply.Body.Length == 0 ? Reply.Raw(reply.Status == 204 ? 200 : reply.Status, """{"success":true,"data":null,"meta":[]}""", Reply.JsonContentType) : reply;
        Finish(entry, reply.Status, aborted: truncate);
        try
        {
            await reply.ExecuteAsync(ctx, truncate).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away; nothing to tell it.
        }
    }

    private void Finish(RecordedRequest entry, int status, bool aborted)
    {
        (entry.Status, entry.Aborted) = (status, aborted);
        Stats.Finish(status);
    }

    /// <summary>The checks the API makes, in its order, then the routed handler.</summary>
    private async Task<Reply> ProcessAsync(HttpContext ctx, RequestDelegate next, string path, byte[] body)
    {
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return Reply.NotFound();
        }

        if (!RateLimit.TryAcquire(out var wait))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            var limited = Reply.Legacy(429, "Too many requests");
            return RateLimit.RetryAfter switch
            {
                RetryAfterMode.Seconds => limited.WithHeader("Retry-After", Reply.Code(seconds)),
                RetryAfterMode.Date => limited.WithHeader("Retry-After", State.Time.GetUtcNow().AddSeconds(seconds).ToString("R", CultureInfo.InvariantCulture)),
                _ => limited,
            };
        }

        if (!AcceptsV2(ctx.Request.Headers.Accept))
        {
            return Reply.Legacy(400, "The Accept header must be application/vnd.api.v2+json");
        }

        var isAuth = HttpMethods.IsPost(ctx.Request.Method) && path.TrimEnd('/') == "/api/v1/auth";
        var user = CheckAuthorization(ctx.Request.Headers.Authorization, isAuth, out var authError);
        var endpoint = ctx.GetEndpoint();
        var company = ctx.GetRouteValue("loc") is string loc ? State.Find<MockCompany>(long.Parse(loc, CultureInfo.InvariantCulture)) : null;
        var refusal = authError is not null ? Reply.Legacy(401, authError)

            // Routing picks an endpoint of its own only to refuse the method.
            : endpoint?.Metadata.GetMetadata<Endpoints.ApiRoute>() is null ? (endpoint is null ? Reply.NotFound() : Reply.Legacy(405, "Method not allowed"))
            : ctx.GetRouteValue("loc") is not string id ? null
            : company is null ? Reply.NotFound()
            : user is null || !user.CompanyIds.Contains(company.Id) ? Reply.Legacy(403, "No access to location " + id)
            : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var call = new Call(ctx, State, user, company, body);
        ctx.Features.Set(call);
        try
        {
            await next(ctx).ConfigureAwait(false);
            return call.Reply ?? Reply.NotFound();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"mock: {ctx.Request.Method} {path} failed: {ex}");
            return Reply.Legacy(500, "Mock server error: " + ex.Message);
        }
    }

    /// <summary>Exactly the V2 media type, optionally with <c>charset=utf-8</c>.</summary>
    private static bool AcceptsV2(StringValues values)
    {
        var parts = values.Count == 1 ? (values[0] ?? string.Empty).Split(';', StringSplitOptions.TrimEntries) : [string.Empty];
        return string.Equals(parts[0], AcceptMediaType, StringComparison.OrdinalIgnoreCase)
            && parts.Skip(1).All(p => p.Split('=', 2, StringSplitOptions.TrimEntries) is [var k, var v]
                && string.Equals(k, "charset", StringComparison.OrdinalIgnoreCase) && string.Equals(v.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// <c>Bearer &lt;partner&gt;, User &lt;user&gt;</c> exactly (comma + one space); on <c>POST /v1/auth</c>
    /// the partner part alone is enough.
    /// </summary>
    private MockUser? CheckAuthorization(StringValues values, bool isAuth, out string? error)
    {
        var header = values.Count == 1 ? values[0] ?? string.Empty : string.Empty;
        var rest = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
        var sep = rest?.IndexOf(", User ", StringComparison.Ordinal) ?? -1;
        var partner = sep < 0 ? rest : rest![..sep];
        var userToken = sep < 0 ? null : rest![(sep + ", User ".Length)..];
        var user = userToken is null ? null : State.All<MockUser>().FirstOrDefault(u => u.UserToken.Length > 0 && u.UserToken == userToken);
        error = values.Count == 0 || string.IsNullOrEmpty(values[0]) ? "Authorization header is missing"
            : !IsToken(partner) || (userToken is not null && !IsToken(userToken)) || (userToken is null && !isAuth)
                ? (isAuth ? "The Authorization header must be 'Bearer <partner_token>'" : "The Authorization header must be 'Bearer <partner_token>, User <user_token>'")
            : partner != MockServerOptions.DemoPartnerToken ? "Invalid partner token"
            : user is null && userToken is not null && !isAuth ? "Invalid user token"
            : null;
        return error is null ? user : null;
    }

    private static bool IsToken(string? s) => !string.IsNullOrEmpty(s) && !s.Any(ch => char.IsWhiteSpace(ch) || ch == ',');

    /// <summary>Leaves process signals alone; whoever hosts the server decides when it stops.</summary>
    private sealed class PassiveLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

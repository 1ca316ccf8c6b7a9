using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Altegio.MockServer.Api;
using Altegio.MockServer.Control;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
    private readonly Router _router = new();
    private int _disposed;

    private MockAltegioServer(WebApplication app, MockServerOptions options)
    {
        _app = app;
        _options = options;
        State = new MockState(options);
        Requests = new RequestLog(options.RequestLogCapacity);
        RateLimit = new RateLimitSettings(options.TimeProvider);
        RateLimit.Configure(options.RatePerSecond, options.RatePerMinute, options.RetryAfter);
        AuthApi.Register(_router);
        CompaniesApi.Register(_router);
        TagsApi.Register(_router);
        PositionsApi.Register(_router);
        TeamMembersApi.Register(_router);
        EventsApi.Register(_router);
        BookingsApi.Register(_router);
        EventExtrasApi.Register(_router);
        WorkSchedulesApi.Register(_router);
        EventSeriesApi.Register(_router);
    }

    /// <summary><c>http://127.0.0.1:{port}/api</c>; V1 lives under <c>{BaseUri}/v1</c>, V2 under <c>{BaseUri}/v2</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:{port}</c>.</summary>
    public Uri RootUri { get; private set; } = null!;

    public int Port => RootUri.Port;

    public MockState State { get; }

    public RequestLog Requests { get; }

    public FaultPlan Faults { get; } = new();

    public RateLimitSettings RateLimit { get; }

    public MockStats Stats { get; } = new();

    public static async Task<MockAltegioServer> StartAsync(MockServerOptions? options = null, CancellationToken ct = default)
    {
        options ??= new MockServerOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = Array.Empty<string>(),
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });

        // stdout carries only the MOCK_URL line for process use; anything the host says goes to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

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
        app.Run(server.HandleAsync);
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
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A request stuck past the deadline must not keep the test run waiting.
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    // ---------------- pipeline ----------------

    private async Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "/";
        if (path.StartsWith("/__mock", StringComparison.OrdinalIgnoreCase))
        {
            await ControlApi.HandleAsync(this, ctx).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        ReadOnlyMemory<byte> body;
        try
        {
            body = await ReadBodyAsync(ctx).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return;
        }

        var method = ctx.Request.Method;
        var entry = Requests.Add(method, path, ctx.Request.QueryString.Value ?? string.Empty, CopyHeaders(ctx.Request.Headers),
            body.IsEmpty ? string.Empty : System.Text.Encoding.UTF8.GetString(body.Span), State.Time.GetUtcNow().UtcDateTime);
        Stats.Request();

        FaultRule? fault = null;
        var use = 0;
        if (Faults.TryTake(method, path, out var rule, out use))
        {
            fault = rule;
            entry.Fault = FaultRule.KindName(rule.Kind);
            Stats.Fault();
        }

        Reply? reply = null;
        switch (fault?.Kind)
        {
            case FaultKind.Reset:
                Finish(entry, started, 0, aborted: true);
                ctx.Abort();
                return;
            case FaultKind.Delay:
                try
                {
                    await Task.Delay(fault.DelayMs, ctx.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up (timeout/cancel); nothing is processed.
                    Finish(entry, started, 0, aborted: true);
                    return;
                }

                break;
            case FaultKind.Status:
            case FaultKind.Html:
            case FaultKind.Malformed:
            case FaultKind.SuccessFalse:
            case FaultKind.Respond:
                reply = FaultReply(fault, use);
                break;
        }

        reply ??= Process(ctx, method, path, body);

        if (fault?.Kind == FaultKind.ResetAfterProcessing)
        {
            Finish(entry, started, reply.Status, aborted: true);
            ctx.Abort();
            return;
        }

        var truncate = fault?.Kind == FaultKind.Truncate;
        if (truncate && reply.Body.IsEmpty)
        {
            // A 204 has no body to cut; answer as a server that sends a body with its success (the
            // "accept every form" case) would, so that a change's answer can be cut off mid-body too.
            reply = Reply.Raw(reply.Status == 204 ? 200 : reply.Status, """{"success":true,"data":null,"meta":[]}""", Reply.JsonContentType);
        }

        Finish(entry, started, reply.Status, aborted: truncate);
        await SendAsync(ctx, reply, truncate).ConfigureAwait(false);
    }

    private void Finish(RecordedRequest entry, long started, int status, bool aborted)
    {
        entry.Status = status;
        entry.Aborted = aborted;
        entry.DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (status != 0)
        {
            Stats.Status(status);
        }

        if (aborted)
        {
            Stats.Abort();
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpContext ctx)
    {
        if (ctx.Request.ContentLength == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        using var ms = new MemoryStream();
        await ctx.Request.Body.CopyToAsync(ms, ctx.RequestAborted).ConfigureAwait(false);
        return ms.Length == 0 ? ReadOnlyMemory<byte>.Empty : ms.ToArray();
    }

    private static Dictionary<string, string> CopyHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            copy[name] = values.Count == 1 ? values[0] ?? string.Empty : string.Join(", ", values.ToArray());
        }

        return copy;
    }

    private static async Task SendAsync(HttpContext ctx, Reply reply, bool truncate)
    {
        try
        {
            var res = ctx.Response;
            res.StatusCode = reply.Status;
            if (reply.Headers is not null)
            {
                foreach (var (name, value) in reply.Headers)
                {
                    res.Headers.Append(name, value);
                }
            }

            if (reply.Status is 204 or 304)
            {
                return;
            }

            if (reply.ContentType is not null)
            {
                res.ContentType = reply.ContentType;
            }

            res.ContentLength = reply.Body.Length;
            if (truncate)
            {
                await res.Body.WriteAsync(reply.Body[..(reply.Body.Length / 2)], ctx.RequestAborted).ConfigureAwait(false);
                await res.Body.FlushAsync(ctx.RequestAborted).ConfigureAwait(false);

                // Give the client time to read the half body; an immediate abort can overtake it and
                // the peer then sees only a reset, which is the "reset" fault, not a truncation.
                await Task.Delay(100, ctx.RequestAborted).ConfigureAwait(false);
                ctx.Abort();
                return;
            }

            await res.Body.WriteAsync(reply.Body, ctx.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away; nothing to tell it.
        }
    }

    private static Reply FaultReply(FaultRule rule, int use)
    {
        Reply reply;
        switch (rule.Kind)
        {
            case FaultKind.Html:
            {
                var status = rule.StatusForUse(use, 502);
                var html = rule.Body ?? $"<html>\r\n<head><title>{status} {FaultRule.Describe(status)}</title></head>\r\n<body>\r\n<center><h1>{status} {FaultRule.Describe(status)}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
                reply = Reply.Raw(status, html, rule.ContentType ?? "text/html");
                break;
            }

            case FaultKind.Malformed:
                reply = Reply.Raw(rule.StatusForUse(use, 200), rule.Body ?? "{\"data\": [", rule.ContentType ?? Reply.JsonContentType);
                break;
            case FaultKind.SuccessFalse:
                reply = rule.Body is null
                    ? Reply.Legacy(rule.StatusForUse(use, 200), rule.Message ?? "An error has occurred")
                    : Reply.Raw(rule.StatusForUse(use, 200), rule.Body, rule.ContentType ?? Reply.JsonContentType);
                break;
            case FaultKind.Respond:
                reply = Reply.Raw(rule.StatusForUse(use, 200), rule.Body ?? string.Empty, rule.ContentType ?? (rule.Body is null ? null : Reply.JsonContentType));
                break;
            default:
            {
                var status = rule.StatusForUse(use, 503);
                reply = rule.Body is null
                    ? Reply.Legacy(status, rule.Message ?? FaultRule.Describe(status))
                    : Reply.Raw(status, rule.Body, rule.ContentType ?? Reply.JsonContentType);
                break;
            }
        }

        if (rule.RetryAfter is not null)
        {
            reply.WithHeader("Retry-After", rule.RetryAfter);
        }

        if (rule.Headers is not null)
        {
            foreach (var (name, value) in rule.Headers)
            {
                reply.WithHeader(name, value);
            }
        }

        return reply;
    }

    private Reply Process(HttpContext ctx, string method, string path, ReadOnlyMemory<byte> body)
    {
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return Reply.NotFound();
        }

        if (!RateLimit.TryAcquire(out var wait))
        {
            Stats.RateLimitHit();
            var tooMany = Reply.Legacy(429, "Too many requests");
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            switch (RateLimit.RetryAfter)
            {
                case RetryAfterMode.Seconds:
                    tooMany.WithHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
                    break;
                case RetryAfterMode.Date:
                    tooMany.WithHeader("Retry-After", State.Time.GetUtcNow().AddSeconds(seconds).ToString("R", CultureInfo.InvariantCulture));
                    break;
            }

            return tooMany;
        }

        var acceptError = CheckAccept(ctx.Request.Headers.Accept);
        if (acceptError is not null)
        {
            return Reply.Legacy(400, acceptError);
        }

        var segments = path[5..].TrimEnd('/').Split('/');
        var isAuth = segments.Length == 2 && segments[0] == "v1" && segments[1] == "auth" && HttpMethods.IsPost(method);
        var user = CheckAuthorization(ctx.Request.Headers.Authorization, isAuth, out var authError);
        if (authError is not null)
        {
            return Reply.Legacy(401, authError);
        }

        switch (_router.Match(method, segments, out var handler, out var loc, out var id, out var id2))
        {
            case Router.MatchKind.NotFound:
                return Reply.NotFound();
            case Router.MatchKind.MethodNotAllowed:
                return Reply.Legacy(405, "Method not allowed");
        }

        var req = new ApiRequest(method, ctx.Request.Query, body, user, State) { Id = id, Id2 = id2 };
        if (loc is { } companyId)
        {
            var company = State.FindCompany(companyId);
            if (company is null)
            {
                return Reply.NotFound();
            }

            if (user is null || !user.CompanyIds.Contains(companyId))
            {
                return Reply.Legacy(403, "No access to location " + companyId.ToString(CultureInfo.InvariantCulture));
            }

            req.Company = company;
        }

        try
        {
            return handler(req);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"mock: {method} {path} failed: {ex}");
            return Reply.Legacy(500, "Mock server error: " + ex.Message);
        }
    }

    /// <summary>Exactly the V2 media type, optionally with <c>charset=utf-8</c>; returns the complaint or null.</summary>
    private static string? CheckAccept(Microsoft.Extensions.Primitives.StringValues values)
    {
        const string complaint = "The Accept header must be application/vnd.api.v2+json";
        if (values.Count != 1 || values[0] is not { } value)
        {
            return complaint;
        }

        var parts = value.Split(';');
        if (!string.Equals(parts[0].Trim(), AcceptMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return complaint;
        }

        for (var i = 1; i < parts.Length; i++)
        {
            var kv = parts[i].Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !string.Equals(kv[0], "charset", StringComparison.OrdinalIgnoreCase)
                || !string.Equals(kv[1].Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return complaint;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>Bearer &lt;partner&gt;, User &lt;user&gt;</c> exactly (comma + one space); on <c>POST /v1/auth</c>
    /// the partner part alone is enough.
    /// </summary>
    private MockUser? CheckAuthorization(Microsoft.Extensions.Primitives.StringValues values, bool isAuth, out string? error)
    {
        error = null;
        if (values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            error = "Authorization header is missing";
            return null;
        }

        const string shape = "The Authorization header must be 'Bearer <partner_token>, User <user_token>'";
        if (values.Count != 1 || !values[0]!.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            error = shape;
            return null;
        }

        var rest = values[0]!["Bearer ".Length..];
        var sep = rest.IndexOf(", User ", StringComparison.Ordinal);
        var partner = sep < 0 ? rest : rest[..sep];
        var userToken = sep < 0 ? null : rest[(sep + ", User ".Length)..];
        if (!IsToken(partner) || (userToken is not null && !IsToken(userToken)) || (userToken is null && !isAuth))
        {
            error = isAuth ? "The Authorization header must be 'Bearer <partner_token>'" : shape;
            return null;
        }

        if (!State.IsPartnerToken(partner))
        {
            error = "Invalid partner token";
            return null;
        }

        if (userToken is null)
        {
            return null;
        }

        var user = State.FindUserByToken(userToken);
        if (user is null && !isAuth)
        {
            error = "Invalid user token";
            return null;
        }

        return user;
    }

    private static bool IsToken(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch == ',')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Leaves process signals alone; whoever hosts the server decides when it stops.</summary>
    private sealed class PassiveLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

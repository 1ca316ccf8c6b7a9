using System.IO;

namespace Altegio.MockServer.Control;

/// <summary>
/// <c>/__mock/*</c>: lets a separate process (Pester, the demo) drive what in-process tests reach
/// through <see cref="MockAltegioServer"/>'s properties. No auth, no rate limit, not logged.
/// </summary>
internal static class ControlApi
{
    /// <summary>camelCase names; a number or any JSON value where a string is expected is taken as its text.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new TextConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly object Ok = new { ok = true };

    public static void Map(IEndpointRouteBuilder g, MockAltegioServer server)
    {
        var state = server.State;
        g.On("GET", "health", (_, _) => Ok);
        g.On("POST", "reset", (_, _) => Do(server.Reset));
        g.On("GET", "requests", (ctx, _) => server.Requests.Snapshot()
            .Where(r => (ctx.Request.Query["path"] is not [{ Length: > 0 } path] || FaultRule.PathMatches(path, r.Path))
                && (ctx.Request.Query["method"] is not [{ Length: > 0 } method] || string.Equals(method, r.Method, StringComparison.OrdinalIgnoreCase)))
            .ToList());
        g.On("DELETE", "requests", (_, _) => Do(server.Requests.Clear));
        g.On("GET", "faults", (_, _) => server.Faults.Pending);
        g.On("POST", "faults", (_, body) => Reply.Json(201, AddFaults(server, body), Json));
        g.On("DELETE", "faults", (_, _) => Do(server.Faults.Clear));
        g.On("GET", "ratelimit", (_, _) => Limits(server.RateLimit));
        g.On("PUT", "ratelimit", (_, body) => SetLimits(server.RateLimit, Read<RateLimitBody>(body)));
        g.On("GET", "stats", (_, _) => new
        {
            server.Stats.TotalRequests, RateLimited = server.RateLimit.Rejected, Served429 = server.Stats.Count(429), server.Stats.ByStatus, PendingFaults = server.Faults.Pending.Count, Events = state.All<MockEvent>().Count,
        });
        g.On("POST", "seed/events", (_, body) => SeedEvents(state, Read<SeedBody>(body)));
        g.On("POST", "seed/chain", (_, body) => SeedChain(state, Read<ChainBody>(body)));
        g.On("GET", "settings", (_, _) => Settings(state.Settings));
        g.On("PUT", "settings", (_, body) => SetSettings(state, Read<SettingsBody>(body)));
        g.On("POST", "tokens/revoke", (_, body) =>
            state.RevokeUserToken(Read<RevokeBody>(body).UserToken ?? string.Empty) ? Ok : Error(404, "No user holds that token."));
        g.MapFallback("{**rest}", ctx => Error(404, $"Unknown control endpoint {ctx.Request.Method} {ctx.Request.Path}").ExecuteAsync(ctx));
    }

    /// <summary>Maps one control call: the body is read whole; what the handler returns is sent as JSON (a <see cref="Reply"/> as is).</summary>
    private static void On(this IEndpointRouteBuilder g, string method, string pattern, Func<HttpContext, byte[], object> handler) =>
        g.MapMethods(pattern, new[] { method }, async ctx =>
        {
            using var ms = new MemoryStream();
            await ctx.Request.Body.CopyToAsync(ms, ctx.RequestAborted).ConfigureAwait(false);
            Reply reply;
            try
            {
                var result = handler(ctx, ms.ToArray());
                reply = result as Reply ?? Reply.Json(200, result, Json);
                _ = reply.Body;
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
            {
                reply = Error(400, ex.Message);
            }

            await reply.ExecuteAsync(ctx).ConfigureAwait(false);
        });

    private static Reply Error(int status, string message) => Reply.Json(status, new { error = message }, Json);

    private static object Do(Action action)
    {
        action();
        return Ok;
    }

    private static T Read<T>(byte[] body) =>
        JsonSerializer.Deserialize<T>(body.Length == 0 ? "{}"u8 : body, Json) ?? throw new FormatException("The body must be a JSON object.");

    // ---------------- faults ----------------

    private static List<FaultRule> AddFaults(MockAltegioServer server, byte[] body)
    {
        var root = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body).RootElement;
        var rules = (root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : new List<JsonElement> { root })
            .Select(e => e.ValueKind == JsonValueKind.Object ? e.Deserialize<FaultRule>(Json)! : throw new FormatException("A fault rule must be a JSON object."))
            .ToList();
        if (rules.FirstOrDefault(r => r.Kind == FaultKind.Status && r.Status is null && r.Statuses is not { Length: > 0 }) is not null)
        {
            throw new FormatException("A status fault needs status or statuses.");
        }

        rules.ForEach(r => server.Faults.Add(r));
        return rules;
    }

    // ---------------- rate limit ----------------

    private sealed record RateLimitBody(int? PerSecond, int? PerMinute, string? RetryAfter);

    private static RateLimitBody Limits(RateLimitSettings limits) =>
        new(limits.PerSecond, limits.PerMinute, limits.RetryAfter.ToString().ToLowerInvariant());

    private static RateLimitBody SetLimits(RateLimitSettings limits, RateLimitBody body)
    {
        limits.Configure(body.PerSecond ?? 0, body.PerMinute ?? 0, Pick("retryAfter", body.RetryAfter, RetryAfterMode.Seconds, Enum.GetValues<RetryAfterMode>()));
        return Limits(limits);
    }

    /// <summary>The choice <paramref name="text"/> names (case-insensitive); <paramref name="current"/> when it is not sent.</summary>
    private static T Pick<T>(string name, string? text, T current, params T[] choices)
        where T : notnull => Pick(name, text, current, choices.Select(c => (c.ToString()!.ToLowerInvariant(), c)).ToArray());

    private static T Pick<T>(string name, string? text, T current, params (string Name, T Value)[] choices) =>
        text is null ? current
        : choices.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)) is { Name: not null } hit ? hit.Value
        : throw new FormatException($"{name} must be one of {string.Join(", ", choices.Select(c => c.Name))}, not '{text}'.");

    // ---------------- seed ----------------

    private sealed record ChainBody(int? Locations, int? Tags, int? Positions, int? TeamMembers);

    private static object SeedChain(MockState state, ChainBody b) =>
        new { CompanyIds = state.SeedChain(b.Locations ?? 3, b.Tags ?? 10, b.Positions ?? 5, b.TeamMembers ?? 15) };

    private sealed record SeedBody(
        long CompanyId = 1001, int Count = 100, string? Start = null, int IntervalMinutes = 30, long StaffId = 101, long ServiceId = 301,
        int Capacity = 10, int? LengthSeconds = null, int? Length = null, List<long>? ResourceInstanceIds = null, bool Replace = false);

    private static object SeedEvents(MockState state, SeedBody body)
    {
        var company = state.Find<MockCompany>(body.CompanyId) ?? throw new KeyNotFoundException($"Unknown company {body.CompanyId}.");
        if (body.Count is < 0 or > 1_000_000 || body.IntervalMinutes < 1)
        {
            throw new ArgumentException("count must be 0..1000000 and intervalMinutes at least 1.");
        }

        var start = state.LocalNow(company).Date.AddDays(1).AddHours(8);
        if (body.Start is not null && !DateTime.TryParseExact(
            body.Start.Replace('T', ' '), new[] { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            throw new FormatException("start must be a local time like 2027-01-15T09:00:00.");
        }

        (long First, long Last) ids = default;
        lock (state.SyncRoot)
        {
            foreach (var e in body.Replace ? state.Table<MockEvent>().Values.Where(e => e.CompanyId == body.CompanyId).ToList() : new List<MockEvent>())
            {
                state.Remove<MockEvent>(e.Id);
            }

            foreach (var b in body.Replace ? state.Table<MockBooking>().Values.Where(b => b.CompanyId == body.CompanyId).ToList() : new List<MockBooking>())
            {
                state.Remove<MockBooking>(b.Id);
            }

            ids = state.SeedEvents(body.CompanyId, body.Count, start, TimeSpan.FromMinutes(body.IntervalMinutes), body.StaffId, body.ServiceId,
                body.Capacity, body.LengthSeconds ?? body.Length ?? Math.Min(body.IntervalMinutes * 60, 3600), body.ResourceInstanceIds);
        }

        return Reply.Json(201, new
        {
            Created = body.Count, FirstId = ids.First, LastId = ids.Last, First = Fmt.Local(start),
            Last = Fmt.Local(start.AddMinutes((double)body.IntervalMinutes * Math.Max(0, body.Count - 1))),
        }, Json);
    }

    // ---------------- settings ----------------

    private sealed record SettingsBody(
        string? PositionDeleteInUse, bool? ServicesBindingTypeAsString, double? PastToleranceSeconds, string? EventErrors, string? BookingFields,
        bool? BookingActivityId, bool? SeriesGenerationLags, bool? CancelFreesSeat, string? BulkCleanMeta, string? DuplicateAnswer);

    private static SettingsBody Settings(MockSettings s) => new(
        s.PositionDeleteInUse switch { PositionInUseDelete.Conflict => "409", PositionInUseDelete.Unprocessable => "422", _ => "keep" },
        s.ServicesBindingTypeAsString, s.PastTolerance.TotalSeconds, s.EventErrorsAsJsonApi ? "jsonapi" : "legacy",
        s.BookingFields.ToString().ToLowerInvariant(), s.BookingAnswersCarryActivityId, s.SeriesGenerationLags,
        s.CancelFreesSeat, s.BulkCleanMeta, s.DuplicateAnswer);

    private static SettingsBody SetSettings(MockState state, SettingsBody body)
    {
        lock (state.SyncRoot)
        {
            var s = state.Settings;
            s.PositionDeleteInUse = Pick("positionDeleteInUse", body.PositionDeleteInUse, s.PositionDeleteInUse, ("keep", PositionInUseDelete.KeepAndNoContent),
                ("204", PositionInUseDelete.KeepAndNoContent), ("409", PositionInUseDelete.Conflict), ("conflict", PositionInUseDelete.Conflict),
                ("422", PositionInUseDelete.Unprocessable), ("unprocessable", PositionInUseDelete.Unprocessable));
            s.EventErrorsAsJsonApi = Pick("eventErrors", body.EventErrors, s.EventErrorsAsJsonApi, ("legacy", false), ("jsonapi", true), ("json:api", true));
            s.BookingFields = Pick("bookingFields", body.BookingFields, s.BookingFields, Enum.GetValues<BookingFieldGeneration>());
            s.BulkCleanMeta = Pick("bulkCleanMeta", body.BulkCleanMeta, s.BulkCleanMeta, "array", "object", "errors");
            s.DuplicateAnswer = Pick("duplicateAnswer", body.DuplicateAnswer, s.DuplicateAnswer, "observed", "resource");
            s.ServicesBindingTypeAsString = body.ServicesBindingTypeAsString ?? s.ServicesBindingTypeAsString;
            s.PastTolerance = body.PastToleranceSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : s.PastTolerance;
            s.BookingAnswersCarryActivityId = body.BookingActivityId ?? s.BookingAnswersCarryActivityId;
            s.SeriesGenerationLags = body.SeriesGenerationLags ?? s.SeriesGenerationLags;
            s.CancelFreesSeat = body.CancelFreesSeat ?? s.CancelFreesSeat;
            return Settings(s);
        }
    }

    private sealed record RevokeBody(string? UserToken);

    /// <summary>Reads any JSON value where a string is expected: a string as itself, anything else as its JSON text.</summary>
    private sealed class TextConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString() : JsonDocument.ParseValue(ref reader).RootElement.GetRawText();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}

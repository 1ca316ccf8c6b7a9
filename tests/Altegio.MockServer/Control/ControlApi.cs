using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Altegio.MockServer.Http;
using Altegio.MockServer.State;
using Microsoft.AspNetCore.Http;

namespace Altegio.MockServer.Control;

/// <summary>
/// <c>/__mock/*</c>: lets a separate process (Pester, the demo) drive what in-process tests reach
/// through <see cref="MockAltegioServer"/>'s properties. No auth, no rate limit, not logged.
/// </summary>
internal static class ControlApi
{
    public static async Task HandleAsync(MockAltegioServer server, HttpContext ctx)
    {
        var path = (ctx.Request.Path.Value ?? string.Empty).TrimEnd('/').ToLowerInvariant();
        var method = ctx.Request.Method.ToUpperInvariant();
        byte[] body;
        using (var ms = new MemoryStream())
        {
            await ctx.Request.Body.CopyToAsync(ms, ctx.RequestAborted).ConfigureAwait(false);
            body = ms.ToArray();
        }

        Reply reply;
        try
        {
            reply = (method, path) switch
            {
                ("GET", "/__mock/health") => Ok(w => w.WriteBoolean("ok", true)),
                ("POST", "/__mock/reset") => Do(server.Reset),
                ("GET", "/__mock/requests") => Requests(server, ctx.Request.Query),
                ("DELETE", "/__mock/requests") => Do(server.Requests.Clear),
                ("GET", "/__mock/faults") => Faults(server),
                ("POST", "/__mock/faults") => AddFaults(server, body),
                ("DELETE", "/__mock/faults") => Do(server.Faults.Clear),
                ("GET", "/__mock/ratelimit") => RateLimit(server),
                ("PUT", "/__mock/ratelimit") => SetRateLimit(server, body),
                ("GET", "/__mock/stats") => Stats(server),
                ("POST", "/__mock/seed/events") => SeedEvents(server, body),
                ("POST", "/__mock/seed/chain") => SeedChain(server, body),
                ("GET", "/__mock/settings") => Settings(server),
                ("PUT", "/__mock/settings") => SetSettings(server, body),
                ("POST", "/__mock/tokens/revoke") => Revoke(server, body),
                _ => Error(404, $"Unknown control endpoint {method} {path}"),
            };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            reply = Error(400, ex.Message);
        }

        ctx.Response.StatusCode = reply.Status;
        if (reply.Status != 204)
        {
            ctx.Response.ContentType = reply.ContentType ?? Reply.JsonContentType;
            ctx.Response.ContentLength = reply.Body.Length;
            await ctx.Response.Body.WriteAsync(reply.Body, ctx.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Reply Ok(Action<Utf8JsonWriter> props) =>
        Reply.Json(200, w =>
        {
            w.WriteStartObject();
            props(w);
            w.WriteEndObject();
        });

    private static Reply Do(Action action)
    {
        action();
        return Ok(w => w.WriteBoolean("ok", true));
    }

    private static Reply Error(int status, string message) =>
        Reply.Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        });

    private static JsonElement Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return JsonDocument.Parse("{}").RootElement.Clone();
        }

        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.Clone();
    }

    private static Reply Requests(MockAltegioServer server, IQueryCollection query)
    {
        var pathFilter = query["path"].FirstOrDefault();
        var methodFilter = query["method"].FirstOrDefault();
        var items = server.Requests.Snapshot()
            .Where(r => (string.IsNullOrEmpty(pathFilter) || FaultRule.PathMatches(pathFilter, r.Path))
                && (string.IsNullOrEmpty(methodFilter) || string.Equals(methodFilter, r.Method, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return Reply.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var r in items)
            {
                w.WriteStartObject();
                w.WriteNumber("sequence", r.Sequence);
                w.WriteString("method", r.Method);
                w.WriteString("path", r.Path);
                w.WriteString("queryString", r.QueryString);
                w.WriteStartObject("query");
                foreach (var (key, values) in r.Query)
                {
                    w.WriteStartArray(key);
                    foreach (var v in values)
                    {
                        w.WriteStringValue(v);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
                w.WriteStartObject("headers");
                foreach (var (name, value) in r.Headers)
                {
                    w.WriteString(name, value);
                }

                w.WriteEndObject();
                w.WriteString("body", r.Body);
                w.WriteNumber("status", r.Status);
                w.WriteBoolean("aborted", r.Aborted);
                if (r.Fault is null)
                {
                    w.WriteNull("fault");
                }
                else
                {
                    w.WriteString("fault", r.Fault);
                }

                w.WriteString("timeUtc", r.TimeUtc.ToString("O", CultureInfo.InvariantCulture));
                w.WriteNumber("durationMs", Math.Round(r.DurationMs, 3));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }, 4096);
    }

    private static Reply Faults(MockAltegioServer server) =>
        Reply.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var rule in server.Faults.Pending)
            {
                rule.WriteJson(w);
            }

            w.WriteEndArray();
        });

    private static Reply AddFaults(MockAltegioServer server, byte[] body)
    {
        var root = Parse(body);
        var rules = root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select(FaultRule.FromJson).ToList()
            : new List<FaultRule> { FaultRule.FromJson(root) };
        foreach (var rule in rules)
        {
            server.Faults.Add(rule);
        }

        return Reply.Json(201, w =>
        {
            w.WriteStartArray();
            foreach (var rule in rules)
            {
                rule.WriteJson(w);
            }

            w.WriteEndArray();
        });
    }

    private static string ModeName(RetryAfterMode mode) => mode switch
    {
        RetryAfterMode.Date => "date",
        RetryAfterMode.None => "none",
        _ => "seconds",
    };

    private static Reply RateLimit(MockAltegioServer server) =>
        Ok(w =>
        {
            w.WriteNumber("perSecond", server.RateLimit.PerSecond);
            w.WriteNumber("perMinute", server.RateLimit.PerMinute);
            w.WriteString("retryAfter", ModeName(server.RateLimit.RetryAfter));
        });

    private static Reply SetRateLimit(MockAltegioServer server, byte[] body)
    {
        var root = Parse(body);
        var perSecond = root.TryGetProperty("perSecond", out var ps) && ps.ValueKind != JsonValueKind.Null ? ps.GetInt32() : 0;
        var perMinute = root.TryGetProperty("perMinute", out var pm) && pm.ValueKind != JsonValueKind.Null ? pm.GetInt32() : 0;
        var mode = RetryAfterMode.Seconds;
        if (root.TryGetProperty("retryAfter", out var ra) && ra.ValueKind == JsonValueKind.String)
        {
            mode = ra.GetString()!.ToLowerInvariant() switch
            {
                "seconds" => RetryAfterMode.Seconds,
                "date" => RetryAfterMode.Date,
                "none" => RetryAfterMode.None,
                var other => throw new FormatException($"retryAfter must be seconds, date or none, not '{other}'."),
            };
        }

        server.RateLimit.Configure(perSecond, perMinute, mode);
        return RateLimit(server);
    }

    private static Reply Stats(MockAltegioServer server) =>
        Ok(w =>
        {
            var s = server.Stats;
            w.WriteNumber("totalRequests", s.TotalRequests);
            w.WriteNumber("rateLimited", s.RateLimited);
            w.WriteNumber("served429", s.Count(429));
            w.WriteNumber("faultsApplied", s.FaultsApplied);
            w.WriteNumber("aborted", s.Aborted);
            w.WriteStartObject("byStatus");
            foreach (var (status, count) in s.ByStatus)
            {
                w.WriteNumber(status.ToString(CultureInfo.InvariantCulture), count);
            }

            w.WriteEndObject();
            w.WriteNumber("pendingFaults", server.Faults.Pending.Count);
            w.WriteNumber("events", server.State.Events.Count);
        });

    private static Reply SeedEvents(MockAltegioServer server, byte[] body)
    {
        var root = Parse(body);
        long Long(string name, long fallback) => root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetInt64() : fallback;
        var companyId = Long("companyId", 1001);
        var company = server.State.FindCompany(companyId) ?? throw new KeyNotFoundException($"Unknown company {companyId}.");
        var count = (int)Long("count", 100);
        var interval = (int)Long("intervalMinutes", 30);
        if (count < 0 || count > 1_000_000 || interval < 1)
        {
            throw new ArgumentException("count must be 0..1000000 and intervalMinutes at least 1.");
        }

        DateTime start;
        if (root.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.String)
        {
            var text = s.GetString()!.Replace('T', ' ');
            if (!DateTime.TryParseExact(text, new[] { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            {
                throw new FormatException("start must be a local time like 2027-01-15T09:00:00.");
            }
        }
        else
        {
            start = server.State.LocalNow(company).Date.AddDays(1).AddHours(8);
        }

        var length = (int)Long("lengthSeconds", Long("length", Math.Min(interval * 60, 3600)));
        List<long>? resources = null;
        if (root.TryGetProperty("resourceInstanceIds", out var ri) && ri.ValueKind == JsonValueKind.Array)
        {
            resources = ri.EnumerateArray().Select(x => x.GetInt64()).ToList();
        }

        var replace = root.TryGetProperty("replace", out var rp) && rp.ValueKind == JsonValueKind.True;
        (long First, long Last) ids = default;
        server.State.Mutate(state =>
        {
            if (replace)
            {
                foreach (var e in state.EventStore.Values.Where(e => e.CompanyId == companyId).ToList())
                {
                    state.EventStore.Remove(e.Id);
                }

                foreach (var b in state.BookingStore.Values.Where(b => b.CompanyId == companyId).ToList())
                {
                    state.BookingStore.Remove(b.Id);
                }
            }

            ids = state.SeedEvents(companyId, count, start, TimeSpan.FromMinutes(interval), Long("staffId", 101), Long("serviceId", 301),
                (int)Long("capacity", 10), length, resources);
        });

        return Reply.Json(201, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("created", count);
            w.WriteNumber("firstId", ids.First);
            w.WriteNumber("lastId", ids.Last);
            w.WriteString("first", Fmt.Local(start));
            w.WriteString("last", Fmt.Local(start.AddMinutes((double)interval * Math.Max(0, count - 1))));
            w.WriteEndObject();
        });
    }

    private static Reply Settings(MockAltegioServer server) =>
        Ok(w =>
        {
            var st = server.State;
            w.WriteString("positionDeleteInUse", st.PositionDeleteInUse switch
            {
                PositionInUseDelete.Conflict => "409",
                PositionInUseDelete.Unprocessable => "422",
                _ => "keep",
            });
            w.WriteBoolean("servicesBindingTypeAsString", st.ServicesBindingTypeAsString);
            w.WriteNumber("pastToleranceSeconds", st.PastTolerance.TotalSeconds);
            w.WriteString("eventErrors", st.EventErrorsAsJsonApi ? "jsonapi" : "legacy");
            w.WriteString("bookingFields", st.BookingFields.ToString().ToLowerInvariant());
            w.WriteBoolean("bookingActivityId", st.BookingAnswersCarryActivityId);
            w.WriteBoolean("cancelFreesSeat", st.CancelFreesSeat);
            w.WriteString("bulkCleanMeta", st.BulkCleanMeta);
            w.WriteString("duplicateAnswer", st.DuplicateAnswer);
            w.WriteBoolean("seriesGenerationLags", st.Schedules.SeriesGenerationLags);
        });

    private static Reply SetSettings(MockAltegioServer server, byte[] body)
    {
        var root = Parse(body);
        var st = server.State;
        lock (st.SyncRoot)
        {
            if (root.TryGetProperty("positionDeleteInUse", out var p))
            {
                st.PositionDeleteInUse = (p.ValueKind == JsonValueKind.Number ? p.GetRawText() : p.GetString() ?? string.Empty).ToLowerInvariant() switch
                {
                    "keep" or "204" => PositionInUseDelete.KeepAndNoContent,
                    "409" or "conflict" => PositionInUseDelete.Conflict,
                    "422" or "unprocessable" => PositionInUseDelete.Unprocessable,
                    var other => throw new FormatException($"positionDeleteInUse must be keep, 409 or 422, not '{other}'."),
                };
            }

            if (root.TryGetProperty("servicesBindingTypeAsString", out var b))
            {
                st.ServicesBindingTypeAsString = b.GetBoolean();
            }

            if (root.TryGetProperty("pastToleranceSeconds", out var t))
            {
                st.PastTolerance = TimeSpan.FromSeconds(t.GetDouble());
            }

            if (root.TryGetProperty("eventErrors", out var shape))
            {
                st.EventErrorsAsJsonApi = (shape.GetString() ?? string.Empty).ToLowerInvariant() switch
                {
                    "legacy" => false,
                    "jsonapi" or "json:api" => true,
                    var other => throw new FormatException($"eventErrors must be legacy or jsonapi, not '{other}'."),
                };
            }

            if (root.TryGetProperty("bookingFields", out var generation))
            {
                st.BookingFields = (generation.GetString() ?? string.Empty).ToLowerInvariant() switch
                {
                    "both" => BookingFieldGeneration.Both,
                    "current" => BookingFieldGeneration.Current,
                    "legacy" => BookingFieldGeneration.Legacy,
                    var other => throw new FormatException($"bookingFields must be both, current or legacy, not '{other}'."),
                };
            }

            if (root.TryGetProperty("cancelFreesSeat", out var frees))
            {
                st.CancelFreesSeat = frees.GetBoolean();
            }

            if (root.TryGetProperty("bulkCleanMeta", out var cleanMeta))
            {
                st.BulkCleanMeta = cleanMeta.GetString() is "array" or "object" or "errors"
                    ? cleanMeta.GetString()!
                    : throw new FormatException("bulkCleanMeta must be array, object or errors.");
            }

            if (root.TryGetProperty("duplicateAnswer", out var duplicate))
            {
                st.DuplicateAnswer = duplicate.GetString() is "observed" or "resource"
                    ? duplicate.GetString()!
                    : throw new FormatException("duplicateAnswer must be observed or resource.");
            }

            if (root.TryGetProperty("bookingActivityId", out var activity))
            {
                st.BookingAnswersCarryActivityId = activity.GetBoolean();
            }

            if (root.TryGetProperty("seriesGenerationLags", out var lags))
            {
                st.Schedules.SeriesGenerationLags = lags.GetBoolean();
            }

            if (root.TryGetProperty("defaultTechnicalBreak", out var d))
            {
                // { "companyId": 1001, "seconds": 1200 }
                var company = st.FindCompany(d.GetProperty("companyId").GetInt64()) ?? throw new KeyNotFoundException("Unknown company.");
                company.DefaultTechnicalBreakSeconds = d.GetProperty("seconds").GetInt32();
            }
        }

        return Settings(server);
    }

    private static Reply Revoke(MockAltegioServer server, byte[] body)
    {
        var root = Parse(body);
        var token = root.GetProperty("userToken").GetString() ?? string.Empty;
        return server.State.RevokeUserToken(token) ? Do(() => { }) : Error(404, "No user holds that token.");
    }

    private static Reply SeedChain(MockAltegioServer server, byte[] body)
    {
        var root = Parse(body);
        int Int(string name, int fallback) => root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetInt32() : fallback;
        var ids = server.State.SeedChain(Int("locations", 3), Int("tags", 10), Int("positions", 5), Int("teamMembers", 15));
        return Ok(w =>
        {
            w.WriteStartArray("companyIds");
            foreach (var id in ids)
            {
                w.WriteNumberValue(id);
            }

            w.WriteEndArray();
        });
    }
}

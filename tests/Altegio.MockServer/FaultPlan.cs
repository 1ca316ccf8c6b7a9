using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Altegio.MockServer;

/// <summary>What a fault rule does to a matching request.</summary>
public enum FaultKind
{
    /// <summary>Answer <see cref="FaultRule.Status"/> (or the next of <see cref="FaultRule.Statuses"/>) without processing.</summary>
    Status,

    /// <summary>Wait <see cref="FaultRule.DelayMs"/>, then process normally.</summary>
    Delay,

    /// <summary>Drop the connection before processing.</summary>
    Reset,

    /// <summary>Process (state changes happen), then drop the connection instead of answering.</summary>
    ResetAfterProcessing,

    /// <summary>
    /// Process, announce the full Content-Length, send half the body, drop the connection. An answer without a
    /// body (204) is sent as 200 with <c>{"success":true,"data":null,"meta":[]}</c>, cut the same way.
    /// </summary>
    Truncate,

    /// <summary>Answer an HTML error page (default 502) without processing.</summary>
    Html,

    /// <summary>Answer 200 application/json with broken JSON without processing.</summary>
    Malformed,

    /// <summary>Answer 200 with the legacy envelope and <c>success:false</c> without processing.</summary>
    SuccessFalse,

    /// <summary>Answer exactly <see cref="FaultRule.Status"/>, <see cref="FaultRule.Headers"/> and <see cref="FaultRule.Body"/>.</summary>
    Respond,
}

/// <summary>One scripted fault. Rules are matched in the order added and consumed one use per matching request.</summary>
public sealed class FaultRule
{
    /// <summary>HTTP method to match; null matches any.</summary>
    public string? Method { get; set; }

    /// <summary>Exact request path (e.g. <c>/api/v2/locations/1001/tags</c>); a <c>*</c> segment matches any one segment, a final <c>**</c> the rest.</summary>
    public string Path { get; set; } = "/**";

    /// <summary>How many matching requests this rule handles; defaults to 1, or to the length of <see cref="Statuses"/>.</summary>
    public int? Times { get; set; }

    public FaultKind Kind { get; set; } = FaultKind.Status;

    public int? Status { get; set; }

    /// <summary>Successive statuses for <see cref="FaultKind.Status"/>, one per use.</summary>
    public int[]? Statuses { get; set; }

    /// <summary>Raw <c>Retry-After</c> value: delta seconds ("2") or an HTTP date.</summary>
    public string? RetryAfter { get; set; }

    /// <summary>Raw response body; null picks a default for the kind.</summary>
    public string? Body { get; set; }

    public string? ContentType { get; set; }

    public IDictionary<string, string>? Headers { get; set; }

    public int DelayMs { get; set; }

    /// <summary>Message for the default legacy-envelope bodies.</summary>
    public string? Message { get; set; }

    internal int Used { get; set; }

    internal int EffectiveTimes => Times ?? (Statuses is { Length: > 0 } ? Statuses.Length : 1);

    public static string KindName(FaultKind kind) => kind switch
    {
        FaultKind.Status => "status",
        FaultKind.Delay => "delay",
        FaultKind.Reset => "reset",
        FaultKind.ResetAfterProcessing => "resetAfterProcessing",
        FaultKind.Truncate => "truncate",
        FaultKind.Html => "html",
        FaultKind.Malformed => "malformed",
        FaultKind.SuccessFalse => "successFalse",
        FaultKind.Respond => "respond",
        _ => kind.ToString(),
    };

    public static bool TryParseKind(string? text, out FaultKind kind)
    {
        foreach (var k in Enum.GetValues<FaultKind>())
        {
            if (string.Equals(KindName(k), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Reads the control-API JSON form (camelCase names as in this class).</summary>
    public static FaultRule FromJson(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A fault rule must be a JSON object.");
        }

        var rule = new FaultRule();
        foreach (var p in e.EnumerateObject())
        {
            var v = p.Value;
            switch (p.Name.ToLowerInvariant())
            {
                case "method":
                    rule.Method = v.ValueKind == JsonValueKind.Null ? null : v.GetString();
                    break;
                case "path":
                    rule.Path = v.GetString() ?? throw new FormatException("path must be a string.");
                    break;
                case "times":
                    rule.Times = v.ValueKind == JsonValueKind.Null ? null : v.GetInt32();
                    break;
                case "kind":
                    if (!TryParseKind(v.GetString(), out var kind))
                    {
                        throw new FormatException($"Unknown fault kind '{v.GetString()}'.");
                    }

                    rule.Kind = kind;
                    break;
                case "status":
                    rule.Status = v.ValueKind == JsonValueKind.Null ? null : v.GetInt32();
                    break;
                case "statuses":
                    rule.Statuses = v.ValueKind == JsonValueKind.Null ? null : v.EnumerateArray().Select(x => x.GetInt32()).ToArray();
                    break;
                case "retryafter":
                    rule.RetryAfter = v.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.Number => v.GetRawText(),
                        _ => v.GetString(),
                    };
                    break;
                case "body":
                    // A JSON value instead of a string is sent verbatim, which saves escaping in test scripts.
                    rule.Body = v.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => v.GetString(),
                        _ => v.GetRawText(),
                    };
                    break;
                case "contenttype":
                    rule.ContentType = v.GetString();
                    break;
                case "headers":
                    rule.Headers = v.EnumerateObject().ToDictionary(h => h.Name, h => h.Value.ValueKind == JsonValueKind.String ? h.Value.GetString() ?? string.Empty : h.Value.GetRawText());
                    break;
                case "delayms":
                    rule.DelayMs = v.GetInt32();
                    break;
                case "message":
                    rule.Message = v.GetString();
                    break;
                default:
                    throw new FormatException($"Unknown fault rule field '{p.Name}'.");
            }
        }

        if (rule.Kind == FaultKind.Status && rule.Status is null && rule.Statuses is not { Length: > 0 })
        {
            throw new FormatException("A status fault needs status or statuses.");
        }

        return rule;
    }

    internal void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        if (Method is null)
        {
            w.WriteNull("method");
        }
        else
        {
            w.WriteString("method", Method);
        }

        w.WriteString("path", Path);
        w.WriteString("kind", KindName(Kind));
        w.WriteNumber("times", EffectiveTimes);
        w.WriteNumber("used", Used);
        if (Status is { } s)
        {
            w.WriteNumber("status", s);
        }

        if (Statuses is { } list)
        {
            w.WriteStartArray("statuses");
            foreach (var x in list)
            {
                w.WriteNumberValue(x);
            }

            w.WriteEndArray();
        }

        if (DelayMs != 0)
        {
            w.WriteNumber("delayMs", DelayMs);
        }

        if (RetryAfter is not null)
        {
            w.WriteString("retryAfter", RetryAfter);
        }

        w.WriteEndObject();
    }

    internal bool Matches(string method, string path)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return PathMatches(Path, path);
    }

    internal static bool PathMatches(string pattern, string path)
    {
        var p = pattern.Trim('/').Split('/');
        var s = path.Trim('/').Split('/');
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] == "**" && i == p.Length - 1)
            {
                return true;
            }

            if (i >= s.Length)
            {
                return false;
            }

            if (p[i] != "*" && !string.Equals(p[i], s[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return p.Length == s.Length;
    }

    /// <summary>The status this use answers with (for kinds that answer without processing).</summary>
    internal int StatusForUse(int use, int fallback)
    {
        if (Statuses is { Length: > 0 } list)
        {
            return list[use % list.Length];
        }

        return Status ?? fallback;
    }

    internal static string Describe(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        408 => "Request timeout",
        409 => "Conflict",
        422 => "Unprocessable entity",
        429 => "Too many requests",
        500 => "Internal server error",
        502 => "Bad gateway",
        503 => "Service unavailable",
        504 => "Gateway timeout",
        _ => "Error " + status.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>The scripted faults, thread-safe, FIFO per matching request.</summary>
public sealed class FaultPlan
{
    private readonly object _sync = new();
    private readonly List<FaultRule> _rules = new();

    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_sync)
        {
            _rules.Add(rule);
        }

        return rule;
    }

    public void Clear()
    {
        lock (_sync)
        {
            _rules.Clear();
        }
    }

    /// <summary>Rules with uses left.</summary>
    public IReadOnlyList<FaultRule> Pending
    {
        get
        {
            lock (_sync)
            {
                return _rules.ToList();
            }
        }
    }

    /// <summary>Takes one use of the first rule matching the request; <paramref name="use"/> is its 0-based index.</summary>
    internal bool TryTake(string method, string path, out FaultRule rule, out int use)
    {
        lock (_sync)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var r = _rules[i];
                if (!r.Matches(method, path))
                {
                    continue;
                }

                use = r.Used++;
                if (r.Used >= r.EffectiveTimes)
                {
                    _rules.RemoveAt(i);
                }

                rule = r;
                return true;
            }
        }

        rule = null!;
        use = 0;
        return false;
    }
}

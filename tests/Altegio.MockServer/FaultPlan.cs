using Microsoft.AspNetCore.WebUtilities;

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

/// <summary>
/// One scripted fault. Rules are matched in the order added and consumed one use per matching request. The control
/// API reads this class from JSON (camelCase names); an unknown member is refused.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
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

    /// <summary>The answer for kinds that answer without processing; null for the others.</summary>
    internal Reply? Answer(int use)
    {
        var status = Statuses is { Length: > 0 } list ? list[use % list.Length] : Status;
        var reply = Kind switch
        {
            FaultKind.Html => Reply.Raw(status ?? 502, Body ?? NginxPage(status ?? 502), ContentType ?? "text/html"),
            FaultKind.Malformed => Reply.Raw(status ?? 200, Body ?? "{\"data\": [", ContentType ?? Reply.JsonContentType),
            FaultKind.Status when Body is null => Reply.Legacy(status ?? 503, Message ?? Describe(status ?? 503)),
            FaultKind.SuccessFalse when Body is null => Reply.Legacy(status ?? 200, Message ?? "An error has occurred"),
            FaultKind.SuccessFalse or FaultKind.Status => Reply.Raw(status ?? (Kind == FaultKind.Status ? 503 : 200), Body!, ContentType ?? Reply.JsonContentType),
            FaultKind.Respond => Reply.Raw(status ?? 200, Body ?? string.Empty, ContentType ?? (Body is null ? null : Reply.JsonContentType)),
            _ => null,
        };
        foreach (var (name, value) in (RetryAfter is null ? [] : new[] { KeyValuePair.Create("Retry-After", RetryAfter) }).Concat(Headers ?? new Dictionary<string, string>()))
        {
            reply?.WithHeader(name, value);
        }

        return reply;
    }

    private static string NginxPage(int status) =>
        $"<html>\r\n<head><title>{status} {Describe(status)}</title></head>\r\n<body>\r\n<center><h1>{status} {Describe(status)}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    internal bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) && PathMatches(Path, path);

    /// <summary>A <c>*</c> pattern segment matches any one segment, a final <c>**</c> the rest.</summary>
    internal static bool PathMatches(string pattern, string path)
    {
        var p = pattern.Trim('/').Split('/');
        var s = path.Trim('/').Split('/');
        return p[^1] == "**"
            ? s.Length >= p.Length - 1 && Same(p[..^1], s[..(p.Length - 1)])
            : s.Length == p.Length && Same(p, s);

        static bool Same(string[] p, string[] s) => p.Zip(s).All(x => x.First == "*" || string.Equals(x.First, x.Second, StringComparison.OrdinalIgnoreCase));
    }

    internal static string Describe(int status) => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error " + status;
}

/// <summary>The scripted faults, thread-safe, FIFO per matching request.</summary>
public sealed class FaultPlan
{
    private readonly List<FaultRule> _rules = new();

    /// <summary>Rules with uses left.</summary>
    public IReadOnlyList<FaultRule> Pending
    {
        get
        {
            lock (_rules)
            {
                return _rules.ToList();
            }
        }
    }

    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_rules)
        {
            _rules.Add(rule);
        }

        return rule;
    }

    public void Clear()
    {
        lock (_rules)
        {
            _rules.Clear();
        }
    }

    /// <summary>Takes one use of the first rule matching the request; <paramref name="use"/> is its 0-based index.</summary>
    internal FaultRule? TryTake(string method, string path, out int use)
    {
        lock (_rules)
        {
            var rule = _rules.FirstOrDefault(r => r.Matches(method, path));
            use = rule is null ? 0 : rule.Used++;
            if (rule is not null && rule.Used >= rule.EffectiveTimes)
            {
                _rules.Remove(rule);
            }

            return rule;
        }
    }
}

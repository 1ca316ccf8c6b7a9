namespace Altegio.MockServer.Http;

/// <summary>An authenticated, routed <c>/api</c> request as handlers see it. Handlers run under the state lock.</summary>
public sealed class Call
{
    private readonly HttpContext _ctx;
    private readonly ReadOnlyMemory<byte> _body;

    /// <summary>What the handler answered; the pipeline sends it (or cuts it, as a fault says).</summary>
    internal Reply? Reply { get; set; }

    internal Call(HttpContext ctx, MockState state, MockUser? user, MockCompany? company, ReadOnlyMemory<byte> body)
    {
        _ctx = ctx;
        State = state;
        User = user;
        Company = company!;
        _body = body;
    }

    public MockState State { get; }

    /// <summary>Null only on <c>POST /v1/auth</c> with a partner token alone.</summary>
    public MockUser? User { get; }

    /// <summary>The route's <c>{loc}</c> location, resolved and access-checked.</summary>
    public MockCompany Company { get; }

    /// <summary>The route's <c>{id}</c>.</summary>
    public long Id => Route("id");

    /// <summary>The route's <c>{id2}</c> (an item under <c>{id}</c>).</summary>
    public long Id2 => Route("id2");

    private long Route(string name) => long.Parse((string)_ctx.GetRouteValue(name)!, CultureInfo.InvariantCulture);

    public string? Q(string key)
    {
        var v = _ctx.Request.Query[key];
        return v.Count == 0 ? null : v[0];
    }

    /// <summary>Repeated <c>key[]</c> (or <c>key</c>) values, each possibly comma-separated; null when one is not an integer.</summary>
    public List<long>? Longs(string key)
    {
        var list = new List<long>();
        foreach (var part in Parts(key + "[]").Concat(Parts(key)))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            {
                return null;
            }

            list.Add(v);
        }

        return list;
    }

    /// <summary>An optional integer query value: true with null when absent, false when not an integer.</summary>
    public bool TryInt(string key, out int? value)
    {
        value = null;
        var raw = Q(key);
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        var ok = int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v);
        value = ok ? v : null;
        return ok;
    }

    /// <summary>
    /// Include names, from <c>include[]=a&amp;include[]=b</c> only: the official client calls it the form the API
    /// validates. A plain <c>include=</c> (the docs' repeated form) is a 422, so a client that sends it fails here
    /// as it may against the API; a name outside <paramref name="allowed"/> (when given) is a 400.
    /// </summary>
    public bool TryIncludes(string[]? allowed, out HashSet<string> includes, out Reply? error)
    {
        includes = Includes();
        error = _ctx.Request.Query.ContainsKey("include") ? Reply.Validation("include", "The include must be an array.") : null;
        if (error is null && allowed is not null && includes.FirstOrDefault(n => !allowed.Contains(n)) is { } name)
        {
            error = Reply.Legacy(400, $"The include '{name}' is not supported; allowed: {string.Join(", ", allowed)}");
        }

        return error is null;
    }

    /// <summary>The <c>include[]</c> names, unchecked (a plain <c>include=</c> is not read).</summary>
    public HashSet<string> Includes() => new(Parts("include[]"), StringComparer.Ordinal);

    private IEnumerable<string> Parts(string key) =>
        _ctx.Request.Query[key].SelectMany(raw => (raw ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The JSON object body; false when it is not one (an empty body reads as <c>{}</c>).</summary>
    public bool TryForm(out Form form, bool v1 = false)
    {
        form = null!;
        JsonElement root;
        try
        {
            root = _body.Span.Trim(" \t\r\n"u8).IsEmpty ? Form.EmptyObject : JsonDocument.Parse(_body).RootElement;
        }
        catch (JsonException)
        {
            return false;
        }

        form = new Form(root, new Errors(), string.Empty, v1);
        return root.ValueKind == JsonValueKind.Object;
    }
}

/// <summary>
/// Lenient reads of a JSON object body that record what is wrong in <see cref="Errors"/>. PHP backends accept
/// numeric strings where numbers are expected (and V1 clients send them), so numbers and booleans are read from
/// either form. Absent and <c>null</c> read as null; <c>required</c> makes them an error.
/// </summary>
public sealed class Form
{
    internal static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    private readonly JsonElement _root;
    private readonly string _prefix;
    private readonly bool _v1;

    internal Form(JsonElement root, Errors errors, string prefix, bool v1)
    {
        _root = root;
        Errors = errors;
        _prefix = prefix;
        _v1 = v1;
    }

    public Errors Errors { get; }

    /// <summary>The member is present, <c>null</c> included.</summary>
    public bool Sent(string name) => _root.TryGetProperty(name, out _);

    public bool IsNull(string name) => _root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Null;

    public long? Long(string name, bool required = false) =>
        !Take(name, required, out var e) ? null : TryLong(e, out var v) ? v : Bad<long?>(name, "an integer");

    /// <summary>A number with a fraction (money, percentages); also from a numeric string.</summary>
    public decimal? Decimal(string name, bool required = false) =>
        !Take(name, required, out var e) ? null : TryDecimal(e, out var v) ? v : Bad<decimal?>(name, "a number");

    public bool? Bool(string name, bool required = false) =>
        !Take(name, required, out var e) ? null : ReadBool(e) ?? Bad<bool?>(name, "true or false");

    /// <summary>A string (a number is taken as its text); with <paramref name="required"/>, blank counts as absent.</summary>
    public string? Str(string name, bool required = false)
    {
        if (!Take(name, required, out var e))
        {
            return null;
        }

        var s = e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetRawText(),
            _ => Bad<string>(name, "a string"),
        };
        if (required && s is not null && s.Trim().Length == 0)
        {
            Errors.Add(_prefix + name, Missing(name));
            return null;
        }

        return s;
    }

    public List<long>? Longs(string name)
    {
        if (!Take(name, false, out var e))
        {
            return null;
        }

        var list = new List<long>();
        if (e.ValueKind != JsonValueKind.Array)
        {
            return Bad<List<long>>(name, "an array of integers");
        }

        foreach (var item in e.EnumerateArray())
        {
            if (!TryLong(item, out var v))
            {
                return Bad<List<long>>(name, "an array of integers");
            }

            list.Add(v);
        }

        return list;
    }

    /// <summary>The key an error about member <paramref name="name"/> is reported under (<c>items.0.name</c> in an array).</summary>
    public string Path(string name) => _prefix + name;

    /// <summary>The object as sent, for members the mock stores without reading (cloned: the body does not outlive the request).</summary>
    public JsonElement Raw => _root.Clone();

    /// <summary>The member names sent.</summary>
    public IEnumerable<string> Names => _root.EnumerateObject().Select(p => p.Name);

    /// <summary>An array of strings (numbers taken as their text).</summary>
    public List<string>? Strs(string name, bool required = false)
    {
        if (!Take(name, required, out var e))
        {
            return null;
        }

        return e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            ? e.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText()).ToList()
            : Bad<List<string>>(name, "an array of strings");
    }

    /// <summary>An array of objects, each reporting its errors as <c>name.index.field</c>.</summary>
    public List<Form>? Objects(string name, bool required = false)
    {
        if (!Take(name, required, out var e))
        {
            return null;
        }

        if (e.ValueKind != JsonValueKind.Array || e.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.Object))
        {
            return Bad<List<Form>>(name, "an array of objects");
        }

        return e.EnumerateArray().Select((item, i) => new Form(item, Errors, _prefix + name + "." + i.ToString(CultureInfo.InvariantCulture) + ".", _v1)).ToList();
    }

    /// <summary>A nested object whose errors are reported as <c>name.field</c>.</summary>
    public Form? Object(string name, bool required = false) =>
        !Take(name, required, out var e) ? null
        : e.ValueKind == JsonValueKind.Object ? new Form(e, Errors, _prefix + name + ".", _v1)
        : Bad<Form>(name, "an object");

    private bool Take(string name, bool required, out JsonElement e)
    {
        if (_root.TryGetProperty(name, out e) && e.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Errors.Add(_prefix + name, Missing(name));
        }

        return false;
    }

    private string Missing(string name) => _v1 ? $"The {name} field is required." : $"Required parameter {_prefix}{name} was not passed";

    private T? Bad<T>(string name, string kind)
    {
        Errors.Add(_prefix + name, $"The {_prefix}{name} must be {kind}.");
        return default;
    }

    private static bool? ReadBool(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when e.TryGetInt64(out var n) && n is 0 or 1 => n == 1,
        JsonValueKind.String => e.GetString() switch
        {
            "1" or "true" => true,
            "0" or "false" => false,
            _ => null,
        },
        _ => null,
    };

    private static bool TryDecimal(JsonElement e, out decimal value)
    {
        value = 0;
        return e.ValueKind switch
        {
            JsonValueKind.Number => e.TryGetDecimal(out value),
            JsonValueKind.String => decimal.TryParse(e.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static bool TryLong(JsonElement e, out long value)
    {
        value = 0;
        if (e.ValueKind == JsonValueKind.String)
        {
            return long.TryParse(e.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        if (e.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        // 10.0 is an integer to PHP as well.
        var ok = e.TryGetInt64(out value) || (e.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15);
        value = ok && value == 0 ? (long)e.GetDouble() : value;
        return ok;
    }
}

namespace Altegio.MockServer.Http;

/// <summary>An authenticated, routed <c>/api</c> request as handlers see it. Handlers run under the state lock.</summary>
public sealed class Call(HttpContext ctx, MockState state, MockUser? user, MockCompany? company, ReadOnlyMemory<byte> body)
{
    /// <summary>What the handler answered; the pipeline sends it (or cuts it, as a fault says).</summary>
    internal Reply? Reply { get; set; }

    public MockState State { get; } = state;

    /// <summary>Null only on <c>POST /v1/auth</c> with a partner token alone.</summary>
    public MockUser? User { get; } = user;

    /// <summary>The route's <c>{loc}</c> location, resolved and access-checked.</summary>
    public MockCompany Company { get; } = company!;

    public long Id => Route("id");

    /// <summary>The route's <c>{id2}</c> (an item under <c>{id}</c>).</summary>
    public long Id2 => Route("id2");

    private long Route(string name) => long.Parse((string)ctx.GetRouteValue(name)!, CultureInfo.InvariantCulture);

    /// <summary>The <typeparamref name="T"/> of this location with <paramref name="id"/>, or null.</summary>
    public T? Owned<T>(long id)
        where T : Located => State.Table<T>().Find(id) is { } x && x.CompanyId == Company.Id ? x : null;

    /// <summary>The <typeparamref name="T"/> of this location with <paramref name="id"/> (the route's <c>{id}</c> by default); a 404 when none.</summary>
    public T Get<T>(long? id = null)
        where T : Located => Owned<T>(id ?? Id) ?? throw Refused.NotFound();

    public string? Q(string key) => ctx.Request.Query[key] is { Count: > 0 } v ? v[0] : null;

    /// <summary>An optional integer query value; a 422 when it is not one.</summary>
    public long? QLong(string key, string? message = null)
    {
        var raw = Q(key);
        Refused.If(!string.IsNullOrEmpty(raw) && !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            Reply.Validation(key, message ?? $"The {key} must be an integer."));
        return string.IsNullOrEmpty(raw) ? null : long.Parse(raw, CultureInfo.InvariantCulture);
    }

    /// <summary>Repeated <c>key[]</c> (or <c>key</c>) values, each possibly comma-separated; null when one is not an integer.</summary>
    public List<long>? Longs(string key)
    {
        var parts = Parts(key + "[]").Concat(Parts(key)).ToList();
        return parts.All(p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? parts.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToList()
            : null;
    }

    /// <summary>An optional integer query value: true with null when absent, false when not an integer.</summary>
    public bool TryInt(string key, out int? value)
    {
        var raw = Q(key);
        var ok = int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v);
        value = ok ? v : null;
        return ok || string.IsNullOrEmpty(raw);
    }

    /// <summary>
    /// Include names, from <c>include[]=a&amp;include[]=b</c> only: the official client calls it the form the API
    /// validates. A plain <c>include=</c> (the docs' repeated form) is a 422, so a client that sends it fails here
    /// as it may against the API; a name outside <paramref name="allowed"/> (when given) is a 400.
    /// </summary>
    public HashSet<string> Includes(string[]? allowed)
    {
        Refused.If(ctx.Request.Query.ContainsKey("include"), Reply.Validation("include", "The include must be an array."));
        var includes = Includes();
        if (allowed is not null && includes.FirstOrDefault(n => !allowed.Contains(n)) is { } name)
        {
            throw new Refused(Reply.Legacy(400, $"The include '{name}' is not supported; allowed: {string.Join(", ", allowed)}"));
        }

        return includes;
    }

    /// <summary>The <c>include[]</c> names, unchecked (a plain <c>include=</c> is not read).</summary>
    public HashSet<string> Includes() => new(Parts("include[]"), StringComparer.Ordinal);

    private IEnumerable<string> Parts(string key) =>
        ctx.Request.Query[key].SelectMany(raw => (raw ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The JSON object body (an empty body reads as <c>{}</c>); a 400 when it is not one.</summary>
    public Form Body(bool v1 = false)
    {
        JsonElement root;
        try
        {
            root = body.Span.Trim(" \t\r\n"u8).IsEmpty ? Form.EmptyObject : JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            root = default;
        }

        Refused.If(root.ValueKind != JsonValueKind.Object, Reply.Legacy(400, "Invalid JSON in the request body"));
        return new Form(root, new Errors(), string.Empty, v1);
    }

    /// <summary>
    /// Event endpoints may answer validation failures in the JSON:API <c>errors[]</c> shape as well as the
    /// documented legacy envelope; <see cref="MockSettings.EventErrorsAsJsonApi"/> picks which.
    /// </summary>
    public Reply Invalid(Errors errors) => State.Settings.EventErrorsAsJsonApi ? errors.ToJsonApiReply() : errors.ToReply();

    public Reply Invalid(string field, string message) => Invalid(Errors.Of(field, message));
}

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
        g.MapMethods(pattern, [method], ctx =>
        {
            var call = ctx.Features.Get<Call>()!;
            lock (call.State.SyncRoot)
            {
                try
                {
                    call.Reply = handler(call);
                }
                catch (Refused refused)
                {
                    call.Reply = refused.Reply;
                }

                // Serialized under the lock: the records may hold the entities' own lists.
                _ = call.Reply.Body;
            }

            return Task.CompletedTask;
        }).WithMetadata(ApiRoute.Instance);

    /// <summary>A V2 location group under both <c>v2/locations/{loc}</c> and the <c>v2/companies/{loc}</c> alias.</summary>
    public static void V2(this IEndpointRouteBuilder api, Action<IEndpointRouteBuilder> map)
    {
        map(api.MapGroup("v2/locations/{loc:long}"));
        map(api.MapGroup("v2/companies/{loc:long}"));
    }

    /// <summary>
    /// The five routes of a location's entity collection: list, create, read, update, delete. The list and the read
    /// answer <paramref name="wire"/> of the location's items (<paramref name="list"/> narrows the list); a missing
    /// handler leaves its route unmapped.
    /// </summary>
    public static void Crud<T>(
        this IEndpointRouteBuilder g, string path, Func<Call, T, Resource> wire, Func<Call, T, bool> owned, Func<Call, IEnumerable<T>, IEnumerable<T>>? list = null,
        Func<Call, T>? create = null, Func<Call, Reply>? update = null, Func<Call, Reply>? delete = null, bool read = true)
        where T : MockEntity
    {
        g.Get(path, c => Reply.Data((list ?? ((_, all) => all))(c, c.State.Table<T>().Values.Where(x => owned(c, x))).Select(x => wire(c, x)).ToList()));
        if (create is not null)
        {
            g.Post(path, c => Reply.Data(wire(c, c.State.Add(create(c))), 201));
        }

        if (read)
        {
            g.Get(path + "/{id:long}", c => c.State.Table<T>().Find(c.Id) is { } x && owned(c, x) ? Reply.Data(wire(c, x)) : Reply.NotFound());
        }

        if (update is not null)
        {
            g.Put(path + "/{id:long}", update);
        }

        if (delete is not null)
        {
            g.Delete(path + "/{id:long}", delete);
        }
    }
}

/// <summary>
/// Lenient reads of a JSON object body that record what is wrong in <see cref="Errors"/>. PHP backends accept
/// numeric strings where numbers are expected (and V1 clients send them), so numbers and booleans are read from
/// either form. Absent and <c>null</c> read as null; <c>required</c> makes them an error.
/// </summary>
public sealed class Form(JsonElement root, Errors errors, string prefix, bool v1)
{
    internal static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    public Errors Errors { get; } = errors;

    /// <summary>The member is present, <c>null</c> included.</summary>
    public bool Sent(string name) => root.TryGetProperty(name, out _);

    public bool IsNull(string name) => root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Null;

    /// <summary>Records <paramref name="message"/> against member <paramref name="name"/> when <paramref name="bad"/>.</summary>
    public void Check(bool bad, string name, string message) => Errors.If(bad, prefix + name, message);

    public long? Long(string name, bool required = false) =>
        !Take(name, required, out var e) ? null : TryLong(e, out var v) ? v : Bad<long?>(name, "an integer");

    /// <summary>A number with a fraction (money, percentages); also from a numeric string.</summary>
    public decimal? Decimal(string name, bool required = false) =>
        !Take(name, required, out var e) ? null
        : e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var v) ? v
        : e.ValueKind == JsonValueKind.String && decimal.TryParse(e.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v) ? v
        : Bad<decimal?>(name, "a number");

    public bool? Bool(string name, bool required = false) =>
        !Take(name, required, out var e) ? null
        : e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when e.TryGetInt64(out var n) && n is 0 or 1 => n == 1,
            JsonValueKind.String when e.GetString() is "1" or "true" or "0" or "false" => e.GetString() is "1" or "true",
            _ => Bad<bool?>(name, "true or false"),
        };

    /// <summary>A string (a number is taken as its text); with <paramref name="required"/>, blank counts as absent.</summary>
    public string? Str(string name, bool required = false)
    {
        var s = !Take(name, required, out var e) ? null : e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetRawText(),
            _ => Bad<string>(name, "a string"),
        };
        Check(required && s?.Trim().Length == 0, name, Missing(name));
        return required && s?.Trim().Length == 0 ? null : s;
    }

    public List<long>? Longs(string name) =>
        !Take(name, false, out var e) ? null
        : e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => TryLong(i, out _)) ? e.EnumerateArray().Select(i => TryLong(i, out var v) ? v : 0).ToList()
        : Bad<List<long>>(name, "an array of integers");

    /// <summary>The key an error about member <paramref name="name"/> is reported under (<c>items.0.name</c> in an array).</summary>
    public string Path(string name) => prefix + name;

    /// <summary>The object as sent, for members the mock stores without reading (cloned: the body does not outlive the request).</summary>
    public JsonElement Raw => root.Clone();

    public IEnumerable<string> Names => root.EnumerateObject().Select(p => p.Name);

    /// <summary>An array of strings (numbers taken as their text).</summary>
    public List<string>? Strs(string name, bool required = false) =>
        !Take(name, required, out var e) ? null
        : e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            ? e.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText()).ToList()
            : Bad<List<string>>(name, "an array of strings");

    /// <summary>An array of objects, each reporting its errors as <c>name.index.field</c>.</summary>
    public List<Form>? Objects(string name, bool required = false) =>
        !Take(name, required, out var e) ? null
        : e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Object)
            ? e.EnumerateArray().Select((item, i) => new Form(item, Errors, prefix + name + "." + Reply.Code(i) + ".", v1)).ToList()
            : Bad<List<Form>>(name, "an array of objects");

    /// <summary>A nested object whose errors are reported as <c>name.field</c>.</summary>
    public Form? Object(string name, bool required = false) =>
        !Take(name, required, out var e) ? null
        : e.ValueKind == JsonValueKind.Object ? new Form(e, Errors, prefix + name + ".", v1)
        : Bad<Form>(name, "an object");

    private bool Take(string name, bool required, out JsonElement e)
    {
        var present = root.TryGetProperty(name, out e) && e.ValueKind != JsonValueKind.Null;
        Check(!present && required, name, Missing(name));
        return present;
    }

    private string Missing(string name) => v1 ? $"The {name} field is required." : $"Required parameter {prefix}{name} was not passed";

    private T? Bad<T>(string name, string kind)
    {
        Errors.Add(prefix + name, $"The {prefix}{name} must be {kind}.");
        return default;
    }

    private static bool TryLong(JsonElement e, out long value)
    {
        value = 0;
        if (e.ValueKind == JsonValueKind.String)
        {
            return long.TryParse(e.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }

        // 10.0 is an integer to PHP as well.
        var ok = e.ValueKind == JsonValueKind.Number && (e.TryGetInt64(out value) || (e.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15));
        value = ok && value == 0 ? (long)e.GetDouble() : value;
        return ok;
    }
}

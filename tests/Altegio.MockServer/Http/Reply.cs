using System.Text;
using System.Text.Encodings.Web;

namespace Altegio.MockServer.Http;

/// <summary>
/// A fully buffered answer. Handlers return one (or throw it as <see cref="Refused"/>); the pipeline can still
/// truncate it or drop the connection after processing. Bodies are records serialized with <see cref="Wire"/>, when
/// first read: a reply built for a check that passes costs nothing.
/// </summary>
public sealed class Reply(int status, Func<byte[]> body, string? contentType)
{
    private byte[]? _body;

    public const string JsonContentType = "application/json";

    /// <summary>The API's JSON: snake_case member names; relaxed escaping keeps "+" in phone numbers readable in logs.</summary>
    public static readonly JsonSerializerOptions Wire = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary><c>[]</c>, the empty PHP array the API sends as <c>meta</c> on success.</summary>
    public static readonly object[] EmptyMeta = [];

    public int Status { get; } = status;

    public byte[] Body => _body ??= body();

    public string? ContentType { get; } = contentType;

    public List<KeyValuePair<string, string>> Headers { get; } = [];

    public Reply WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    public static Reply Json(int status, object body, JsonSerializerOptions? options = null) =>
        new(status, () => JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), options ?? Wire), JsonContentType);

    public static Reply Raw(int status, string body, string? contentType) => new(status, () => Encoding.UTF8.GetBytes(body), contentType);

    public static Reply NoContent() => new(204, () => [], null);

    /// <summary>A V2 JSON:API document: <c>{data, included?, meta}</c>.</summary>
    public static Reply Data(object data, int status = 200, object? included = null, object? meta = null) =>
        Json(status, new Document(data, included, meta ?? EmptyMeta));

    /// <summary>The V1 success envelope <c>{success:true, data, meta}</c>.</summary>
    public static Reply V1(object data, int status = 200, object? meta = null) => Json(status, new Envelope(true, data, meta ?? EmptyMeta));

    /// <summary>The documented legacy error envelope <c>{success:false, data:null, meta:{message, errors?}}</c>.</summary>
    public static Reply Legacy(int status, string message, object? errors = null) => Json(status, new Envelope(false, null, new ErrorMeta(message, errors)));

    /// <summary>A 422 whose message doubles as the only field error.</summary>
    public static Reply Validation(string field, string message) => Errors.Of(field, message).ToReply();

    public static Reply NotFound() => Legacy(404, "Not found");

    /// <summary>JSON:API error document, the shape event endpoints use for conflicts.</summary>
    public static Reply JsonApiError(int status, string title, string detail) => Json(status, new ErrorDocument([new ErrorItem(Code(status), title, detail)]));

    public static string Code(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Sends the reply; <paramref name="truncate"/> announces the full length, sends half and drops the connection.</summary>
    public async Task ExecuteAsync(HttpContext ctx, bool truncate = false)
    {
        var res = ctx.Response;
        res.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            res.Headers.Append(name, value);
        }

        if (Status is 204 or 304)
        {
            return;
        }

        res.ContentType = ContentType;
        res.ContentLength = Body.Length;
        await res.Body.WriteAsync(Body.AsMemory(0, truncate ? Body.Length / 2 : Body.Length), ctx.RequestAborted).ConfigureAwait(false);
        if (truncate)
        {
            await res.Body.FlushAsync(ctx.RequestAborted).ConfigureAwait(false);

            // Give the client time to read the half body; an immediate abort can overtake it and the peer then
            // sees only a reset, which is the "reset" fault, not a truncation.
            await Task.Delay(100, ctx.RequestAborted).ConfigureAwait(false);
            ctx.Abort();
        }
    }

    private sealed record Document(object Data, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Included, object Meta);

    private sealed record Envelope(bool Success, object? Data, object Meta);

    private sealed record ErrorMeta(string Message, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Errors);

    internal sealed record ErrorDocument(IEnumerable<ErrorItem> Errors);

    internal sealed record ErrorItem(string Status, string Title, string Detail, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Dictionary<string, string>? Source = null);
}

/// <summary>Thrown by a handler to answer at once: a failed check ends the request with its reply.</summary>
public sealed class Refused(Reply reply) : Exception("The request was refused with " + reply.Status)
{
    public Reply Reply { get; } = reply;

    public static Refused NotFound() => new(Reply.NotFound());

    public static void If(bool condition, Reply reply)
    {
        if (condition)
        {
            throw new Refused(reply);
        }
    }
}

/// <summary>A JSON:API resource object; ids are strings on the wire.</summary>
public sealed record Resource(
    string Type,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id,
    object Attributes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Dictionary<string, Relation>? Relationships = null);

/// <summary>A resource identifier <c>{type, id}</c>.</summary>
public sealed record Ref(string Type, [property: JsonNumberHandling(JsonNumberHandling.WriteAsString)] long Id);

/// <summary>A relationship: <c>{data: ref | [refs] | null}</c>.</summary>
public sealed record Relation(object? Data)
{
    public static Relation One(string type, long id) => new(new Ref(type, id));

    public static Relation Many(string type, IEnumerable<long> ids) => new(ids.Select(id => new Ref(type, id)).ToList());
}

/// <summary>One name a V2 <c>include[]</c> may carry: the relationship it adds to each item and what it adds to <c>included</c>.</summary>
public sealed record Include<T>(string Name, Func<T, Relation> Relation, Func<T, IEnumerable<Resource>> Resources)
{
    /// <summary>
    /// A JSON:API document of <paramref name="items"/>. Relationships appear only for what was included; the
    /// included resources appear each once.
    /// </summary>
    public static Reply Document(
        IEnumerable<T> items, Include<T>[] known, HashSet<string> asked, Func<T, Dictionary<string, Relation>?, Resource> wire, bool single = false, int status = 200, object? meta = null)
    {
        var chosen = known.Where(i => asked.Contains(i.Name)).ToList();
        var list = items.ToList();
        var data = list.Select(x => wire(x, chosen.Count == 0 ? null : chosen.ToDictionary(i => i.Name, i => i.Relation(x)))).ToList();
        var included = chosen.Count == 0 ? null : list.SelectMany(x => chosen.SelectMany(i => i.Resources(x))).DistinctBy(r => (r.Type, r.Id)).ToList();
        return Reply.Data(single ? data[0] : data, status, included, meta);
    }

    public static string[] Names(Include<T>[] known) => known.Select(i => i.Name).ToArray();
}

/// <summary>Collects validation failures; answers them in the legacy envelope or as JSON:API <c>errors[]</c>.</summary>
public sealed class Errors
{
    private readonly List<(string Field, string Message)> _items = [];

    public bool Any => _items.Count > 0;

    public static Errors Of(string field, string message) => new Errors().Add(field, message);

    public Errors Add(string field, string message) => If(true, field, message);

    /// <summary>Records <paramref name="message"/> against <paramref name="field"/> when <paramref name="bad"/>: one rule a line.</summary>
    public Errors If(bool bad, string field, string message)
    {
        if (bad)
        {
            _items.Add((field, message));
        }

        return this;
    }

    /// <summary>Ends the request with these errors, in <paramref name="shape"/> (V2's object by default), when there are any.</summary>
    public void ThrowIfAny(Func<Errors, Reply>? shape = null)
    {
        if (Any)
        {
            throw new Refused(shape?.Invoke(this) ?? ToReply());
        }
    }

    /// <summary>V2: <c>meta.errors</c> is an object, field → messages.</summary>
    public Reply ToReply() =>
        Reply.Legacy(422, _items[0].Message, _items.GroupBy(i => i.Field).ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToList()));

    /// <summary>V1 team-member writes: <c>meta.errors</c> is an array of messages (documented), unlike V2's object.</summary>
    public Reply ToV1Reply() => Reply.Legacy(422, _items[0].Message, _items.Select(i => i.Message).ToList());

    /// <summary>V1 event series: <c>meta.errors</c> is an array of <c>{field, message}</c>.</summary>
    public Reply ToFieldListReply() => Reply.Legacy(422, _items[0].Message, _items.Select(i => new { field = i.Field, message = i.Message }).ToList());

    /// <summary>
    /// One <c>errors[]</c> item per message, with <c>source.parameter</c> for query parameters and
    /// <c>source.pointer</c> for body fields.
    /// </summary>
    public Reply ToJsonApiReply() =>
        Reply.Json(422, new Reply.ErrorDocument(_items.Select(i => new Reply.ErrorItem(
            "422", "Unprocessable Entity", i.Message,
            i.Field.StartsWith("filter", StringComparison.Ordinal) || i.Field is "page" or "limit"
                ? new Dictionary<string, string> { ["parameter"] = i.Field }
                : new Dictionary<string, string> { ["pointer"] = "/data/attributes/" + i.Field }))));
}

/// <summary>Wire formats for dates.</summary>
public static class Fmt
{
    /// <summary><c>2027-01-15T09:00:00+0200</c>: location time with a colon-less offset, as events carry it.</summary>
    public static string WithOffset(DateTime local, TimeSpan offset) =>
        new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture).Remove(22, 1);

    public static string Local(DateTime local) => local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string DateOnly(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Exactly <c>YYYY-MM-DD HH:MM:SS</c>, the only form the V2 filters and bodies document.</summary>
    public static bool TryParseLocal(string? text, out DateTime value) => TryParse(text, "yyyy-MM-dd HH:mm:ss", out value);

    public static bool TryParse(string? text, string format, out DateTime value) =>
        DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static long UnixSeconds(DateTime local, TimeSpan offset) => new DateTimeOffset(local, offset).ToUnixTimeSeconds();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using Altegio.MockServer.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Altegio.MockServer.Http;

/// <summary>An authenticated, routed <c>/api</c> request as handlers see it.</summary>
public sealed class ApiRequest
{
    public ApiRequest(string method, IQueryCollection query, ReadOnlyMemory<byte> body, MockUser? user, MockState state)
    {
        Method = method;
        Query = query;
        Body = body;
        User = user;
        State = state;
    }

    public string Method { get; }
    public IQueryCollection Query { get; }
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Null only on <c>POST /v1/auth</c> with a partner token alone.</summary>
    public MockUser? User { get; }

    public MockState State { get; }

    /// <summary>The route's <c>{loc}</c> location, resolved and access-checked.</summary>
    public MockCompany Company { get; internal set; } = null!;

    /// <summary>Numeric route values after <c>{loc}</c>, in template order.</summary>
    public long Id { get; internal set; }

    public long Id2 { get; internal set; }

    public string? Q(string key)
    {
        var v = Query[key];
        return v.Count == 0 ? null : v[0];
    }

    public StringValues QAll(string key) => Query[key];

    /// <summary>
    /// Include names, from <c>include[]=a&amp;include[]=b</c> only: the official client calls it the form
    /// the API validates. A plain <c>include=</c> (the docs' repeated form) is refused with a 422 by
    /// <see cref="IncludeSyntaxError"/>, so a client that sends it fails here as it may against the API.
    /// </summary>
    public HashSet<string> Includes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in Query["include[]"])
        {
            if (raw is null)
            {
                continue;
            }

            foreach (var part in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                set.Add(part);
            }
        }

        return set;
    }

    /// <summary>A 422 when the query carries <c>include</c> without brackets; null otherwise.</summary>
    public Reply? IncludeSyntaxError() =>
        Query.ContainsKey("include") ? Reply.Validation("include", "The include must be an array.") : null;

    /// <summary>Repeated <c>key[]</c> values (each may also be comma-separated); null when one is not an integer.</summary>
    public List<long>? LongList(string key)
    {
        var list = new List<long>();
        foreach (var k in new[] { key + "[]", key })
        {
            foreach (var raw in Query[k])
            {
                if (raw is null)
                {
                    continue;
                }

                foreach (var part in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                    {
                        return null;
                    }

                    list.Add(v);
                }
            }
        }

        return list;
    }

    /// <summary>An optional integer query value: true with null when absent, false when not an integer.</summary>
    public bool TryQInt(string key, out int? value)
    {
        value = null;
        var raw = Q(key);
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
        {
            value = v;
            return true;
        }

        return false;
    }

    public bool TryParseBody(out JsonBody body) => JsonBody.TryParse(Body, out body);
}

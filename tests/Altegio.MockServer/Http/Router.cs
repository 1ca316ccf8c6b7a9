using System;
using System.Collections.Generic;
using System.Globalization;

namespace Altegio.MockServer.Http;

/// <summary>Handles one routed request.</summary>
public delegate Reply ApiHandler(ApiRequest request);

/// <summary>
/// A small segment matcher. A hand-rolled table keeps per-request cost to a few string compares
/// and lets unknown routes answer in the API's own legacy envelope.
/// </summary>
public sealed class Router
{
    private readonly List<Route> _routes = new();

    private sealed record Route(string Method, string[] Segments, ApiHandler Handler, bool HasLocation);

    /// <summary>
    /// Adds a route. Template segments: literals, <c>{loc}</c> (a location id, resolved and
    /// access-checked before the handler runs) and <c>{id}</c> (any other number).
    /// </summary>
    public void Add(string method, string template, ApiHandler handler)
    {
        var segs = template.Trim('/').Split('/');
        _routes.Add(new Route(method, segs, handler, Array.IndexOf(segs, "{loc}") >= 0));
    }

    /// <summary>Adds a V2 location route under both <c>v2/locations/{loc}</c> and the <c>v2/companies/{loc}</c> alias.</summary>
    public void AddV2(string method, string rest, ApiHandler handler)
    {
        Add(method, "v2/locations/{loc}/" + rest, handler);
        Add(method, "v2/companies/{loc}/" + rest, handler);
    }

    /// <summary>Result of <see cref="Match"/>.</summary>
    public enum MatchKind
    {
        Found,
        NotFound,
        MethodNotAllowed,
    }

    public MatchKind Match(string method, string[] segments, out ApiHandler handler, out long? location, out long id, out long id2)
    {
        handler = null!;
        location = null;
        id = 0;
        id2 = 0;
        var pathMatched = false;
        Span<long> values = stackalloc long[3];
        foreach (var route in _routes)
        {
            if (route.Segments.Length != segments.Length)
            {
                continue;
            }

            long? loc = null;
            var n = 0;
            var ok = true;
            for (var i = 0; i < segments.Length && ok; i++)
            {
                var t = route.Segments[i];
                if (t == "{loc}" || t == "{id}")
                {
                    if (!long.TryParse(segments[i], NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                    {
                        ok = false;
                    }
                    else if (t == "{loc}")
                    {
                        loc = v;
                    }
                    else if (n < values.Length)
                    {
                        values[n++] = v;
                    }
                }
                else if (!string.Equals(t, segments[i], StringComparison.Ordinal))
                {
                    ok = false;
                }
            }

            if (!ok)
            {
                continue;
            }

            pathMatched = true;
            if (!string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            handler = route.Handler;
            location = loc;
            id = n > 0 ? values[0] : 0;
            id2 = n > 1 ? values[1] : 0;
            return MatchKind.Found;
        }

        return pathMatched ? MatchKind.MethodNotAllowed : MatchKind.NotFound;
    }
}

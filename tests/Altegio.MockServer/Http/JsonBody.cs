using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Altegio.MockServer.Http;

/// <summary>How a body field was found.</summary>
public enum FieldState
{
    Missing,
    Null,
    Ok,
    Invalid,
}

/// <summary>
/// Lenient reader over a JSON object body. PHP backends accept numeric strings where numbers are
/// expected (and V1 clients send them), so numbers and booleans are read from either form.
/// </summary>
public readonly struct JsonBody
{
    private readonly JsonElement _root;

    internal JsonBody(JsonElement root) => _root = root;

    public static JsonBody Empty { get; } = new(JsonDocument.Parse("{}").RootElement.Clone());

    public JsonElement Root => _root;

    public static bool TryParse(ReadOnlyMemory<byte> body, out JsonBody result)
    {
        result = Empty;
        if (IsBlank(body.Span))
        {
            return true;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            result = new JsonBody(doc.RootElement.Clone());
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> span)
    {
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    public bool Has(string name) => _root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(name, out _);

    private FieldState Get(string name, out JsonElement value)
    {
        value = default;
        if (_root.ValueKind != JsonValueKind.Object || !_root.TryGetProperty(name, out value))
        {
            return FieldState.Missing;
        }

        return value.ValueKind == JsonValueKind.Null ? FieldState.Null : FieldState.Ok;
    }

    public FieldState Long(string name, out long value)
    {
        value = 0;
        var state = Get(name, out var e);
        if (state != FieldState.Ok)
        {
            return state;
        }

        return TryLong(e, out value) ? FieldState.Ok : FieldState.Invalid;
    }

    public static bool TryLong(JsonElement e, out long value)
    {
        value = 0;
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                if (e.TryGetInt64(out value))
                {
                    return true;
                }

                // 10.0 is an integer to PHP as well.
                if (e.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15)
                {
                    value = (long)d;
                    return true;
                }

                return false;
            case JsonValueKind.String:
                return long.TryParse(e.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
            default:
                return false;
        }
    }

    public FieldState Bool(string name, out bool value)
    {
        value = false;
        var state = Get(name, out var e);
        if (state != FieldState.Ok)
        {
            return state;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.True:
                value = true;
                return FieldState.Ok;
            case JsonValueKind.False:
                return FieldState.Ok;
            case JsonValueKind.Number when e.TryGetInt64(out var n) && n is 0 or 1:
                value = n == 1;
                return FieldState.Ok;
            case JsonValueKind.String:
                switch (e.GetString())
                {
                    case "1":
                    case "true":
                        value = true;
                        return FieldState.Ok;
                    case "0":
                    case "false":
                        return FieldState.Ok;
                }

                return FieldState.Invalid;
            default:
                return FieldState.Invalid;
        }
    }

    public FieldState String(string name, out string value)
    {
        value = string.Empty;
        var state = Get(name, out var e);
        if (state != FieldState.Ok)
        {
            return state;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                value = e.GetString() ?? string.Empty;
                return FieldState.Ok;
            case JsonValueKind.Number:
                value = e.GetRawText();
                return FieldState.Ok;
            default:
                return FieldState.Invalid;
        }
    }

    public FieldState LongArray(string name, out List<long> values)
    {
        values = new List<long>();
        var state = Get(name, out var e);
        if (state != FieldState.Ok)
        {
            return state;
        }

        if (e.ValueKind != JsonValueKind.Array)
        {
            return FieldState.Invalid;
        }

        foreach (var item in e.EnumerateArray())
        {
            if (!TryLong(item, out var v))
            {
                return FieldState.Invalid;
            }

            values.Add(v);
        }

        return FieldState.Ok;
    }

    public FieldState Object(string name, out JsonBody value)
    {
        value = Empty;
        var state = Get(name, out var e);
        if (state != FieldState.Ok)
        {
            return state;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return FieldState.Invalid;
        }

        value = new JsonBody(e);
        return FieldState.Ok;
    }
}

namespace Altegio.MockServer.Http;

/// <summary>Wire formats for dates.</summary>
public static class Fmt
{
    public const string LocalFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary><c>2027-01-15T09:00:00+0200</c>: location time with a colon-less offset, as events carry it.</summary>
    public static string WithOffset(DateTime local, TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    public static string Local(DateTime local) => local.ToString(LocalFormat, CultureInfo.InvariantCulture);

    public static string DateOnly(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Exactly <c>YYYY-MM-DD HH:MM:SS</c>, the only form the V2 filters and bodies document.</summary>
    public static bool TryParseLocal(string? text, out DateTime value) =>
        DateTime.TryParseExact(text, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static long UnixSeconds(DateTime local, TimeSpan offset) => new DateTimeOffset(local, offset).ToUnixTimeSeconds();
}

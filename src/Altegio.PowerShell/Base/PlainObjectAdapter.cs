using Altegio.Json;

namespace Altegio.PowerShell.Base
{
    /// <summary>Wraps Core's plain JSON values as PSCustomObjects, as ConvertFrom-Json would.</summary>
    internal static class PlainObjectAdapter
    {
        public static object? ToPowerShell(object? value)
        {
            switch (value)
            {
                case PlainObject plain:
                    var result = new PSObject();
                    foreach (var pair in plain.Properties)
                    {
                        result.Properties.Add(new PSNoteProperty(pair.Key, ToPowerShell(pair.Value)));
                    }

                    return result;
                case object?[] items:
                    var converted = new object?[items.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        converted[i] = ToPowerShell(items[i]);
                    }

                    return converted;
                default:
                    return value;
            }
        }
    }
}

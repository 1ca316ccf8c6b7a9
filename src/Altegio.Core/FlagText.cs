namespace Altegio
{
    /// <summary>
    /// Reads yes/no values written as text, as CSV files and spreadsheets carry them: true/false, 1/0,
    /// yes/no, y/n, on/off (any case, surrounding blanks ignored). A blank cell reads as false.
    /// </summary>
    public static class FlagText
    {
        /// <summary>Parses <paramref name="text"/>; false when it is not a yes/no value.</summary>
        public static bool TryParse(string? text, out bool value)
        {
            value = false;
            var t = text?.Trim() ?? string.Empty;
            if (t.Length == 0)
            {
                return true;
            }

            switch (t.ToLowerInvariant())
            {
                case "true":
                case "1":
                case "yes":
                case "y":
                case "on":
                case "$true":
                    value = true;
                    return true;
                case "false":
                case "0":
                case "no":
                case "n":
                case "off":
                case "$false":
                    return true;
                default:
                    return false;
            }
        }
    }
}

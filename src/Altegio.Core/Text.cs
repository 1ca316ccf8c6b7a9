namespace Altegio
{
    /// <summary>Text rules shared by the mapping and the cmdlets.</summary>
    internal static class Text
    {
        /// <summary>
        /// An empty string as null: the API sends "" for unset text, and an empty Import-Csv cell or an empty
        /// property of a piped object means "not given", not "set to empty".
        /// </summary>
        public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}

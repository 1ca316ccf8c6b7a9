namespace Altegio.Errors
{
    /// <summary>Checks for parameter values, run before any request; each failure names the parameter.</summary>
    public static class Require
    {
        /// <summary>Returns the text trimmed, or fails with <c>Altegio.InvalidParameter</c> when it is empty or blank.</summary>
        /// <param name="value">The value given.</param>
        /// <param name="parameter">The parameter's name, as the user typed it (without the dash).</param>
        /// <param name="what">What the value is, for the message: "The tag title".</param>
        public static string Text(string? value, string parameter, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw AltegioApiException.InvalidParameter(parameter, what + " cannot be empty.");
            }

            return value!.Trim();
        }

        /// <summary>Returns the text unchanged, or fails with <c>Altegio.InvalidParameter</c> when it is longer than <paramref name="max"/> characters.</summary>
        /// <param name="value">The value given; null passes.</param>
        /// <param name="max">The most characters allowed.</param>
        /// <param name="parameter">The parameter's name, as the user typed it (without the dash).</param>
        /// <param name="what">What the value is, for the message: "The tag title".</param>
        /// <param name="documented">True when the limit is the API's own, false when it is this module's sane bound.</param>
        public static string? MaxLength(string? value, int max, string parameter, string what, bool documented = true)
        {
            if (value != null && value.Length > max)
            {
                throw AltegioApiException.InvalidParameter(parameter, what + " has " + value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " characters; " + (documented ? "the API allows" : "this module sends") + " at most " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
            }

            return value;
        }
    }
}

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
    }
}

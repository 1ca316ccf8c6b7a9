namespace Altegio.Errors
{
    /// <summary>One validation message the API attached to a field (or to the request, when Field is null).</summary>
    public sealed class AltegioFieldError
    {
        /// <summary>Creates a field error.</summary>
        public AltegioFieldError(string? field, string message)
        {
            Field = field;
            Message = message;
        }

        /// <summary>The request field the message is about, when the API named one.</summary>
        public string? Field { get; }

        /// <summary>The API's message.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => Field is null ? Message : Field + ": " + Message;
    }
}

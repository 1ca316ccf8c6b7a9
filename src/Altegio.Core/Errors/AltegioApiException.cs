using System.Text;
using Altegio.Tracing;

namespace Altegio.Errors
{
    /// <summary>
    /// The one exception type every failed call becomes. It carries what a user needs to act on the
    /// failure and never a token: every text that reaches it has been through the <see cref="Redactor"/>.
    /// </summary>
    public sealed class AltegioApiException : Exception
    {
        /// <summary>Creates the exception; <paramref name="path"/> and <paramref name="apiMessage"/> are redacted here.</summary>
        public AltegioApiException(
            AltegioErrorKind kind,
            string? method,
            string? path,
            int? statusCode,
            string? apiMessage,
            IReadOnlyList<AltegioFieldError>? fieldErrors = null,
            Exception? innerException = null)
            : base(BuildMessage(kind, method, path, statusCode, apiMessage, fieldErrors), Sanitize(innerException))
        {
            Kind = kind;
            Method = method;
            Path = path is null ? null : Redactor.RedactUrl(path);
            StatusCode = statusCode;
            ApiMessage = apiMessage is null ? null : Redactor.RedactText(apiMessage);
            FieldErrors = fieldErrors ?? Array.Empty<AltegioFieldError>();
        }

        /// <summary>What kind of failure this is.</summary>
        public AltegioErrorKind Kind { get; }

        /// <summary>The HTTP method of the failed request, when there was one.</summary>
        public string? Method { get; }

        /// <summary>The request path (no host, secrets in the query masked), when there was one.</summary>
        public string? Path { get; }

        /// <summary>The HTTP status, when the server answered.</summary>
        public int? StatusCode { get; }

        /// <summary>The API's own message, e.g. from meta.message or errors[].detail.</summary>
        public string? ApiMessage { get; }

        /// <summary>Field-level validation messages, when the API gave any.</summary>
        public IReadOnlyList<AltegioFieldError> FieldErrors { get; }

        /// <summary>The stable ErrorRecord id, category and advice for this failure.</summary>
        public ErrorClassification Classification => ErrorClassification.For(Kind);

        /// <summary>Creates a failure for a parameter that was rejected before any request was sent.</summary>
        public static AltegioApiException InvalidParameter(string parameter, string message) =>
            new AltegioApiException(AltegioErrorKind.InvalidParameter, null, null, null, message,
                new[] { new AltegioFieldError(parameter, message) });

        private static string BuildMessage(AltegioErrorKind kind, string? method, string? path, int? status,
            string? apiMessage, IReadOnlyList<AltegioFieldError>? fieldErrors)
        {
            var text = new StringBuilder();
            if (method != null && path != null)
            {
                text.Append(method).Append(' ').Append(Redactor.RedactUrl(path)).Append(' ');
                text.Append(status.HasValue ? "failed with HTTP " + status.Value : "failed");
                text.Append(": ");
            }

            text.Append(apiMessage is { Length: > 0 } ? Redactor.RedactText(apiMessage) : DefaultText(kind));
            var fieldTexts = (fieldErrors ?? Array.Empty<AltegioFieldError>())
                .Where(f => f.Field != null || f.Message != apiMessage)
                .Select(f => Redactor.RedactText(f.ToString()))
                .ToList();
            if (fieldTexts.Count > 0 && kind != AltegioErrorKind.InvalidParameter)
            {
                text.Append(" (").Append(string.Join("; ", fieldTexts)).Append(')');
            }

            return text.ToString();
        }

        private static string DefaultText(AltegioErrorKind kind) => kind switch
        {
            AltegioErrorKind.NotFound => "Not found.",
            AltegioErrorKind.Unauthorized => "The API rejected the tokens.",
            AltegioErrorKind.Forbidden => "Access denied.",
            AltegioErrorKind.Validation => "The API rejected the request.",
            AltegioErrorKind.Conflict => "The request conflicts with the current state.",
            AltegioErrorKind.Throttled => "The API rate limit was exceeded.",
            AltegioErrorKind.Server => "The server failed.",
            AltegioErrorKind.Connection => "The server could not be reached.",
            AltegioErrorKind.Timeout => "The request timed out.",
            AltegioErrorKind.InvalidResponse => "The server's answer could not be read.",
            AltegioErrorKind.OutcomeUnknown => "The answer never fully arrived; the change may have been made; check before you retry.",
            AltegioErrorKind.Refused => "The API declined the request.",
            _ => "The request failed.",
        };

        // Socket and HTTP exceptions can quote request lines or proxy URLs; keep only a redacted copy of
        // the message so ToString() of the whole chain never shows a secret.
        private static Exception? Sanitize(Exception? inner)
        {
            if (inner is null)
            {
                return null;
            }

            return new AltegioTransportException(inner.GetType().FullName ?? "Exception", Redactor.RedactText(inner.Message),
                Sanitize(inner.InnerException));
        }
    }

    /// <summary>A redacted stand-in for a transport exception (socket, TLS, I/O) inside an <see cref="AltegioApiException"/>.</summary>
    public sealed class AltegioTransportException : Exception
    {
        /// <summary>Creates the stand-in.</summary>
        public AltegioTransportException(string originalType, string message, Exception? inner)
            : base(message, inner)
        {
            OriginalType = originalType;
        }

        /// <summary>The full name of the exception type this replaces.</summary>
        public string OriginalType { get; }

        /// <inheritdoc />
        public override string ToString() => OriginalType + ": " + Message +
            (InnerException is null ? string.Empty : " ---> " + InnerException);
    }
}

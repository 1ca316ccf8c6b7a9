namespace Altegio.Errors
{
    /// <summary>
    /// What went wrong with a call, independent of PowerShell. The cmdlet layer maps each kind to an
    /// ErrorRecord id and category (see <see cref="ErrorClassification"/>); the names are public API.
    /// </summary>
    public enum AltegioErrorKind
    {
        /// <summary>The resource or location does not exist (HTTP 404).</summary>
        NotFound,
        /// <summary>The tokens were rejected (HTTP 401).</summary>
        Unauthorized,
        /// <summary>The user or application lacks rights in the location (HTTP 403).</summary>
        Forbidden,
        /// <summary>The API refused the request's content (HTTP 400/422, or 2xx with success:false).</summary>
        Validation,
        /// <summary>The request conflicts with the current state, e.g. a busy team member (HTTP 409).</summary>
        Conflict,
        /// <summary>The rate limit was still exceeded after every retry (HTTP 429).</summary>
        Throttled,
        /// <summary>The server failed (HTTP 5xx).</summary>
        Server,
        /// <summary>The server could not be reached, or the connection broke.</summary>
        Connection,
        /// <summary>No answer arrived within the session's timeout.</summary>
        Timeout,
        /// <summary>The answer could not be read: not JSON, truncated, or not the expected shape.</summary>
        InvalidResponse,
        /// <summary>A parameter failed validation before any request was sent.</summary>
        InvalidParameter,
        /// <summary>
        /// A change (POST, PUT, PATCH, DELETE) was sent but its answer never fully arrived: the connection broke,
        /// the body was cut off, or the time ran out. The server may have made the change; never retried.
        /// </summary>
        OutcomeUnknown,
        /// <summary>The API answered HTTP 2xx with <c>success:false</c> and named no field: it declined, and says why in its message.</summary>
        Refused,
    }
}

namespace Altegio.Errors
{
    /// <summary>
    /// The PowerShell-facing contract of a failure: a stable ErrorId, the name of the ErrorCategory,
    /// whether it stops the command, and what the user can do. Kept here so xunit tests the table.
    /// </summary>
    public sealed class ErrorClassification
    {
        private ErrorClassification(string errorId, string categoryName, bool isTerminating, string recommendedAction)
        {
            ErrorId = errorId;
            CategoryName = categoryName;
            IsTerminating = isTerminating;
            RecommendedAction = recommendedAction;
        }

        /// <summary>The ErrorRecord id, e.g. <c>Altegio.NotFound</c>. Scripts match on it, so it never changes.</summary>
        public string ErrorId { get; }

        /// <summary>The name of the System.Management.Automation.ErrorCategory member.</summary>
        public string CategoryName { get; }

        /// <summary>
        /// True when nothing else in the command could succeed either (no session, bad tokens, server down),
        /// so the command stops; false when the failure belongs to one item and the pipeline goes on.
        /// </summary>
        public bool IsTerminating { get; }

        /// <summary>Advice for ErrorDetails.RecommendedAction.</summary>
        public string RecommendedAction { get; }

        /// <summary>The id for a command run with no session at all.</summary>
        public static ErrorClassification NotConnected { get; } = new ErrorClassification(
            "Altegio.NotConnected", "AuthenticationError", true,
            "Run Connect-Altegio first, or pass a session with -Session.");

        /// <summary>The id for a command that needs a location but got none.</summary>
        public static ErrorClassification NoCompany { get; } = new ErrorClassification(
            "Altegio.NoCompany", "InvalidArgument", true,
            "Pass -CompanyId (alias -LocationId), or run Connect-Altegio -CompanyId <id> to set a default; Get-AltegioLocation lists them.");

        /// <summary>The id for a configuration file that cannot be used (unknown key, duplicate, bad value, not data).</summary>
        public static ErrorClassification InvalidConfiguration { get; } = new ErrorClassification(
            "Altegio.InvalidConfiguration", "InvalidData", true,
            "Correct the key the message names in the configuration file; Export-AltegioConfiguration writes a valid one to start from.");

        /// <summary>The id for a planned change the API cannot carry out (e.g. a team member's position).</summary>
        public static ErrorClassification ConfigurationNotApplicable { get; } = new ErrorClassification(
            "Altegio.ConfigurationNotApplicable", "NotImplemented", false,
            "Make this change in the Altegio web app, or change the file to match the location.");

        /// <summary>Returns the classification of a failure kind.</summary>
        public static ErrorClassification For(AltegioErrorKind kind) => kind switch
        {
            AltegioErrorKind.NotFound => new ErrorClassification("Altegio.NotFound", "ObjectNotFound", false,
                "Check the Id and the CompanyId; the item may have been removed or belong to another location."),
            AltegioErrorKind.Unauthorized => new ErrorClassification("Altegio.Unauthorized", "AuthenticationError", true,
                "Run Connect-Altegio again with a valid partner token and user token (a password change invalidates the user token)."),
            AltegioErrorKind.Forbidden => new ErrorClassification("Altegio.Forbidden", "PermissionDenied", false,
                "Check the user's rights in this location and the application's permissions in the Altegio Marketplace settings."),
            AltegioErrorKind.Validation => new ErrorClassification("Altegio.ValidationFailed", "InvalidData", false,
                "Correct the values the message names and try again."),
            AltegioErrorKind.Conflict => new ErrorClassification("Altegio.Conflict", "ResourceExists", false,
                "Choose another time, team member or resource, or pass -Force where the command offers it."),
            AltegioErrorKind.Throttled => new ErrorClassification("Altegio.Throttled", "LimitsExceeded", true,
                "Wait a minute and run the command again, or lower -RequestsPerSecond/-RequestsPerMinute on Connect-Altegio."),
            AltegioErrorKind.Server => new ErrorClassification("Altegio.ServerError", "ResourceUnavailable", true,
                "The Altegio service failed; try again later."),
            AltegioErrorKind.Connection => new ErrorClassification("Altegio.ConnectionFailed", "ConnectionError", true,
                "Check the network, the proxy settings (-Proxy, -NoProxy) and -BaseUri of Connect-Altegio."),
            AltegioErrorKind.Timeout => new ErrorClassification("Altegio.Timeout", "OperationTimeout", true,
                "Try again, or raise -TimeoutSec on Connect-Altegio."),
            AltegioErrorKind.InvalidResponse => new ErrorClassification("Altegio.InvalidResponse", "InvalidResult", true,
                "The server's answer was not what the API documents; try again, and report it if it persists."),
            AltegioErrorKind.InvalidParameter => new ErrorClassification("Altegio.InvalidParameter", "InvalidArgument", false,
                "Correct the parameter value."),
            AltegioErrorKind.OutcomeUnknown => new ErrorClassification("Altegio.OutcomeUnknown", "ConnectionError", true,
                "The change may have been made: check (for example with the matching Get- command) before you retry. Such a request is never repeated automatically."),
            AltegioErrorKind.Refused => new ErrorClassification("Altegio.Refused", "InvalidOperation", false,
                "The API declined the request without naming a field; act on its message before you try again."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}

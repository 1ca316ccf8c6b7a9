namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// Builds ErrorRecords from Core failures. The id and category come from
    /// <see cref="ErrorClassification"/>, so they are the same table xunit checks.
    /// </summary>
    internal static class ErrorRecordFactory
    {
        public static ErrorRecord From(AltegioApiException exception, object? target) =>
            Create(exception, exception.Classification, target);

        public static ErrorRecord Create(Exception exception, ErrorClassification classification, object? target)
        {
            var category = (ErrorCategory)Enum.Parse(typeof(ErrorCategory), classification.CategoryName);
            return new ErrorRecord(exception, classification.ErrorId, category, target)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = classification.RecommendedAction },
            };
        }

        public static ErrorRecord NotConnected(bool foreignValue) => Create(
            new InvalidOperationException(foreignValue
                ? "$" + SessionStore.VariableName + " does not hold a live session (a session cannot cross into jobs or remote sessions). Run Connect-Altegio in this runspace, or pass -Session."
                : "Not connected to Altegio. Run Connect-Altegio first, or pass a session with -Session."),
            ErrorClassification.NotConnected,
            null);

        public static ErrorRecord NoCompany() => Create(
            new InvalidOperationException("No location given. Pass -CompanyId (alias -LocationId), or connect with Connect-Altegio -CompanyId <id> to set a default."),
            ErrorClassification.NoCompany,
            null);
    }
}

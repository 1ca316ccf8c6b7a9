namespace Altegio.Tracing
{
    /// <summary>
    /// Receives what the HTTP pipeline has to tell: one Verbose line per attempt, the full exchange for
    /// Debug, and a Warning per retry. Called from thread-pool threads, so an implementation must only
    /// store the text (PowerShell's Write* methods may be called from the pipeline thread alone).
    /// Every text passed here is already redacted.
    /// </summary>
    public interface IAltegioTraceSink
    {
        /// <summary>True when Debug text is wanted; the pipeline skips building request dumps otherwise.</summary>
        bool IsDebugEnabled { get; }

        /// <summary>A one-line summary of an HTTP attempt.</summary>
        void Verbose(string message);

        /// <summary>A full, redacted request or response dump.</summary>
        void Debug(string message);

        /// <summary>A notice the user should see, such as a retry.</summary>
        void Warning(string message);
    }
}

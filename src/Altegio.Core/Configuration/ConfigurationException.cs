namespace Altegio.Configuration
{
    /// <summary>
    /// A configuration file that cannot be used: not readable, not data, or not a valid desired state.
    /// Raised before any request is sent; the message names the file, the key and what is wrong.
    /// </summary>
    public sealed class ConfigurationException : Exception
    {
        /// <summary>Creates the failure.</summary>
        public ConfigurationException(string message, string? key)
            : base(message)
        {
            Key = key;
        }

        /// <summary>The key (or key path, e.g. <c>TeamMembers[2].Position</c>) at fault, when one is.</summary>
        public string? Key { get; }

        /// <summary>The ErrorRecord contract: <c>Altegio.InvalidConfiguration</c>, InvalidData, terminating (nothing can be planned from a bad file).</summary>
        public static ErrorClassification Classification => ErrorClassification.InvalidConfiguration;
    }

    /// <summary>
    /// A planned change that cannot be carried out through the API, such as moving a team member to
    /// another position. Raised without sending a request; it belongs to one change, so the rest go on.
    /// </summary>
    public sealed class ConfigurationNotApplicableException : Exception
    {
        /// <summary>Creates the failure.</summary>
        public ConfigurationNotApplicableException(string message)
            : base(message)
        {
        }

        /// <summary>The ErrorRecord contract: <c>Altegio.ConfigurationNotApplicable</c>, NotImplemented, non-terminating.</summary>
        public static ErrorClassification Classification => ErrorClassification.ConfigurationNotApplicable;
    }
}

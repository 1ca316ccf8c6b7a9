using System.Collections.Concurrent;

namespace Altegio.Tracing
{
    /// <summary>The kinds of trace message.</summary>
    public enum TraceLevel
    {
        /// <summary>Write-Verbose.</summary>
        Verbose,
        /// <summary>Write-Debug.</summary>
        Debug,
        /// <summary>Write-Warning.</summary>
        Warning,
    }

    /// <summary>
    /// A trace sink that only queues messages, so handler threads never touch PowerShell; the cmdlet drains
    /// the queue on the pipeline thread (PSResourceGet's approach). A final literal pass masks the session's
    /// own token values, in case a server echoes one back in a form the patterns miss.
    /// </summary>
    public sealed class QueuedTraceSink : IAltegioTraceSink
    {
        private readonly ConcurrentQueue<(TraceLevel Level, string Text)> _messages = new ConcurrentQueue<(TraceLevel, string)>();
        private string[] _secrets = System.Array.Empty<string>();

        /// <summary>Creates a sink.</summary>
        public QueuedTraceSink(bool isDebugEnabled)
        {
            IsDebugEnabled = isDebugEnabled;
        }

        /// <inheritdoc />
        public bool IsDebugEnabled { get; }

        /// <summary>Values that must never pass, masked literally.</summary>
        internal void SetSecrets(string[] secrets) => _secrets = secrets;

        /// <inheritdoc />
        public void Verbose(string message) => Enqueue(TraceLevel.Verbose, message);

        /// <inheritdoc />
        public void Debug(string message)
        {
            if (IsDebugEnabled)
            {
                Enqueue(TraceLevel.Debug, message);
            }
        }

        /// <inheritdoc />
        public void Warning(string message) => Enqueue(TraceLevel.Warning, message);

        /// <summary>Takes the next message, if any.</summary>
        public bool TryDequeue(out TraceLevel level, out string text)
        {
            if (_messages.TryDequeue(out var item))
            {
                level = item.Level;
                text = item.Text;
                return true;
            }

            level = default;
            text = string.Empty;
            return false;
        }

        private void Enqueue(TraceLevel level, string message)
        {
            var text = Redactor.RedactText(message);
            foreach (var secret in _secrets)
            {
                text = Redactor.RedactValue(text, secret);
            }

            _messages.Enqueue((level, text));
        }
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Altegio.Tracing;

namespace Altegio.Core.Tests.Support
{
    /// <summary>Collects trace text by level, as a cmdlet would, through the same redacting queue.</summary>
    internal sealed class ListTraceSink : IAltegioTraceSink
    {
        private readonly ConcurrentQueue<(TraceLevel Level, string Text)> _all = new ConcurrentQueue<(TraceLevel, string)>();

        public bool IsDebugEnabled => true;

        public IReadOnlyList<string> Verbose_ => _all.Where(m => m.Level == TraceLevel.Verbose).Select(m => m.Text).ToList();

        public IReadOnlyList<string> Warnings => _all.Where(m => m.Level == TraceLevel.Warning).Select(m => m.Text).ToList();

        public string AllText => string.Join("\n", _all.Select(m => m.Text));

        public void Verbose(string message) => _all.Enqueue((TraceLevel.Verbose, message));

        public void Debug(string message) => _all.Enqueue((TraceLevel.Debug, message));

        public void Warning(string message) => _all.Enqueue((TraceLevel.Warning, message));
    }
}

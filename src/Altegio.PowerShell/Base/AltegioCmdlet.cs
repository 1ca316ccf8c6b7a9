using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Altegio.Http;
using Altegio.Tracing;

namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// The base of every Altegio cmdlet. It owns cancellation (Ctrl+C cancels in-flight requests and retry
    /// waits), runs Core's async calls on the pipeline thread while draining their trace messages, and turns
    /// failures into ErrorRecords: per-item failures are non-terminating, failures that doom the rest are
    /// terminating. It never reads ErrorAction and never catches PipelineStoppedException.
    /// </summary>
    public abstract class AltegioCmdlet : PSCmdlet, IDisposable
    {
        private static readonly TimeSpan DrainInterval = TimeSpan.FromMilliseconds(100);
        private CancellationTokenSource _cancel = new CancellationTokenSource();
        private QueuedTraceSink? _trace;

        /// <summary>Cancelled by Ctrl+C or when the pipeline stops.</summary>
        protected CancellationToken Cancellation => _cancel.Token;

        /// <summary>The trace sink for this invocation; created in BeginProcessing.</summary>
        protected QueuedTraceSink Trace => _trace ??= new QueuedTraceSink(IsDebugWanted());

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            KeepDebugUnattended();
            _trace = new QueuedTraceSink(IsDebugWanted());
            Guard(BeginProcessingCore, null);
        }

        /// <inheritdoc />
        protected sealed override void ProcessRecord() => Guard(ProcessRecordCore, null);

        /// <inheritdoc />
        protected override void EndProcessing() => Guard(EndProcessingCore, null);

        /// <inheritdoc />
        protected override void StopProcessing() => _cancel.Cancel();

        /// <summary>Runs once before the first record.</summary>
        protected virtual void BeginProcessingCore()
        {
        }

        /// <summary>Runs once per pipeline record.</summary>
        protected abstract void ProcessRecordCore();

        /// <summary>Runs once after the last record.</summary>
        protected virtual void EndProcessingCore()
        {
        }

        /// <summary>
        /// Waits for an async Core call on the pipeline thread, writing its Verbose, Debug and Warning text
        /// as it arrives (retry warnings show while the retry waits, not after).
        /// </summary>
        protected T Await<T>(Task<T> task)
        {
            WaitAndDrain(task);
            return task.GetAwaiter().GetResult();
        }

        /// <summary>Waits for an async Core call that returns nothing.</summary>
        protected void Await(Task task)
        {
            WaitAndDrain(task);
            task.GetAwaiter().GetResult();
        }

        /// <summary>
        /// Runs <paramref name="action"/> for each item. A non-terminating failure becomes an ErrorRecord
        /// whose target is that item, and the rest go on; a terminating one stops the command.
        /// </summary>
        protected void ForEachItem<TItem>(IEnumerable<TItem> items, Action<TItem> action, Func<TItem, object?>? target = null)
        {
            foreach (var item in items)
            {
                if (_cancel.IsCancellationRequested)
                {
                    return;
                }

                Guard(() => action(item), target is null ? item : target(item));
            }
        }

        /// <summary>Runs <paramref name="action"/> for one item, reporting a non-terminating failure against <paramref name="target"/>.</summary>
        protected void ForItem(object? target, Action action) => Guard(action, target);

        /// <summary>
        /// A switch as a three-way value: null when it was not given, else whether it is on. -X and -X:$false
        /// then mean "yes" and "no", and leaving it out leaves the value alone (or the filter open).
        /// </summary>
        protected bool? Given(string parameterName, SwitchParameter value) =>
            MyInvocation.BoundParameters.ContainsKey(parameterName) ? value.IsPresent : null;

        /// <summary>Writes the trace messages queued so far.</summary>
        protected void DrainTrace()
        {
            var trace = _trace;
            if (trace is null)
            {
                return;
            }

            while (trace.TryDequeue(out var level, out var text))
            {
                WriteTrace(level, text);
            }
        }

        /// <summary>Writes a Core failure as an error: non-terminating or terminating as its classification says.</summary>
        protected void WriteFailure(AltegioApiException exception, object? target)
        {
            var record = ErrorRecordFactory.From(exception, target);
            if (exception.Classification.IsTerminating)
            {
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }

        /// <summary>
        /// -Debug must show the exchange without stopping to ask. But when -Debug is bound on a compiled cmdlet,
        /// PowerShell's command runtime reports Inquire for the warning and verbose preferences (Windows
        /// PowerShell 5.1 for debug too), so every trace line became a prompt: in a console it waited for a key,
        /// with -NonInteractive it failed ("PowerShell is in NonInteractive mode"), with stdin closed it threw a
        /// NullReferenceException. The runtime's own remedy is the overrideInquire flag of its Write methods
        /// (Write-Verbose and Write-Debug use it): the line is shown, as Inquire would show it, and the command
        /// goes on. It is used only for the streams whose Inquire came from -Debug, not for an Inquire the caller
        /// chose (-WarningAction Inquire, or the preference variable). The methods are internal; if a future
        /// PowerShell lacks them, the public ones are used as before.
        /// </summary>
        private void KeepDebugUnattended()
        {
            _unattended = 0;
            var bound = MyInvocation.BoundParameters;
            if (!bound.TryGetValue("Debug", out var debug) || debug is not SwitchParameter { IsPresent: true })
            {
                return;
            }

            if (!bound.ContainsKey("WarningAction") && CallerPreference("WarningPreference") != ActionPreference.Inquire)
            {
                _unattended |= 1 << (int)TraceLevel.Warning;
            }

            if (!bound.ContainsKey("Verbose") && CallerPreference("VerbosePreference") != ActionPreference.Inquire)
            {
                _unattended |= 1 << (int)TraceLevel.Verbose;
            }

            if (CallerPreference("DebugPreference") != ActionPreference.Inquire)
            {
                _unattended |= 1 << (int)TraceLevel.Debug;
            }
        }

        private int _unattended;

        private static readonly Type[][] RecordTypes =
        {
            new[] { typeof(VerboseRecord), typeof(bool) },
            new[] { typeof(DebugRecord), typeof(bool) },
            new[] { typeof(WarningRecord), typeof(bool) },
        };

        private static readonly string[] WriterNames = { "WriteVerbose", "WriteDebug", "WriteWarning" };

        private static readonly MethodInfo?[] Writers = new MethodInfo?[3];

        private void WriteTrace(TraceLevel level, string text)
        {
            if ((_unattended & (1 << (int)level)) != 0 && WriteOverridingInquire(level, text))
            {
                return;
            }

            switch (level)
            {
                case TraceLevel.Verbose:
                    base.WriteVerbose(text);
                    break;
                case TraceLevel.Debug:
                    base.WriteDebug(text);
                    break;
                case TraceLevel.Warning:
                    base.WriteWarning(text);
                    break;
            }
        }

        /// <summary>Writes a verbose line; under -Debug without stopping to ask (see <see cref="KeepDebugUnattended"/>).</summary>
        protected new void WriteVerbose(string text) => WriteTrace(TraceLevel.Verbose, text);

        /// <summary>Writes a debug line; under -Debug without stopping to ask.</summary>
        protected new void WriteDebug(string text) => WriteTrace(TraceLevel.Debug, text);

        /// <summary>Writes a warning; under -Debug without stopping to ask, unless the caller chose Inquire.</summary>
        protected new void WriteWarning(string text) => WriteTrace(TraceLevel.Warning, text);

        private bool WriteOverridingInquire(TraceLevel level, string text)
        {
            var runtime = CommandRuntime;
            if (runtime is null)
            {
                return false;
            }

            var writer = Writers[(int)level];
            if (writer is null || writer.DeclaringType?.IsInstanceOfType(runtime) != true)
            {
                writer = Writers[(int)level] = runtime.GetType().GetMethod(WriterNames[(int)level],
                    BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, null, RecordTypes[(int)level], null);
            }

            if (writer is null)
            {
                return false;
            }

            object record = level switch
            {
                TraceLevel.Verbose => new VerboseRecord(text),
                TraceLevel.Debug => new DebugRecord(text),
                _ => new WarningRecord(text),
            };
            try
            {
                writer.Invoke(runtime, new[] { record, (object)true });
                return true;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
            {
                // A stopped pipeline, or an error the preference asks for (-WarningAction Stop): as the public method would.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
                throw;
            }
        }

        private ActionPreference? CallerPreference(string variable)
        {
            var value = GetVariableValue(variable);
            value = value is PSObject wrapped ? wrapped.BaseObject : value;
            return value is ActionPreference preference ? preference : null;
        }

        /// <summary>True if the caller's Debug stream would show anything, so request dumps are worth building.</summary>
        private bool IsDebugWanted()
        {
            if (MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && debug is SwitchParameter { IsPresent: true })
            {
                return true;
            }

            return CallerPreference("DebugPreference") is { } action && action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore;
        }

        private void Guard(Action action, object? target)
        {
            try
            {
                action();
            }
            catch (AltegioApiException ex)
            {
                DrainTrace();
                WriteFailure(ex, target);
            }
            catch (OperationCanceledException) when (_cancel.IsCancellationRequested)
            {
                // Ctrl+C or a stopped pipeline: PowerShell is already unwinding; just stop quietly.
            }
            finally
            {
                DrainTrace();
            }
        }

        // Task.Wait spins briefly before blocking, so a fast call (most are under a millisecond on a warm
        // connection) returns without a kernel wait; AsyncWaitHandle allocated an event on every call.
        private void WaitAndDrain(Task task)
        {
            while (!WaitQuietly(task))
            {
                DrainTrace();
            }

            DrainTrace();
        }

        // A faulted or cancelled task is "done" here; GetResult afterwards rethrows its exception unwrapped.
        private static bool WaitQuietly(Task task)
        {
            try
            {
                return task.Wait(DrainInterval);
            }
            catch (AggregateException)
            {
                return true;
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _cancel.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>Unwraps PSObject and turns PSCustomObject/hashtable members into plain values for Core.</summary>
        protected static object? Unwrap(object value)
        {
            if (value is PSObject pso)
            {
                if (pso.BaseObject is PSCustomObject)
                {
                    var ordered = new System.Collections.Specialized.OrderedDictionary();
                    foreach (var property in pso.Properties)
                    {
                        if (property.MemberType == PSMemberTypes.NoteProperty || property.MemberType == PSMemberTypes.Property)
                        {
                            ordered[property.Name] = property.Value;
                        }
                    }

                    return ordered;
                }

                return pso.BaseObject;
            }

            return value;
        }
    }
}

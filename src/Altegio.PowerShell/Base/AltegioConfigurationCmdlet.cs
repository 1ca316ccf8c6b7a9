using System.IO;
using Altegio.Configuration;

namespace Altegio.PowerShell.Base
{
    /// <summary>
    /// The base of Compare-, Sync- and Test-AltegioConfiguration: reads and checks the file in BeginProcessing
    /// (so a bad file fails before any request), gathers the locations from -CompanyId or the pipeline, and
    /// works through them in EndProcessing with progress across locations.
    /// </summary>
    public abstract class AltegioConfigurationCmdlet : AltegioApiCmdlet
    {
        private readonly List<long> _locations = new List<long>();
        private ConfigurationApi? _api;

        /// <summary>-Path, the configuration file. Its help for users is in each cmdlet's page in src/help/en-US.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>-CompanyId, the locations (else the session's). Its help for users is in each cmdlet's page in src/help/en-US.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("LocationId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.CompanyIdCompleter))]
        public long[] CompanyId { get; set; } = Array.Empty<long>();

        /// <summary>The desired state read from -Path.</summary>
        internal DesiredConfiguration Desired { get; private set; } = null!;

        /// <summary>Planning and applying over this invocation's client.</summary>
        internal ConfigurationApi Configuration => _api ??= new ConfigurationApi(Client);

        /// <inheritdoc />
        protected override void BeginProcessingCore()
        {
            Desired = LoadFile(this, Path);
        }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            foreach (var id in CompanyId)
            {
                if (!_locations.Contains(id))
                {
                    _locations.Add(id);
                }
            }
        }

        /// <inheritdoc />
        protected override void EndProcessingCore()
        {
            if (_locations.Count == 0)
            {
                if (ActiveSession.CompanyId is not long fromSession)
                {
                    ThrowTerminatingError(ErrorRecordFactory.NoCompany());
                    return;
                }

                _locations.Add(fromSession);
            }

            // A new record per write: hosts may keep the records they are given.
            var activity = MyInvocation.MyCommand.Name;
            for (var i = 0; i < _locations.Count && !Cancellation.IsCancellationRequested; i++)
            {
                var companyId = _locations[i];
                WriteProgress(new ProgressRecord(1, activity,
                    string.Format(CultureInfo.InvariantCulture, "Location {0} ({1} of {2})", companyId, i + 1, _locations.Count))
                {
                    PercentComplete = i * 100 / _locations.Count,
                });
                ForLocation(companyId);
            }

            WriteProgress(new ProgressRecord(1, activity, "Done") { RecordType = ProgressRecordType.Completed });
            Finish();
        }

        /// <summary>Works on one location. A failure to read it is written against the location, and the next one goes on.</summary>
        protected abstract void ForLocation(long companyId);

        /// <summary>Runs after the last location.</summary>
        protected virtual void Finish()
        {
        }

        /// <summary>Plans one location; null when it could not be read (the error is already written).</summary>
        internal ConfigurationPlan? Plan(long companyId, bool prune)
        {
            ConfigurationPlan? plan = null;
            ForItem(companyId, () => plan = Await(Configuration.PlanAsync(Desired, companyId, prune, Cancellation)));
            return plan;
        }

        /// <summary>
        /// Writes a failed change as an error naming the location and the item, keeping the failure's own id and
        /// category; it stops the command only when the failure dooms the rest too (bad tokens, server down).
        /// </summary>
        internal void WriteChangeFailure(Exception exception, ConfigurationChange change)
        {
            var classification = exception is AltegioApiException api ? api.Classification : ConfigurationNotApplicableException.Classification;
            var record = ErrorRecordFactory.Create(exception, classification, change);
            record.ErrorDetails = new ErrorDetails(string.Format(CultureInfo.InvariantCulture, "Location {0}, {1} {2}: {3} failed: {4}",
                change.CompanyId, ConfigurationChange.ResourceText(change.Resource), change.Key, change.Action, exception.Message))
            {
                RecommendedAction = classification.RecommendedAction,
            };
            if (classification.IsTerminating)
            {
                ThrowTerminatingError(record);
            }

            WriteError(record);
        }

        /// <summary>Reads and checks a configuration file; a missing or bad file stops the command before any request.</summary>
        internal static DesiredConfiguration LoadFile(PSCmdlet cmdlet, string path)
        {
            var full = cmdlet.GetUnresolvedProviderPathFromPSPath(path);
            var source = System.IO.Path.GetFileName(full);
            try
            {
                var format = ConfigurationFile.FormatOf(full);
                if (!File.Exists(full))
                {
                    throw new ConfigurationException(full + ": the file does not exist.", null);
                }

                var node = format == ConfigurationFormat.Json
                    ? ConfigNode.FromJson(File.ReadAllText(full), source)
                    : DataFileReader.Read(full, source);
                return DesiredConfiguration.FromNode(node, source);
            }
            catch (ConfigurationException ex)
            {
                cmdlet.ThrowTerminatingError(ErrorRecordFactory.Create(ex, ConfigurationException.Classification, path));
                throw;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                cmdlet.ThrowTerminatingError(ErrorRecordFactory.Create(new ConfigurationException(full + ": the file cannot be read: " + ex.Message, null),
                    ConfigurationException.Classification, path));
                throw;
            }
        }
    }
}

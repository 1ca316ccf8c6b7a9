using System.IO;
using Altegio.Configuration;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Export-AltegioConfiguration cmdlet; its help for users is src/help/en-US/Export-AltegioConfiguration.md.</summary>
    [Cmdlet(VerbsData.Export, "AltegioConfiguration", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportAltegioConfigurationCommand : AltegioLocationCmdlet
    {
        private ConfigurationFormat _format;
        private string _fullPath = string.Empty;

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public ConfigurationResource[] Include { get; set; } = { ConfigurationResource.Tag, ConfigurationResource.Position, ConfigurationResource.TeamMember };

        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessingCore()
        {
            _fullPath = GetUnresolvedProviderPathFromPSPath(Path);
            try
            {
                _format = ConfigurationFile.FormatOf(_fullPath);
            }
            catch (ConfigurationException ex)
            {
                ThrowTerminatingError(ErrorRecordFactory.Create(ex, ConfigurationException.Classification, Path));
            }
        }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            if (NoClobber.IsPresent && File.Exists(_fullPath))
            {
                ThrowTerminatingError(new ErrorRecord(new IOException(_fullPath + " exists; -NoClobber keeps it."), "Altegio.FileExists",
                    ErrorCategory.ResourceExists, Path));
            }

            var exported = Await(Configuration(companyId));
            foreach (var warning in exported.Warnings)
            {
                WriteWarning(warning);
            }

            if (!ShouldProcess(_fullPath, "Export the configuration of location " + companyId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                return;
            }

            try
            {
                File.WriteAllBytes(_fullPath, ConfigurationFile.ToBytes(exported.Configuration, _format));
            }
            catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException)
            {
                ThrowTerminatingError(new ErrorRecord(new IOException(_fullPath + " cannot be written: " + ex.Message, ex), "Altegio.FileWriteFailed",
                    ErrorCategory.WriteError, Path));
            }

            if (PassThru.IsPresent)
            {
                WriteObject(new FileInfo(_fullPath));
            }
        }

        private System.Threading.Tasks.Task<ExportedConfiguration> Configuration(long companyId) =>
            new ConfigurationApi(Client).ExportAsync(companyId, Include.Distinct().ToList(), Cancellation);
    }
}

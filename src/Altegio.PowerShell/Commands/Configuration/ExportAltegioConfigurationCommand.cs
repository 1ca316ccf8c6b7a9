using System.IO;
using System.Linq;
using System.Management.Automation;
using Altegio.Configuration;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Writes a location's tags, positions and team members as a configuration file.</para>
    /// <para type="description">Reads the location once per resource list and writes its current state as a desired-state file for Compare-, Test- and Sync-AltegioConfiguration: a PowerShell data file (.psd1) or JSON (.json), chosen by the extension. Items are identified by natural keys, not ids: tags by entity and title, positions by title, team members by name and specialization; team members name their position by title. Keys and items are in a fixed order, so two exports of the same state are byte-identical. System tags, deleted tags and dismissed team members are left out, and no contact data or token is written.</para>
    /// </summary>
    [Cmdlet(VerbsData.Export, "AltegioConfiguration", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportAltegioConfigurationCommand : AltegioLocationCmdlet
    {
        private ConfigurationFormat _format;
        private string _fullPath = string.Empty;

        /// <summary>
        /// <para type="description">The file to write; its extension, .psd1 or .json, chooses the format. An existing file is replaced unless -NoClobber.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">The resources to export: Tag, Position, TeamMember (all by default). A section left out of the file is not managed by Sync-AltegioConfiguration.</para>
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public ConfigurationResource[] Include { get; set; } = { ConfigurationResource.Tag, ConfigurationResource.Position, ConfigurationResource.TeamMember };

        /// <summary>
        /// <para type="description">Do not replace an existing file.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>
        /// <para type="description">Write the file's FileInfo.</para>
        /// </summary>
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

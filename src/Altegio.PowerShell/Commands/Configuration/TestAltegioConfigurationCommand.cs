using Altegio.Configuration;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Test-AltegioConfiguration cmdlet; its help for users is src/help/en-US/Test-AltegioConfiguration.md.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "AltegioConfiguration")]
    [OutputType(typeof(bool), typeof(ConfigurationTestResult))]
    public sealed class TestAltegioConfigurationCommand : AltegioConfigurationCmdlet
    {
        private readonly List<ConfigurationTestResult> _results = new List<ConfigurationTestResult>();

        [Parameter]
        public SwitchParameter Prune { get; set; }

        [Parameter]
        public SwitchParameter Detailed { get; set; }

        /// <inheritdoc />
        protected override void ForLocation(long companyId)
        {
            var plan = Plan(companyId, Prune.IsPresent);
            var result = plan is null
                ? new ConfigurationTestResult(companyId, new ConfigurationChange[0], "The location could not be read; see the error written for it.")
                : new ConfigurationTestResult(companyId, plan.Changes, null);
            if (Detailed.IsPresent)
            {
                WriteObject(result);
            }

            _results.Add(result);
        }

        /// <inheritdoc />
        protected override void Finish()
        {
            if (!Detailed.IsPresent)
            {
                WriteObject(_results.Count > 0 && _results.All(r => r.InDesiredState));
            }
        }
    }
}

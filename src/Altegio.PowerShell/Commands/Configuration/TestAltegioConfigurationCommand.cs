using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Altegio.Configuration;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Tests whether locations match a configuration file; $true when every one does.</para>
    /// <para type="description">Plans each location as Compare-AltegioConfiguration does and returns $true when no location needs a change, otherwise $false: a gate for CI. A location that cannot be read counts as not matching and is reported as an error. -Detailed returns one result per location instead. Sends no write request.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "AltegioConfiguration")]
    [OutputType(typeof(bool), typeof(ConfigurationTestResult))]
    public sealed class TestAltegioConfigurationCommand : AltegioConfigurationCmdlet
    {
        private readonly List<ConfigurationTestResult> _results = new List<ConfigurationTestResult>();

        /// <summary>
        /// <para type="description">Also count what -Prune would remove or dismiss: items in a location that the file does not name make it not match.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Prune { get; set; }

        /// <summary>
        /// <para type="description">Return one result per location (CompanyId, InDesiredState, ChangeCount, Changes, Error) instead of one $true or $false.</para>
        /// </summary>
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

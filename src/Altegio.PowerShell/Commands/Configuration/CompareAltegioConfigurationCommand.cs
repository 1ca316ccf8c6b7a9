using Altegio.Configuration;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Compare-AltegioConfiguration cmdlet; its help for users is src/help/en-US/Compare-AltegioConfiguration.md.</summary>
    [Cmdlet(VerbsData.Compare, "AltegioConfiguration")]
    [OutputType(typeof(ConfigurationChange))]
    public sealed class CompareAltegioConfigurationCommand : AltegioConfigurationCmdlet
    {
        [Parameter]
        public SwitchParameter Prune { get; set; }

        [Parameter]
        public SwitchParameter IncludeEqual { get; set; }

        /// <inheritdoc />
        protected override void ForLocation(long companyId)
        {
            var plan = Plan(companyId, Prune.IsPresent);
            if (plan != null)
            {
                WriteObject(IncludeEqual.IsPresent ? plan.Changes : plan.Pending.ToList(), enumerateCollection: true);
            }
        }
    }
}

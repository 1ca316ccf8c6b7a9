using System.Linq;
using System.Management.Automation;
using Altegio.Configuration;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Shows the plan: what Sync-AltegioConfiguration would change in each location to match a configuration file.</para>
    /// <para type="description">Reads the configuration file (a bad file fails before any request), reads each location's tags, positions and team members once, and writes one change object per difference: the location, the resource, the item's natural key, the action (Create, Update, Remove, Dismiss) and each changed property before and after. Sends no write request. Without -Prune, items the file does not name are left out of the plan, as Sync leaves them alone.</para>
    /// </summary>
    [Cmdlet(VerbsData.Compare, "AltegioConfiguration")]
    [OutputType(typeof(ConfigurationChange))]
    public sealed class CompareAltegioConfigurationCommand : AltegioConfigurationCmdlet
    {
        /// <summary>
        /// <para type="description">Also plan what Sync-AltegioConfiguration -Prune would do: remove tags and positions that are not in the file, and dismiss team members that are not in it.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Prune { get; set; }

        /// <summary>
        /// <para type="description">Also write the items that already match the file, with the action NoChange.</para>
        /// </summary>
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

using System;
using System.Management.Automation;
using Altegio.Configuration;
using Altegio.Errors;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Makes locations match a configuration file: creates and updates tags, positions and team members, and with -Prune removes or dismisses what the file does not name.</para>
    /// <para type="description">Plans each location as Compare-AltegioConfiguration does and carries out each change through ShouldProcess, so -WhatIf prints the plan and sends no write request. Positions come before the team members that use them. Without -Prune nothing is removed; with it, tags and positions not in the file are removed and team members not in it are dismissed (never deleted). One failed change is a non-terminating error naming the location and the item, and the rest go on. Running it again with the same file sends no write request.</para>
    /// </summary>
    [Cmdlet(VerbsData.Sync, "AltegioConfiguration", SupportsShouldProcess = true)]
    [OutputType(typeof(ConfigurationChange))]
    public sealed class SyncAltegioConfigurationCommand : AltegioConfigurationCmdlet
    {
        /// <summary>
        /// <para type="description">Remove tags and positions that are not in the file, and dismiss team members that are not in it. Team members are never deleted; system tags are never removed.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Prune { get; set; }

        /// <summary>
        /// <para type="description">Write each change that was carried out.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ForLocation(long companyId)
        {
            var plan = Plan(companyId, Prune.IsPresent);
            if (plan is null)
            {
                return;
            }

            foreach (var change in plan.Pending)
            {
                if (Cancellation.IsCancellationRequested || !ShouldProcess(change.Describe(), change.Action.ToString()))
                {
                    continue;
                }

                try
                {
                    Await(Configuration.ApplyAsync(plan, change, Cancellation));
                }
                catch (Exception ex) when (ex is AltegioApiException or ConfigurationNotApplicableException)
                {
                    DrainTrace();
                    WriteChangeFailure(ex, change);
                    continue;
                }

                if (PassThru.IsPresent)
                {
                    WriteObject(change);
                }
            }
        }
    }
}

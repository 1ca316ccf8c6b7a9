using Altegio.Configuration;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Sync-AltegioConfiguration cmdlet; its help for users is src/help/en-US/Sync-AltegioConfiguration.md.</summary>
    [Cmdlet(VerbsData.Sync, "AltegioConfiguration", SupportsShouldProcess = true)]
    [OutputType(typeof(ConfigurationChange))]
    public sealed class SyncAltegioConfigurationCommand : AltegioConfigurationCmdlet
    {
        [Parameter]
        public SwitchParameter Prune { get; set; }

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

using System;
using System.Globalization;
using System.Management.Automation;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEvent cmdlet; its help for users is src/help/en-US/Remove-AltegioEvent.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventCommand : AltegioLocationCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ForEachItem(Id, id =>
            {
                var description = string.Format(CultureInfo.InvariantCulture,
                    "Removing event {0} in location {1}; every booking in it is cancelled.", id, companyId);
                var question = string.Format(CultureInfo.InvariantCulture,
                    "Remove event {0} in location {1}? Every booking in it will be cancelled.", id, companyId);
                if (ShouldProcess(description, question, "Remove-AltegioEvent"))
                {
                    Await(Client.Events.DeleteAsync(companyId, id, Cancellation));
                }
            });
        }
    }
}

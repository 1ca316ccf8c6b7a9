using System;
using System.Globalization;
using System.Management.Automation;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Removes group events from an Altegio location, cancelling their bookings.</para>
    /// <para type="description">Removes events by id, or piped from Get-AltegioEvent or any object with an Id (or EventId) and optionally a CompanyId property. The API deletes softly (Get-AltegioEvent -Id still reads a removed event) and cancels every booking in it; clients are notified as the location's settings say. Prompts for confirmation unless -Confirm:$false; -WhatIf shows what would be removed and sends nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioEvent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventCommand : AltegioChangeCmdlet
    {
        /// <summary>
        /// <para type="description">The ids of the events to remove. Bound from piped events, numbers, or objects with an Id or EventId property.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ChangeEach(Id, id => string.Format(CultureInfo.InvariantCulture, "event {0} in location {1}", id, companyId), "Remove", null,
                id => Nothing(Client.Events.DeleteAsync(companyId, id, Cancellation)));
        }

        /// <summary>Says that removing an event cancels every booking in it.</summary>
        protected override bool ShouldChange(long id, string target, string action) =>
            ShouldProcess("Removing " + target + "; every booking in it is cancelled.", "Remove " + target + "? Every booking in it will be cancelled.",
                "Remove-AltegioEvent");
    }
}

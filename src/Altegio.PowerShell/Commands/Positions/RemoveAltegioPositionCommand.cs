using System.Globalization;
using System.Management.Automation;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Removes team-member positions.</para>
    /// <para type="description">Removes positions by id, or piped from Get-AltegioPosition or any object with an Id and optionally a CompanyId (or LocationId) property. After the API accepts a delete, the position is read again: a position that team members still hold may be kept by the API, and that is reported as a non-terminating Altegio.Conflict error, as are 409 and 422 refusals. Prompts for confirmation unless -Confirm:$false; -WhatIf sends nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioPosition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioPositionCommand : AltegioChangeCmdlet
    {
        /// <summary>
        /// <para type="description">The ids of the positions to remove. Bound from piped positions, numbers, or objects with an Id or PositionId property.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PositionId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ChangeEach(Id, id => string.Format(CultureInfo.InvariantCulture, "Position {0} in location {1}", id, companyId), "Remove", null,
                id => Nothing(Client.Positions.DeleteAsync(companyId, id, Cancellation)));
        }
    }
}

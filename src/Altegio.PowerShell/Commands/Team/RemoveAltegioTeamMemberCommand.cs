using System.Globalization;
using System.Management.Automation;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Deletes team members from an Altegio location.</para>
    /// <para type="description">Deletes team members by id, or piped from Get-AltegioTeamMember or any object with an Id (or TeamMemberId, StaffId) and optionally a CompanyId (or LocationId) property. To keep a member's history but stop their bookings, dismiss them with Set-AltegioTeamMember -Dismissed instead. Prompts for confirmation unless -Confirm:$false; -WhatIf sends nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioTeamMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioTeamMemberCommand : AltegioChangeCmdlet
    {
        /// <summary>
        /// <para type="description">The ids of the team members to delete. Bound from piped team members, numbers, or objects with an Id, TeamMemberId or StaffId property.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamMemberId", "StaffId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ChangeEach(Id, id => string.Format(CultureInfo.InvariantCulture, "Team member {0} in location {1}", id, companyId), "Remove", null,
                id => Nothing(Client.TeamMembers.DeleteAsync(companyId, id, Cancellation)));
        }
    }
}

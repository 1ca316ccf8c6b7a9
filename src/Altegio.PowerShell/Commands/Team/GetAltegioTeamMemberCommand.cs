using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the team members (staff) of an Altegio location.</para>
    /// <para type="description">With no arguments, lists the current team members. -Name, -PositionId, -PositionTitle, -Status, -IncludeDeleted and the -UserLinked, -Paid, -HasSchedule and -AvailableAsAssistant switches filter the list on the server; -IncludePosition fills in each member's position title. -Id gets specific members with everything the API knows about them: rating, online-booking visibility, weight, the linked user and the dismissed flag. The API version behind each form is chosen for you.</para>
    /// </summary>
    /// <remarks>
    /// The default set takes an optional -Id, so piped members, numbers and CSV rows with Id and CompanyId
    /// columns all get by id: PowerShell binds piped objects to the default set first, and a list set that
    /// accepted -CompanyId by property name would swallow them.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioTeamMember", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(TeamMember))]
    public sealed class GetAltegioTeamMemberCommand : AltegioLocationCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ListSet = "List";

        /// <summary>
        /// <para type="description">The ids of the team members to get. Accepts piped numbers and objects with an Id, TeamMemberId or StaffId property. Without -Id (and without filters) the current team members are listed.</para>
        /// </summary>
        [Parameter(Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamMemberId", "StaffId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <summary>
        /// <para type="description">Lists only members whose name contains this text (matched by the API, case-insensitive).</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>
        /// <para type="description">Lists only members of this position. Bound from piped objects' PositionId property.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [BlankAsNullTransformation]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long? PositionId { get; set; }

        /// <summary>
        /// <para type="description">Lists only members whose position title contains this text (matched by the API).</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? PositionTitle { get; set; }

        /// <summary>
        /// <para type="description">Active (the default) lists current members, Dismissed lists dismissed ones, All lists both.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public TeamMemberStatus Status { get; set; } = TeamMemberStatus.Active;

        /// <summary>
        /// <para type="description">Also lists deleted team members; their IsDeleted property is True.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeDeleted { get; set; }

        /// <summary>
        /// <para type="description">-UserLinked lists only members linked to an Altegio user account; -UserLinked:$false only those without one.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter UserLinked { get; set; }

        /// <summary>
        /// <para type="description">-Paid lists only members on a paid seat; -Paid:$false only the others.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Paid { get; set; }

        /// <summary>
        /// <para type="description">-HasSchedule lists only members with a work schedule; -HasSchedule:$false only those without.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter HasSchedule { get; set; }

        /// <summary>
        /// <para type="description">-AvailableAsAssistant lists only members who can be booked as assistants; -AvailableAsAssistant:$false only the others.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter AvailableAsAssistant { get; set; }

        /// <summary>
        /// <para type="description">Fills in PositionTitle by asking the API to include each member's position.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludePosition { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            if (Id.Length > 0)
            {
                ForEachItem(Id, id => WriteObject(Await(Client.TeamMembers.GetAsync(companyId, id, Cancellation))));
                return;
            }

            var options = new TeamMemberListQuery
            {
                Name = Name,
                PositionId = PositionId,
                PositionTitle = PositionTitle,
                Status = Status,
                IncludeDeleted = IncludeDeleted,
                UserLinked = Given(nameof(UserLinked), UserLinked),
                IsPaid = Given(nameof(Paid), Paid),
                HasSchedule = Given(nameof(HasSchedule), HasSchedule),
                IsAssistant = Given(nameof(AvailableAsAssistant), AvailableAsAssistant),
                IncludePosition = IncludePosition,
            };
            WriteObject(Await(Client.TeamMembers.ListAsync(companyId, options, Cancellation)), enumerateCollection: true);
        }

        // A switch is a three-way filter: absent = either, -X = only those, -X:$false = only the others.
        private bool? Given(string name, SwitchParameter value) =>
            MyInvocation.BoundParameters.ContainsKey(name) ? value.IsPresent : null;
    }
}

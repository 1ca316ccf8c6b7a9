using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Adds a team member to an Altegio location.</para>
    /// <para type="description">Creates a team member with a name and a specialization, optionally in a position, linked to an Altegio user by -Email or -Phone (and invited with -Invite), on a paid seat with -Paid, with access to the timetable (so it can be given working hours) with -TimetableAccess. Writes the new member. Everything is checked before any request is sent. Binds piped objects by property name, so Import-Csv rows with columns named like the parameters create one member each; a row that fails writes an error that targets that row, and the other rows go on.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AltegioTeamMember", SupportsShouldProcess = true)]
    [OutputType(typeof(TeamMember))]
    public sealed class NewAltegioTeamMemberCommand : AltegioLocationCmdlet
    {
        /// <summary>
        /// <para type="description">The member's display name. It cannot be empty.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">The specialization shown to clients, such as Yoga instructor. It cannot be empty.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Specialization { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">The id of the member's position (see Get-AltegioPosition). Omitted or empty: no position.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BlankAsNullTransformation]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long? PositionId { get; set; }

        /// <summary>
        /// <para type="description">The e-mail of the Altegio user account to link to the member.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Email { get; set; }

        /// <summary>
        /// <para type="description">The phone number of the Altegio user account to link to the member, such as +35799000001.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Phone { get; set; }

        /// <summary>
        /// <para type="description">Sends the linked user (-Email or -Phone) an invitation to the location. A CSV column may say true/false, 1/0 or yes/no.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlagTransformation]
        public SwitchParameter Invite { get; set; }

        /// <summary>
        /// <para type="description">Puts the member on a paid seat. On per-seat licences the API refuses an active member without one. A CSV column may say true/false, 1/0 or yes/no.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlagTransformation]
        public SwitchParameter Paid { get; set; }

        /// <summary>
        /// <para type="description">Gives the member access to the timetable (has_timetable_access). Without it the member cannot be given working hours. A CSV column may say true/false, 1/0 or yes/no.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlagTransformation]
        public SwitchParameter TimetableAccess { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Team member '{0}' in location {1}", Name, companyId);
            if (!ShouldProcess(target, "Create"))
            {
                return;
            }

            var member = new NewTeamMember
            {
                Name = Name,
                Specialization = Specialization,
                PositionId = PositionId,
                Email = Email,
                Phone = Phone,
                Invite = MyInvocation.BoundParameters.ContainsKey(nameof(Invite)) ? Invite.IsPresent : null,
                Paid = MyInvocation.BoundParameters.ContainsKey(nameof(Paid)) ? Paid.IsPresent : null,
                TimetableAccess = MyInvocation.BoundParameters.ContainsKey(nameof(TimetableAccess)) ? TimetableAccess.IsPresent : null,
            };
            ForItem(Row(member), () => WriteObject(Await(Client.TeamMembers.CreateAsync(companyId, member, Cancellation))));
        }

        /// <summary>The input as this command saw it, with the parameters' names: the target of a failed row, ready to fix and pipe again.</summary>
        private static PSObject Row(NewTeamMember member)
        {
            var row = new PSObject();
            row.Properties.Add(new PSNoteProperty("Name", member.Name));
            row.Properties.Add(new PSNoteProperty("Specialization", member.Specialization));
            row.Properties.Add(new PSNoteProperty("PositionId", member.PositionId));
            row.Properties.Add(new PSNoteProperty("Email", member.Email));
            row.Properties.Add(new PSNoteProperty("Phone", member.Phone));
            row.Properties.Add(new PSNoteProperty("Invite", member.Invite));
            row.Properties.Add(new PSNoteProperty("Paid", member.Paid));
            row.Properties.Add(new PSNoteProperty("TimetableAccess", member.TimetableAccess));
            return row;
        }
    }
}

namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioTeamMember cmdlet; its help for users is src/help/en-US/New-AltegioTeamMember.md.</summary>
    [Cmdlet(VerbsCommon.New, "AltegioTeamMember", SupportsShouldProcess = true)]
    [OutputType(typeof(TeamMember))]
    public sealed class NewAltegioTeamMemberCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Name { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Specialization { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BlankAsNullTransformation]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long? PositionId { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Email { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Phone { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlagTransformation]
        public SwitchParameter Invite { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlagTransformation]
        public SwitchParameter Paid { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FlagTransformation]
        public SwitchParameter TimetableAccess { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var member = new TeamMemberDraft
            {
                Name = Name,
                Specialization = Specialization,
                PositionId = PositionId,
                Email = Email,
                Phone = Phone,
                Invite = Given(nameof(Invite), Invite),
                Paid = Given(nameof(Paid), Paid),
                TimetableAccess = Given(nameof(TimetableAccess), TimetableAccess),
            };
            var target = string.Format(CultureInfo.InvariantCulture, "Team member '{0}' in location {1}", Name, companyId);
            Change(Row(member), target, "Create", () => TeamMembersApi.Validate(member), () => Client.TeamMembers.CreateAsync(companyId, member, Cancellation));
        }

        /// <summary>The input as this command saw it, with the parameters' names: the target of a failed row, ready to fix and pipe again.</summary>
        private static PSObject Row(TeamMemberDraft member)
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

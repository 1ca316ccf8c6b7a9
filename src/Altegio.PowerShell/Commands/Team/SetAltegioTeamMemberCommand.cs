namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioTeamMember cmdlet; its help for users is src/help/en-US/Set-AltegioTeamMember.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioTeamMember", SupportsShouldProcess = true)]
    [OutputType(typeof(TeamMember))]
    public sealed class SetAltegioTeamMemberCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamMemberId", "StaffId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long Id { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Name { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Specialization { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [BlankAsNullTransformation]
        public int? Weight { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Information { get; set; }

        [Parameter]
        public SwitchParameter HiddenFromOnlineBooking { get; set; }

        [Parameter]
        public SwitchParameter Dismissed { get; set; }

        [Parameter]
        public SwitchParameter Paid { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var changes = new TeamMemberChanges
            {
                Name = Text.NullIfEmpty(Name),
                Specialization = Text.NullIfEmpty(Specialization),
                Weight = Weight,
                Information = Text.NullIfEmpty(Information),
                HiddenFromOnlineBooking = Given(nameof(HiddenFromOnlineBooking), HiddenFromOnlineBooking),
                Dismissed = Given(nameof(Dismissed), Dismissed),
                Paid = Given(nameof(Paid), Paid),
            };
            var action = changes.Dismissed switch
            {
                true => "Dismiss",
                false => "Hire again",
                _ => "Update",
            };
            Change(Id, Target("Team member", Id, companyId), action, () => TeamMembersApi.Validate(changes),
                () => Client.TeamMembers.UpdateAsync(companyId, Id, changes, Cancellation), PassThru);
        }
    }
}

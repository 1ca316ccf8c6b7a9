namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioTeamMember cmdlet; its help for users is src/help/en-US/Remove-AltegioTeamMember.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioTeamMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioTeamMemberCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TeamMemberId", "StaffId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore() => RemoveEach(Id, "Team member", Client.TeamMembers.DeleteAsync);
    }
}

namespace Altegio.PowerShell.Commands
{
    /// <summary>Gets the services of a location that can run as group events, with their team members and session lengths.</summary>
    [Cmdlet(VerbsCommon.Get, "AltegioEventService")]
    [OutputType(typeof(EventService))]
    public sealed class GetAltegioEventServiceCommand : AltegioLocationCmdlet
    {
        /// <summary>Lists only the services this team member provides.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StaffId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long? TeamMemberId { get; set; }

        /// <summary>Lists only services whose title matches; wildcards are allowed.</summary>
        [Parameter(Position = 0)]
        [Alias("Title")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            WriteObject(Await(Client.EventServices.ListAsync(companyId, TeamMemberId, Name, Cancellation)), enumerateCollection: true);
        }
    }
}

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioTag cmdlet; its help for users is src/help/en-US/Get-AltegioTag.md.</summary>
    /// <remarks>
    /// The default set takes an optional -Id: PowerShell binds piped objects to the default set first, so a
    /// list set that took -CompanyId by property name would swallow CSV rows with Id and CompanyId columns
    /// and list everything instead of getting those ids.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioTag", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(Tag))]
    public sealed class GetAltegioTagCommand : AltegioLocationCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        [Parameter(ParameterSetName = ListSet)]
        public TagEntity? Entity { get; set; }

        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeDeleted { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore() =>
            GetEachOrList(Id, Client.Tags.GetAsync, (companyId, cancel) => Client.Tags.ListAsync(companyId, Entity, cancel, Title, IncludeDeleted));
    }
}

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioPosition cmdlet; its help for users is src/help/en-US/Get-AltegioPosition.md.</summary>
    /// <remarks>
    /// The default set takes an optional -Id, so piped positions, numbers and CSV rows with Id and CompanyId
    /// columns all get by id: PowerShell binds piped objects to the default set first, and a list set that
    /// accepted -CompanyId by property name would swallow them.
    /// </remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioPosition", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(Position))]
    public sealed class GetAltegioPositionCommand : AltegioLocationCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PositionId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore() =>
            GetEachOrList(Id, Client.Positions.GetAsync, (companyId, cancel) => Client.Positions.ListAsync(companyId, cancel, Title));
    }
}

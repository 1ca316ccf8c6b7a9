using Altegio.PowerShell.Completers;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioLocation cmdlet; its help for users is src/help/en-US/Get-AltegioLocation.md.</summary>
    /// <remarks>The default set takes an optional id, for the reason given on Get-AltegioTag.</remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioLocation", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(Location))]
    public sealed class GetAltegioLocationCommand : AltegioApiCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("LocationId", "Id")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(CompanyIdCompleter))]
        public long[] CompanyId { get; set; } = System.Array.Empty<long>();

        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            if (CompanyId.Length > 0)
            {
                ForEachItem(CompanyId, id => WriteObject(Await(Client.Locations.GetAsync(id, Cancellation))));
                return;
            }

            WriteObject(Await(Client.Locations.ListAsync(Cancellation, Title)), enumerateCollection: true);
        }
    }
}

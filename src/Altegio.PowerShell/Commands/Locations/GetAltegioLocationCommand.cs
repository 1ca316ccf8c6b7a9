using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.PowerShell.Completers;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the Altegio locations (companies) the user's token can reach.</para>
    /// <para type="description">Lists every location the session's user can reach, or gets locations by -Id. Pipe the output into other commands: each location binds to their -CompanyId.</para>
    /// </summary>
    /// <remarks>The default set takes an optional id, for the reason given on Get-AltegioTag.</remarks>
    [Cmdlet(VerbsCommon.Get, "AltegioLocation", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(Location))]
    public sealed class GetAltegioLocationCommand : AltegioApiCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        /// <summary>
        /// <para type="description">The ids of the locations to get. Accepts piped objects with a CompanyId or LocationId property (so a piped tag gives its location, not its own id).</para>
        /// </summary>
        [Parameter(Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("LocationId", "Id")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(CompanyIdCompleter))]
        public long[] CompanyId { get; set; } = System.Array.Empty<long>();

        /// <summary>
        /// <para type="description">Lists only locations whose title matches; wildcards are allowed.</para>
        /// </summary>
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

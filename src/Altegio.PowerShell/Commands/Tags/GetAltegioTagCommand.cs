using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets the tags of an Altegio location.</para>
    /// <para type="description">With no arguments, lists every tag of the location. -Id gets specific tags; -Entity and -Title filter the list.</para>
    /// </summary>
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

        /// <summary>
        /// <para type="description">The ids of the tags to get. Accepts piped numbers and objects with an Id or TagId property. Without -Id every tag is listed.</para>
        /// </summary>
        [Parameter(Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <summary>
        /// <para type="description">Lists only tags of this kind: Common, Client, Record or Activity.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public TagEntity? Entity { get; set; }

        /// <summary>
        /// <para type="description">Lists only tags whose title matches; wildcards are allowed. The filter runs on the client.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        /// <summary>
        /// <para type="description">Also lists tags the API reports as deleted.</para>
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter IncludeDeleted { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            if (Id.Length > 0)
            {
                ForEachItem(Id, id => WriteObject(Await(Client.Tags.GetAsync(companyId, id, Cancellation))));
                return;
            }

            WriteObject(Await(Client.Tags.ListAsync(companyId, Entity, Cancellation, Title, IncludeDeleted)), enumerateCollection: true);
        }
    }
}

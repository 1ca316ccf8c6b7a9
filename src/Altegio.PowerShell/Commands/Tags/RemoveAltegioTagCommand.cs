using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Removes tags from an Altegio location.</para>
    /// <para type="description">Removes tags by id or piped from Get-AltegioTag. Prompts for confirmation unless -Confirm:$false; -WhatIf shows what would be removed and sends nothing.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioTagCommand : AltegioLocationCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ByObjectSet = "ByInputObject";

        /// <summary>
        /// <para type="description">The ids of the tags to remove.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <summary>
        /// <para type="description">Tags from Get-AltegioTag.</para>
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public Tag[] InputObject { get; set; } = System.Array.Empty<Tag>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            if (ParameterSetName == ByObjectSet)
            {
                ForEachItem(InputObject, tag => Remove(tag.CompanyId > 0 && CompanyId == 0 ? tag.CompanyId : ResolveCompanyId(), tag.Id,
                    string.Format(CultureInfo.InvariantCulture, "Tag {0} '{1}'", tag.Id, tag.Title)));
                return;
            }

            var companyId = ResolveCompanyId();
            ForEachItem(Id, id => Remove(companyId, id, string.Format(CultureInfo.InvariantCulture, "Tag {0}", id)));
        }

        private void Remove(long companyId, long id, string description)
        {
            if (ShouldProcess(description + string.Format(CultureInfo.InvariantCulture, " in location {0}", companyId), "Remove"))
            {
                Await(Client.Tags.DeleteAsync(companyId, id, Cancellation));
            }
        }
    }
}

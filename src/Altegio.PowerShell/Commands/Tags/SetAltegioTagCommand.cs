using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Changes a tag's title, colour or icon.</para>
    /// <para type="description">Changes only the fields given. Empty values leave a field as it is. With -PassThru the changed tag is read back and written.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AltegioTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    public sealed class SetAltegioTagCommand : AltegioLocationCmdlet
    {
        /// <summary>
        /// <para type="description">The id of the tag to change. Bound from piped tags.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long Id { get; set; }

        /// <summary>
        /// <para type="description">The new title: not empty, at most 255 characters (the module's bound; the API documents none).</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Title { get; set; }

        /// <summary>
        /// <para type="description">The new background colour, as #rrggbb.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Color { get; set; }

        /// <summary>
        /// <para type="description">The new icon name.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Icon { get; set; }

        /// <summary>
        /// <para type="description">Writes the changed tag.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Tag {0} in location {1}", Id, companyId);
            if (!ShouldProcess(target, "Update"))
            {
                return;
            }

            ForItem(Id, () =>
            {
                Await(Client.Tags.UpdateAsync(companyId, Id, Text.NullIfEmpty(Title), Text.NullIfEmpty(Color), Text.NullIfEmpty(Icon), Cancellation));
                if (PassThru)
                {
                    WriteObject(Await(Client.Tags.GetAsync(companyId, Id, Cancellation)));
                }
            });
        }
    }
}

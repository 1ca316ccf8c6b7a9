using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates a tag in an Altegio location.</para>
    /// <para type="description">Creates a tag with a title and a #rrggbb colour and writes the new tag. The title and colour are checked before any request is sent. Binds piped objects by property name, so Import-Csv can feed it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AltegioTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    public sealed class NewAltegioTagCommand : AltegioLocationCmdlet
    {
        /// <summary>
        /// <para type="description">The tag's name. It cannot be empty, and at most 255 characters are sent (the API documents no limit; longer titles fail with Altegio.InvalidParameter before sending).</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [AllowEmptyString]
        public string Title { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">The background colour, as #rrggbb (for example #ff2828).</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Color { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">What the tag is for: Common (the default), Client, Record or Activity.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public TagEntity? Entity { get; set; }

        /// <summary>
        /// <para type="description">An icon name, such as star.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Icon { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Tag '{0}' in location {1}", Title, companyId);
            if (!ShouldProcess(target, "Create"))
            {
                return;
            }

            var icon = string.IsNullOrEmpty(Icon) ? null : Icon;
            ForItem(Title, () => WriteObject(Await(Client.Tags.CreateAsync(companyId, Title, Color, Entity, icon, Cancellation))));
        }
    }
}

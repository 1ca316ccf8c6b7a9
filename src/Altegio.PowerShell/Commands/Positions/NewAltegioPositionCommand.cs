using System.Globalization;
using System.Management.Automation;
using Altegio.Resources;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates a team-member position in an Altegio location.</para>
    /// <para type="description">Creates a position with a title (1 to 100 characters) and an optional description (up to 1000) and writes the new position. Both are checked before any request is sent. Binds piped objects by property name, so Import-Csv can feed it.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AltegioPosition", SupportsShouldProcess = true)]
    [OutputType(typeof(Position))]
    public sealed class NewAltegioPositionCommand : AltegioLocationCmdlet
    {
        /// <summary>
        /// <para type="description">The position's name, such as Instructor. It cannot be empty and may have at most 100 characters.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Title { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">A description of the position, up to 1000 characters.</para>
        /// </summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Description { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Position '{0}' in location {1}", Title, companyId);
            ForItem(Title, () =>
            {
                PositionsApi.ValidateTitle(Title);
                PositionsApi.ValidateDescription(Text.NullIfEmpty(Description));
                if (ShouldProcess(target, "Create"))
                {
                    WriteObject(Await(Client.Positions.CreateAsync(companyId, Title, Description, Cancellation)));
                }
            });
        }
    }
}

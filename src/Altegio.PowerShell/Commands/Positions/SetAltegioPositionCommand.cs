using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioPosition cmdlet; its help for users is src/help/en-US/Set-AltegioPosition.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioPosition", SupportsShouldProcess = true)]
    [OutputType(typeof(Position))]
    public sealed class SetAltegioPositionCommand : AltegioLocationCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PositionId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long Id { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Description { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Position {0} in location {1}", Id, companyId);
            if (!ShouldProcess(target, "Update"))
            {
                return;
            }

            ForItem(Id, () =>
            {
                Await(Client.Positions.UpdateAsync(companyId, Id, Text.NullIfEmpty(Title), Text.NullIfEmpty(Description), Cancellation));
                if (PassThru)
                {
                    WriteObject(Await(Client.Positions.GetAsync(companyId, Id, Cancellation)));
                }
            });
        }
    }
}

using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Changes a position's title or description.</para>
    /// <para type="description">Changes only the fields given; empty values leave a field as it is. The API needs the title on every update, so when -Title (or -Description) is not given the position is read first and its current value is sent again: nothing is lost. With -PassThru the changed position is read back and written.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AltegioPosition", SupportsShouldProcess = true)]
    [OutputType(typeof(Position))]
    public sealed class SetAltegioPositionCommand : AltegioChangeCmdlet
    {
        /// <summary>
        /// <para type="description">The id of the position to change. Bound from piped positions.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PositionId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long Id { get; set; }

        /// <summary>
        /// <para type="description">The new title, at most 100 characters.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Title { get; set; }

        /// <summary>
        /// <para type="description">The new description, at most 1000 characters.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Description { get; set; }

        /// <summary>
        /// <para type="description">Writes the changed position.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            Change(Id, string.Format(CultureInfo.InvariantCulture, "Position {0} in location {1}", Id, companyId), "Update",
                () => Resources.PositionsApi.ValidateChanges(Title, Description),
                async id =>
                {
                    await Client.Positions.UpdateAsync(companyId, id, Title, Description, Cancellation).ConfigureAwait(false);
                    return PassThru ? await Client.Positions.GetAsync(companyId, id, Cancellation).ConfigureAwait(false) : null;
                });
        }
    }
}

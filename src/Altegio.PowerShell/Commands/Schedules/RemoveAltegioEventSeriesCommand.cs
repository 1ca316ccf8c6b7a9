using System;
using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEventSeries cmdlet; its help for users is src/help/en-US/Remove-AltegioEventSeries.md.</summary>
    /// <remarks>-Id does not bind from a piped object's Id, so that a piped event can never delete a series by its own id.</remarks>
    [Cmdlet(VerbsCommon.Remove, "AltegioEventSeries", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventSeriesCommand : AltegioLocationCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ByObjectSet = "ByObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true)]
        [Alias("SeriesId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, ParameterSetName = ByObjectSet, ValueFromPipeline = true)]
        public EventSeries? InputObject { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = InputObject is { CompanyId: > 0 } series && CompanyId == 0 ? series.CompanyId : ResolveCompanyId();
            ForEachItem(InputObject is null ? Id : new[] { InputObject.Id }, id =>
            {
                var description = string.Format(CultureInfo.InvariantCulture,
                    "Deleting event series {0} in location {1}: every event of the series is deleted and every booking in them cancelled.", id, companyId);
                var question = string.Format(CultureInfo.InvariantCulture,
                    "Delete event series {0} in location {1}? Every event of the series will be deleted and every booking in them cancelled.", id, companyId);
                if (ShouldProcess(description, question, "Remove-AltegioEventSeries"))
                {
                    Await(Client.EventSeries.DeleteAsync(companyId, id, Cancellation));
                }
            });
        }
    }
}

using System;
using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioEventSeries cmdlet; its help for users is src/help/en-US/Set-AltegioEventSeries.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioEventSeries", SupportsShouldProcess = true, DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(EventSeries))]
    public sealed class SetAltegioEventSeriesCommand : AltegioLocationCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ByObjectSet = "ByObject";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByIdSet, ValueFromPipeline = true)]
        [Alias("SeriesId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, ParameterSetName = ByObjectSet, ValueFromPipeline = true)]
        public EventSeries? InputObject { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        public DateTime Until { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = InputObject is { CompanyId: > 0 } series && CompanyId == 0 ? series.CompanyId : ResolveCompanyId();
            ForEachItem(InputObject is null ? Id : new[] { InputObject.Id }, id =>
            {
                var target = string.Format(CultureInfo.InvariantCulture, "Event series {0} in location {1}", id, companyId);
                var action = string.Format(CultureInfo.InvariantCulture,
                    "Set the last day to {0:yyyy-MM-dd} (later dates lose their events and bookings; new dates get events)", Until);
                if (ShouldProcess(target, action))
                {
                    var changed = Await(Client.EventSeries.UpdateAsync(companyId, id, Until, Cancellation));
                    if (PassThru)
                    {
                        WriteObject(changed);
                    }
                }
            });
        }
    }
}

using System;
using System.Management.Automation;
using Altegio.Models;
using Altegio.Paging;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists who booked a group event.</para>
    /// <para type="description">Lists the bookings of one or more events, streamed page by page. Cancelled bookings are left out unless -IncludeCancelled is given. -IncludeClient adds each client's name, phone and e-mail. Accepts piped events (their Id) and objects with an EventId property.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AltegioEventBooking")]
    [OutputType(typeof(EventBooking))]
    public sealed class GetAltegioEventBookingCommand : AltegioPagedCmdlet
    {
        /// <summary>
        /// <para type="description">The ids of the events whose bookings to list. Bound from piped events (Id), numbers, or objects with an EventId property.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        [ValidateRange(1, long.MaxValue)]
        public long[] EventId { get; set; } = Array.Empty<long>();

        /// <summary>
        /// <para type="description">Side-loads each booking's client, filling ClientName, ClientPhone and ClientEmail.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter IncludeClient { get; set; }

        /// <summary>
        /// <para type="description">Also lists cancelled bookings (the API marks them deleted); their Status is Cancelled.</para>
        /// </summary>
        [Parameter]
        [Alias("IncludeDeleted")]
        public SwitchParameter IncludeCancelled { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ForEachItem(EventId, id => WritePaged(Client.EventBookings.List(companyId, id, IncludeClient, PagePlan.All(PageSize), IncludeCancelled), "bookings"));
        }
    }
}

using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioEventBooking cmdlet; its help for users is src/help/en-US/New-AltegioEventBooking.md.</summary>
    [Cmdlet(VerbsCommon.New, "AltegioEventBooking", SupportsShouldProcess = true, DefaultParameterSetName = ByClientIdSet)]
    [OutputType(typeof(EventBooking))]
    public sealed class NewAltegioEventBookingCommand : AltegioLocationCmdlet
    {
        private const string ByClientIdSet = "ByClientId";
        private const string NewClientSet = "NewClient";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long EventId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ByClientIdSet, ValueFromPipelineByPropertyName = true)]
        public long ClientId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = NewClientSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [AllowEmptyString]
        public string ClientName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = NewClientSet, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Phone { get; set; } = string.Empty;

        [Parameter(ParameterSetName = NewClientSet, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Email { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int Seats { get; set; } = 1;

        [Parameter]
        public string? Comment { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var draft = ParameterSetName == ByClientIdSet
                ? new EventBookingDraft { ClientId = ClientId, Seats = Seats, Comment = Comment }
                : new EventBookingDraft { ClientName = ClientName, Phone = Phone, Email = Email, Seats = Seats, Comment = Comment };
            var who = ParameterSetName == ByClientIdSet
                ? "client " + ClientId.ToString(CultureInfo.InvariantCulture)
                : "'" + ClientName + "' (" + Phone + ")";
            var target = string.Format(CultureInfo.InvariantCulture, "{0} seat(s) for {1} in event {2} in location {3}", Seats, who, EventId, companyId);
            ForItem(ParameterSetName == ByClientIdSet ? (object)ClientId : ClientName, () =>
            {
                EventBookingsApi.Validate(draft);
                if (ShouldProcess(target, "Book"))
                {
                    WriteObject(Await(Client.EventBookings.BookAsync(companyId, EventId, draft, Cancellation)));
                }
            });
        }
    }
}

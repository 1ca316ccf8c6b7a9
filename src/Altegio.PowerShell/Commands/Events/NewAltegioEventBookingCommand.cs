using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Books a client into a group event.</para>
    /// <para type="description">Books seats in an event for an existing client (-ClientId) or for a client given by name and phone (-ClientName, -Phone, -Email); the API books the existing client with that phone, or creates one. Checks the values before any request. Binds piped objects by property name: events (their Id), or CSV rows of attendees.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AltegioEventBooking", SupportsShouldProcess = true, DefaultParameterSetName = ByClientIdSet)]
    [OutputType(typeof(EventBooking))]
    public sealed class NewAltegioEventBookingCommand : AltegioLocationCmdlet
    {
        private const string ByClientIdSet = "ByClientId";
        private const string NewClientSet = "NewClient";

        /// <summary>
        /// <para type="description">The event to book into. Bound from piped events (Id) or an EventId property.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long EventId { get; set; }

        /// <summary>
        /// <para type="description">The id of an existing client.</para>
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ByClientIdSet, ValueFromPipelineByPropertyName = true)]
        public long ClientId { get; set; }

        /// <summary>
        /// <para type="description">The name of a client without an id; with -Phone.</para>
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = NewClientSet, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [AllowEmptyString]
        public string ClientName { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">The client's phone, 9 to 15 digits (+, spaces, dashes and brackets allowed). An existing client with this phone is booked rather than a new one created.</para>
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = NewClientSet, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Phone { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">The client's e-mail.</para>
        /// </summary>
        [Parameter(ParameterSetName = NewClientSet, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Email { get; set; }

        /// <summary>
        /// <para type="description">How many seats to book (default 1).</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int Seats { get; set; } = 1;

        /// <summary>
        /// <para type="description">A comment on the booking, at most 255 characters (the API's limit). Not bound from piped objects, so piped events do not pass on their own comment.</para>
        /// </summary>
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

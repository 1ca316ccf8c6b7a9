namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioEventBooking cmdlet; its help for users is src/help/en-US/Set-AltegioEventBooking.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioEventBooking", SupportsShouldProcess = true)]
    [OutputType(typeof(EventBooking))]
    public sealed class SetAltegioEventBookingCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public long EventId { get; set; }

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public long BookingId { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? Seats { get; set; }

        [Parameter]
        [AllowEmptyString]
        public string? Comment { get; set; }

        [Parameter]
        [AllowEmptyString]
        public string? Color { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[]? TagId { get; set; }

        [Parameter]
        public decimal? Price { get; set; }

        [Parameter]
        public decimal? DiscountPercent { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var changes = new EventBookingChanges
            {
                Seats = Seats,
                Comment = Comment,
                Color = Color,
                TagIds = TagId,
                Price = Price,
                DiscountPercent = DiscountPercent,
            };
            var target = string.Format(CultureInfo.InvariantCulture, "Booking {0} in event {1} in location {2}", BookingId, EventId, companyId);
            Change(BookingId, target, "Change", () => EventBookingsApi.Validate(changes),
                () => Client.EventBookings.UpdateAsync(companyId, EventId, BookingId, changes, Cancellation), PassThru);
        }
    }
}

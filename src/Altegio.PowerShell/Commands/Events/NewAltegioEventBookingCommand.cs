namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioEventBooking cmdlet; its help for users is src/help/en-US/New-AltegioEventBooking.md.</summary>
    /// <remarks>
    /// Piped rows for the same event are held and sent together through the bulk endpoint, up to 50 per request,
    /// as soon as 50 are waiting and at the end of the pipeline; a lone row (or any row with -Comment, which the
    /// bulk body has no field for) goes through the single booking POST as before.
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "AltegioEventBooking", SupportsShouldProcess = true, DefaultParameterSetName = ByClientIdSet)]
    [OutputType(typeof(EventBooking))]
    public sealed class NewAltegioEventBookingCommand : AltegioLocationCmdlet
    {
        private const string ByClientIdSet = "ByClientId";
        private const string NewClientSet = "NewClient";

        private readonly Dictionary<(long CompanyId, long EventId), List<Row>> _waiting = new Dictionary<(long, long), List<Row>>();
        private readonly List<(long CompanyId, long EventId)> _order = new List<(long, long)>();

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

        [Parameter(ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

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
            var row = new Row(draft, InputObject ?? (ParameterSetName == ByClientIdSet ? (object)ClientId : ClientName));
            var eventId = EventId;
            ForItem(row.Target, () =>
            {
                EventBookingsApi.Validate(draft);
                EventsApi.ValidateIds("EventId", eventId);
                if (!ShouldProcess(target, "Book"))
                {
                    return;
                }

                if (!string.IsNullOrEmpty(draft.Comment))
                {
                    WriteObject(Await(Client.EventBookings.BookAsync(companyId, eventId, draft, Cancellation)));
                    return;
                }

                var key = (companyId, eventId);
                if (!_waiting.TryGetValue(key, out var rows))
                {
                    _waiting[key] = rows = new List<Row>();
                    _order.Add(key);
                }

                rows.Add(row);
                if (rows.Count == EventBookingsApi.MaxBulkRows)
                {
                    Flush(key);
                }
            });
        }

        /// <inheritdoc />
        protected override void EndProcessingCore()
        {
            foreach (var key in _order)
            {
                Flush(key);
            }
        }

        private void Flush((long CompanyId, long EventId) key)
        {
            if (!_waiting.TryGetValue(key, out var rows) || rows.Count == 0)
            {
                return;
            }

            _waiting[key] = new List<Row>();
            if (rows.Count == 1)
            {
                ForItem(rows[0].Target, () => WriteObject(Await(Client.EventBookings.BookAsync(key.CompanyId, key.EventId, rows[0].Draft, Cancellation))));
                return;
            }

            var drafts = rows.ConvertAll(r => r.Draft);
            BulkBookingResult result;
            try
            {
                WriteVerbose(string.Format(CultureInfo.InvariantCulture, "Booking {0} rows into event {1} with one bulk request.", rows.Count, key.EventId));
                result = Await(Client.EventBookings.BookManyAsync(key.CompanyId, key.EventId, drafts, Cancellation));
            }
            catch (AltegioApiException ex)
            {
                // The whole request failed: every row in it failed, and each says so against its own input.
                DrainTrace();
                foreach (var row in rows)
                {
                    WriteFailure(ex, row.Target);
                }

                return;
            }

            foreach (var booked in result.Booked)
            {
                WriteObject(booked.Booking);
            }

            foreach (var refusal in result.Refused)
            {
                var row = refusal.Index >= 0 ? rows[refusal.Index] : null;
                var what = row is null
                    ? "A row"
                    : "Row " + (refusal.Index + 1).ToString(CultureInfo.InvariantCulture) + " of this request (" + Describe(row.Draft) + ")";
                WriteFailure(new AltegioApiException(AltegioErrorKind.Refused, "POST", null, 201,
                    what + " was not booked into event " + key.EventId.ToString(CultureInfo.InvariantCulture) + ": " + refusal.Reason), row?.Target);
            }
        }

        private static string Describe(EventBookingDraft draft) =>
            draft.ClientId is { } id
                ? "client " + id.ToString(CultureInfo.InvariantCulture)
                : "'" + draft.ClientName + "', " + draft.Phone;

        private sealed class Row
        {
            public Row(EventBookingDraft draft, object target)
            {
                Draft = draft;
                Target = target;
            }

            public EventBookingDraft Draft { get; }

            public object Target { get; }
        }
    }
}

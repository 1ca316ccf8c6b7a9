using Altegio.Models.Wire;
using Altegio.Paging;

namespace Altegio.Resources
{
    /// <summary>
    /// Bookings of group events (wire type <c>record</c>). Booking and moving go through the event's
    /// <c>appointments</c>; there is no list per event, so bookings are listed from the location's
    /// appointments filtered by <c>filter[activity_id]</c>.
    /// </summary>
    public sealed partial class EventBookingsApi
    {
        private readonly AltegioClient _client;

        internal EventBookingsApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>
        /// Lists the bookings of one event, page by page. <paramref name="includeClient"/> side-loads each
        /// client's name, phone and e-mail. The API lists cancelled (deleted) bookings too; they are left out
        /// unless <paramref name="includeCancelled"/>.
        /// </summary>
        public Pager<EventBooking> List(long companyId, long eventId, bool includeClient, PagePlan plan, bool includeCancelled = false)
        {
            EventsApi.ValidateIds("EventId", eventId);
            return _client.Pages(plan, (page, limit) => ListRequest(companyId, eventId, includeClient, page, limit), AltegioJsonContext.Wire.EventBookingAttributes,
                (r, included) => Map(r, included, companyId, eventId), includeCancelled ? null : b => b.Status != AttendanceStatus.Cancelled);
        }

        /// <summary>The request for one page of an event's bookings.</summary>
        public static AltegioRequest ListRequest(long companyId, long eventId, bool includeClient, long page, int limit) =>
            AltegioRequest.Get(AltegioApiVersion.V2, ApiPaths.Location(companyId, "appointments"))
                .AddQuery("filter[activity_id]", eventId)
                .AddQuery("include[]", includeClient ? "client" : null)
                .AddQuery("page", page)
                .AddQuery("limit", limit);

        /// <summary>Books seats for a client; the draft is checked before anything is sent.</summary>
        public async Task<EventBooking> BookAsync(long companyId, long eventId, EventBookingDraft draft, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("EventId", eventId);
            var body = BodyFor(draft);
            var booking = await _client.OneAsync(
                AltegioRequest.Post(AltegioApiVersion.V2, AppointmentsPath(companyId, eventId), body, AltegioJsonContext.Wire.EventBookingCreateBody),
                AltegioJsonContext.Wire.EventBookingAttributes, (r, included) => Map(r, included, companyId, eventId), cancellationToken).ConfigureAwait(false);
            booking.ClientName ??= body.Client.Name;
            booking.ClientPhone ??= body.Client.Phone;
            booking.ClientEmail ??= body.Client.Email;
            return booking;
        }

        /// <summary>
        /// Moves a booking to another event (only unpaid bookings that are still waiting can move).
        /// <paramref name="seats"/> moves only that many of its seats (<c>clients_count</c>); null moves them all.
        /// </summary>
        public Task<EventBooking> MoveAsync(long companyId, long eventId, long bookingId, long toEventId, int? seats, CancellationToken cancellationToken)
        {
            ValidateMove(eventId, bookingId, toEventId, seats);
            var body = new EventBookingMoveBody { RescheduleActivityId = toEventId, ClientsCount = seats };
            return _client.OneAsync(
                AltegioRequest.Patch(AltegioApiVersion.V2, ApiPaths.Join(AppointmentsPath(companyId, eventId), bookingId), body, AltegioJsonContext.Wire.EventBookingMoveBody),
                AltegioJsonContext.Wire.EventBookingAttributes, (r, included) => Map(r, included, companyId, toEventId), cancellationToken);
        }

        /// <summary>Checks a move: positive ids, a target that is not the booking's own event, and at least one seat when seats are given.</summary>
        public static void ValidateMove(long eventId, long bookingId, long toEventId, int? seats = null)
        {
            EventsApi.ValidateIds("EventId", eventId);
            EventsApi.ValidateIds("BookingId", bookingId);
            EventsApi.ValidateIds("ToEventId", toEventId);
            if (seats is < 1)
            {
                throw AltegioApiException.InvalidParameter("Seats", "Seats must be at least 1.");
            }

            if (toEventId == eventId)
            {
                throw AltegioApiException.InvalidParameter("ToEventId", "The booking is already in event " + eventId.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }

        /// <summary>The longest booking comment the API takes.</summary>
        public const int MaxCommentLength = 255;

        /// <summary>Checks a booking: a comment of at most 255 characters, an existing client id, or a name and a phone of 9 to 15 digits; at least one seat.</summary>
        public static void Validate(EventBookingDraft draft)
        {
            if (draft is null)
            {
                throw new ArgumentNullException(nameof(draft));
            }

            if (draft.Seats < 1)
            {
                throw AltegioApiException.InvalidParameter("Seats", "Seats must be at least 1.");
            }

            Require.MaxLength(draft.Comment, MaxCommentLength, "Comment", "The booking comment");

            if (draft.ClientId is { } id)
            {
                if (id < 1)
                {
                    throw AltegioApiException.InvalidParameter("ClientId", "ClientId must be a positive id.");
                }

                return;
            }

            if (string.IsNullOrWhiteSpace(draft.ClientName))
            {
                throw AltegioApiException.InvalidParameter("ClientName", "Give -ClientId, or -ClientName and -Phone for a client without an id.");
            }

            var digits = 0;
            foreach (var ch in draft.Phone ?? string.Empty)
            {
                if (ch >= '0' && ch <= '9')
                {
                    digits++;
                }
                else if (ch != '+' && ch != ' ' && ch != '-' && ch != '(' && ch != ')')
                {
                    digits = -1;
                    break;
                }
            }

            if (digits < 9 || digits > 15)
            {
                throw AltegioApiException.InvalidParameter("Phone",
                    "The phone '" + draft.Phone + "' must have 9 to 15 digits (for example +35799000001).");
            }

            if (!string.IsNullOrEmpty(draft.Email) && draft.Email!.IndexOf('@') <= 0)
            {
                throw AltegioApiException.InvalidParameter("Email", "The e-mail '" + draft.Email + "' is not an address.");
            }
        }

        internal static EventBookingCreateBody BodyFor(EventBookingDraft draft)
        {
            Validate(draft);
            return new EventBookingCreateBody
            {
                Client = draft.ClientId is { } id
                    ? new EventBookingClientBody { Id = id }
                    : new EventBookingClientBody
                    {
                        Name = draft.ClientName!.Trim(),
                        Phone = draft.Phone!.Trim(),
                        Email = string.IsNullOrWhiteSpace(draft.Email) ? null : draft.Email!.Trim(),
                    },
                ClientsCount = draft.Seats,
                Comment = string.IsNullOrEmpty(draft.Comment) ? null : draft.Comment,
            };
        }

        /// <summary>
        /// Maps a <c>record</c> resource (and its side-loaded client, if any) to an <see cref="EventBooking"/>.
        /// <paramref name="eventId"/> is the event the request named: some answers (the bulk booking's, for one)
        /// carry <c>client_id</c> but no <c>activity_id</c>. Both generations of the status fields are read,
        /// the newer one first: <c>attendance_status_slug</c> over <c>attendance</c>, <c>is_paid</c> over
        /// <c>paid_full</c>; a booking flagged <c>deleted</c> is cancelled whatever its attendance says.
        /// </summary>
        internal static EventBooking Map(Resource<EventBookingAttributes> resource, IncludedIndex included, long companyId, long eventId)
        {
            var attributes = resource.Attributes;
            var client = resource.Relationships["client"];
            var side = included.First(client);
            var first = Text.NullIfEmpty(side?.Name);
            var surname = Text.NullIfEmpty(side?.Surname);
            var name = first is null ? surname : surname is null ? first : first + " " + surname;
            var phone = Text.NullIfEmpty(side?.Phone);
            var email = Text.NullIfEmpty(side?.Email);

            return new EventBooking
            {
                Id = resource.NumericId,
                CompanyId = attributes.CompanyId ?? companyId,
                EventId = attributes.ActivityId is > 0 ? attributes.ActivityId.Value : eventId,
                ClientId = attributes.ClientId ?? (client is { Count: > 0 } ? client[0].NumericId : null) ?? 0,
                ClientName = name,
                ClientPhone = phone,
                ClientEmail = email,
                Seats = (int)(attributes.ClientsCount ?? 1),
                Status = attributes.Deleted == true
                    ? AttendanceStatus.Cancelled
                    : ParseStatus(attributes.AttendanceStatusSlug, attributes.Attendance ?? attributes.AttendanceStatus),
                IsPaid = attributes.IsPaid ?? (attributes.PaidFull is { } paid && paid != 0),
                TeamMemberId = attributes.StaffId ?? 0,
                VisitId = attributes.VisitId,
                Start = EventTime.ParseApiDate(attributes.Date),
                Duration = attributes.Duration is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                CreatedAt = EventTime.ParseApiDate(attributes.CreatedDatetime),
                Comment = string.IsNullOrEmpty(attributes.Comment) ? null : attributes.Comment,
            };
        }

        /// <summary>Reads the attendance: the slug, else the deprecated number (1 came, 2 confirmed, 0 waiting, -1 did not come).</summary>
        public static AttendanceStatus ParseStatus(string? slug, long? attendance)
        {
            switch (slug?.Trim().ToLowerInvariant())
            {
                case "waiting":
                    return AttendanceStatus.Waiting;
                case "confirmed":
                    return AttendanceStatus.Confirmed;
                case "attended":
                    return AttendanceStatus.Attended;
                case "absent":
                    return AttendanceStatus.Absent;
            }

            return attendance switch
            {
                0 => AttendanceStatus.Waiting,
                1 => AttendanceStatus.Attended,
                2 => AttendanceStatus.Confirmed,
                -1 => AttendanceStatus.Absent,
                _ => AttendanceStatus.Unknown,
            };
        }

        private static string AppointmentsPath(long companyId, long eventId) =>
            EventsApi.EventPath(companyId, eventId) + "/appointments";
    }
}

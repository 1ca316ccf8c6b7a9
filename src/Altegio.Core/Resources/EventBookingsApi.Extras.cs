using Altegio.Models.Wire;
using Altegio.Paging;

namespace Altegio.Resources
{
    /// <summary>
    /// Bulk booking, changing and cancelling a booking. Bulk rows are independent: the API books what it can
    /// and answers 201 with the refusals in <c>meta.errors</c>. A booking PUT replaces the tags and the product
    /// lines, so a change reads the booking first and writes every part of it back.
    /// </summary>
    public sealed partial class EventBookingsApi
    {
        /// <summary>The most rows one bulk request takes.</summary>
        public const int MaxBulkRows = 50;

        private static readonly string[] ChangeIncludes = { "attendance_service_items", "labels", "attendance_good_items" };

        /// <summary>
        /// Books up to <see cref="MaxBulkRows"/> clients into one event with one request. Every draft is checked
        /// first; a comment is not part of the bulk body, so drafts with one are refused here (book them one by
        /// one). The answer's bookings are matched to the rows that were not refused, in order.
        /// </summary>
        public async Task<BulkBookingResult> BookManyAsync(long companyId, long eventId, IReadOnlyList<EventBookingDraft> drafts, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("EventId", eventId);
            if (drafts is null || drafts.Count == 0 || drafts.Count > MaxBulkRows)
            {
                throw AltegioApiException.InvalidParameter("EventId",
                    "A bulk booking takes 1 to " + MaxBulkRows.ToString(CultureInfo.InvariantCulture) + " rows, not " + (drafts?.Count ?? 0).ToString(CultureInfo.InvariantCulture) + ".");
            }

            foreach (var draft in drafts)
            {
                Validate(draft);
                if (!string.IsNullOrEmpty(draft.Comment))
                {
                    throw AltegioApiException.InvalidParameter("Comment", "A bulk booking carries no comment; book rows with a comment one by one.");
                }
            }

            var request = AltegioRequest.Post(AltegioApiVersion.V2, ApiPaths.Join(AppointmentsPath(companyId, eventId), "bulk"), BulkBody(drafts), AltegioJsonContext.Wire.EventBookingBulkBody);
            var answer = await _client.SendAsync(request, AltegioJsonContext.Wire.EventBookingAttributes, cancellationToken).ConfigureAwait(false);
            var refused = Refusals(answer.Meta?.Errors, drafts.Count);
            var refusedRows = new HashSet<int>(refused.Select(r => r.Index));
            var accepted = Enumerable.Range(0, drafts.Count).Where(i => !refusedRows.Contains(i)).ToList();
            var items = ApiCalls.MapAll(request, answer, (r, included) => Map(r, included, companyId, eventId));
            var booked = new List<BulkBooked>(items.Count);
            for (var k = 0; k < items.Count; k++)
            {
                var booking = items[k];
                var index = items.Count == accepted.Count ? accepted[k] : MatchRow(booking, drafts, refusedRows);
                if (index >= 0)
                {
                    var draft = drafts[index];
                    booking.ClientName ??= Text.NullIfEmpty(draft.ClientName?.Trim());
                    booking.ClientPhone ??= Text.NullIfEmpty(draft.Phone?.Trim());
                    booking.ClientEmail ??= Text.NullIfEmpty(draft.Email?.Trim());
                }

                booked.Add(new BulkBooked(index, booking));
            }

            return new BulkBookingResult(booked, refused);
        }

        /// <summary>The body of a bulk booking: one record per row, with client_id or the new client's data, and the seats.</summary>
        internal static EventBookingBulkBody BulkBody(IReadOnlyList<EventBookingDraft> drafts) => new EventBookingBulkBody
        {
            Records = drafts.Select(draft => draft.ClientId is { } id
                ? new EventBookingBulkRow { ClientId = id, ClientsCount = draft.Seats }
                : new EventBookingBulkRow
                {
                    Name = draft.ClientName!.Trim(),
                    Phone = draft.Phone!.Trim(),
                    Email = string.IsNullOrWhiteSpace(draft.Email) ? null : draft.Email!.Trim(),
                    ClientsCount = draft.Seats,
                }).ToList(),
        };

        /// <summary>
        /// The refusals of <c>meta.errors[{index, error}]</c>. No refusal may come as <c>meta: []</c>, <c>meta: {}</c>
        /// or an empty <c>errors</c>. A refusal without a usable index is kept with index -1.
        /// </summary>
        private static List<BulkRefusal> Refusals(IReadOnlyList<MetaError>? errors, int rows) =>
            (errors ?? Array.Empty<MetaError>())
                .Select(error => new BulkRefusal(
                    error.Index is { } i && i >= 0 && i < rows ? (int)i : -1,
                    error.Error ?? error.Message ?? error.Detail ?? "The API refused the row."))
                .ToList();

        private static int MatchRow(EventBooking booking, IReadOnlyList<EventBookingDraft> drafts, HashSet<int> refused)
        {
            for (var i = 0; i < drafts.Count; i++)
            {
                if (!refused.Contains(i) && drafts[i].ClientId is { } id && id == booking.ClientId)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Reads one booking of an event with its service line, tags and product lines (what a PUT must send back).
        /// There is no get-by-id for event bookings, so the event's bookings are paged until it is found.
        /// </summary>
        public async Task<EventBooking> GetForChangeAsync(long companyId, long eventId, long bookingId, CancellationToken cancellationToken)
        {
            var (booking, _) = await ReadForChangeAsync(companyId, eventId, bookingId, cancellationToken).ConfigureAwait(false);
            return booking;
        }

        /// <summary>
        /// Changes a booking: reads it, merges <paramref name="changes"/> and writes it back with PUT, which
        /// replaces the tags and the product lines, so both are sent as they were unless changed. When the seats,
        /// price or discount change, the cost is worked out again as price × seats × (1 − discount/100), rounded
        /// to cents; otherwise the cost is sent as it was.
        /// </summary>
        public async Task<EventBooking> UpdateAsync(long companyId, long eventId, long bookingId, EventBookingChanges changes, CancellationToken cancellationToken)
        {
            Validate(changes);
            EventsApi.ValidateIds("EventId", eventId);
            EventsApi.ValidateIds("BookingId", bookingId);
            var (current, goods) = await ReadForChangeAsync(companyId, eventId, bookingId, cancellationToken).ConfigureAwait(false);
            var merged = Merge(current, changes);
            var updated = await _client.OneOrNoneAsync(
                AltegioRequest.Put(AltegioApiVersion.V2, ApiPaths.Join(AppointmentsPath(companyId, eventId), bookingId), UpdateBody(merged, goods), AltegioJsonContext.Wire.EventBookingUpdateBody),
                AltegioJsonContext.Wire.EventBookingAttributes, (r, included) => Map(r, included, companyId, eventId), cancellationToken).ConfigureAwait(false);
            if (updated is null)
            {
                return merged;
            }

            updated.TagIds = merged.TagIds;
            updated.Color = merged.Color;
            updated.Price = merged.Price;
            updated.DiscountPercent = merged.DiscountPercent;
            updated.Cost = merged.Cost;
            updated.ClientName ??= current.ClientName;
            return updated;
        }

        /// <summary>Checks changes: at least one; seats ≥ 1; price ≥ 0; discount 0 to 100; comment ≤ 255; #rrggbb colour; positive tag ids.</summary>
        public static void Validate(EventBookingChanges changes)
        {
            if (changes is null)
            {
                throw new ArgumentNullException(nameof(changes));
            }

            if (!changes.HasChanges)
            {
                throw AltegioApiException.InvalidParameter("BookingId", "Nothing to change: give -Seats, -Comment, -Color, -TagId, -Price or -DiscountPercent.");
            }

            if (changes.Seats is < 1)
            {
                throw AltegioApiException.InvalidParameter("Seats", "Seats must be at least 1.");
            }

            if (changes.Price is { } price && (price < 0 || price > 1_000_000_000m))
            {
                throw AltegioApiException.InvalidParameter("Price", "The price must be from 0 to 1,000,000,000.");
            }

            if (changes.DiscountPercent is { } discount && (discount < 0 || discount > 100))
            {
                throw AltegioApiException.InvalidParameter("DiscountPercent", "The discount must be from 0 to 100 percent.");
            }

            Require.MaxLength(changes.Comment, MaxCommentLength, "Comment", "The booking comment");
            if (!string.IsNullOrEmpty(changes.Color))
            {
                TagsApi.ValidateColor(changes.Color);
            }

            if (changes.TagIds != null && changes.TagIds.Any(id => id < 1))
            {
                throw AltegioApiException.InvalidParameter("TagId", "TagId must hold positive ids only.");
            }
        }

        /// <summary>
        /// The booking as it will be written: every part kept unless changed. Refuses to guess a price or tags the
        /// API did not send, since the PUT would overwrite them.
        /// </summary>
        internal static EventBooking Merge(EventBooking current, EventBookingChanges changes)
        {
            var seats = changes.Seats ?? current.Seats;
            var price = changes.Price ?? current.Price
                ?? throw Unknown("price", "-Price");
            var discount = changes.DiscountPercent ?? current.DiscountPercent ?? 0m;
            var tags = changes.TagIds?.ToArray() ?? current.TagIds
                ?? throw Unknown("tags", "-TagId");
            var costChanges = changes.Seats.HasValue || changes.Price.HasValue || changes.DiscountPercent.HasValue || current.Cost is null;
            return new EventBooking
            {
                Id = current.Id,
                CompanyId = current.CompanyId,
                EventId = current.EventId,
                ClientId = current.ClientId,
                ClientName = current.ClientName,
                ClientPhone = current.ClientPhone,
                ClientEmail = current.ClientEmail,
                Seats = seats,
                Status = current.Status,
                IsPaid = current.IsPaid,
                TeamMemberId = current.TeamMemberId,
                VisitId = current.VisitId,
                Start = current.Start,
                Duration = current.Duration,
                CreatedAt = current.CreatedAt,
                Comment = changes.Comment != null ? Text.NullIfEmpty(changes.Comment) : current.Comment,
                Color = changes.Color != null ? (changes.Color.Length == 0 ? null : TagsApi.ValidateColor(changes.Color)) : current.Color,
                TagIds = tags,
                Price = price,
                DiscountPercent = discount,
                Cost = costChanges ? CostOf(price, seats, discount) : current.Cost,
            };
        }

        /// <summary>What a booking costs: price × seats × (1 − discount/100), rounded to cents (half away from zero).</summary>
        public static decimal CostOf(decimal price, int seats, decimal discountPercent) =>
            Math.Round(price * seats * (1m - (discountPercent / 100m)), 2, MidpointRounding.AwayFromZero);

        internal static EventBookingUpdateBody UpdateBody(EventBooking booking, IReadOnlyList<EventBookingGoodLine> goods) => new EventBookingUpdateBody
        {
            AttendanceServiceItem = new EventBookingServiceLine
            {
                CostPerUnit = booking.Price ?? 0m,
                DiscountPercent = booking.DiscountPercent ?? 0m,
                ManualCost = booking.Cost ?? 0m,
            },
            AttendanceGoodItems = goods.ToList(),
            ClientsCount = booking.Seats,

            // The API takes the colour as six lower-case hex digits without '#'.
            Color = booking.Color is { Length: > 0 } color ? color.TrimStart('#').ToLowerInvariant() : null,
            Comment = booking.Comment,
            LabelIds = booking.TagIds ?? Array.Empty<long>(),
        };

        /// <summary>
        /// Cancels a booking with the V2 appointment DELETE (there is no event-scoped one). That DELETE names only
        /// the booking, so the booking is first looked up among the event's own: a wrong event id is a NotFound,
        /// never a cancelled booking of another event. Whether the DELETE frees the seat for an event booking is
        /// not documented, so the event is read before and after: the result says whether its booked seats dropped.
        /// </summary>
        public async Task<EventBookingCancellation> CancelAsync(long companyId, long eventId, long bookingId, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("EventId", eventId);
            EventsApi.ValidateIds("BookingId", bookingId);
            await RequireBookingOfEventAsync(companyId, eventId, bookingId, cancellationToken).ConfigureAwait(false);
            var events = new EventsApi(_client);
            var before = await events.GetAsync(companyId, eventId, EventInclude.None, cancellationToken).ConfigureAwait(false);
            await _client.ExecuteAsync(AltegioRequest.Delete(AltegioApiVersion.V2, ApiPaths.Location(companyId, "appointments", bookingId)), cancellationToken).ConfigureAwait(false);

            var after = await events.GetAsync(companyId, eventId, EventInclude.None, cancellationToken).ConfigureAwait(false);
            return new EventBookingCancellation(eventId, bookingId, before.BookedSeats, after.BookedSeats);
        }

        /// <summary>Fails with NotFound unless the event lists the booking (cancelled ones included), page by page.</summary>
        private async Task RequireBookingOfEventAsync(long companyId, long eventId, long bookingId, CancellationToken cancellationToken)
        {
            var pager = List(companyId, eventId, includeClient: false, PagePlan.All(), includeCancelled: true);
            while (await pager.NextPageAsync(cancellationToken).ConfigureAwait(false) is { } page)
            {
                if (page.Any(b => b.Id == bookingId))
                {
                    return;
                }
            }

            throw new AltegioApiException(AltegioErrorKind.NotFound, "GET", ApiPaths.Location(companyId, "appointments"), 404,
                "Event " + eventId.ToString(CultureInfo.InvariantCulture) + " has no booking " + bookingId.ToString(CultureInfo.InvariantCulture) + "; nothing was cancelled.");
        }

        private async Task<(EventBooking Booking, IReadOnlyList<EventBookingGoodLine> Goods)> ReadForChangeAsync(long companyId, long eventId, long bookingId, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("EventId", eventId);
            EventsApi.ValidateIds("BookingId", bookingId);
            const int limit = Paging.PagePlan.MaxPageSize;
            for (long page = 1; ; page++)
            {
                var request = AltegioRequest.Get(AltegioApiVersion.V2, ApiPaths.Location(companyId, "appointments"))
                    .AddQuery("filter[activity_id]", eventId);
                foreach (var include in ChangeIncludes)
                {
                    request.AddQuery("include[]", include);
                }

                request.AddQuery("page", page).AddQuery("limit", limit);

                // The side-loaded lines are read into records of their own, so the answer keeps them as they came.
                var answer = await _client.SendAsync(request, AltegioJsonContext.Wire.EventBookingAttributes, cancellationToken, keepIncludedJson: true).ConfigureAwait(false);
                foreach (var item in answer.Items)
                {
                    if (item.Ref?.NumericId != bookingId)
                    {
                        continue;
                    }

                    var booking = ApiCalls.Map(request, answer, item, (r, included) => Map(r, included, companyId, eventId));
                    if (booking.Status == AttendanceStatus.Cancelled)
                    {
                        break;
                    }

                    return (booking, ReadChangeParts(item, answer.IncludedJson, booking));
                }

                if (answer.Items.Count < limit)
                {
                    throw new AltegioApiException(AltegioErrorKind.NotFound, "GET", request.DisplayPath, 404,
                        "Event " + eventId.ToString(CultureInfo.InvariantCulture) + " has no booking " + bookingId.ToString(CultureInfo.InvariantCulture) + ".");
                }
            }
        }

        /// <summary>Fills the price, discount, cost, tags and colour, and returns the product lines as a PUT must send them.</summary>
        private static IReadOnlyList<EventBookingGoodLine> ReadChangeParts(Resource<EventBookingAttributes> resource, byte[]? includedJson, EventBooking booking)
        {
            var color = resource.Attributes.CustomColor;
            booking.Color = string.IsNullOrEmpty(color) ? null : "#" + color!.TrimStart('#').ToLowerInvariant();

            var service = resource.Relationships["attendance_service_items"];
            if (service is { Count: > 0 } && Find(Included(includedJson, AltegioJsonContext.Wire.EventBookingServiceLine), service[0]) is { } line)
            {
                booking.Price = line.CostPerUnit;
                booking.DiscountPercent = line.DiscountPercent;
                booking.Cost = line.ManualCost;
            }

            booking.TagIds = IncludedIndex.Ids(resource.Relationships["labels"]);

            var references = resource.Relationships["attendance_good_items"];
            if (references is null)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, null, null, null,
                    "The API did not say which product lines booking " + booking.Id.ToString(CultureInfo.InvariantCulture) + " has, so writing it back could drop them.");
            }

            var lines = references.Count == 0 ? new List<Resource<EventBookingGoodLine>>() : Included(includedJson, AltegioJsonContext.Wire.EventBookingGoodLine);
            var goods = new List<EventBookingGoodLine>(references.Count);
            foreach (var reference in references)
            {
                var good = Find(lines, reference)
                    ?? throw new AltegioApiException(AltegioErrorKind.InvalidResponse, null, null, null,
                        "The API named product line " + reference.Id + " of booking " + booking.Id.ToString(CultureInfo.InvariantCulture) + " but did not send it, so writing the booking back could drop it.");
                good.Id = reference.NumericId;
                goods.Add(good);
            }

            return goods;
        }

        private static List<Resource<T>> Included<T>(byte[]? includedJson, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> wire)
            where T : class =>
            includedJson is null ? new List<Resource<T>>() : AnswerReader.ReadResources(includedJson, wire);

        // The side-loaded resource a reference points to: by type and id, else one sent with no type (a later one wins).
        private static T? Find<T>(List<Resource<T>> items, ResourceRef reference)
            where T : class
        {
            bool Same(Resource<T> item) => item.Ref is { } id && id.SameId(reference);
            return (reference.Type is null ? null : items.LastOrDefault(i => Same(i) && string.Equals(i.Type, reference.Type, StringComparison.OrdinalIgnoreCase)))?.Attributes
                ?? items.LastOrDefault(i => Same(i) && i.Type is null)?.Attributes;
        }

        private static AltegioApiException Unknown(string what, string parameter) =>
            new AltegioApiException(AltegioErrorKind.InvalidResponse, null, null, null,
                "The API did not say which " + what + " the booking has, so writing it back could change them. Give " + parameter + " to set them explicitly.");
    }
}

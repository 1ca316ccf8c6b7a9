using System.IO;
using System.Net.Http;
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

        private static readonly string[] GoodItemKeys =
        {
            "good_id", "unit_id", "storage_id", "staff_id", "operation_unit_type", "number", "quantity",
            "cost_per_unit", "manual_cost", "discount_percent", "marks", "planned_activation_date",
        };

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

            var request = new AltegioRequest(HttpMethod.Post, AltegioApiVersion.V2, AppointmentsPath(companyId, eventId) + "/bulk")
                .WithBody(BulkBody(drafts));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var refused = ReadRefusals(document, drafts.Count);
            var refusedRows = new HashSet<int>(refused.Select(r => r.Index));
            var accepted = Enumerable.Range(0, drafts.Count).Where(i => !refusedRows.Contains(i)).ToList();
            var items = document.DataItems;
            var included = new DocumentIncludedIndex(document);
            var booked = new List<BulkBooked>(items.Count);
            for (var k = 0; k < items.Count; k++)
            {
                var booking = Read(items[k], included, companyId, eventId, "POST", request.DisplayPath);
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
        internal static byte[] BulkBody(IReadOnlyList<EventBookingDraft> drafts) => WriteJson(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("records");
            foreach (var draft in drafts)
            {
                w.WriteStartObject();
                if (draft.ClientId is { } id)
                {
                    w.WriteNumber("client_id", id);
                }
                else
                {
                    w.WriteString("name", draft.ClientName!.Trim());
                    w.WriteString("phone", draft.Phone!.Trim());
                    if (!string.IsNullOrWhiteSpace(draft.Email))
                    {
                        w.WriteString("email", draft.Email!.Trim());
                    }
                }

                w.WriteNumber("clients_count", draft.Seats);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

        /// <summary>
        /// Reads <c>meta.errors[{index, error}]</c>. No refusal may come as <c>meta: []</c>, <c>meta: {}</c> or an
        /// empty <c>errors</c>. A refusal without a usable index is kept with index -1.
        /// </summary>
        private static List<BulkRefusal> ReadRefusals(ApiDocument document, int rows)
        {
            var refusals = new List<BulkRefusal>();
            if (document.Meta is not { } meta || !meta.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            {
                return refusals;
            }

            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var index = error.GetInt64("index") is { } i && i >= 0 && i < rows ? (int)i : -1;
                var reason = error.GetStringOrNull("error") ?? error.GetStringOrNull("message") ?? error.GetStringOrNull("detail") ?? "The API refused the row.";
                refusals.Add(new BulkRefusal(index, reason));
            }

            return refusals;
        }

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
            var request = new AltegioRequest(HttpMethod.Put, AltegioApiVersion.V2,
                    AppointmentsPath(companyId, eventId) + "/" + bookingId.ToString(CultureInfo.InvariantCulture))
                .WithBody(UpdateBody(merged, goods));
            using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (document.DataItems.Count == 0)
            {
                return merged;
            }

            var updated = Read(ResourceReader.Single(document, "PUT", request.DisplayPath), new DocumentIncludedIndex(document), companyId, eventId, "PUT", request.DisplayPath);
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

        internal static byte[] UpdateBody(EventBooking booking, IReadOnlyList<JsonElement> goods) => WriteJson(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("attendance_service_item");
            w.WriteNumber("cost_per_unit", booking.Price ?? 0m);
            w.WriteNumber("discount_percent", booking.DiscountPercent ?? 0m);
            w.WriteNumber("manual_cost", booking.Cost ?? 0m);
            w.WriteEndObject();
            w.WriteStartArray("attendance_good_items");
            foreach (var good in goods)
            {
                good.WriteTo(w);
            }

            w.WriteEndArray();
            w.WriteNumber("clients_count", booking.Seats);

            // The API takes the colour as six lower-case hex digits without '#'.
            if (booking.Color is { Length: > 0 } color)
            {
                w.WriteString("color", color.TrimStart('#').ToLowerInvariant());
            }
            else
            {
                w.WriteNull("color");
            }

            if (booking.Comment is null)
            {
                w.WriteNull("comment");
            }
            else
            {
                w.WriteString("comment", booking.Comment);
            }

            w.WriteStartArray("label_ids");
            foreach (var id in booking.TagIds ?? Array.Empty<long>())
            {
                w.WriteNumberValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

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
            var request = new AltegioRequest(HttpMethod.Delete, AltegioApiVersion.V2,
                "locations/" + companyId.ToString(CultureInfo.InvariantCulture) + "/appointments/" + bookingId.ToString(CultureInfo.InvariantCulture));
            using (await _client.SendAsync(request, cancellationToken).ConfigureAwait(false))
            {
            }

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

        private async Task<(EventBooking Booking, IReadOnlyList<JsonElement> Goods)> ReadForChangeAsync(long companyId, long eventId, long bookingId, CancellationToken cancellationToken)
        {
            EventsApi.ValidateIds("EventId", eventId);
            EventsApi.ValidateIds("BookingId", bookingId);
            const int limit = Paging.PagePlan.MaxPageSize;
            for (long page = 1; ; page++)
            {
                var request = new AltegioRequest(HttpMethod.Get, AltegioApiVersion.V2, "locations/" + companyId.ToString(CultureInfo.InvariantCulture) + "/appointments")
                    .AddQuery("filter[activity_id]", eventId);
                foreach (var include in ChangeIncludes)
                {
                    request.AddQuery("include[]", include);
                }

                request.AddQuery("page", page).AddQuery("limit", limit);
                using var document = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var items = document.DataItems;
                var included = new DocumentIncludedIndex(document);
                foreach (var item in items)
                {
                    if (item.GetInt64("id") != bookingId)
                    {
                        continue;
                    }

                    var booking = Read(item, included, companyId, eventId, "GET", request.DisplayPath);
                    if (booking.Status == AttendanceStatus.Cancelled)
                    {
                        break;
                    }

                    return (booking, ReadChangeParts(item, included, booking));
                }

                if (items.Count < limit)
                {
                    throw new AltegioApiException(AltegioErrorKind.NotFound, "GET", request.DisplayPath, 404,
                        "Event " + eventId.ToString(CultureInfo.InvariantCulture) + " has no booking " + bookingId.ToString(CultureInfo.InvariantCulture) + ".");
                }
            }
        }

        /// <summary>Fills the price, discount, cost, tags and colour, and returns the product lines as a PUT must send them.</summary>
        private static IReadOnlyList<JsonElement> ReadChangeParts(JsonElement resource, DocumentIncludedIndex included, EventBooking booking)
        {
            var attributes = resource.TryGetProperty("attributes", out var a) && a.ValueKind == JsonValueKind.Object ? a : resource;
            var color = attributes.GetStringOrNull("custom_color");
            booking.Color = string.IsNullOrEmpty(color) ? null : "#" + color!.TrimStart('#').ToLowerInvariant();

            var service = DocumentIncludedIndex.Relationship(resource, "attendance_service_items");
            if (service is { Count: > 0 } && included.Find(service[0]) is { } line)
            {
                var values = line.TryGetProperty("attributes", out var la) && la.ValueKind == JsonValueKind.Object ? la : line;
                booking.Price = ReadDecimal(values, "cost_per_unit");
                booking.DiscountPercent = ReadDecimal(values, "discount_percent");
                booking.Cost = ReadDecimal(values, "manual_cost");
            }

            var labels = DocumentIncludedIndex.Relationship(resource, "labels");
            booking.TagIds = labels?.Where(r => r.NumericId.HasValue).Select(r => r.NumericId!.Value).ToArray();

            var goods = new List<JsonElement>();
            var references = DocumentIncludedIndex.Relationship(resource, "attendance_good_items");
            if (references is null)
            {
                throw new AltegioApiException(AltegioErrorKind.InvalidResponse, null, null, null,
                    "The API did not say which product lines booking " + booking.Id.ToString(CultureInfo.InvariantCulture) + " has, so writing it back could drop them.");
            }

            foreach (var reference in references)
            {
                if (included.Find(reference) is not { } item)
                {
                    throw new AltegioApiException(AltegioErrorKind.InvalidResponse, null, null, null,
                        "The API named product line " + reference.Id + " of booking " + booking.Id.ToString(CultureInfo.InvariantCulture) + " but did not send it, so writing the booking back could drop it.");
                }

                var values = item.TryGetProperty("attributes", out var ga) && ga.ValueKind == JsonValueKind.Object ? ga : item;
                goods.Add(GoodItem(reference, values));
            }

            return goods;
        }

        /// <summary>A product line as the PUT takes it: its id and every field it must carry, as read.</summary>
        private static JsonElement GoodItem(ResourceRef reference, JsonElement values)
        {
            var bytes = WriteJson(w =>
            {
                w.WriteStartObject();
                if (reference.NumericId is { } id)
                {
                    w.WriteNumber("id", id);
                }
                else
                {
                    w.WriteNull("id");
                }

                foreach (var key in GoodItemKeys)
                {
                    w.WritePropertyName(key);
                    if (values.TryGetProperty(key, out var value))
                    {
                        value.WriteTo(w);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }

                w.WriteEndObject();
            });
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }

        private static decimal? ReadDecimal(JsonElement values, string name)
        {
            if (!values.TryGetProperty(name, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            {
                return number;
            }

            return value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
        }

        private static AltegioApiException Unknown(string what, string parameter) =>
            new AltegioApiException(AltegioErrorKind.InvalidResponse, null, null, null,
                "The API did not say which " + what + " the booking has, so writing it back could change them. Give " + parameter + " to set them explicitly.");

        internal static byte[] WriteJson(Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                write(writer);
            }

            return buffer.ToArray();
        }

        private static EventBooking Read(JsonElement resource, DocumentIncludedIndex included, long companyId, long eventId, string method, string path) =>
            DocumentMapping.Map(resource, included, AltegioJsonContext.Wire.EventBookingAttributes, (r, inc) => Map(r, inc, companyId, eventId), method, path);
    }
}

using Altegio.Models.Wire;

namespace Altegio.Resources
{
    /// <summary>
    /// Team members' working hours. V2 has no schedule operation; all of this is V1
    /// <c>/v1/company/{id}/staff/schedule</c>: a GET for several members and a period, and one PUT that sets
    /// and clears days for several members at once.
    /// </summary>
    public sealed class SchedulesApi
    {
        /// <summary>The longest period one read covers. The API documents none; this stops a typo from asking for decades.</summary>
        public const int MaxPeriodDays = 366;

        private readonly AltegioClient _client;

        internal SchedulesApi(AltegioClient client)
        {
            _client = client;
        }

        /// <summary>Today at the location (see <see cref="LocationClock"/>), for the default period.</summary>
        public async Task<DateTime> LocationTodayAsync(long companyId, CancellationToken cancellationToken) =>
            (await LocationClock.NowAsync(_client, companyId, cancellationToken).ConfigureAwait(false)).Now.Date;

        /// <summary>
        /// The period to read: by default this week, Monday to Sunday, at the location. -From alone reads a
        /// week from it; -To alone the week up to it. Throws when -To is before -From or the period is too long.
        /// </summary>
        public static (DateTime From, DateTime To) ResolvePeriod(DateTime? from, DateTime? to, DateTime locationToday)
        {
            var monday = locationToday.Date.AddDays(-(((int)locationToday.DayOfWeek + 6) % 7));
            var start = from?.Date ?? (to is { } end0 ? end0.Date.AddDays(-6) : monday);
            var end = to?.Date ?? start.AddDays(6);
            if (end < start)
            {
                throw AltegioApiException.InvalidParameter("To",
                    "-To (" + DateText(end) + ") must not be before -From (" + DateText(start) + ").");
            }

            if ((end - start).TotalDays >= MaxPeriodDays)
            {
                throw AltegioApiException.InvalidParameter("To",
                    "The period " + DateText(start) + " to " + DateText(end) + " is longer than " + MaxPeriodDays.ToString(CultureInfo.InvariantCulture) + " days; read it in parts.");
            }

            return (start, end);
        }

        /// <summary>The request that reads several members' days (public for tests and -Debug explanations).</summary>
        public static AltegioRequest ListRequest(long companyId, IReadOnlyList<long> teamMemberIds, DateTime from, DateTime to, bool includeBusy) =>
            AltegioRequest.Get(AltegioApiVersion.V1, SchedulePath(companyId))
                .AddQuery("start_date", DateText(from))
                .AddQuery("end_date", DateText(to))
                .AddQueryValues("staff_ids[]", teamMemberIds)
                .AddQuery("include[]", includeBusy ? "busy_intervals" : null);

        /// <summary>
        /// Reads the days of several team members in one request: every day of the period for every member,
        /// sorted by member and date. A day the API leaves out is a day off.
        /// </summary>
        public async Task<IReadOnlyList<WorkDay>> ListAsync(long companyId, IReadOnlyList<long> teamMemberIds, DateTime from, DateTime to, bool includeBusy, CancellationToken cancellationToken)
        {
            var members = ValidateMembers(teamMemberIds);
            var (start, end) = ResolvePeriod(from, to, from);
            var read = await ReadDaysAsync(ListRequest(companyId, members, start, end, includeBusy), companyId, cancellationToken).ConfigureAwait(false);
            var days = new List<WorkDay>();
            foreach (var member in members)
            {
                for (var date = start; date <= end; date = date.AddDays(1))
                {
                    var day = read.TryGetValue((member, date), out var found)
                        ? found
                        : new WorkDay { TeamMemberId = member, CompanyId = companyId, Date = date };
                    if (includeBusy)
                    {
                        day.Busy ??= Array.Empty<BusyInterval>();
                    }

                    days.Add(day);
                }
            }

            return days;
        }

        /// <summary>
        /// Sets and clears days in as few requests as the API allows: one PUT, with the dates of a member that
        /// get the same slots in one item. Everything is checked before anything is sent. Returns the changed
        /// days as they now are: from the answer, or read back when the answer does not carry them.
        /// Clearing a day leaves appointments already booked that day in place.
        /// </summary>
        public async Task<IReadOnlyList<WorkDay>> ApplyAsync(long companyId, IReadOnlyList<WorkDayChange> changes, CancellationToken cancellationToken)
        {
            var (body, touched) = BuildBody(changes);
            var answered = await ReadDaysAsync(
                AltegioRequest.Put(AltegioApiVersion.V1, SchedulePath(companyId), body, AltegioJsonContext.Wire.WorkScheduleWriteBody), companyId, cancellationToken).ConfigureAwait(false);

            // The answer covers the changed members from the earliest to the latest changed date; a day off
            // may be left out of it. If a day that was set is missing, the answer is not that, so read back.
            if (touched.Any(t => !t.IsClear && !answered.ContainsKey((t.TeamMemberId, t.Date))))
            {
                var members = touched.Select(t => t.TeamMemberId).Distinct().ToList();
                var reread = await ListAsync(companyId, members, touched.Min(t => t.Date), touched.Max(t => t.Date), false, cancellationToken).ConfigureAwait(false);
                answered = reread.ToDictionary(d => (d.TeamMemberId, d.Date));
            }

            return touched
                .Select(t => answered.TryGetValue((t.TeamMemberId, t.Date), out var day)
                    ? day
                    : new WorkDay { TeamMemberId = t.TeamMemberId, CompanyId = companyId, Date = t.Date })
                .ToList();
        }

        /// <summary>
        /// Checks changes and groups them into the PUT body. A day given twice with the same slots is sent once;
        /// a day given twice with different slots, or both set and cleared, is refused.
        /// </summary>
        internal static (WorkScheduleWriteBody Body, IReadOnlyList<WorkDayChange> Touched) BuildBody(IReadOnlyList<WorkDayChange> changes)
        {
            if (changes is null || changes.Count == 0)
            {
                throw AltegioApiException.InvalidParameter("Date", "Nothing to change: give -TeamMemberId and -Date.");
            }

            var byDay = new Dictionary<(long, DateTime), WorkDayChange>();
            foreach (var change in changes)
            {
                ValidateMember(change.TeamMemberId);
                ValidateDate(change.Date);
                var slots = change.Slots is null ? null : TimeSlot.CheckDay(change.Slots);
                if (slots is { Count: 0 })
                {
                    throw AltegioApiException.InvalidParameter("Slot",
                        "A working day needs at least one slot such as 10:00-14:00; to make a day non-working use Clear-AltegioSchedule.");
                }

                var normalized = new WorkDayChange(change.TeamMemberId, change.Date, slots);
                var key = (change.TeamMemberId, change.Date);
                if (byDay.TryGetValue(key, out var earlier))
                {
                    if (SlotKey(earlier) != SlotKey(normalized))
                    {
                        throw AltegioApiException.InvalidParameter("Date",
                            "Team member " + change.TeamMemberId.ToString(CultureInfo.InvariantCulture) + " on " + DateText(change.Date)
                            + " is given twice, as " + Describe(earlier) + " and as " + Describe(normalized) + "; give each day once.");
                    }

                    continue;
                }

                byDay.Add(key, normalized);
            }

            var ordered = byDay.Values.OrderBy(c => c.TeamMemberId).ThenBy(c => c.Date).ToList();
            var toSet = ordered.Where(c => !c.IsClear)
                .GroupBy(c => (c.TeamMemberId, SlotKey(c)))
                .Select(g => new WorkScheduleSetItem
                {
                    StaffId = g.Key.TeamMemberId,
                    Dates = g.Select(c => DateText(c.Date)).ToList(),
                    Slots = g.First().Slots!.Select(s => new WorkSlotWire { From = TimeSlot.FormatClock(s.From), To = TimeSlot.FormatClock(s.To) }).ToList(),
                })
                .ToList();
            var toDelete = ordered.Where(c => c.IsClear)
                .GroupBy(c => c.TeamMemberId)
                .Select(g => new WorkScheduleDeleteItem { StaffId = g.Key, Dates = g.Select(c => DateText(c.Date)).ToList() })
                .ToList();
            var body = new WorkScheduleWriteBody
            {
                SchedulesToSet = toSet.Count > 0 ? toSet : null,
                SchedulesToDelete = toDelete.Count > 0 ? toDelete : null,
            };
            return (body, ordered);
        }

        /// <summary>Days from a schedule answer, by member and date (a later day of the same member and date wins).</summary>
        private async Task<Dictionary<(long, DateTime), WorkDay>> ReadDaysAsync(AltegioRequest request, long companyId, CancellationToken cancellationToken)
        {
            var days = new Dictionary<(long, DateTime), WorkDay>();
            foreach (var day in await _client.ListAsync(request, AltegioJsonContext.Wire.WorkDayWire, (r, _) => Map(r.Attributes, companyId), cancellationToken).ConfigureAwait(false))
            {
                days[(day.TeamMemberId, day.Date)] = day;
            }

            return days;
        }

        private static WorkDay Map(WorkDayWire day, long companyId)
        {
            var slots = (day.Slots ?? new List<WorkSlotWire>())
                .Select(slot => TimeSlot.ParseClock(slot.From, allowEndOfDay: false) is { } from && TimeSlot.ParseClock(slot.To, allowEndOfDay: true) is { } to
                    ? new TimeSlot(from, to)
                    : throw new WireFormatException("A schedule slot in the answer has no readable from/to time."))
                .OrderBy(s => s.From).ToArray();
            return new WorkDay
            {
                TeamMemberId = day.StaffId ?? day.TeamMemberId ?? day.MasterId ?? throw new WireFormatException("A schedule day in the answer names no team member."),
                CompanyId = companyId,
                Date = ParseDate(day.Date) ?? throw new WireFormatException("A schedule day in the answer has no readable date."),
                Slots = slots,

                // The many-members read leaves is_working out: the slots decide then.
                IsWorking = day.IsWorking ?? slots.Length > 0,
                Busy = day.BusyIntervals?.Select(interval => new BusyInterval
                {
                    Kind = interval.EntityType switch
                    {
                        "record" => BusyKind.Appointment,
                        "activity" => BusyKind.Event,
                        _ => BusyKind.Other,
                    },
                    EntityId = interval.EntityId ?? 0,
                    From = TimeSlot.ParseClock(interval.From, allowEndOfDay: false) ?? TimeSpan.Zero,
                    To = TimeSlot.ParseClock(interval.To, allowEndOfDay: true) ?? TimeSpan.Zero,
                }).OrderBy(b => b.From).ToArray(),
            };
        }

        /// <summary>Reads <c>2027-01-18</c>, <c>20270118</c> or a date with a time.</summary>
        internal static DateTime? ParseDate(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            string[] formats = { "yyyy-MM-dd", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss" };
            var head = text!.Length > 19 ? text.Substring(0, 19) : text;
            return DateTime.TryParseExact(head, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.Date : null;
        }

        private static List<long> ValidateMembers(IReadOnlyList<long>? ids)
        {
            if (ids is null || ids.Count == 0)
            {
                throw AltegioApiException.InvalidParameter("TeamMemberId", "Give at least one -TeamMemberId.");
            }

            foreach (var id in ids)
            {
                ValidateMember(id);
            }

            return ids.Distinct().ToList();
        }

        private static void ValidateMember(long id)
        {
            if (id < 1)
            {
                throw AltegioApiException.InvalidParameter("TeamMemberId", "TeamMemberId must be a positive id.");
            }
        }

        private static void ValidateDate(DateTime date)
        {
            if (date < EventsApi.EarliestStart || date >= EventsApi.LatestStart)
            {
                throw AltegioApiException.InvalidParameter("Date", "The date " + DateText(date) + " is outside the years 2000 to 2099 that this module sends; check the date.");
            }
        }

        private static string SlotKey(WorkDayChange change) =>
            change.Slots is null ? "off" : string.Join(",", change.Slots.Select(s => s.ToString()));

        private static string Describe(WorkDayChange change) => change.Slots is null ? "a day off" : SlotKey(change);

        internal static string DateText(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string SchedulePath(long companyId) =>
            ApiPaths.Join("company", companyId, "staff", "schedule");
    }
}

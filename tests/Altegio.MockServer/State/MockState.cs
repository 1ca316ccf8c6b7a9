using System;
using System.Collections.Generic;
using System.Linq;

namespace Altegio.MockServer.State;

/// <summary>What deleting a position that a team member still holds does.</summary>
public enum PositionInUseDelete
{
    /// <summary>204 but the position stays (the behaviour the official MCP observed).</summary>
    KeepAndNoContent,

    /// <summary>409 legacy envelope.</summary>
    Conflict,

    /// <summary>422 legacy envelope.</summary>
    Unprocessable,
}

/// <summary>Which generation of booking status fields the mock's booking answers carry.</summary>
public enum BookingFieldGeneration
{
    /// <summary>Both: <c>attendance_status_slug</c>, <c>is_paid</c> and the older <c>attendance</c>, <c>paid_full</c>, <c>deleted</c> (what the backend sends).</summary>
    Both,

    /// <summary>Only the newer <c>attendance_status_slug</c> and <c>is_paid</c>; cancelled bookings are not listed.</summary>
    Current,

    /// <summary>Only the older <c>attendance</c> (-1/0/1/2), <c>paid_full</c> (0/1/2) and <c>deleted</c>.</summary>
    Legacy,
}

/// <summary>
/// The mock's in-memory data. Every public member locks <see cref="SyncRoot"/>; the HTTP handlers
/// hold the same lock for a whole request so each request sees and leaves a consistent state.
/// Entities are plain mutable objects: change them inside <see cref="Mutate"/> (or under
/// <see cref="SyncRoot"/> and then call <see cref="EventsChanged"/>) so indexes stay right.
/// </summary>
public sealed class MockState
{
    public const string DefaultEventColor = "#2196f3";

    private readonly MockServerOptions _options;
    private readonly HashSet<string> _partnerTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<MockEvent>> _eventsByCompany = new();
    private readonly HashSet<long> _dirtyCompanies = new();

    internal EntityStore<MockCompany> CompanyStore { get; } = new(1001);
    internal EntityStore<MockUser> UserStore { get; } = new(501);
    internal EntityStore<MockTag> TagStore { get; } = new(3001);
    internal EntityStore<MockPosition> PositionStore { get; } = new(2001);
    internal EntityStore<MockTeamMember> MemberStore { get; } = new(101);
    internal EntityStore<MockService> ServiceStore { get; } = new(301);
    internal EntityStore<MockResourceInstance> ResourceStore { get; } = new(701);
    internal EntityStore<MockEvent> EventStore { get; } = new(800001);
    internal EntityStore<MockClient> ClientStore { get; } = new(9001);
    internal EntityStore<MockBooking> BookingStore { get; } = new(60001);
    internal EntityStore<MockDuplicationStrategy> StrategyStore { get; } = new(501);

    public MockState(MockServerOptions? options = null)
    {
        _options = options ?? new MockServerOptions();
        Reset();
    }

    public object SyncRoot { get; } = new();

    /// <summary>Work schedules and event series.</summary>
    public MockSchedules Schedules { get; } = new();

    public TimeProvider Time => _options.TimeProvider;

    /// <summary>Deleting a position still assigned to a (non-deleted) team member.</summary>
    public PositionInUseDelete PositionDeleteInUse { get; set; }

    /// <summary>Emit <c>services_binding_type</c> in the snapshot-O string form (none/optional/required).</summary>
    public bool ServicesBindingTypeAsString { get; set; }

    /// <summary>
    /// How far before the location's "now" a period start or event date may lie before it counts
    /// as past. A client that sends "now" needs some slack for the trip; 0 makes the check exact.
    /// </summary>
    public TimeSpan PastTolerance { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Event endpoints answer validation failures (422, e.g. a past period) in the JSON:API
    /// <c>errors[]</c> shape instead of the legacy envelope. Conflicts (409) always use <c>errors[]</c>.
    /// </summary>
    public bool EventErrorsAsJsonApi { get; set; }

    /// <summary>The status fields of booking answers; the appointments list returns cancelled bookings unless <see cref="BookingFieldGeneration.Current"/>.</summary>
    public BookingFieldGeneration BookingFields { get; set; }

    /// <summary>
    /// False: booking answers carry <c>client_id</c> but no <c>activity_id</c>, as the official client's bulk
    /// booking fixture does.
    /// </summary>
    public bool BookingAnswersCarryActivityId { get; set; } = true;

    /// <summary>
    /// Whether deleting an event booking's appointment frees its seat in the event. Nothing documents it for
    /// event bookings; false models a backend that leaves the event's count as it was.
    /// </summary>
    public bool CancelFreesSeat { get; set; } = true;

    /// <summary>The <c>meta</c> of a bulk booking with no refused row: <c>[]</c>, <c>{}</c> or <c>{"errors":[]}</c>.</summary>
    public string BulkCleanMeta { get; set; } = "array";

    /// <summary>
    /// The shape of a duplicate answer: "observed" (type <c>activities</c>, <c>date</c> without offset,
    /// <c>records_count</c>) or "resource" (type <c>activity</c>, offset date, <c>clients_count</c>).
    /// </summary>
    public string DuplicateAnswer { get; set; } = "observed";

    public IReadOnlyList<MockDuplicationStrategy> DuplicationStrategies => Locked(StrategyStore.Snapshot);

    // ---- tokens and users ----

    public void AddPartnerToken(string token)
    {
        lock (SyncRoot)
        {
            _partnerTokens.Add(token);
        }
    }

    public bool IsPartnerToken(string token)
    {
        lock (SyncRoot)
        {
            return _partnerTokens.Contains(token);
        }
    }

    public MockUser AddUser(MockUser user)
    {
        lock (SyncRoot)
        {
            return UserStore.Add(user);
        }
    }

    public IReadOnlyList<MockUser> Users
    {
        get
        {
            lock (SyncRoot)
            {
                return UserStore.Snapshot();
            }
        }
    }

    public MockUser? FindUserByToken(string token)
    {
        lock (SyncRoot)
        {
            return UserStore.Values.FirstOrDefault(u => u.UserToken.Length > 0 && string.Equals(u.UserToken, token, StringComparison.Ordinal));
        }
    }

    public MockUser? FindUserByLogin(string login)
    {
        lock (SyncRoot)
        {
            return UserStore.Values.FirstOrDefault(u =>
                string.Equals(u.Login, login, StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.Email, login, StringComparison.OrdinalIgnoreCase)
                || (u.Phone.Length > 0 && string.Equals(u.Phone, login, StringComparison.Ordinal)));
        }
    }

    /// <summary>Makes a user token stop working, as a password change does on the real service.</summary>
    public bool RevokeUserToken(string token)
    {
        lock (SyncRoot)
        {
            var user = UserStore.Values.FirstOrDefault(u => string.Equals(u.UserToken, token, StringComparison.Ordinal));
            if (user is null)
            {
                return false;
            }

            user.UserToken = string.Empty;
            return true;
        }
    }

    // ---- plain tables ----

    public IReadOnlyList<MockCompany> Companies => Locked(CompanyStore.Snapshot);
    public IReadOnlyList<MockTag> Tags => Locked(TagStore.Snapshot);
    public IReadOnlyList<MockPosition> Positions => Locked(PositionStore.Snapshot);
    public IReadOnlyList<MockTeamMember> TeamMembers => Locked(MemberStore.Snapshot);
    public IReadOnlyList<MockService> Services => Locked(ServiceStore.Snapshot);
    public IReadOnlyList<MockResourceInstance> ResourceInstances => Locked(ResourceStore.Snapshot);
    public IReadOnlyList<MockEvent> Events => Locked(EventStore.Snapshot);
    public IReadOnlyList<MockClient> Clients => Locked(ClientStore.Snapshot);
    public IReadOnlyList<MockBooking> Bookings => Locked(BookingStore.Snapshot);

    public MockCompany AddCompany(MockCompany item) => Locked(() => CompanyStore.Add(item));
    public MockTag AddTag(MockTag item) => Locked(() => TagStore.Add(item));
    public MockPosition AddPosition(MockPosition item) => Locked(() => PositionStore.Add(item));
    public MockTeamMember AddTeamMember(MockTeamMember item) => Locked(() => MemberStore.Add(item));
    public MockService AddService(MockService item) => Locked(() => ServiceStore.Add(item));
    public MockResourceInstance AddResourceInstance(MockResourceInstance item) => Locked(() => ResourceStore.Add(item));
    public MockClient AddClient(MockClient item) => Locked(() => ClientStore.Add(item));
    public MockBooking AddBooking(MockBooking item) => Locked(() => BookingStore.Add(item));

    public MockCompany? FindCompany(long id) => Locked(() => CompanyStore.Find(id));
    public MockTag? FindTag(long id) => Locked(() => TagStore.Find(id));
    public MockPosition? FindPosition(long id) => Locked(() => PositionStore.Find(id));
    public MockTeamMember? FindTeamMember(long id) => Locked(() => MemberStore.Find(id));
    public MockService? FindService(long id) => Locked(() => ServiceStore.Find(id));
    public MockResourceInstance? FindResourceInstance(long id) => Locked(() => ResourceStore.Find(id));
    public MockEvent? FindEvent(long id) => Locked(() => EventStore.Find(id));
    public MockClient? FindClient(long id) => Locked(() => ClientStore.Find(id));
    public MockBooking? FindBooking(long id) => Locked(() => BookingStore.Find(id));

    /// <summary>Runs <paramref name="change"/> under the lock and then refreshes indexes.</summary>
    public void Mutate(Action<MockState> change)
    {
        lock (SyncRoot)
        {
            change(this);
            EventsChanged();
        }
    }

    // ---- events ----

    public MockEvent AddEvent(MockEvent item)
    {
        lock (SyncRoot)
        {
            EventStore.Add(item);
            if (!_eventsByCompany.TryGetValue(item.CompanyId, out var list))
            {
                list = new List<MockEvent>();
                _eventsByCompany[item.CompanyId] = list;
            }

            // Appending in order (the seeder's case) keeps the list sorted without a re-sort.
            if (list.Count > 0 && Compare(list[^1], item) > 0)
            {
                _dirtyCompanies.Add(item.CompanyId);
            }

            list.Add(item);
            return item;
        }
    }

    /// <summary>Call after changing an event's date or company outside <see cref="Mutate"/>.</summary>
    public void EventsChanged()
    {
        lock (SyncRoot)
        {
            _eventsByCompany.Clear();
            _dirtyCompanies.Clear();
            foreach (var e in EventStore.Values)
            {
                if (!_eventsByCompany.TryGetValue(e.CompanyId, out var list))
                {
                    list = new List<MockEvent>();
                    _eventsByCompany[e.CompanyId] = list;
                }

                list.Add(e);
            }

            foreach (var (companyId, _) in _eventsByCompany)
            {
                _dirtyCompanies.Add(companyId);
            }
        }
    }

    internal void EventDateChanged(MockEvent e)
    {
        _dirtyCompanies.Add(e.CompanyId);
    }

    /// <summary>The company's events sorted by start then id. Caller holds the lock; do not keep the list.</summary>
    internal List<MockEvent> SortedEvents(long companyId)
    {
        if (!_eventsByCompany.TryGetValue(companyId, out var list))
        {
            list = new List<MockEvent>();
            _eventsByCompany[companyId] = list;
        }

        if (_dirtyCompanies.Remove(companyId))
        {
            list.Sort(Compare);
        }

        return list;
    }

    private static int Compare(MockEvent a, MockEvent b)
    {
        var c = a.Date.CompareTo(b.Date);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }

    /// <summary>Adds <paramref name="count"/> events <paramref name="interval"/> apart, skipping validation and conflict checks.</summary>
    public (long FirstId, long LastId) SeedEvents(long companyId, int count, DateTime start, TimeSpan interval, long staffId, long serviceId, int capacity, int lengthSeconds, IReadOnlyList<long>? resourceInstanceIds = null)
    {
        lock (SyncRoot)
        {
            long first = 0, last = 0;
            for (var i = 0; i < count; i++)
            {
                var e = AddEvent(new MockEvent
                {
                    CompanyId = companyId,
                    StaffId = staffId,
                    ServiceId = serviceId,
                    Date = DateTime.SpecifyKind(start + (interval * i), DateTimeKind.Unspecified),
                    Length = lengthSeconds,
                    Capacity = capacity,
                    ResourceInstanceIds = resourceInstanceIds is null ? new List<long>() : new List<long>(resourceInstanceIds),
                });
                if (i == 0)
                {
                    first = e.Id;
                }

                last = e.Id;
            }

            return (first, last);
        }
    }

    /// <summary>Current wall-clock time at the location, as the location sees it (no offset).</summary>
    public DateTime LocalNow(MockCompany company) =>
        DateTime.SpecifyKind(Time.GetUtcNow().ToOffset(company.UtcOffset).DateTime, DateTimeKind.Unspecified);

    internal int BookedSeats(long eventId)
    {
        var seats = 0;
        foreach (var b in BookingStore.Values)
        {
            if (b.ActivityId == eventId && !b.Deleted)
            {
                seats += b.ClientsCount;
            }
        }

        return seats;
    }

    private T Locked<T>(Func<T> read)
    {
        lock (SyncRoot)
        {
            return read();
        }
    }

    // ---- seed ----

    /// <summary>Drops everything and loads the seed data again (dates relative to now).</summary>
    public void Reset()
    {
        lock (SyncRoot)
        {
            _partnerTokens.Clear();
            foreach (var store in new Action[]
            {
                CompanyStore.Clear, UserStore.Clear, TagStore.Clear, PositionStore.Clear, MemberStore.Clear,
                ServiceStore.Clear, ResourceStore.Clear, EventStore.Clear, ClientStore.Clear, BookingStore.Clear,
                StrategyStore.Clear,
            })
            {
                store();
            }

            _eventsByCompany.Clear();
            _dirtyCompanies.Clear();
            Schedules.Clear();
            PositionDeleteInUse = PositionInUseDelete.KeepAndNoContent;
            ServicesBindingTypeAsString = false;
            PastTolerance = TimeSpan.FromMinutes(1);
            EventErrorsAsJsonApi = false;
            BookingFields = BookingFieldGeneration.Both;
            BookingAnswersCarryActivityId = true;
            CancelFreesSeat = true;
            BulkCleanMeta = "array";
            DuplicateAnswer = "observed";

            foreach (var token in _options.PartnerTokens)
            {
                _partnerTokens.Add(token);
            }

            foreach (var user in _options.Users)
            {
                UserStore.Add(user.Clone());
            }

            if (_options.SeedDemoData)
            {
                SeedDemo();
            }

            _options.Seed?.Invoke(this);
        }
    }

    private void SeedDemo()
    {
        CompanyStore.Add(new MockCompany
        {
            Id = 1001, Title = "Demo Salon", PublicTitle = "Demo Salon Limassol", Address = "1 Demo Street",
            Phone = "+35725000001", UtcOffset = TimeSpan.FromHours(2), TimezoneName = "Etc/GMT-2",
        });
        CompanyStore.Add(new MockCompany
        {
            Id = 1002, Title = "Demo Clinic", PublicTitle = "Demo Clinic Nicosia", City = "Nicosia", Address = "2 Clinic Avenue",
            Phone = "+35722000002", UtcOffset = TimeSpan.FromHours(3), TimezoneName = "Etc/GMT-3",
        });
        CompanyStore.Add(new MockCompany
        {
            Id = 1003, Title = "Other Chain Salon", PublicTitle = "Other Chain Salon", City = "Paphos", Address = "3 Elsewhere Road",
            Phone = "+35726000003", UtcOffset = TimeSpan.FromHours(2), TimezoneName = "Etc/GMT-2", ChainId = 12,
        });

        TagStore.Add(new MockTag { Id = 3001, CompanyId = 1001, Title = "VIP", Color = "#ff2828", Icon = "star", Entity = 1 });
        TagStore.Add(new MockTag { Id = 3002, CompanyId = 1001, Title = "New client", Color = "#4caf50", Entity = 1 });
        TagStore.Add(new MockTag { Id = 3003, CompanyId = 1001, Title = "Confirmed by phone", Color = "#2196f3", Entity = 2 });
        TagStore.Add(new MockTag { Id = 3004, CompanyId = 1001, Title = "Beginner friendly", Color = "#ffc107", FontColor = "#000000", Entity = 3 });
        TagStore.Add(new MockTag { Id = 3005, CompanyId = 1001, Title = "Morning", Color = "#9c27b0", Entity = 3 });
        TagStore.Add(new MockTag { Id = 3006, CompanyId = 1001, Title = "Online booking", Color = "#607d8b", Entity = 0, IsEditable = false, Icon = "globe" });
        TagStore.Add(new MockTag { Id = 3007, CompanyId = 1001, Title = "Old promo", Color = "#795548", Entity = 1, IsDeleted = true });
        TagStore.Add(new MockTag { Id = 3011, CompanyId = 1002, Title = "Insurance", Color = "#00bcd4", Entity = 1 });
        TagStore.Add(new MockTag { Id = 3021, CompanyId = 1003, Title = "Other VIP", Color = "#ff0000", Entity = 1 });

        PositionStore.Add(new MockPosition { Id = 2001, Title = "Instructor", Description = "Leads group classes", ServicesBindingType = 1, SalonIds = { 1001 } });
        PositionStore.Add(new MockPosition { Id = 2002, Title = "Administrator", Description = "Front desk", RulesRequiredFields = { "phone", "email" }, SalonIds = { 1001 } });
        PositionStore.Add(new MockPosition { Id = 2003, Title = "Trainee", Description = null, ServicesBindingType = 2, SalonIds = { 1001 } });
        PositionStore.Add(new MockPosition { Id = 2011, Title = "Doctor", Description = "Medical staff", SalonIds = { 1002 } });
        PositionStore.Add(new MockPosition { Id = 2021, Title = "Stylist", ChainId = 12, SalonIds = { 1003 } });

        var today = Time.GetUtcNow().ToOffset(TimeSpan.FromHours(2)).Date;
        MemberStore.Add(new MockTeamMember
        {
            Id = 101, CompanyId = 1001, Name = "Maria Lopez", Specialization = "Yoga instructor", PositionId = 2001, Weight = 10,
            Information = "<p>Certified yoga teacher.</p>", UserId = 501, HasAccessTimetable = true, Rating = 4.8, VotesCount = 25,
            CommentsCount = 7, ScheduleTill = today.AddDays(90), Phone = "+35799100101", FirstName = "Maria", Surname = "Lopez",
            DateAdmission = new DateTime(2023, 3, 1), Gender = 2, Citizenship = "ES",
        });
        MemberStore.Add(new MockTeamMember
        {
            Id = 102, CompanyId = 1001, Name = "John Smith", Specialization = "Pilates coach", PositionId = 2001, Weight = 9,
            Rating = 4.5, VotesCount = 10, CommentsCount = 2, ScheduleTill = today.AddDays(60), ApiId = "ext-102",
            V1IdAsString = true, Phone = "+35799100102", FirstName = "John", Surname = "Smith", Gender = 1,
        });
        MemberStore.Add(new MockTeamMember
        {
            Id = 103, CompanyId = 1001, Name = "Elena Kovacs", Specialization = "Administrator", PositionId = 2002, Weight = 5,
            IsAvailableAsAssistant = true, HasSchedule = false, Hidden = true, FirstName = "Elena", Surname = "Kovacs", Gender = 2,
        });
        MemberStore.Add(new MockTeamMember
        {
            Id = 104, CompanyId = 1001, Name = "Peter Brown", Specialization = "Yoga instructor", PositionId = 2001, Weight = 3,
            Fired = true, IsPaidStaff = false, HasSchedule = false, Rating = 3.9, VotesCount = 4, FirstName = "Peter", Surname = "Brown", Gender = 1,
        });
        MemberStore.Add(new MockTeamMember
        {
            Id = 105, CompanyId = 1001, Name = "Olga Removed", Specialization = "Stretching", PositionId = 2002, Weight = 1,
            Deleted = true, Fired = true, IsPaidStaff = false, HasSchedule = false, FirstName = "Olga", Surname = "Removed", Gender = 2,
        });
        MemberStore.Add(new MockTeamMember
        {
            Id = 106, CompanyId = 1001, Name = "Sam Newcomer", Specialization = "Assistant", PositionId = null, Weight = 0,
            IsAvailableAsAssistant = true, IsPaidStaff = false, HasSchedule = false, V1IdAsString = true, FirstName = "Sam", Surname = "Newcomer",
        });
        MemberStore.Add(new MockTeamMember
        {
            Id = 111, CompanyId = 1002, Name = "Dr. Nina Clark", Specialization = "Physiotherapist", PositionId = 2011, Weight = 10,
            Rating = 5, VotesCount = 3, ScheduleTill = today.AddDays(30), FirstName = "Nina", Surname = "Clark", Gender = 2,
        });
        MemberStore.Add(new MockTeamMember { Id = 121, CompanyId = 1003, Name = "Other Stylist", Specialization = "Stylist", PositionId = 2021 });

        ServiceStore.Add(new MockService { Id = 301, CompanyId = 1001, Title = "Yoga" });
        ServiceStore.Add(new MockService { Id = 302, CompanyId = 1001, Title = "Pilates" });
        ServiceStore.Add(new MockService { Id = 303, CompanyId = 1001, Title = "Stretching" });
        ServiceStore.Add(new MockService { Id = 311, CompanyId = 1002, Title = "Back school" });

        ResourceStore.Add(new MockResourceInstance { Id = 701, CompanyId = 1001, ResourceId = 70, Title = "Hall A" });
        ResourceStore.Add(new MockResourceInstance { Id = 702, CompanyId = 1001, ResourceId = 70, Title = "Hall B" });
        ResourceStore.Add(new MockResourceInstance { Id = 711, CompanyId = 1002, ResourceId = 71, Title = "Therapy room" });

        ClientStore.Add(new MockClient { Id = 9001, CompanyId = 1001, Name = "Anna Petrova", Phone = "+35799000001", Email = "anna@example.test" });
        ClientStore.Add(new MockClient { Id = 9002, CompanyId = 1001, Name = "Boris Ivanov", Phone = "+35799000002", Email = "boris@example.test" });
        ClientStore.Add(new MockClient { Id = 9003, CompanyId = 1001, Name = "Chloe Georgiou", Phone = "+35799000003" });
        ClientStore.Add(new MockClient { Id = 9011, CompanyId = 1002, Name = "Dmitri Orlov", Phone = "+35799000011" });

        var salon = CompanyStore.Find(1001)!;
        var tomorrow = LocalNow(salon).Date.AddDays(1);
        AddEvent(new MockEvent { Id = 800001, CompanyId = 1001, StaffId = 101, ServiceId = 301, Date = tomorrow.AddHours(9), Length = 3600, Capacity = 10, ResourceInstanceIds = { 701 }, LabelIds = { 3004, 3005 }, Instructions = "Bring a mat", Comment = "Morning flow" });
        AddEvent(new MockEvent { Id = 800002, CompanyId = 1001, StaffId = 102, ServiceId = 302, Date = tomorrow.AddHours(11), Length = 2700, TechnicalBreakDuration = 900, Capacity = 8, ResourceInstanceIds = { 702 }, Color = "#ff9800" });
        AddEvent(new MockEvent { Id = 800003, CompanyId = 1001, StaffId = 101, ServiceId = 303, Date = tomorrow.AddHours(14), Length = 3600, Capacity = 6, ResourceInstanceIds = { 701 }, Deleted = true, Comment = "Cancelled" });
        AddEvent(new MockEvent { Id = 800004, CompanyId = 1001, StaffId = 101, ServiceId = 301, Date = tomorrow.AddDays(1).AddHours(9), Length = 3600, Capacity = 2, ResourceInstanceIds = { 701 }, LabelIds = { 3005 } });
        AddEvent(new MockEvent { Id = 800005, CompanyId = 1001, StaffId = 102, ServiceId = 302, Date = tomorrow.AddDays(1).AddHours(18), Length = 3600, Capacity = 12, StreamLink = "https://stream.example.test/pilates" });
        AddEvent(new MockEvent { Id = 800006, CompanyId = 1001, StaffId = 101, ServiceId = 301, Date = tomorrow.AddDays(2).AddHours(9), Length = 5400, Capacity = 15, ResourceInstanceIds = { 702 }, LabelIds = { 3004 } });
        var clinic = CompanyStore.Find(1002)!;
        AddEvent(new MockEvent { Id = 800007, CompanyId = 1002, StaffId = 111, ServiceId = 311, Date = LocalNow(clinic).Date.AddDays(1).AddHours(10), Length = 3600, Capacity = 5, ResourceInstanceIds = { 711 } });

        var created = Time.GetUtcNow().AddDays(-1);
        BookingStore.Add(new MockBooking { Id = 60001, CompanyId = 1001, ActivityId = 800001, ClientId = 9001, StaffId = 101, VisitId = 70001, ClientsCount = 2, CreatedUtc = created, Comment = "With a friend" });
        BookingStore.Add(new MockBooking { Id = 60002, CompanyId = 1001, ActivityId = 800001, ClientId = 9002, StaffId = 101, VisitId = 70002, ClientsCount = 1, CreatedUtc = created });
        BookingStore.Add(new MockBooking { Id = 60003, CompanyId = 1001, ActivityId = 800004, ClientId = 9003, StaffId = 101, VisitId = 70003, ClientsCount = 2, CreatedUtc = created });
        foreach (var b in BookingStore.Values)
        {
            b.CostPerUnit = 20m;
            b.ManualCost = 20m * b.ClientsCount;
        }

        BookingStore.Find(60001)!.LabelIds.Add(3003);
        BookingStore.Find(60001)!.GoodItems.Add("{\"id\":50001,\"good_id\":41,\"unit_id\":1,\"storage_id\":5,\"staff_id\":101,\"operation_unit_type\":1,\"number\":\"\",\"quantity\":1,\"cost_per_unit\":4.5,\"manual_cost\":4.5,\"discount_percent\":0,\"marks\":[],\"planned_activation_date\":null}");
        StrategyStore.Add(new MockDuplicationStrategy { CompanyId = 1001, Title = "Mondays and Thursdays", RepeatModeId = 5, Days = { 1, 4 }, Interval = 1, ContentType = 1 });
        foreach (var e in EventStore.Values)
        {
            e.ClientsCount = BookedSeats(e.Id);
        }
    }
}

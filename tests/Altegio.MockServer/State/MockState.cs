namespace Altegio.MockServer.State;

/// <summary>
/// The mock's in-memory data: one <see cref="EntityStore{T}"/> per entity type. Every public member locks
/// <see cref="SyncRoot"/>; the HTTP handlers hold the same lock for a whole request so each request sees and
/// leaves a consistent state. Entities are plain mutable objects: after changing an event's date or company, call
/// <see cref="EventsChanged"/> so the date index stays right (adding and removing keep it right themselves).
/// </summary>
public sealed class MockState
{
    public const string DefaultEventColor = "#2196f3";

    private readonly Dictionary<Type, IEntityStore> _stores = new();
    private Dictionary<long, List<MockEvent>>? _eventsByDate;

    public MockState(MockServerOptions? options = null)
    {
        Time = options?.TimeProvider ?? TimeProvider.System;
        Register<MockCompany>(1001);
        Register<MockUser>(501);
        Register<MockTag>(3001);
        Register<MockPosition>(2001);
        Register<MockTeamMember>(101);
        Register<MockService>(301);
        Register<MockResourceInstance>(701);
        Register<MockEvent>(800001);
        Register<MockClient>(9001);
        Register<MockBooking>(60001);
        Register<MockSeries>(5001);
        Register<MockSeriesDay>(6001);
        Register<MockOccurrence>(700001);
        Register<MockDuplicationStrategy>(501);
        Reset();
    }

    public object SyncRoot { get; } = new();

    public TimeProvider Time { get; }

    /// <summary>The API variants played; <see cref="Reset"/> restores the defaults.</summary>
    public MockSettings Settings { get; private set; } = new();

    /// <summary>
    /// Working hours set or cleared per team member and date (an empty list is a day off); a date not here is
    /// the default week (see <see cref="WorkingHours"/>). Caller holds <see cref="SyncRoot"/>.
    /// </summary>
    internal Dictionary<(long Member, DateTime Date), List<(TimeSpan From, TimeSpan To)>> WorkDays { get; } = new();

    // ---- the generic store ----

    /// <summary>The table of <typeparamref name="T"/>. Caller holds <see cref="SyncRoot"/>.</summary>
    public EntityStore<T> Table<T>()
        where T : MockEntity => (EntityStore<T>)_stores[typeof(T)];

    /// <summary>A snapshot of every <typeparamref name="T"/>, in id order.</summary>
    public IReadOnlyList<T> All<T>()
        where T : MockEntity => Locked<IReadOnlyList<T>>(() => Table<T>().Values.ToList());

    public T? Find<T>(long id)
        where T : MockEntity => Locked(() => Table<T>().Find(id));

    /// <summary>Adds <paramref name="item"/>, giving it the table's next id when its id is 0.</summary>
    public T Add<T>(T item)
        where T : MockEntity => Locked(() =>
        {
            if (item is MockEvent)
            {
                _eventsByDate = null;
            }

            return Table<T>().Add(item);
        });

    public bool Remove<T>(long id)
        where T : MockEntity => Locked(() =>
        {
            _eventsByDate = null;
            return Table<T>().Remove(id);
        });

    private void Register<T>(long firstId)
        where T : MockEntity => _stores[typeof(T)] = new EntityStore<T>(firstId);

    // ---- tokens and users ----

    public MockUser? FindUserByLogin(string login) =>
        Locked(() => Table<MockUser>().Values.FirstOrDefault(u =>
            string.Equals(u.Login, login, StringComparison.OrdinalIgnoreCase)
            || string.Equals(u.Email, login, StringComparison.OrdinalIgnoreCase)
            || (u.Phone.Length > 0 && u.Phone == login)));

    /// <summary>Makes a user token stop working, as a password change does on the real service.</summary>
    public bool RevokeUserToken(string token) => Locked(() =>
    {
        var user = Table<MockUser>().Values.FirstOrDefault(u => u.UserToken == token);
        if (user is not null)
        {
            user.UserToken = string.Empty;
        }

        return user is not null;
    });

    // ---- events ----

    /// <summary>Call after changing an event's date or company.</summary>
    public void EventsChanged() => Locked(() => _eventsByDate = null);

    /// <summary>The company's events sorted by start then id. Caller holds the lock; do not keep the list.</summary>
    internal List<MockEvent> SortedEvents(long companyId)
    {
        _eventsByDate ??= Table<MockEvent>().Values.GroupBy(e => e.CompanyId)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Date).ThenBy(e => e.Id).ToList());
        return _eventsByDate.TryGetValue(companyId, out var list) ? list : new List<MockEvent>();
    }

    /// <summary>Adds <paramref name="count"/> events <paramref name="interval"/> apart, skipping validation and conflict checks.</summary>
    public (long FirstId, long LastId) SeedEvents(long companyId, int count, DateTime start, TimeSpan interval, long staffId, long serviceId, int capacity, int lengthSeconds, IReadOnlyList<long>? resourceInstanceIds = null) =>
        Locked(() =>
        {
            long first = 0, last = 0;
            for (var i = 0; i < count; i++)
            {
                last = Add(new MockEvent
                {
                    CompanyId = companyId, StaffId = staffId, ServiceId = serviceId, Length = lengthSeconds, Capacity = capacity,
                    Date = DateTime.SpecifyKind(start + (interval * i), DateTimeKind.Unspecified),
                    ResourceInstanceIds = resourceInstanceIds is null ? new List<long>() : new List<long>(resourceInstanceIds),
                }).Id;
                first = i == 0 ? last : first;
            }

            return (first, last);
        });

    /// <summary>Current wall-clock time at the location, as the location sees it (no offset).</summary>
    public DateTime LocalNow(MockCompany company) =>
        DateTime.SpecifyKind(Time.GetUtcNow().ToOffset(company.UtcOffset).DateTime, DateTimeKind.Unspecified);

    /// <summary>
    /// A member's slots on a date. One with <see cref="MockTeamMember.HasSchedule"/> works Monday to Friday
    /// 09:00-13:00 and 14:00-18:00 unless the day was set or cleared; others have no working days until set.
    /// </summary>
    internal IReadOnlyList<(TimeSpan From, TimeSpan To)> WorkingHours(MockTeamMember member, DateTime date) =>
        WorkDays.TryGetValue((member.Id, date.Date), out var set) ? set
        : member is { HasSchedule: true, Fired: false, Deleted: false } && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            ? [(TimeSpan.FromHours(9), TimeSpan.FromHours(13)), (TimeSpan.FromHours(14), TimeSpan.FromHours(18))]
            : [];

    /// <summary>The event's bookings that are not cancelled. Caller holds the lock.</summary>
    internal List<MockBooking> LiveBookings(long eventId) => Table<MockBooking>().Values.Where(b => b.ActivityId == eventId && !b.Deleted).ToList();

    /// <summary>Books <paramref name="seats"/> for a client into <paramref name="e"/> (onto <paramref name="start"/>'s other fields) and counts them. Caller holds the lock.</summary>
    internal MockBooking Book(MockEvent e, long clientId, int seats, string? comment = null, MockBooking? start = null)
    {
        var b = start ?? new MockBooking();
        (b.CompanyId, b.ActivityId, b.ClientId, b.StaffId, b.ClientsCount, b.Comment, b.CreatedUtc) = (e.CompanyId, e.Id, clientId, e.StaffId, seats, comment, Time.GetUtcNow());
        Add(b).VisitId = b.Id + 10_000;
        e.ClientsCount += seats;
        return b;
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
            foreach (var store in _stores.Values)
            {
                store.Clear();
            }

            _eventsByDate = null;
            WorkDays.Clear();
            Settings = new();
            SeedDemo();
        }
    }

    private void SeedDemo()
    {
        Add(new MockUser
        {
            Id = 501, Login = MockServerOptions.DemoLogin, Email = MockServerOptions.DemoLogin, Password = MockServerOptions.DemoPassword,
            UserToken = MockServerOptions.DemoUserToken, Name = "Demo Admin", Phone = "+35799999501", CompanyIds = { 1001, 1002 },
        });
        Add(new MockUser
        {
            Id = 502, Login = "limited@altegio.test", Email = "limited@altegio.test", Password = "limited-password",
            UserToken = "limited-user-token", Name = "Limited Manager", Phone = "+35799999502", CompanyIds = { 1002 },
        });
        Add(new MockCompany
        {
            Id = 1001, Title = "Demo Salon", PublicTitle = "Demo Salon Limassol", Address = "1 Demo Street",
            Phone = "+35725000001", UtcOffset = TimeSpan.FromHours(2), TimezoneName = "Etc/GMT-2",
        });
        Add(new MockCompany
        {
            Id = 1002, Title = "Demo Clinic", PublicTitle = "Demo Clinic Nicosia", City = "Nicosia", Address = "2 Clinic Avenue",
            Phone = "+35722000002", UtcOffset = TimeSpan.FromHours(3), TimezoneName = "Etc/GMT-3",
        });
        Add(new MockCompany
        {
            Id = 1003, Title = "Other Chain Salon", PublicTitle = "Other Chain Salon", City = "Paphos", Address = "3 Elsewhere Road",
            Phone = "+35726000003", UtcOffset = TimeSpan.FromHours(2), TimezoneName = "Etc/GMT-2", ChainId = 12,
        });

        Add(new MockTag { Id = 3001, CompanyId = 1001, Title = "VIP", Color = "#ff2828", Icon = "star", Entity = 1 });
        Add(new MockTag { Id = 3002, CompanyId = 1001, Title = "New client", Color = "#4caf50", Entity = 1 });
        Add(new MockTag { Id = 3003, CompanyId = 1001, Title = "Confirmed by phone", Color = "#2196f3", Entity = 2 });
        Add(new MockTag { Id = 3004, CompanyId = 1001, Title = "Beginner friendly", Color = "#ffc107", FontColor = "#000000", Entity = 3 });
        Add(new MockTag { Id = 3005, CompanyId = 1001, Title = "Morning", Color = "#9c27b0", Entity = 3 });
        Add(new MockTag { Id = 3006, CompanyId = 1001, Title = "Online booking", Color = "#607d8b", Entity = 0, IsEditable = false, Icon = "globe" });
        Add(new MockTag { Id = 3007, CompanyId = 1001, Title = "Old promo", Color = "#795548", Entity = 1, IsDeleted = true });
        Add(new MockTag { Id = 3011, CompanyId = 1002, Title = "Insurance", Color = "#00bcd4", Entity = 1 });
        Add(new MockTag { Id = 3021, CompanyId = 1003, Title = "Other VIP", Color = "#ff0000", Entity = 1 });

        Add(new MockPosition { Id = 2001, Title = "Instructor", Description = "Leads group classes", ServicesBindingType = 1, SalonIds = { 1001 } });
        Add(new MockPosition { Id = 2002, Title = "Administrator", Description = "Front desk", RulesRequiredFields = { "phone", "email" }, SalonIds = { 1001 } });
        Add(new MockPosition { Id = 2003, Title = "Trainee", Description = null, ServicesBindingType = 2, SalonIds = { 1001 } });
        Add(new MockPosition { Id = 2011, Title = "Doctor", Description = "Medical staff", SalonIds = { 1002 } });
        Add(new MockPosition { Id = 2021, Title = "Stylist", ChainId = 12, SalonIds = { 1003 } });

        var today = Time.GetUtcNow().ToOffset(TimeSpan.FromHours(2)).Date;
        Add(new MockTeamMember
        {
            Id = 101, CompanyId = 1001, Name = "Maria Lopez", Specialization = "Yoga instructor", PositionId = 2001, Weight = 10,
            Information = "<p>Certified yoga teacher.</p>", UserId = 501, HasAccessTimetable = true, Rating = 4.8, VotesCount = 25,
            CommentsCount = 7, ScheduleTill = today.AddDays(90), Phone = "+35799100101", FirstName = "Maria", Surname = "Lopez",
            DateAdmission = new DateTime(2023, 3, 1), Gender = 2, Citizenship = "ES",
        });
        Add(new MockTeamMember
        {
            Id = 102, CompanyId = 1001, Name = "John Smith", Specialization = "Pilates coach", PositionId = 2001, Weight = 9,
            Rating = 4.5, VotesCount = 10, CommentsCount = 2, ScheduleTill = today.AddDays(60), ApiId = "ext-102",
            V1IdAsString = true, Phone = "+35799100102", FirstName = "John", Surname = "Smith", Gender = 1,
        });
        Add(new MockTeamMember
        {
            Id = 103, CompanyId = 1001, Name = "Elena Kovacs", Specialization = "Administrator", PositionId = 2002, Weight = 5,
            IsAvailableAsAssistant = true, HasSchedule = false, Hidden = true, FirstName = "Elena", Surname = "Kovacs", Gender = 2,
        });
        Add(new MockTeamMember
        {
            Id = 104, CompanyId = 1001, Name = "Peter Brown", Specialization = "Yoga instructor", PositionId = 2001, Weight = 3,
            Fired = true, IsPaidStaff = false, HasSchedule = false, Rating = 3.9, VotesCount = 4, FirstName = "Peter", Surname = "Brown", Gender = 1,
        });
        Add(new MockTeamMember
        {
            Id = 105, CompanyId = 1001, Name = "Olga Removed", Specialization = "Stretching", PositionId = 2002, Weight = 1,
            Deleted = true, Fired = true, IsPaidStaff = false, HasSchedule = false, FirstName = "Olga", Surname = "Removed", Gender = 2,
        });
        Add(new MockTeamMember
        {
            Id = 106, CompanyId = 1001, Name = "Sam Newcomer", Specialization = "Assistant", PositionId = null, Weight = 0,
            IsAvailableAsAssistant = true, IsPaidStaff = false, HasSchedule = false, V1IdAsString = true, FirstName = "Sam", Surname = "Newcomer",
        });
        Add(new MockTeamMember
        {
            Id = 111, CompanyId = 1002, Name = "Dr. Nina Clark", Specialization = "Physiotherapist", PositionId = 2011, Weight = 10,
            Rating = 5, VotesCount = 3, ScheduleTill = today.AddDays(30), FirstName = "Nina", Surname = "Clark", Gender = 2,
        });
        Add(new MockTeamMember { Id = 121, CompanyId = 1003, Name = "Other Stylist", Specialization = "Stylist", PositionId = 2021 });

        Add(new MockService
        {
            Id = 301, CompanyId = 1001, Title = "Yoga", Capacity = 15, PriceMin = 15, PriceMax = 20,
            StaffLengths = { [101] = 3600, [104] = 3600 }, Resources = { [70] = "Halls" },
        });
        Add(new MockService { Id = 302, CompanyId = 1001, Title = "Pilates", Capacity = 12, PriceMin = 18, PriceMax = 18, StaffLengths = { [102] = 2700 }, Resources = { [70] = "Halls" } });
        Add(new MockService { Id = 303, CompanyId = 1001, Title = "Stretching", Capacity = 6, PriceMin = 12, PriceMax = 12, StaffLengths = { [101] = 3600, [103] = 1800 } });
        Add(new MockService { Id = 311, CompanyId = 1002, Title = "Back school", Capacity = 5, PriceMin = 30, PriceMax = 40, StaffLengths = { [111] = 3600 }, Resources = { [71] = "Rooms" } });

        Add(new MockResourceInstance { Id = 701, CompanyId = 1001, ResourceId = 70, Title = "Hall A" });
        Add(new MockResourceInstance { Id = 702, CompanyId = 1001, ResourceId = 70, Title = "Hall B" });
        Add(new MockResourceInstance { Id = 711, CompanyId = 1002, ResourceId = 71, Title = "Therapy room" });

        Add(new MockClient { Id = 9001, CompanyId = 1001, Name = "Anna Petrova", Phone = "+35799000001", Email = "anna@example.test" });
        Add(new MockClient { Id = 9002, CompanyId = 1001, Name = "Boris Ivanov", Phone = "+35799000002", Email = "boris@example.test" });
        Add(new MockClient { Id = 9003, CompanyId = 1001, Name = "Chloe Georgiou", Phone = "+35799000003" });
        Add(new MockClient { Id = 9011, CompanyId = 1002, Name = "Dmitri Orlov", Phone = "+35799000011" });

        var salon = Table<MockCompany>().Find(1001)!;
        var tomorrow = LocalNow(salon).Date.AddDays(1);
        Add(new MockEvent { Id = 800001, CompanyId = 1001, StaffId = 101, ServiceId = 301, Date = tomorrow.AddHours(9), Length = 3600, Capacity = 10, ResourceInstanceIds = { 701 }, LabelIds = { 3004, 3005 }, Instructions = "Bring a mat", Comment = "Morning flow" });
        Add(new MockEvent { Id = 800002, CompanyId = 1001, StaffId = 102, ServiceId = 302, Date = tomorrow.AddHours(11), Length = 2700, TechnicalBreakDuration = 900, Capacity = 8, ResourceInstanceIds = { 702 }, Color = "#ff9800" });
        Add(new MockEvent { Id = 800003, CompanyId = 1001, StaffId = 101, ServiceId = 303, Date = tomorrow.AddHours(14), Length = 3600, Capacity = 6, ResourceInstanceIds = { 701 }, Deleted = true, Comment = "Cancelled" });
        Add(new MockEvent { Id = 800004, CompanyId = 1001, StaffId = 101, ServiceId = 301, Date = tomorrow.AddDays(1).AddHours(9), Length = 3600, Capacity = 2, ResourceInstanceIds = { 701 }, LabelIds = { 3005 } });
        Add(new MockEvent { Id = 800005, CompanyId = 1001, StaffId = 102, ServiceId = 302, Date = tomorrow.AddDays(1).AddHours(18), Length = 3600, Capacity = 12, StreamLink = "https://stream.example.test/pilates" });
        Add(new MockEvent { Id = 800006, CompanyId = 1001, StaffId = 101, ServiceId = 301, Date = tomorrow.AddDays(2).AddHours(9), Length = 5400, Capacity = 15, ResourceInstanceIds = { 702 }, LabelIds = { 3004 } });
        var clinic = Table<MockCompany>().Find(1002)!;
        Add(new MockEvent { Id = 800007, CompanyId = 1002, StaffId = 111, ServiceId = 311, Date = LocalNow(clinic).Date.AddDays(1).AddHours(10), Length = 3600, Capacity = 5, ResourceInstanceIds = { 711 } });

        var created = Time.GetUtcNow().AddDays(-1);
        Add(new MockBooking { Id = 60001, CompanyId = 1001, ActivityId = 800001, ClientId = 9001, StaffId = 101, VisitId = 70001, ClientsCount = 2, CreatedUtc = created, Comment = "With a friend", CostPerUnit = 20m, ManualCost = 40m });
        Add(new MockBooking { Id = 60002, CompanyId = 1001, ActivityId = 800001, ClientId = 9002, StaffId = 101, VisitId = 70002, ClientsCount = 1, CreatedUtc = created, CostPerUnit = 20m, ManualCost = 20m });
        Add(new MockBooking { Id = 60003, CompanyId = 1001, ActivityId = 800004, ClientId = 9003, StaffId = 101, VisitId = 70003, ClientsCount = 2, CreatedUtc = created, CostPerUnit = 20m, ManualCost = 40m });
        var pair = Table<MockBooking>().Find(60001)!;
        pair.LabelIds.Add(3003);
        pair.GoodItems.Add(JsonDocument.Parse("""
            {"id":50001,"good_id":41,"unit_id":1,"storage_id":5,"staff_id":101,"operation_unit_type":1,"number":"","quantity":1,
             "cost_per_unit":4.5,"manual_cost":4.5,"discount_percent":0,"marks":[],"planned_activation_date":null}
            """).RootElement.Clone());
        Add(new MockDuplicationStrategy { Id = 501, CompanyId = 1001, Title = "Mondays and Thursdays", RepeatModeId = 5, Days = { 1, 4 }, Interval = 1 });
        foreach (var e in Table<MockEvent>().Values)
        {
            e.ClientsCount = LiveBookings(e.Id).Sum(b => b.ClientsCount);
        }
    }
}

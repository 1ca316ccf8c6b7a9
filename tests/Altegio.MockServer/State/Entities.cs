namespace Altegio.MockServer.State;

/// <summary>Anything the store keys by a numeric id.</summary>
public abstract class MockEntity
{
    public long Id { get; set; }
}

/// <summary>An entity that belongs to one location.</summary>
public abstract class Located : MockEntity
{
    public long CompanyId { get; set; }
}

/// <summary>A location ("company" on the wire).</summary>
public sealed class MockCompany : MockEntity
{
    public string Title { get; set; } = string.Empty;
    public string PublicTitle { get; set; } = string.Empty;
    public string City { get; set; } = "Limassol";
    public string Address { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;

    /// <summary>Fixed offset (no DST) so tests can predict local times.</summary>
    public TimeSpan UtcOffset { get; set; }

    public string TimezoneName { get; set; } = "Etc/UTC";
    public long ChainId { get; set; } = 11;
}

/// <summary>A business user who can log in and hold a user token.</summary>
public sealed class MockUser : MockEntity
{
    public string Login { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public string UserToken { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Phone { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;

    /// <summary>Locations this user may act on; others that exist answer 403.</summary>
    public HashSet<long> CompanyIds { get; set; } = new();
}

/// <summary>A V2 tag (category). Entity codes: 0 common, 1 client, 2 record, 3 activity.</summary>
public sealed class MockTag : Located
{
    public string Title { get; set; } = string.Empty;
    public string Color { get; set; } = "#cccccc";
    public string FontColor { get; set; } = "#ffffff";
    public string? Icon { get; set; }
    public int Entity { get; set; }
    public bool IsDeleted { get; set; }
    public bool IsEditable { get; set; } = true;
}

/// <summary>A chain-level position; <see cref="SalonIds"/> says which locations list it.</summary>
public sealed class MockPosition : MockEntity
{
    public long ChainId { get; set; } = 11;
    public string Title { get; set; } = string.Empty;
    public string? Description { get; set; }

    /// <summary>0 disabled, 1 soft, 2 strict.</summary>
    public int ServicesBindingType { get; set; }

    public List<string> RulesRequiredFields { get; set; } = new();
    public List<long> SalonIds { get; set; } = new();
}

public sealed class MockTeamMember : Located
{
    public string Name { get; set; } = string.Empty;
    public string Specialization { get; set; } = string.Empty;
    public long? PositionId { get; set; }
    public int Weight { get; set; }
    public string Information { get; set; } = string.Empty;
    public string? ApiId { get; set; }
    public bool Hidden { get; set; }
    public bool Fired { get; set; }

    /// <summary>V1 <c>status</c> 1.</summary>
    public bool Deleted { get; set; }

    public long? UserId { get; set; }
    public bool HasAccessTimetable { get; set; }
    public bool IsPaidStaff { get; set; } = true;
    public double Rating { get; set; }
    public int VotesCount { get; set; }
    public int CommentsCount { get; set; }
    public string Avatar { get; set; } = "https://assets.alteg.io/masters/sm/default.png";
    public string AvatarBig { get; set; } = "https://assets.alteg.io/masters/origin/default.png";
    public DateTime? ScheduleTill { get; set; }
    public bool IsAvailableAsAssistant { get; set; }
    public bool HasSchedule { get; set; } = true;

    /// <summary>Emit <c>"id"</c> as a string in V1 objects (a documented V1 inconsistency).</summary>
    public bool V1IdAsString { get; set; }

    // Employment profile (V2 include=employee).
    public string Phone { get; set; } = string.Empty;
    public string FirstName { get; set; } = string.Empty;
    public string Surname { get; set; } = string.Empty;
    public DateTime? DateAdmission { get; set; }
    public int Gender { get; set; }
    public string Citizenship { get; set; } = string.Empty;
}

/// <summary>A service that events run.</summary>
public sealed class MockService : Located
{
    public string Title { get; set; } = string.Empty;

    public int Capacity { get; set; } = 10;
    public decimal PriceMin { get; set; }
    public decimal PriceMax { get; set; }

    /// <summary>Team members who run it, each with the session length in seconds.</summary>
    public Dictionary<long, int> StaffLengths { get; set; } = new();

    /// <summary>Resources (not instances) the service needs: id → title.</summary>
    public Dictionary<long, string> Resources { get; set; } = new();
}

/// <summary>An instance of a resource (a hall, a device).</summary>
public sealed class MockResourceInstance : Located
{
    public long ResourceId { get; set; }
    public string Title { get; set; } = string.Empty;
}

/// <summary>A group event ("activity").</summary>
public sealed class MockEvent : Located
{
    public long StaffId { get; set; }
    public long ServiceId { get; set; }
    public List<long> ResourceInstanceIds { get; set; } = new();
    public List<long> LabelIds { get; set; } = new();

    /// <summary>Start in the location's local time (Kind Unspecified).</summary>
    public DateTime Date { get; set; }

    /// <summary>Seconds, technical break included.</summary>
    public int Length { get; set; } = 3600;

    public int TechnicalBreakDuration { get; set; }
    public int Capacity { get; set; } = 1;

    /// <summary>Seats booked by non-cancelled bookings; kept in step by the booking endpoints.</summary>
    public int ClientsCount { get; set; }

    public string Color { get; set; } = MockState.DefaultEventColor;
    public string FontColor { get; set; } = "#ffffff";
    public string? Instructions { get; set; }
    public string StreamLink { get; set; } = string.Empty;
    public string? Comment { get; set; }
    public long? ScheduleId { get; set; }
    public bool ScheduleEventModified { get; set; }
    public bool Deleted { get; set; }
}

public sealed class MockClient : Located
{
    public string Name { get; set; } = string.Empty;
    public string? Surname { get; set; }
    public string Phone { get; set; } = string.Empty;
    public string? Email { get; set; }
}

/// <summary>A booking of a client into an event (wire type <c>record</c>).</summary>
public sealed class MockBooking : Located
{
    public long ActivityId { get; set; }
    public long ClientId { get; set; }
    public long StaffId { get; set; }
    public long VisitId { get; set; }
    public int ClientsCount { get; set; } = 1;
    public string AttendanceStatusSlug { get; set; } = "waiting";
    public string? Comment { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public bool IsPaid { get; set; }

    /// <summary>Cancelled (its event was deleted, or the appointment was deleted).</summary>
    public bool Deleted { get; set; }

    // The service line (attendance_service_item), tags, colour and product lines the booking PUT rewrites.
    public decimal CostPerUnit { get; set; }
    public decimal DiscountPercent { get; set; }
    public decimal ManualCost { get; set; }
    public bool IsTrial { get; set; }
    public List<long> LabelIds { get; set; } = new();

    /// <summary>Hex without '#', or empty.</summary>
    public string Color { get; set; } = string.Empty;

    /// <summary>Product lines (attendance_good_items), each the JSON object as last written (its <c>id</c> included).</summary>
    public List<JsonElement> GoodItems { get; set; } = new();
}

/// <summary>A saved repeat pattern for copying events (wire type <c>activity_duplication_strategy</c>).</summary>
public sealed class MockDuplicationStrategy : Located
{
    public string Title { get; set; } = string.Empty;

    /// <summary>1 daily, 2 weekdays, 3 Mon-Wed-Fri, 4 Tue-Thu, 5 weekly (uses days), 6 monthly, 7 yearly.</summary>
    public int RepeatModeId { get; set; }

    /// <summary>0 = Sunday … 6 = Saturday.</summary>
    public List<long> Days { get; set; } = new();
    public int Interval { get; set; }

    /// <summary>1 = the event only, 2 = with its bookings.</summary>
    public int ContentType { get; set; } = 1;
}

/// <summary>A recurring event series (the API's timetable event schedule); deleting one keeps it, with <see cref="DeletedAt"/>.</summary>
public sealed class MockSeries : Located
{
    public long TemplateEventId { get; set; }
    public DateTime DateStart { get; set; }
    public DateTime DateEnd { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public bool AddClients { get; set; }

    /// <summary>Occurrences queued but not yet made into events (see <see cref="MockSettings.SeriesGenerationLags"/>).</summary>
    public bool Pending { get; set; }
}

/// <summary>One weekday of a series.</summary>
public sealed class MockSeriesDay : MockEntity
{
    public long SeriesId { get; set; }
    public DayOfWeek DayOfWeek { get; set; }
    public TimeSpan Time { get; set; }
    public int Duration { get; set; }
    public int Capacity { get; set; }
    public long MasterId { get; set; }
    public List<long> LabelIds { get; set; } = new();
    public List<long> ResourceInstanceIds { get; set; } = new();
}

/// <summary>One date of a series weekday; <see cref="EventId"/> is null while its event is queued.</summary>
public sealed class MockOccurrence : MockEntity
{
    public long DayId { get; set; }
    public DateTime Date { get; set; }
    public string Status { get; set; } = "stable";
    public long? EventId { get; set; }
}

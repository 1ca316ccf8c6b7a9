using System;
using System.Collections.Generic;

namespace Altegio.MockServer.State;

/// <summary>
/// Work schedules and event series. Not thread-safe on its own: handlers hold <see cref="MockState.SyncRoot"/>.
/// A member with <see cref="MockTeamMember.HasSchedule"/> works Monday to Friday 09:00-13:00 and 14:00-18:00
/// unless a day was set or cleared; other members have no working days until set.
/// </summary>
public sealed class MockSchedules
{
    public static readonly IReadOnlyList<(TimeSpan From, TimeSpan To)> DefaultWeekday = new[]
    {
        (TimeSpan.FromHours(9), TimeSpan.FromHours(13)),
        (TimeSpan.FromHours(14), TimeSpan.FromHours(18)),
    };

    private readonly Dictionary<(long Member, DateTime Date), List<(TimeSpan From, TimeSpan To)>> _days = new();

    public EntityStore<MockSeries> Series { get; } = new(5001);

    internal long NextDayId { get; set; } = 6001;

    internal long NextOccurrenceId { get; set; } = 700001;

    /// <summary>
    /// True: a new series answers with its occurrences queued (<c>event_created</c>, no event yet) and makes
    /// the events at the next read of the series, as the API's background generation may lag.
    /// </summary>
    public bool SeriesGenerationLags { get; set; }

    /// <summary>The slots of a member's day; empty on a day off.</summary>
    public IReadOnlyList<(TimeSpan From, TimeSpan To)> Day(MockTeamMember member, DateTime date)
    {
        if (_days.TryGetValue((member.Id, date.Date), out var set))
        {
            return set;
        }

        return member.HasSchedule && !member.Fired && !member.Deleted && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            ? DefaultWeekday
            : Array.Empty<(TimeSpan, TimeSpan)>();
    }

    public void Set(long member, DateTime date, List<(TimeSpan From, TimeSpan To)> slots) => _days[(member, date.Date)] = slots;

    public void Clear()
    {
        _days.Clear();
        Series.Clear();
        NextDayId = 6001;
        NextOccurrenceId = 700001;
        SeriesGenerationLags = false;
    }
}

/// <summary>A recurring event series (the API's timetable event schedule).</summary>
public sealed class MockSeries : IMockEntity
{
    public long Id { get; set; }
    public long CompanyId { get; set; }
    public long TemplateEventId { get; set; }
    public DateTime DateStart { get; set; }
    public DateTime DateEnd { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public bool AddClients { get; set; }
    public List<MockSeriesDay> Days { get; } = new();

    /// <summary>Occurrences queued but not yet made into events (see <see cref="MockSchedules.SeriesGenerationLags"/>).</summary>
    public bool Pending { get; set; }
}

/// <summary>One weekday of a series.</summary>
public sealed class MockSeriesDay
{
    public long Id { get; set; }
    public DayOfWeek DayOfWeek { get; set; }
    public TimeSpan Time { get; set; }
    public int Duration { get; set; }
    public int Capacity { get; set; }
    public long MasterId { get; set; }
    public List<long> LabelIds { get; set; } = new();
    public List<long> ResourceInstanceIds { get; set; } = new();
    public List<MockOccurrence> Occurrences { get; } = new();
}

/// <summary>One date of a series weekday.</summary>
public sealed class MockOccurrence
{
    public long Id { get; set; }
    public DateTime Date { get; set; }
    public string Status { get; set; } = "stable";
    public long? EventId { get; set; }
}

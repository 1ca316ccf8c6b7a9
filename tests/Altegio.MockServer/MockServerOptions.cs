namespace Altegio.MockServer;

/// <summary>Start-up settings; <see cref="MockAltegioServer.Reset"/> returns to these.</summary>
public sealed class MockServerOptions
{
    public const string DemoPartnerToken = "demo-partner-token";
    public const string DemoUserToken = "demo-user-token";
    public const string DemoLogin = "demo@altegio.test";
    public const string DemoPassword = "demo-password";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; set; }

    public IList<string> PartnerTokens { get; set; } = new List<string> { DemoPartnerToken };

    /// <summary>Users seeded on every reset (cloned, so the originals stay untouched).</summary>
    public IList<MockUser> Users { get; set; } = new List<MockUser>
    {
        new()
        {
            Id = 501, Login = DemoLogin, Email = DemoLogin, Password = DemoPassword, UserToken = DemoUserToken,
            Name = "Demo Admin", Phone = "+35799999501", CompanyIds = new HashSet<long> { 1001, 1002 },
        },
        new()
        {
            Id = 502, Login = "limited@altegio.test", Email = "limited@altegio.test", Password = "limited-password",
            UserToken = "limited-user-token", Name = "Limited Manager", Phone = "+35799999502", CompanyIds = new HashSet<long> { 1002 },
        },
    };

    /// <summary>Load the demo companies, tags, positions, team members, events and bookings.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Extra seeding run after the demo data on every reset.</summary>
    public Action<MockState>? Seed { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public int RatePerSecond { get; set; }

    public int RatePerMinute { get; set; }

    public RetryAfterMode RetryAfter { get; set; } = RetryAfterMode.Seconds;

    /// <summary>Oldest entries are dropped beyond this many recorded requests.</summary>
    public int RequestLogCapacity { get; set; } = 100_000;
}

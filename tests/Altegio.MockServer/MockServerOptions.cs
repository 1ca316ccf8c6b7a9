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

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    public int RatePerSecond { get; set; }

    public int RatePerMinute { get; set; }

    public RetryAfterMode RetryAfter { get; set; } = RetryAfterMode.Seconds;
}

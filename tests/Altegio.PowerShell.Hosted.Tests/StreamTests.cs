using System.Linq;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>-Verbose and -Debug show the exchange, never a secret.</summary>
public sealed class StreamTests : HostedTest
{
    public StreamTests(MockFixture fixture) : base(fixture) { }

    [Fact]
    public void VerboseWritesOneLinePerAttempt()
    {
        var result = Shell.Run("Get-AltegioTag -Verbose | Out-Null");

        Assert.Empty(result.Errors);
        Assert.Contains(result.Verbose, line => line.StartsWith("GET /v2/locations/1001/tags -> 200", System.StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutVerboseNothingIsWrittenToTheVerboseStream()
    {
        var result = Shell.Run("Get-AltegioTag | Out-Null");

        Assert.Empty(result.Verbose);
        Assert.Empty(result.Debug);
    }

    [Fact]
    public void DebugShowsTheRequestAndResponseWithTokensMasked()
    {
        var result = Shell.Run("Get-AltegioTag -Debug | Out-Null");

        Assert.Empty(result.Errors);
        var debug = string.Join("\n", result.Debug);
        Assert.Contains("GET", debug);
        Assert.Contains("\"title\"", debug);
        Assert.Contains("***", debug);
        Assert.DoesNotContain("demo-partner-token", result.AllText() + string.Join("\n", Shell.Host.Lines));
        Assert.DoesNotContain("demo-user-token", result.AllText() + string.Join("\n", Shell.Host.Lines));
    }

    [Fact]
    public void DebugWithARetryNeverStopsToAsk()
    {
        Mock.AddFault(new { kind = "status", method = "GET", path = "/api/v2/locations/1001/tags", status = 503, retryAfter = "0", times = 1 });

        var result = Shell.Run("Get-AltegioTag -Debug | Measure-Object | ForEach-Object Count");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Empty(Shell.Host.Prompts);
        Assert.True((int)Assert.Single(result.Output).BaseObject > 0);
        Assert.Contains(result.Warnings, warning => warning.Contains("503"));
    }
}

using System.Linq;
using System.Management.Automation;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>Errors are real ErrorRecords: a stable id and category, and they obey -ErrorAction.</summary>
public sealed class ErrorRecordTests : HostedTest
{
    private const string MissingTag = "Get-AltegioTag -Id 99999999";

    public ErrorRecordTests(MockFixture fixture) : base(fixture) { }

    [Fact]
    public void NotFoundIsNonTerminatingWithItsIdAndCategory()
    {
        var result = Shell.Run(MissingTag + "; 'went on'");

        Assert.Null(result.Terminating);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioTagCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("Altegio.Errors.AltegioApiException", error.Exception.GetType().FullName);
        Assert.Equal("went on", Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void ErrorActionStopMakesItTerminatingAndCatchable()
    {
        var result = Shell.Run(
            "try { " + MissingTag + " -ErrorAction Stop; 'not reached' } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }");

        Assert.Empty(result.Errors);
        Assert.Equal(
            new[] { "Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioTagCommand", "Altegio.Errors.AltegioApiException" },
            result.Output.Select(o => o.BaseObject.ToString()));
    }

    [Fact]
    public void SilentlyContinueHidesItButKeepsItInErrorVariable()
    {
        var result = Shell.Run(MissingTag + " -ErrorAction SilentlyContinue -ErrorVariable seen; $seen.Count; $seen[0].FullyQualifiedErrorId");

        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { 1, "Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioTagCommand" }, result.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void ErrorActionPreferenceStopIsObeyed()
    {
        var result = Shell.Run("$ErrorActionPreference = 'Stop'; " + MissingTag + "; 'not reached'");

        Assert.NotNull(result.Terminating);
        Assert.Empty(result.Output);
        var record = Assert.IsAssignableFrom<IContainsErrorRecord>(result.Terminating).ErrorRecord;
        Assert.Equal("Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioTagCommand", record.FullyQualifiedErrorId);
    }

    [Fact]
    public void NoSessionIsTerminatingAuthenticationError()
    {
        // try/catch catches a terminating error without -ErrorAction Stop; a non-terminating one it never sees.
        var result = Shell.Run("Disconnect-Altegio; try { Get-AltegioTag; 'not reached' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString() }");

        Assert.Empty(result.Errors);
        Assert.Equal(
            new[] { "Altegio.NotConnected,Altegio.PowerShell.Commands.GetAltegioTagCommand", "AuthenticationError" },
            result.Output.Select(o => o.BaseObject.ToString()));
    }

    [Fact]
    public void ANonTerminatingErrorIsNotCaughtWithoutErrorActionStop()
    {
        var result = Shell.Run("try { " + MissingTag + "; 'went on' } catch { 'caught' }");

        Assert.Single(result.Errors);
        Assert.Equal("went on", Assert.Single(result.Output).BaseObject);
    }

    [Fact]
    public void AValueRefusedBeforeSendingIsInvalidArgumentAndSendsNothing()
    {
        var result = Shell.Run("New-AltegioTag -Title 'Bad' -Color 'red'");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Altegio.InvalidParameter,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal(0, Mock.CountRequests("POST"));
    }

    [Fact]
    public void OneBadItemInAPipelineDoesNotStopTheOthers()
    {
        var result = Shell.Run("99999999, 3001, 3002 | Get-AltegioTag | ForEach-Object Id");

        Assert.Null(result.Terminating);
        Assert.Single(result.Errors);
        Assert.Equal(new object[] { 3001L, 3002L }, result.Output.Select(o => o.BaseObject));
    }
}

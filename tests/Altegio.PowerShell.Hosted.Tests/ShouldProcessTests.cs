using System.Linq;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>-WhatIf and -Confirm as a console user meets them, through a host that records and answers prompts.</summary>
public sealed class ShouldProcessTests : HostedTest
{
    public ShouldProcessTests(MockFixture fixture) : base(fixture) { }

    [Fact]
    public void WhatIfDescribesTheChangeAndSendsNoWrite()
    {
        var result = Shell.Run("Remove-AltegioTag -Id 3001 -WhatIf; New-AltegioTag -Title 'X' -Color '#000000' -WhatIf");

        Assert.Empty(result.Errors);
        Assert.Empty(result.Output);
        Assert.Contains(Shell.Host.Lines, line => line.StartsWith("What if:", System.StringComparison.Ordinal) && line.Contains("3001"));
        Assert.Equal(2, Shell.Host.Lines.Count(line => line.StartsWith("What if:", System.StringComparison.Ordinal)));
        Assert.Equal(0, Mock.CountRequests("DELETE") + Mock.CountRequests("POST"));
    }

    [Fact]
    public void RemoveAsksFirstAndNoMeansNoRequest()
    {
        Shell.Host.Answers.Enqueue("No");

        var result = Shell.Run("Remove-AltegioTag -Id 3001");

        Assert.Empty(result.Errors);
        Assert.Single(Shell.Host.Prompts);
        Assert.Equal(0, Mock.CountRequests("DELETE"));
    }

    [Fact]
    public void RemoveAsksFirstAndYesSendsTheDelete()
    {
        Shell.Host.Answers.Enqueue("Yes");

        var result = Shell.Run("Remove-AltegioTag -Id 3001");

        Assert.Empty(result.Errors);
        Assert.Contains("3001", Assert.Single(Shell.Host.Prompts));
        Assert.Equal(1, Mock.CountRequests("DELETE", "/api/v2/locations/1001/tags/3001"));
    }

    [Fact]
    public void ConfirmFalseNeverPrompts()
    {
        var result = Shell.Run("Remove-AltegioTag -Id 3001 -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Empty(Shell.Host.Prompts);
        Assert.Equal(1, Mock.CountRequests("DELETE"));
    }

    [Fact]
    public void ConfirmOnAMediumImpactCommandPrompts()
    {
        Shell.Host.Answers.Enqueue("No");

        var result = Shell.Run("New-AltegioTag -Title 'Asked' -Color '#000000' -Confirm");

        Assert.Empty(result.Errors);
        Assert.Single(Shell.Host.Prompts);
        Assert.Equal(0, Mock.CountRequests("POST"));
    }
}

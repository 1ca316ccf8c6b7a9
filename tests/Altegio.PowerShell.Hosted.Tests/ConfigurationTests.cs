using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>The configuration cmdlets as a console user meets them: progress across locations and the -WhatIf plan.</summary>
public sealed class ConfigurationTests : HostedTest
{
    public ConfigurationTests(MockFixture fixture) : base(fixture) { }

    private static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), "altegio-config-" + Guid.NewGuid().ToString("N") + extension);

    [Fact]
    public void ProgressCountsTheLocationsAndCompletes()
    {
        var path = TempFile(".psd1");
        Shell.MustSucceed("Export-AltegioConfiguration -Path $args[0]", path);

        var result = Shell.Run("1001, 1002 | ForEach-Object { [pscustomobject]@{ CompanyId = $_ } } | Compare-AltegioConfiguration -Path $args[0] | Out-Null", path);
        File.Delete(path);

        Assert.Empty(result.Errors);
        var statuses = Shell.Host.Progress.Where(p => p.RecordType == ProgressRecordType.Processing).Select(p => p.StatusDescription).ToArray();
        Assert.Equal(new[] { "Location 1001 (1 of 2)", "Location 1002 (2 of 2)" }, statuses);
        Assert.Equal(ProgressRecordType.Completed, Shell.Host.Progress.Last().RecordType);
    }

    [Fact]
    public void WhatIfPrintsOneLinePerChangeAndSendsNoWrite()
    {
        var path = TempFile(".json");
        File.WriteAllText(path, "{ \"Tags\": [ { \"Title\": \"VIP\", \"Entity\": \"Client\", \"Color\": \"#00ff00\" }, { \"Title\": \"Walk-in\", \"Color\": \"#123456\" } ] }");

        var result = Shell.Run("Sync-AltegioConfiguration -Path $args[0] -WhatIf", path);
        File.Delete(path);

        Assert.Empty(result.Errors);
        var plan = Shell.Host.Lines.Where(line => line.StartsWith("What if:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, plan.Length);
        Assert.Contains(plan, line => line.Contains("\"Update\"") && line.Contains("Location 1001: tag 'VIP' (Client) (Color: '#ff2828' -> '#00ff00')"));
        Assert.Contains(plan, line => line.Contains("\"Create\"") && line.Contains("'Walk-in' (Common)"));
        Assert.Equal(0, Mock.CountRequests("POST") + Mock.CountRequests("PUT") + Mock.CountRequests("DELETE"));
    }
}

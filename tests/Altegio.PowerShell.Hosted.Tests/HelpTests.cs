using System.Linq;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>Get-Help as users call it, on the laid-out module's compiled help.</summary>
public sealed class HelpTests : HostedTest
{
    public HelpTests(MockFixture fixture) : base(fixture) { }

    [Fact]
    public void EveryExportedCmdletHasASynopsisExamplesAndDocumentedParameters()
    {
        var commands = Shell.MustSucceed("(Get-Module Altegio).ExportedCmdlets.Keys").Select(o => o.ToString()!).ToList();
        Assert.NotEmpty(commands);

        foreach (var command in commands)
        {
            var facts = Shell.MustSucceed(
                "$h = Get-Help $args[0] -Full; " +
                "$h.Synopsis.Trim(); @($h.examples.example).Count; " +
                "$documented = @($h.parameters.parameter | ForEach-Object name); " +
                "$common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters; " +
                "@((Get-Command $args[0]).Parameters.Keys | Where-Object { $_ -notin $common -and $_ -notin $documented }) -join ','",
                command);

            var synopsis = facts[0].ToString()!;
            Assert.False(string.IsNullOrWhiteSpace(synopsis), command + " has no synopsis");
            Assert.DoesNotContain(command, synopsis.Split(' ').Take(1)); // not the auto-generated "Get-X [-Id]..." syntax line
            Assert.True((int)facts[1].BaseObject >= 2, command + " has fewer than two examples");
            Assert.True(string.IsNullOrEmpty(facts[2].ToString()), command + " leaves parameters undocumented: " + facts[2]);
        }
    }

    [Fact]
    public void TheAboutTopicIsFound()
    {
        var text = string.Join("\n", Shell.MustSucceed("Get-Help about_Altegio | Out-String").Select(o => o.ToString()));

        Assert.Contains("Connect-Altegio", text);
        Assert.Contains("Altegio.NotFound", text);
    }
}

using System.IO;
using System.Linq;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>Binding by property name from the module's own objects and from Import-Csv rows.</summary>
public sealed class PipelineBindingTests : HostedTest
{
    public PipelineBindingTests(MockFixture fixture) : base(fixture) { }

    [Fact]
    public void AGotTagPipesIntoRemove()
    {
        var result = Shell.Run("Get-AltegioTag -Title 'VIP' | Remove-AltegioTag -Confirm:$false");

        Assert.Empty(result.Errors);
        Assert.Equal(1, Mock.CountRequests("DELETE"));
        Assert.Equal(1, Mock.CountRequests("DELETE", "/api/v2/locations/1001/tags/3001"));
    }

    [Fact]
    public void ALocationPipesItsCompanyIdIntoAList()
    {
        var result = Shell.Run("Get-AltegioLocation -CompanyId 1002 | Get-AltegioTag");

        Assert.Empty(result.Errors);
        Assert.Equal(1, Mock.CountRequests("GET", "/api/v2/locations/1002/tags"));
        Assert.Equal(0, Mock.CountRequests("GET", "/api/v2/locations/1001/tags"));
    }

    [Fact]
    public void CsvRowsCreateOneTagEach()
    {
        var csv = WriteCsv("Title,Color,Entity,Icon", "Gold,#ffd700,Client,star", "Silver,#c0c0c0,Record,");

        var output = Shell.MustSucceed("Import-Csv $args[0] | New-AltegioTag | ForEach-Object Title", csv);

        Assert.Equal(new object[] { "Gold", "Silver" }, output.Select(o => o.BaseObject));
        var bodies = Mock.Requests().Where(r => r.GetProperty("method").GetString() == "POST").Select(r => r.GetProperty("body").GetString()).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Contains("\"entity\":1", bodies[0]);
        Assert.Contains("\"entity\":2", bodies[1]);
    }

    [Fact]
    public void CsvRowsWithIdAndCompanyIdGetByIdInTheirLocation()
    {
        var csv = WriteCsv("Id,CompanyId", "3001,1001", "3002,1001");

        var output = Shell.MustSucceed("Import-Csv $args[0] | Get-AltegioTag | ForEach-Object Title", csv);

        Assert.Equal(new object[] { "VIP", "New client" }, output.Select(o => o.BaseObject));
        Assert.Equal(1, Mock.CountRequests("GET", "/api/v2/locations/1001/tags/3001"));
        Assert.Equal(1, Mock.CountRequests("GET", "/api/v2/locations/1001/tags/3002"));
    }

    [Fact]
    public void CsvRowsAddTeamMembers()
    {
        var csv = WriteCsv("Name,Specialization,PositionId", "Ana Ruiz,Stylist,", "Bo Lind,Colorist,");

        var output = Shell.MustSucceed("Import-Csv $args[0] | New-AltegioTeamMember | ForEach-Object Name", csv);

        Assert.Equal(new object[] { "Ana Ruiz", "Bo Lind" }, output.Select(o => o.BaseObject));
        Assert.Equal(2, Mock.CountRequests("POST", "/api/v1/company/1001/staff/quick"));
    }

    [Fact]
    public void ATeamMemberPipesIntoAGetByIdOfTheSameResource()
    {
        var result = Shell.Run("Get-AltegioTeamMember | Select-Object -First 1 | Get-AltegioTeamMember | ForEach-Object { $_.GetType().FullName }");

        Assert.Empty(result.Errors);
        Assert.Equal("Altegio.Models.TeamMember", Assert.Single(result.Output).BaseObject);
        Assert.Equal(1, Mock.Requests().Count(r => (r.GetProperty("path").GetString() ?? string.Empty).StartsWith("/api/v1/staff/1001/", System.StringComparison.Ordinal)));
    }

    private static string WriteCsv(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), "altegio-hosted-" + Path.GetRandomFileName() + ".csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}

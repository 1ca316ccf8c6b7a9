using System.Linq;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>Team-member cmdlets bound from piped members and CSV rows, judged by what goes over the wire.</summary>
public sealed class TeamMemberBindingTests : HostedTest
{
    public TeamMemberBindingTests(MockFixture fixture) : base(fixture) { }

    [Fact]
    public void APipedMembersFlagsNeverBecomeChanges()
    {
        // A dismissed, hidden member piped into a rename must stay as it is: switches bind only when typed.
        var first = Shell.MustSucceed("Get-AltegioTeamMember | Select-Object -First 1 | ForEach-Object Id").Single().BaseObject;

        var result = Shell.Run("Get-AltegioTeamMember -Id $args[0] | Set-AltegioTeamMember -Name 'Renamed' -Confirm:$false", first);

        Assert.Empty(result.Errors);
        var put = Assert.Single(Mock.Requests(), r => r.GetProperty("method").GetString() == "PUT");
        var body = put.GetProperty("body").GetString()!;
        Assert.Contains("\"name\":\"Renamed\"", body);
        Assert.DoesNotContain("\"fired\"", body);
        Assert.DoesNotContain("\"hidden\"", body);
    }

    [Fact]
    public void IdsBindByValueForRemove()
    {
        var id = Shell.MustSucceed("Get-AltegioTeamMember | Select-Object -First 1 | ForEach-Object Id").Single().BaseObject;

        var result = Shell.Run("$args[0] | Remove-AltegioTeamMember -Confirm:$false", id);

        Assert.Empty(result.Errors);
        Assert.Equal(1, Mock.CountRequests("DELETE", $"/api/v1/staff/1001/{id}"));
    }

    [Fact]
    public void ACsvRowsBlankPositionAndYesFlagsReachTheBodyAsNullAndTrue()
    {
        var csv = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "altegio-staff-" + System.IO.Path.GetRandomFileName() + ".csv");
        System.IO.File.WriteAllLines(csv, new[] { "Name,Specialization,PositionId,Paid", "Cy Moss,Barber,,yes" });

        var result = Shell.Run("Import-Csv $args[0] | New-AltegioTeamMember", csv);

        Assert.Empty(result.Errors);
        var body = Mock.Requests().Single(r => r.GetProperty("method").GetString() == "POST").GetProperty("body").GetString()!;
        Assert.Contains("\"position_id\":null", body);
        Assert.Contains("\"is_paid_staff\":true", body);
    }
}

using System.Linq;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>What reaches the pipeline is the module's own types, never hashtables or PSCustomObjects.</summary>
public sealed class TypedOutputTests : HostedTest
{
    public TypedOutputTests(MockFixture fixture) : base(fixture) { }

    [Theory]
    [InlineData("Get-AltegioTag", "Altegio.Models.Tag")]
    [InlineData("Get-AltegioPosition", "Altegio.Models.Position")]
    [InlineData("Get-AltegioTeamMember", "Altegio.Models.TeamMember")]
    [InlineData("Get-AltegioLocation", "Altegio.Models.Location")]
    [InlineData("Get-AltegioEvent -To (Get-Date).AddDays(14)", "Altegio.Models.Event")]
    public void ListsWriteTheModelType(string command, string typeName)
    {
        var output = Shell.MustSucceed(command);

        Assert.NotEmpty(output);
        Assert.All(output, item => Assert.Equal(typeName, item.BaseObject.GetType().FullName));
    }

    [Fact]
    public void NewTagWritesTheCreatedTagWithItsServerId()
    {
        var tag = Assert.Single(Shell.MustSucceed("New-AltegioTag -Title 'Hosted' -Color '#123456' -Entity Client"));

        Assert.Equal("Altegio.Models.Tag", tag.BaseObject.GetType().FullName);
        Assert.Equal("Hosted", tag.Properties["Title"].Value);
        Assert.True((long)tag.Properties["Id"].Value > 0);
        Assert.Equal(1, Mock.CountRequests("POST", "/api/v2/locations/1001/tags"));
    }

    [Fact]
    public void TheDefaultViewIsTheModulesTableNotAPropertyList()
    {
        var text = string.Join("\n", Shell.MustSucceed("Get-AltegioTag | Out-String -Width 200").Select(o => o.ToString()));

        // The format file's table shows the entity and the title as columns, one line per tag.
        Assert.Contains("Entity", text);
        Assert.Contains("VIP", text);
        Assert.DoesNotContain("IsDeleted   :", text);
    }
}

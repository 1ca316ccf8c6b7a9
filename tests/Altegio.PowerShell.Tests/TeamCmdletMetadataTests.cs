using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Xunit;
using static Altegio.PowerShell.Tests.CmdletMetadata;

namespace Altegio.PowerShell.Tests
{
    /// <summary>The declared shape of the position and team-member cmdlets: sets, pipeline binding, aliases, switches.</summary>
    public class TeamCmdletMetadataTests
    {
        public static IEnumerable<object[]> TeamCmdlets() => new[]
        {
            "Get-AltegioPosition", "New-AltegioPosition", "Set-AltegioPosition", "Remove-AltegioPosition",
            "Get-AltegioTeamMember", "New-AltegioTeamMember", "Set-AltegioTeamMember", "Remove-AltegioTeamMember",
        }.Select(n => new object[] { n });

        private static Type Cmdlet(string name) => CmdletTypes.Single(t => Name(t) == name);

        private static PropertyInfo Parameter(string cmdlet, string name) => Parameters(Cmdlet(cmdlet)).Single(p => p.Name == name);

        private static CustomAttributeData Declaration(string cmdlet, string name) => ParameterAttributes(Parameter(cmdlet, name)).Single();

        private static bool Flag(CustomAttributeData attribute, string name) => (bool?)Named(attribute, name) == true;

        private static string? SetOf(CustomAttributeData attribute) => (string?)Named(attribute, nameof(ParameterAttribute.ParameterSetName));

        private static IEnumerable<string> Aliases(PropertyInfo property) => property.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(AliasAttribute))
            .SelectMany(a => ((IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (string)v.Value!));

        private static bool Has<TAttribute>(PropertyInfo property) => property.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TAttribute));

        [Theory]
        [MemberData(nameof(TeamCmdlets))]
        public void IsExportedAndWorksInALocation(string name)
        {
            var type = Cmdlet(name);
            Assert.True(typeof(AltegioLocationCmdlet).IsAssignableFrom(type), name + " must take -CompanyId and -Session");
            Assert.Contains("'" + name + "'", RepoFiles.Read("Altegio.psd1"), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Get-AltegioPosition", typeof(Position))]
        [InlineData("New-AltegioPosition", typeof(Position))]
        [InlineData("Set-AltegioPosition", typeof(Position))]
        [InlineData("Get-AltegioTeamMember", typeof(TeamMember))]
        [InlineData("New-AltegioTeamMember", typeof(TeamMember))]
        [InlineData("Set-AltegioTeamMember", typeof(TeamMember))]
        public void WritesTheTypedModel(string name, Type model)
        {
            var outputType = Cmdlet(name).GetCustomAttributesData().Single(a => a.AttributeType == typeof(OutputTypeAttribute));
            var types = ((IEnumerable<CustomAttributeTypedArgument>)outputType.ConstructorArguments[0].Value!).Select(v => (Type)v.Value!);
            Assert.Equal(new[] { model }, types);
        }

        [Theory]
        [InlineData("Get-AltegioPosition")]
        [InlineData("Get-AltegioTeamMember")]
        public void TheDefaultSetTakesAnOptionalIdSoPipedObjectsAreGotById(string name)
        {
            var type = Cmdlet(name);
            Assert.Equal("ById", Named(CmdletAttribute(type), "DefaultParameterSetName"));
            var id = Declaration(name, "Id");
            Assert.Equal("ById", SetOf(id));
            Assert.False(Flag(id, nameof(ParameterAttribute.Mandatory)));
            Assert.True(Flag(id, nameof(ParameterAttribute.ValueFromPipeline)));
            Assert.True(Flag(id, nameof(ParameterAttribute.ValueFromPipelineByPropertyName)));
            Assert.Equal(typeof(long[]), Parameter(name, "Id").PropertyType);

            // Every other parameter of its own belongs to the list set, so nothing but Id and CompanyId binds piped objects in the default set.
            foreach (var parameter in Parameters(type).Where(p => p.DeclaringType == type && p.Name != "Id"))
            {
                Assert.Equal("List", SetOf(ParameterAttributes(parameter).Single()));
            }
        }

        [Theory]
        [InlineData("Get-AltegioTeamMember", "Id")]
        [InlineData("Set-AltegioTeamMember", "Id")]
        [InlineData("Remove-AltegioTeamMember", "Id")]
        public void TeamMemberIdsTakeTheStaffAliases(string name, string parameter)
        {
            Assert.Equal(new[] { "TeamMemberId", "StaffId" }, Aliases(Parameter(name, parameter)));
        }

        [Theory]
        [InlineData("Get-AltegioPosition")]
        [InlineData("Set-AltegioPosition")]
        [InlineData("Remove-AltegioPosition")]
        public void PositionIdsTakeThePositionIdAlias(string name)
        {
            Assert.Equal(new[] { "PositionId" }, Aliases(Parameter(name, "Id")));
        }

        [Fact]
        public void TheListFiltersAreTheDocumentedOnes()
        {
            var list = Parameters(Cmdlet("Get-AltegioTeamMember")).Where(p => SetOf(ParameterAttributes(p).Single()) == "List").Select(p => p.Name).OrderBy(n => n);
            Assert.Equal(
                new[] { "AvailableAsAssistant", "HasSchedule", "IncludeDeleted", "IncludePosition", "Name", "Paid", "PositionId", "PositionTitle", "Status", "UserLinked" },
                list);
            Assert.Equal(typeof(TeamMemberStatus), Parameter("Get-AltegioTeamMember", "Status").PropertyType);
            Assert.Equal(new[] { "Active", "Dismissed", "All" }, Enum.GetNames(typeof(TeamMemberStatus)));
            foreach (var name in new[] { "IncludeDeleted", "UserLinked", "Paid", "HasSchedule", "AvailableAsAssistant", "IncludePosition" })
            {
                Assert.Equal(typeof(SwitchParameter), Parameter("Get-AltegioTeamMember", name).PropertyType);
            }
        }

        [Fact]
        public void NewTeamMemberBindsEveryColumnOfACsvRow()
        {
            foreach (var name in new[] { "Name", "Specialization", "PositionId", "Email", "Phone", "Invite", "Paid" })
            {
                Assert.True(Flag(Declaration("New-AltegioTeamMember", name), nameof(ParameterAttribute.ValueFromPipelineByPropertyName)), name);
            }

            Assert.True(Flag(Declaration("New-AltegioTeamMember", "Name"), nameof(ParameterAttribute.Mandatory)));
            Assert.True(Flag(Declaration("New-AltegioTeamMember", "Specialization"), nameof(ParameterAttribute.Mandatory)));
            Assert.True(Has<AllowEmptyStringAttribute>(Parameter("New-AltegioTeamMember", "Name")), "an empty cell must reach validation, not fail binding");
            Assert.True(Has<FlagTransformationAttribute>(Parameter("New-AltegioTeamMember", "Invite")));
            Assert.True(Has<FlagTransformationAttribute>(Parameter("New-AltegioTeamMember", "Paid")));
            Assert.True(Has<BlankAsNullTransformationAttribute>(Parameter("New-AltegioTeamMember", "PositionId")));
            Assert.Equal(typeof(SwitchParameter), Parameter("New-AltegioTeamMember", "Invite").PropertyType);
        }

        [Fact]
        public void SetTeamMemberSwitchesAreNeverTakenFromPipedObjects()
        {
            foreach (var name in new[] { "HiddenFromOnlineBooking", "Dismissed", "Paid", "PassThru" })
            {
                Assert.Equal(typeof(SwitchParameter), Parameter("Set-AltegioTeamMember", name).PropertyType);
                Assert.False(Flag(Declaration("Set-AltegioTeamMember", name), nameof(ParameterAttribute.ValueFromPipelineByPropertyName)), name);
            }

            Assert.True(Has<BlankAsNullTransformationAttribute>(Parameter("Set-AltegioTeamMember", "Weight")));
            Assert.Equal(typeof(int?), Parameter("Set-AltegioTeamMember", "Weight").PropertyType);
        }

        [Fact]
        public void SetTeamMemberOffersNoPositionBecauseTheV1UpdateHasNone()
        {
            Assert.DoesNotContain(Parameters(Cmdlet("Set-AltegioTeamMember")), p => p.Name == "PositionId");
        }

        [Theory]
        [InlineData("Remove-AltegioPosition")]
        [InlineData("Remove-AltegioTeamMember")]
        public void RemoveTakesIdsByValueAndByPropertyNameInOneSet(string name)
        {
            var type = Cmdlet(name);
            Assert.Null(Named(CmdletAttribute(type), "DefaultParameterSetName"));
            var id = Declaration(name, "Id");
            Assert.True(Flag(id, nameof(ParameterAttribute.Mandatory)));
            Assert.True(Flag(id, nameof(ParameterAttribute.ValueFromPipeline)));
            Assert.True(Flag(id, nameof(ParameterAttribute.ValueFromPipelineByPropertyName)));
            Assert.DoesNotContain(Parameters(type), p => p.Name == "InputObject");
        }

        [Fact]
        public void BothModelsExposeIdAndCompanyIdForPipelineBinding()
        {
            foreach (var model in new[] { typeof(Position), typeof(TeamMember) })
            {
                Assert.Equal(typeof(long), model.GetProperty("Id")!.PropertyType);
                Assert.Equal(typeof(long), model.GetProperty("CompanyId")!.PropertyType);
            }
        }

        [Fact]
        public void TheTeamMemberModelHasTheIssuesProperties()
        {
            var names = typeof(TeamMember).GetProperties().Select(p => p.Name).ToList();
            foreach (var name in new[] { "Id", "CompanyId", "Name", "Specialization", "PositionId", "PositionTitle", "Avatar", "Rating", "IsDismissed", "IsHiddenFromOnlineBooking", "Weight", "UserId" })
            {
                Assert.Contains(name, names);
            }

            var position = typeof(Position).GetProperties().Select(p => p.Name).ToList();
            foreach (var name in new[] { "Id", "ChainId", "Title", "Description", "ServicesBindingType", "LocationIds", "RequiredFields", "OnlyChainAppointment" })
            {
                Assert.Contains(name, position);
            }

            Assert.Equal(typeof(ServicesBindingType), typeof(Position).GetProperty("ServicesBindingType")!.PropertyType);
        }
    }
}

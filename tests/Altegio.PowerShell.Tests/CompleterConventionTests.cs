using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Xunit;
using static Altegio.PowerShell.Tests.CmdletMetadata;

namespace Altegio.PowerShell.Tests
{
    /// <summary>Every parameter that names a location, tag, position or team member offers tab completion.</summary>
    public class CompleterConventionTests
    {
        private static readonly Dictionary<string, string> ByParameterName = new Dictionary<string, string>
        {
            ["CompanyId"] = "CompanyIdCompleter",
            ["TagId"] = "TagIdCompleter",
            ["PositionId"] = "PositionIdCompleter",
            ["TeamMemberId"] = "TeamMemberIdCompleter",
        };

        private static readonly Dictionary<string, string> IdByNoun = new Dictionary<string, string>
        {
            ["AltegioTag"] = "TagIdCompleter",
            ["AltegioPosition"] = "PositionIdCompleter",
            ["AltegioTeamMember"] = "TeamMemberIdCompleter",
        };

        // The event filters complete from what actually has events in the coming weeks (GET …/events/filters).
        private static readonly Dictionary<(string, string), string> EventFilterCompleters = new Dictionary<(string, string), string>
        {
            [("GetAltegioEventCommand", "TeamMemberId")] = "EventTeamMemberIdCompleter",
            [("GetAltegioEventCommand", "ServiceId")] = "EventServiceIdCompleter",
            [("GetAltegioEventCommand", "ResourceId")] = "EventResourceIdCompleter",
            [("GetAltegioEventDateCommand", "TeamMemberId")] = "EventTeamMemberIdCompleter",
            [("GetAltegioEventDateCommand", "ServiceId")] = "EventServiceIdCompleter",
            [("GetAltegioEventDateCommand", "ResourceId")] = "EventResourceIdCompleter",

            // A new event may use a service that has no event yet: every service that can run as one (Get-AltegioEventService).
            [("NewAltegioEventCommand", "ServiceId")] = "GroupServiceIdCompleter",
        };

        public static IEnumerable<object[]> Cmdlets() => CmdletTypes.Select(t => new object[] { t.Name });

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void IdParametersHaveTheirCompleter(string className)
        {
            var type = CmdletTypes.Single(t => t.Name == className);
            foreach (var parameter in Parameters(type))
            {
                string? expected = null;
                if (EventFilterCompleters.TryGetValue((type.Name, parameter.Name), out var fromFilters))
                {
                    expected = fromFilters;
                }
                else if (ByParameterName.TryGetValue(parameter.Name, out var byName))
                {
                    expected = byName;
                }
                else if (parameter.Name == "Id" && IdByNoun.TryGetValue(Noun(type), out var byNoun))
                {
                    expected = byNoun;
                }

                if (expected is null)
                {
                    continue;
                }

                var completer = parameter.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(ArgumentCompleterAttribute));
                Assert.True(completer != null, Name(type) + " -" + parameter.Name + " has no argument completer");
                Assert.Equal(expected, ((System.Type)completer!.ConstructorArguments[0].Value!).Name);
            }
        }
    }
}

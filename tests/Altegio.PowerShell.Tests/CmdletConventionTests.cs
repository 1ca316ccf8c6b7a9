using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Xunit;
using static Altegio.PowerShell.Tests.CmdletMetadata;

namespace Altegio.PowerShell.Tests
{
    /// <summary>Source conventions of the cmdlet classes. What users see of the commands (verbs, sets, binding,
    /// ShouldProcess, secrets) is checked on the imported module in Altegio.PowerShell.Hosted.Tests.</summary>
    public class CmdletConventionTests
    {
        public static IEnumerable<object[]> Cmdlets() => CmdletTypes.Select(t => new object[] { t.Name });

        private static Type Cmdlet(string className) => CmdletTypes.Single(t => t.Name == className);

        [Fact]
        public void TheModuleHasCmdlets()
        {
            Assert.Contains(CmdletTypes, t => t.Name == "ConnectAltegioCommand");
            Assert.Contains(CmdletTypes, t => t.Name == "GetAltegioTagCommand");
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void ClassIsPublicSealedAndNamedVerbNounCommand(string className)
        {
            var type = Cmdlet(className);
            Assert.True(type.IsPublic && type.IsSealed, className + " must be public and sealed");
            Assert.Equal(Verb(type) + Noun(type) + "Command", type.Name);
            Assert.Equal("Altegio.PowerShell.Commands", type.Namespace);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void EveryParameterHasADocSummary(string className)
        {
            var type = Cmdlet(className);
            var docs = XDocument.Load(System.IO.Path.ChangeExtension(ModuleAssembly.Location, ".xml"));
            var members = docs.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m);
            Assert.True(members.ContainsKey("T:" + type.FullName), type.Name + " has no /// summary");
            foreach (var parameter in Parameters(type))
            {
                var key = "P:" + parameter.DeclaringType!.FullName + "." + parameter.Name;
                Assert.True(members.TryGetValue(key, out var member) && member.Value.Trim().Length > 10,
                    Name(type) + " -" + parameter.Name + " has no /// summary");
            }
        }
    }
}

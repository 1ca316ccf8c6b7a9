using System;
using System.Collections.Generic;
using System.Linq;
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

        /// <summary>
        /// The help users read lives only in src/help/en-US, where the help compiler checks it against the
        /// cmdlets (HelpTests). Help text in /// comments would be a second copy, never shown and free to drift.
        /// </summary>
        [Fact]
        public void HelpTextLivesOnlyInTheMarkdown()
        {
            var sources = System.IO.Directory.GetFiles(RepoFiles.PathOf("src", "Altegio.PowerShell"), "*.cs", System.IO.SearchOption.AllDirectories);
            Assert.NotEmpty(sources);

            var withHelpText = sources.Where(s => System.IO.File.ReadAllText(s).Contains("<para type=", StringComparison.Ordinal))
                .Select(s => System.IO.Path.GetRelativePath(RepoFiles.Root, s));

            Assert.Empty(withHelpText);
        }
    }
}

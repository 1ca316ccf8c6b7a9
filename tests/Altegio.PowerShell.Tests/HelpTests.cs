using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Altegio.HelpCompiler;
using Xunit;

namespace Altegio.PowerShell.Tests
{
    /// <summary>Every exported cmdlet has help that agrees with its code: synopsis, every parameter, two examples.</summary>
    public class HelpTests
    {
        private static readonly CmdletReflection Reflection = new CmdletReflection(CmdletMetadata.ModuleAssembly);
        private static readonly string HelpDirectory = RepoFiles.PathOf("src", "help", "en-US");

        public static IEnumerable<object[]> Cmdlets() => Reflection.Cmdlets.Select(c => new object[] { c.Name });

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void HelpAgreesWithTheCmdlet(string name)
        {
            var cmdlet = Reflection.Cmdlets.Single(c => c.Name == name);
            var path = Path.Combine(HelpDirectory, name + ".md");
            Assert.True(File.Exists(path), "no help file " + path);

            var problems = HelpChecker.Check(cmdlet, MarkdownHelpReader.ReadFile(path));

            Assert.Empty(problems);
        }

        [Fact]
        public void ReflectionSeesEveryCmdletClass() =>
            Assert.Equal(CmdletMetadata.CmdletTypes.Select(CmdletMetadata.Name).OrderBy(n => n), Reflection.Cmdlets.Select(c => c.Name));

        [Fact]
        public void TheCompiledMamlHasAnEntryPerCmdletWithSyntaxParametersAndExamples()
        {
            var helps = Reflection.Cmdlets.Select(c => MarkdownHelpReader.ReadFile(Path.Combine(HelpDirectory, c.Name + ".md"))).ToList();

            var maml = MamlWriter.Write(helps);

            XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
            XNamespace maml2004 = "http://schemas.microsoft.com/maml/2004/10";
            var entries = maml.Root!.Elements(command + "command").ToList();
            Assert.Equal(Reflection.Cmdlets.Count, entries.Count);
            foreach (var entry in entries)
            {
                var name = entry.Element(command + "details")!.Element(command + "name")!.Value;
                Assert.NotEmpty(entry.Element(command + "details")!.Element(maml2004 + "description")!.Value);
                Assert.NotEmpty(entry.Element(command + "syntax")!.Elements(command + "syntaxItem"));
                Assert.True(entry.Element(command + "examples")!.Elements(command + "example").Count() >= 2, name);
                var documented = entry.Element(command + "parameters")!.Elements(command + "parameter").Select(p => p.Element(maml2004 + "name")!.Value);
                Assert.Equal(Reflection.Cmdlets.Single(c => c.Name == name).Parameters.Select(p => p.Name).OrderBy(n => n), documented.OrderBy(n => n));
            }
        }

        [Fact]
        public void TheCheckerCatchesAnUndocumentedParameterAndAPlaceholder()
        {
            var cmdlet = Reflection.Cmdlets.Single(c => c.Name == "Get-AltegioTag");
            var help = MarkdownHelpReader.ReadFile(Path.Combine(HelpDirectory, "Get-AltegioTag.md"));
            help.Parameters.RemoveAll(p => p.Name == "Entity");
            help.Examples[0].Remarks.Add("TODO later");

            var problems = HelpChecker.Check(cmdlet, help);

            Assert.Contains(problems, p => p.Contains("-Entity is not documented"));
            Assert.Contains(problems, p => p.Contains("TODO"));
        }

        [Fact]
        public void TheAboutTopicCoversWhatUsersAskFor()
        {
            var about = File.ReadAllText(Path.Combine(HelpDirectory, "about_Altegio.help.txt"));
            foreach (var topic in new[] { "Connect-Altegio", "ALTEGIO_PARTNER_TOKEN", "Get-Secret", "-Session", "Retry-After", "Altegio.NotFound", "RequestsPerSecond" })
            {
                Assert.Contains(topic, about);
            }
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Altegio.HelpCompiler;
using Xunit;

namespace Altegio.PowerShell.Tests
{
    /// <summary>Every exported cmdlet has help that agrees with its code: synopsis, every parameter, two examples; and the
    /// help compiler, the build's only source of help text, fails on every way the two can disagree.</summary>
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
        public void TheCheckerCatchesADocumentedParameterTheCmdletLacks()
        {
            var cmdlet = Reflection.Cmdlets.Single(c => c.Name == "Get-AltegioTag");
            var help = MarkdownHelpReader.ReadFile(Path.Combine(HelpDirectory, "Get-AltegioTag.md"));
            help.Parameters.Add(new ParameterHelp { Name = "Label", Type = "String", Description = { "Not a parameter." } });

            var problems = HelpChecker.Check(cmdlet, help);

            Assert.Equal(new[] { "Get-AltegioTag: -Label is documented but does not exist." }, problems);
        }

        [Fact]
        public void TheHelpFolderHasAPageForEveryCmdletAndNoOtherPages() =>
            Assert.Empty(Program.Check(Reflection, HelpDirectory));

        /// <summary>The build's help step (build.ps1 runs the compiler's compile command) fails, writing no MAML,
        /// when the markdown and the cmdlets disagree in any of these ways.</summary>
        [Theory]
        [InlineData("parameter missing from the page", "Get-AltegioTag: -Entity is not documented.")]
        [InlineData("parameter the cmdlet lacks", "Get-AltegioTag: -Label is documented but does not exist.")]
        [InlineData("cmdlet without a page", "Get-AltegioTag: no help file (run the help compiler's scaffold command).")]
        [InlineData("page without a cmdlet", "Get-AltegioLabel.md: no cmdlet named Get-AltegioLabel (remove the page, or name it after its cmdlet).")]
        public void TheCompileStepFailsWhenHelpAndCmdletsDisagree(string breakage, string problem)
        {
            var folder = Directory.CreateTempSubdirectory("altegio-help-");
            try
            {
                foreach (var file in Directory.GetFiles(HelpDirectory))
                {
                    File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
                }

                var page = Path.Combine(folder.FullName, "Get-AltegioTag.md");
                var markdown = File.ReadAllText(page);
                switch (breakage)
                {
                    case "parameter missing from the page":
                        var start = markdown.IndexOf("### -Entity\n", System.StringComparison.Ordinal);
                        var end = markdown.IndexOf("### -", start + 1, System.StringComparison.Ordinal);
                        File.WriteAllText(page, markdown.Remove(start, end - start));
                        break;
                    case "parameter the cmdlet lacks":
                        var label = "### -Label\nNot a parameter.\n\n```yaml\nType: String\nParameter Sets: (All)\nAliases:\n\n" +
                            "Required: False\nPosition: Named\nDefault value: None\nAccept pipeline input: False\nAccept wildcard characters: False\n```\n\n";
                        File.WriteAllText(page, markdown.Replace("### CommonParameters", label + "### CommonParameters"));
                        break;
                    case "cmdlet without a page":
                        File.Delete(page);
                        break;
                    default:
                        File.WriteAllText(Path.Combine(folder.FullName, "Get-AltegioLabel.md"), markdown.Replace("Get-AltegioTag", "Get-AltegioLabel"));
                        break;
                }

                var maml = Path.Combine(folder.FullName, "out", "Altegio.PowerShell.dll-Help.xml");
                var exitCode = Program.Main(new[] { "compile", CmdletMetadata.ModuleAssembly.Location, folder.FullName, maml });

                Assert.Equal(1, exitCode);
                Assert.False(File.Exists(maml));
                Assert.Equal(new[] { problem }, Program.Check(Reflection, folder.FullName));
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        [Fact]
        public void TheCompileStepWritesTheMamlWhenHelpAndCmdletsAgree()
        {
            var folder = Directory.CreateTempSubdirectory("altegio-help-");
            try
            {
                var maml = Path.Combine(folder.FullName, "Altegio.PowerShell.dll-Help.xml");

                Assert.Equal(0, Program.Main(new[] { "compile", CmdletMetadata.ModuleAssembly.Location, HelpDirectory, maml }));
                Assert.True(File.Exists(maml));
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        [Fact]
        public void AScaffoldedPageIsRejectedUntilAPersonWritesTheHelp()
        {
            var cmdlet = Reflection.Cmdlets.Single(c => c.Name == "Set-AltegioEvent");

            var problems = HelpChecker.Check(cmdlet, MarkdownHelpReader.Read(Scaffolder.Draft(cmdlet), "Set-AltegioEvent.md"));

            Assert.Contains("Set-AltegioEvent: still contains TODO.", problems);
            Assert.DoesNotContain(problems, p => p.Contains("not documented") || p.Contains("does not exist") || p.Contains("should be"));
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

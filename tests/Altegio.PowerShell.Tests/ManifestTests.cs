using System.Linq;
using System.Reflection;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Altegio.Errors;
using Xunit;
using static Altegio.PowerShell.Tests.CmdletMetadata;

namespace Altegio.PowerShell.Tests
{
    public class ManifestTests
    {
        private static string Manifest => RepoFiles.Read("Altegio.psd1");

        [Fact]
        public void CmdletsToExportEqualsTheCmdletClasses()
        {
            var block = Regex.Match(Manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)", RegexOptions.Singleline).Groups["list"].Value;
            var exported = Regex.Matches(block, @"'([^']+)'").Select(m => m.Groups[1].Value).OrderBy(n => n).ToList();
            var classes = CmdletTypes.Select(Name).OrderBy(n => n).ToList();
            Assert.NotEmpty(exported);
            Assert.Equal(classes, exported);
        }

        [Fact]
        public void ManifestHasNoWildcardExports()
        {
            foreach (var key in new[] { "FunctionsToExport", "VariablesToExport", "AliasesToExport", "CmdletsToExport" })
            {
                var value = Regex.Match(Manifest, key + @"\s*=\s*(?<v>@\([^)]*\)|'[^']*')", RegexOptions.Singleline).Groups["v"].Value;
                Assert.False(string.IsNullOrEmpty(value), key + " is missing");
                Assert.DoesNotContain("*", value);
            }
        }

        [Fact]
        public void ModuleVersionMatchesDirectoryBuildProps()
        {
            var props = XDocument.Parse(RepoFiles.Read("Directory.Build.props"));
            var version = props.Descendants("ModuleVersion").Single().Value;
            var manifestVersion = Regex.Match(Manifest, @"ModuleVersion\s*=\s*'([^']+)'").Groups[1].Value;
            Assert.Equal(version, manifestVersion);
            Assert.Equal(version, ModuleAssembly.GetName().Version!.ToString(3));
        }

        [Fact]
        public void ManifestTargetsBothEditionsFromWindowsPowerShell51()
        {
            Assert.Matches(@"PowerShellVersion\s*=\s*'5\.1'", Manifest);
            Assert.Matches(@"CompatiblePSEditions\s*=\s*@\('Desktop',\s*'Core'\)", Manifest);
            Assert.Matches(@"RootModule\s*=\s*'Altegio\.PowerShell\.dll'", Manifest);
        }

        [Fact]
        public void EveryOutputModelHasAFormatView()
        {
            var format = XDocument.Parse(RepoFiles.Read("src", "Altegio.PowerShell", "Altegio.Format.ps1xml"));
            var viewed = format.Descendants("TypeName").Select(e => e.Value.Trim()).ToHashSet();
            var outputTypes = CmdletTypes
                .SelectMany(t => t.GetCustomAttributesData().Where(a => a.AttributeType == typeof(OutputTypeAttribute)))
                .SelectMany(a => ((System.Collections.Generic.IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (System.Type)v.Value!))
                .Where(t => t.Namespace != null && t.Namespace.StartsWith("Altegio", System.StringComparison.Ordinal))
                .Select(t => t.FullName!)
                .Distinct()
                .ToList();
            Assert.NotEmpty(outputTypes);
            foreach (var type in outputTypes)
            {
                Assert.Contains(type, viewed);
            }
        }

        [Fact]
        public void EveryErrorCategoryNameIsARealErrorCategory()
        {
            var classifications = System.Enum.GetValues(typeof(AltegioErrorKind)).Cast<AltegioErrorKind>().Select(ErrorClassification.For)
                .Append(ErrorClassification.NotConnected).Append(ErrorClassification.NoCompany);
            foreach (var classification in classifications)
            {
                Assert.True(System.Enum.TryParse<ErrorCategory>(classification.CategoryName, out _), classification.CategoryName);
                Assert.StartsWith("Altegio.", classification.ErrorId, System.StringComparison.Ordinal);
            }
        }
    }
}

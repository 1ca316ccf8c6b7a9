using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Security;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;
using static Altegio.PowerShell.Tests.CmdletMetadata;

namespace Altegio.PowerShell.Tests
{
    public class CmdletConventionTests
    {
        private static readonly string[] MutatingVerbs = { "New", "Set", "Remove", "Add", "Move", "Update", "Invoke", "Clear", "Register", "Unregister" };

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
        public void UsesAnApprovedVerbAndTheAltegioNounPrefix(string className)
        {
            var type = Cmdlet(className);
            Assert.Contains(Verb(type), ApprovedVerbs());
            Assert.StartsWith("Altegio", Noun(type), StringComparison.Ordinal);
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
        public void DeclaresOutputType(string className)
        {
            var type = Cmdlet(className);
            Assert.Contains(type.GetCustomAttributesData(), a => a.AttributeType == typeof(OutputTypeAttribute));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void MutatingVerbsSupportShouldProcessAndRemoveIsHighImpact(string className)
        {
            var type = Cmdlet(className);
            var attribute = CmdletAttribute(type);
            var supports = (bool?)Named(attribute, "SupportsShouldProcess") ?? false;
            if (MutatingVerbs.Contains(Verb(type)))
            {
                Assert.True(supports, Name(type) + " changes data and must support -WhatIf/-Confirm");
            }

            if (Verb(type) == "Remove")
            {
                var impact = Named(attribute, "ConfirmImpact");
                Assert.Equal((int)ConfirmImpact.High, Convert.ToInt32(impact));
            }
            else
            {
                var impact = Named(attribute, "ConfirmImpact");
                Assert.True(impact is null || Convert.ToInt32(impact) != (int)ConfirmImpact.High, Name(type) + " should not prompt by default");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void IdAndCompanyIdBindByPropertyName(string className)
        {
            var type = Cmdlet(className);
            foreach (var parameter in Parameters(type).Where(p => p.Name is "Id" or "CompanyId" || (p.Name.EndsWith("Id", StringComparison.Ordinal) && p.Name != "CompanyId" && IsIdType(p.PropertyType))))
            {
                if (type.Name == "ConnectAltegioCommand")
                {
                    continue; // Connect takes -CompanyId as a setting, not per record.
                }

                foreach (var attribute in ParameterAttributes(parameter))
                {
                    Assert.True((bool?)Named(attribute, nameof(ParameterAttribute.ValueFromPipelineByPropertyName)) == true,
                        Name(type) + " -" + parameter.Name + " must bind by property name");
                }
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void NoSecretIsAPlainString(string className)
        {
            var type = Cmdlet(className);
            foreach (var parameter in Parameters(type))
            {
                if (Regex.IsMatch(parameter.Name, "Token|Password|Secret|Credential", RegexOptions.IgnoreCase))
                {
                    Assert.True(parameter.PropertyType == typeof(SecureString) || parameter.PropertyType == typeof(PSCredential),
                        Name(type) + " -" + parameter.Name + " must be a SecureString or a PSCredential");
                }
            }
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

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void ApiCmdletsTakeSession(string className)
        {
            var type = Cmdlet(className);
            if (typeof(Base.AltegioApiCmdlet).IsAssignableFrom(type))
            {
                Assert.Contains(Parameters(type), p => p.Name == "Session" && p.PropertyType == typeof(AltegioSession));
            }
            else
            {
                Assert.Contains(type.Name, new[] { "ConnectAltegioCommand", "DisconnectAltegioCommand", "GetAltegioSessionCommand" });
            }
        }

        [Fact]
        public void CompanyIdHasTheLocationIdAlias()
        {
            foreach (var type in CmdletTypes)
            {
                var companyId = Parameters(type).SingleOrDefault(p => p.Name == "CompanyId");
                if (companyId is null)
                {
                    continue;
                }

                var alias = companyId.GetCustomAttributesData().Single(a => a.AttributeType == typeof(AliasAttribute));
                var names = ((IEnumerable<CustomAttributeTypedArgument>)alias.ConstructorArguments[0].Value!).Select(a => (string)a.Value!);
                Assert.Contains("LocationId", names);
            }
        }

        private static bool IsIdType(Type type) => type == typeof(long) || type == typeof(long[]) || type == typeof(long?);
    }
}

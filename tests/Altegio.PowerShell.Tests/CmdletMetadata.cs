using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Tests
{
    /// <summary>Reads cmdlet declarations without running any SMA code.</summary>
    internal static class CmdletMetadata
    {
        public static Assembly ModuleAssembly { get; } = typeof(AltegioCmdlet).Assembly;

        public static IReadOnlyList<Type> CmdletTypes { get; } = ModuleAssembly.GetTypes()
            .Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(CmdletAttribute)))
            .OrderBy(t => t.Name)
            .ToList();

        public static CustomAttributeData CmdletAttribute(Type type) =>
            type.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute));

        public static string Verb(Type type) => (string)CmdletAttribute(type).ConstructorArguments[0].Value!;

        public static string Noun(Type type) => (string)CmdletAttribute(type).ConstructorArguments[1].Value!;

        public static string Name(Type type) => Verb(type) + "-" + Noun(type);

        public static object? Named(CustomAttributeData attribute, string name) =>
            attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).FirstOrDefault();

        public static IEnumerable<PropertyInfo> Parameters(Type type) => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttributesData().Any(a => a.AttributeType == typeof(ParameterAttribute)));

        public static IEnumerable<CustomAttributeData> ParameterAttributes(PropertyInfo property) =>
            property.GetCustomAttributesData().Where(a => a.AttributeType == typeof(ParameterAttribute));

        public static IEnumerable<string> ApprovedVerbs() => new[]
            {
                typeof(VerbsCommon), typeof(VerbsCommunications), typeof(VerbsData), typeof(VerbsDiagnostic),
                typeof(VerbsLifecycle), typeof(VerbsOther), typeof(VerbsSecurity),
            }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
    }
}

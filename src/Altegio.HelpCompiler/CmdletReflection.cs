using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace Altegio.HelpCompiler
{
    /// <summary>
    /// The truth about each cmdlet, read from the assembly through CustomAttributeData (no cmdlet code runs):
    /// what the markdown must agree with. The words users read come only from the markdown.
    /// </summary>
    public sealed class CmdletReflection
    {
        private static readonly HashSet<string> Common = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
            "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm",
        };

        public CmdletReflection(Assembly assembly)
        {
            Assembly = assembly;
            Cmdlets = assembly.GetTypes()
                .Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(CmdletAttribute)))
                .Select(Describe)
                .OrderBy(c => c.Name)
                .ToList();
        }

        public Assembly Assembly { get; }

        public IReadOnlyList<CmdletInfo> Cmdlets { get; }

        private CmdletInfo Describe(Type type)
        {
            var cmdlet = type.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute));
            var info = new CmdletInfo
            {
                Name = cmdlet.ConstructorArguments[0].Value + "-" + cmdlet.ConstructorArguments[1].Value,
                Type = type,
                DefaultSet = cmdlet.NamedArguments.Where(a => a.MemberName == "DefaultParameterSetName").Select(a => (string?)a.TypedValue.Value).FirstOrDefault(),
                Outputs = type.GetCustomAttributesData().Where(a => a.AttributeType == typeof(OutputTypeAttribute))
                    .SelectMany(a => ((IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => ((Type)v.Value!).FullName!))
                    .Where(n => n != typeof(void).FullName)
                    .ToList(),
            };

            // SupportsPaging adds -First, -Skip and -IncludeTotalCount, which users see and help must cover.
            var supportsPaging = cmdlet.NamedArguments.Any(a => a.MemberName == "SupportsPaging" && (bool)a.TypedValue.Value!);
            if (supportsPaging)
            {
                foreach (var (name, typeName) in new[] { ("First", "UInt64"), ("Skip", "UInt64"), ("IncludeTotalCount", "SwitchParameter") })
                {
                    var paging = new ParameterInfo2 { Name = name, Type = typeName };
                    paging.Sets.Add(CommandHelp.AllSets);
                    info.Parameters.Add(paging);
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var attributes = property.GetCustomAttributesData().Where(a => a.AttributeType == typeof(ParameterAttribute)).ToList();
                if (attributes.Count == 0 || Common.Contains(property.Name))
                {
                    continue;
                }

                var parameter = new ParameterInfo2
                {
                    Name = property.Name,
                    Type = TypeName(property.PropertyType),
                    Aliases = property.GetCustomAttributesData().Where(a => a.AttributeType == typeof(AliasAttribute))
                        .SelectMany(a => ((IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments[0].Value!).Select(v => (string)v.Value!))
                        .ToList(),
                    Globbing = property.GetCustomAttributesData().Any(a => a.AttributeType == typeof(SupportsWildcardsAttribute)),
                };
                var enumType = Nullable.GetUnderlyingType(property.PropertyType) ?? (property.PropertyType.IsArray ? property.PropertyType.GetElementType()! : property.PropertyType);
                if (enumType.IsEnum)
                {
                    parameter.AcceptedValues.AddRange(Enum.GetNames(enumType));
                }

                foreach (var attribute in attributes)
                {
                    string? Named(string name) => attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value?.ToString()).FirstOrDefault();
                    var set = Named("ParameterSetName") ?? "__AllParameterSets";
                    parameter.Sets.Add(set == "__AllParameterSets" ? CommandHelp.AllSets : set);
                    parameter.Required |= Named("Mandatory") == "True";
                    parameter.ByValue |= Named("ValueFromPipeline") == "True";
                    parameter.ByPropertyName |= Named("ValueFromPipelineByPropertyName") == "True";
                    var position = Named("Position");
                    if (position != null && position != int.MinValue.ToString())
                    {
                        parameter.Position = position;
                    }
                }

                info.Parameters.Add(parameter);
            }

            return info;
        }

        /// <summary>The type as help shows it: short names for primitives and switches, full names otherwise.</summary>
        public static string TypeName(Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying != null)
            {
                return TypeName(underlying);
            }

            if (type.IsArray)
            {
                return TypeName(type.GetElementType()!) + "[]";
            }

            if (type == typeof(SwitchParameter))
            {
                return "SwitchParameter";
            }

            return type.Name;
        }
    }

    public sealed class CmdletInfo
    {
        public string Name { get; set; } = string.Empty;

        public Type Type { get; set; } = typeof(object);

        public string? DefaultSet { get; set; }

        public List<string> Outputs { get; set; } = new List<string>();

        public List<ParameterInfo2> Parameters { get; } = new List<ParameterInfo2>();
    }

    public sealed class ParameterInfo2
    {
        public string Name { get; set; } = string.Empty;

        public string Type { get; set; } = string.Empty;

        public List<string> Aliases { get; set; } = new List<string>();

        public List<string> AcceptedValues { get; } = new List<string>();

        public List<string> Sets { get; } = new List<string>();

        public bool Required { get; set; }

        public bool ByValue { get; set; }

        public bool ByPropertyName { get; set; }

        public bool Globbing { get; set; }

        public string Position { get; set; } = "Named";

        /// <summary>The "Accept pipeline input" text PlatyPS writes.</summary>
        public string PipelineText => ByValue && ByPropertyName ? "True (ByPropertyName, ByValue)"
            : ByValue ? "True (ByValue)"
            : ByPropertyName ? "True (ByPropertyName)"
            : "False";
    }
}

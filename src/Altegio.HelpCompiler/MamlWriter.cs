using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Altegio.HelpCompiler
{
    /// <summary>Writes the MAML that Get-Help reads from <c>en-US/Altegio.PowerShell.dll-Help.xml</c>.</summary>
    public static class MamlWriter
    {
        private static readonly XNamespace Msh = "http://msh";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        public static XDocument Write(IEnumerable<CommandHelp> commands) =>
            new XDocument(
                new XDeclaration("1.0", "utf-8", null),
                new XElement(Msh + "helpItems",
                    new XAttribute("schema", "maml"),
                    new XAttribute(XNamespace.Xmlns + "maml", Maml),
                    new XAttribute(XNamespace.Xmlns + "command", Command),
                    new XAttribute(XNamespace.Xmlns + "dev", Dev),
                    commands.OrderBy(c => c.Name).Select(CommandElement)));

        private static XElement CommandElement(CommandHelp help)
        {
            var dash = help.Name.IndexOf('-');
            return new XElement(Command + "command",
                new XElement(Command + "details",
                    new XElement(Command + "name", help.Name),
                    new XElement(Command + "verb", dash > 0 ? help.Name.Substring(0, dash) : help.Name),
                    new XElement(Command + "noun", dash > 0 ? help.Name.Substring(dash + 1) : string.Empty),
                    Description(new[] { help.Synopsis })),
                Description(help.Description),
                new XElement(Command + "syntax", help.ParameterSets.Select(set => SyntaxItem(help, set))),
                new XElement(Command + "parameters", help.Parameters.Select(p => Parameter(p, forSyntax: false))),
                new XElement(Command + "inputTypes", help.Inputs.Select(t => new XElement(Command + "inputType", TypeElement(t.TypeName), Description(t.Description)))),
                new XElement(Command + "returnValues", help.Outputs.Select(t => new XElement(Command + "returnValue", TypeElement(t.TypeName), Description(t.Description)))),
                new XElement(Maml + "alertSet", new XElement(Maml + "alert", help.Notes.Select(Para))),
                new XElement(Command + "examples", help.Examples.Select(Example)),
                new XElement(Command + "relatedLinks", help.Links.Select(link =>
                    new XElement(Maml + "navigationLink",
                        new XElement(Maml + "linkText", link.Text),
                        new XElement(Maml + "uri", link.Uri.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) ? string.Empty : link.Uri)))));
        }

        private static XElement SyntaxItem(CommandHelp help, string set) =>
            new XElement(Command + "syntaxItem",
                new XElement(Maml + "name", help.Name),
                help.Parameters
                    .Where(p => p.Sets.Contains(CommandHelp.AllSets) || p.Sets.Contains(set) || set == CommandHelp.AllSets)
                    .OrderBy(p => int.TryParse(p.Position, out var position) ? position : int.MaxValue)
                    .Select(p => Parameter(p, forSyntax: true)));

        private static XElement Parameter(ParameterHelp parameter, bool forSyntax)
        {
            var element = new XElement(Command + "parameter",
                new XAttribute("required", parameter.Required ? "true" : "false"),
                new XAttribute("variableLength", parameter.Type.EndsWith("[]") ? "true" : "false"),
                new XAttribute("globbing", parameter.Globbing ? "true" : "false"),
                new XAttribute("pipelineInput", parameter.PipelineInput),
                new XAttribute("position", parameter.Position.Equals("Named", System.StringComparison.OrdinalIgnoreCase) ? "named" : parameter.Position),
                new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
                new XElement(Maml + "name", parameter.Name),
                Description(parameter.Description));
            if (parameter.AcceptedValues.Count > 0)
            {
                element.Add(new XElement(Command + "parameterValueGroup",
                    parameter.AcceptedValues.Select(v => new XElement(Command + "parameterValue",
                        new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v))));
            }

            if (!parameter.IsSwitch || !forSyntax)
            {
                element.Add(new XElement(Command + "parameterValue",
                    new XAttribute("required", parameter.IsSwitch ? "false" : "true"),
                    new XAttribute("variableLength", "false"),
                    parameter.Type));
            }

            element.Add(TypeElement(parameter.Type));
            element.Add(new XElement(Dev + "defaultValue", parameter.DefaultValue));
            return element;
        }

        private static XElement Example(ExampleHelp example, int index) =>
            new XElement(Command + "example",
                new XElement(Maml + "title", "-------------------------- " + example.Title + " --------------------------"),
                new XElement(Dev + "code", example.Code),
                new XElement(Dev + "remarks", example.Remarks.Select(Para)));

        private static XElement TypeElement(string name) =>
            new XElement(Dev + "type", new XElement(Maml + "name", name), new XElement(Maml + "uri"));

        private static XElement Description(IEnumerable<string> paragraphs) =>
            new XElement(Maml + "description", paragraphs.Where(p => p.Length > 0).Select(Para));

        private static XElement Para(string text) => new XElement(Maml + "para", text);
    }
}

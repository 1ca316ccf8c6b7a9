using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Altegio.HelpCompiler
{
    /// <summary>
    /// Reads the PlatyPS markdown layout (schema 2.0.0): front matter, <c># Name</c>, then <c>##</c> sections
    /// SYNOPSIS, SYNTAX, DESCRIPTION, EXAMPLES, PARAMETERS, INPUTS, OUTPUTS, NOTES, RELATED LINKS.
    /// SYNTAX is not read: syntax is rebuilt from the parameters' sets so it cannot drift from them.
    /// </summary>
    public static class MarkdownHelpReader
    {
        private static readonly Regex Link = new Regex(@"^\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)$");

        public static CommandHelp ReadFile(string path) => Read(File.ReadAllText(path), Path.GetFileName(path));

        public static CommandHelp Read(string markdown, string source)
        {
            var lines = markdown.Replace("\r\n", "\n").Split('\n');
            var index = 0;
            if (lines.Length > 0 && lines[0].Trim() == "---")
            {
                index = Array.FindIndex(lines, 1, l => l.Trim() == "---") + 1;
                if (index == 0)
                {
                    throw new FormatException(source + ": front matter is not closed.");
                }
            }

            var help = new CommandHelp();
            var sections = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            List<string>? current = null;
            var inFence = false;
            for (; index < lines.Length; index++)
            {
                var line = lines[index];
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                }

                if (!inFence && line.StartsWith("# ", StringComparison.Ordinal))
                {
                    help.Name = line.Substring(2).Trim();
                    current = null;
                }
                else if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
                {
                    current = new List<string>();
                    sections[line.Substring(3).Trim()] = current;
                }
                else
                {
                    current?.Add(line);
                }
            }

            if (help.Name.Length == 0)
            {
                throw new FormatException(source + ": no '# Name' heading.");
            }

            help.Synopsis = string.Join(" ", Paragraphs(Get(sections, "SYNOPSIS")));
            help.SyntaxSets.AddRange(Subsections(Get(sections, "SYNTAX")).Select(s => s.Title.Replace("(Default)", string.Empty).Trim()));
            help.Description.AddRange(Paragraphs(Get(sections, "DESCRIPTION")));
            help.Notes.AddRange(Paragraphs(Get(sections, "NOTES")));
            foreach (var block in Subsections(Get(sections, "EXAMPLES")))
            {
                help.Examples.Add(ReadExample(block.Title, block.Lines, source));
            }

            foreach (var block in Subsections(Get(sections, "PARAMETERS")))
            {
                if (block.Title.Equals("CommonParameters", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                help.Parameters.Add(ReadParameter(block.Title, block.Lines, source));
            }

            help.Inputs.AddRange(Subsections(Get(sections, "INPUTS")).Select(ReadType));
            help.Outputs.AddRange(Subsections(Get(sections, "OUTPUTS")).Select(ReadType));
            foreach (var line in Get(sections, "RELATED LINKS"))
            {
                var match = Link.Match(line.Trim());
                if (match.Success)
                {
                    help.Links.Add((match.Groups["text"].Value, match.Groups["uri"].Value));
                }
            }

            return help;
        }

        private static List<string> Get(Dictionary<string, List<string>> sections, string name) =>
            sections.TryGetValue(name, out var lines) ? lines : new List<string>();

        private static IEnumerable<(string Title, List<string> Lines)> Subsections(List<string> lines)
        {
            string? title = null;
            var body = new List<string>();
            var inFence = false;
            foreach (var line in lines)
            {
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inFence = !inFence;
                }

                if (!inFence && line.StartsWith("### ", StringComparison.Ordinal))
                {
                    if (title != null)
                    {
                        yield return (title, body);
                    }

                    title = line.Substring(4).Trim();
                    body = new List<string>();
                }
                else if (title != null)
                {
                    body.Add(line);
                }
            }

            if (title != null)
            {
                yield return (title, body);
            }
        }

        private static ExampleHelp ReadExample(string title, List<string> lines, string source)
        {
            var example = new ExampleHelp { Title = title };
            var fenceStart = lines.FindIndex(l => l.StartsWith("```", StringComparison.Ordinal));
            var fenceEnd = fenceStart < 0 ? -1 : lines.FindIndex(fenceStart + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            if (fenceStart < 0 || fenceEnd < 0)
            {
                throw new FormatException(source + ": example '" + title + "' has no code block.");
            }

            example.Code = string.Join("\n", lines.Skip(fenceStart + 1).Take(fenceEnd - fenceStart - 1)).Trim();
            example.Remarks.AddRange(Paragraphs(lines.Skip(fenceEnd + 1)));
            return example;
        }

        private static ParameterHelp ReadParameter(string title, List<string> lines, string source)
        {
            var parameter = new ParameterHelp { Name = title.TrimStart('-') };
            var fenceStart = lines.FindIndex(l => l.StartsWith("```yaml", StringComparison.Ordinal));
            var fenceEnd = fenceStart < 0 ? -1 : lines.FindIndex(fenceStart + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            if (fenceStart < 0 || fenceEnd < 0)
            {
                throw new FormatException(source + ": parameter -" + parameter.Name + " has no yaml block.");
            }

            parameter.Description.AddRange(Paragraphs(lines.Take(fenceStart)));
            foreach (var line in lines.Skip(fenceStart + 1).Take(fenceEnd - fenceStart - 1))
            {
                var colon = line.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                var key = line.Substring(0, colon).Trim();
                var value = line.Substring(colon + 1).Trim();
                switch (key)
                {
                    case "Type":
                        parameter.Type = value;
                        break;
                    case "Parameter Sets":
                        parameter.Sets.AddRange(List(value));
                        break;
                    case "Aliases":
                        parameter.Aliases.AddRange(List(value));
                        break;
                    case "Accepted values":
                        parameter.AcceptedValues.AddRange(List(value));
                        break;
                    case "Required":
                        parameter.Required = value.StartsWith("True", StringComparison.OrdinalIgnoreCase);
                        break;
                    case "Position":
                        parameter.Position = value;
                        break;
                    case "Default value":
                        parameter.DefaultValue = value;
                        break;
                    case "Accept pipeline input":
                        parameter.PipelineInput = value;
                        break;
                    case "Accept wildcard characters":
                        parameter.Globbing = value.StartsWith("True", StringComparison.OrdinalIgnoreCase);
                        break;
                }
            }

            if (parameter.Type.Length == 0)
            {
                throw new FormatException(source + ": parameter -" + parameter.Name + " has no Type.");
            }

            if (parameter.Sets.Count == 0)
            {
                parameter.Sets.Add(CommandHelp.AllSets);
            }

            return parameter;
        }

        private static TypeHelp ReadType((string Title, List<string> Lines) block)
        {
            var type = new TypeHelp { TypeName = block.Title };
            type.Description.AddRange(Paragraphs(block.Lines));
            return type;
        }

        private static IEnumerable<string> List(string value) =>
            value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0);

        /// <summary>Joins wrapped lines into paragraphs; blank lines separate them.</summary>
        internal static List<string> Paragraphs(IEnumerable<string> lines)
        {
            var paragraphs = new List<string>();
            var current = new StringBuilder();
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0)
                {
                    Flush();
                    continue;
                }

                if (current.Length > 0)
                {
                    current.Append(' ');
                }

                current.Append(line);
            }

            Flush();
            return paragraphs;

            void Flush()
            {
                if (current.Length > 0)
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }
            }
        }
    }
}

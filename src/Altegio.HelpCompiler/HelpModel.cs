using System.Collections.Generic;

namespace Altegio.HelpCompiler
{
    /// <summary>One cmdlet's help, as read from its markdown file.</summary>
    public sealed class CommandHelp
    {
        public string Name { get; set; } = string.Empty;

        public string Synopsis { get; set; } = string.Empty;

        public List<string> Description { get; } = new List<string>();

        public List<ExampleHelp> Examples { get; } = new List<ExampleHelp>();

        public List<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();

        public List<TypeHelp> Inputs { get; } = new List<TypeHelp>();

        public List<TypeHelp> Outputs { get; } = new List<TypeHelp>();

        public List<string> Notes { get; } = new List<string>();

        public List<(string Text, string Uri)> Links { get; } = new List<(string, string)>();

        /// <summary>The set names of the SYNTAX section's headings, in order (a set may have no parameter of its own).</summary>
        public List<string> SyntaxSets { get; } = new List<string>();

        /// <summary>The parameter sets: those SYNTAX names, else those the parameters name.</summary>
        public IEnumerable<string> ParameterSets
        {
            get
            {
                if (SyntaxSets.Count > 0)
                {
                    return SyntaxSets;
                }

                var seen = new List<string>();
                foreach (var parameter in Parameters)
                {
                    foreach (var set in parameter.Sets)
                    {
                        if (set != AllSets && !seen.Contains(set))
                        {
                            seen.Add(set);
                        }
                    }
                }

                if (seen.Count == 0)
                {
                    seen.Add(AllSets);
                }

                return seen;
            }
        }

        public const string AllSets = "(All)";
    }

    public sealed class ExampleHelp
    {
        public string Title { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;

        public List<string> Remarks { get; } = new List<string>();
    }

    public sealed class ParameterHelp
    {
        public string Name { get; set; } = string.Empty;

        public List<string> Description { get; } = new List<string>();

        public string Type { get; set; } = string.Empty;

        public List<string> Sets { get; } = new List<string>();

        public List<string> Aliases { get; } = new List<string>();

        public List<string> AcceptedValues { get; } = new List<string>();

        public bool Required { get; set; }

        public string Position { get; set; } = "Named";

        public string DefaultValue { get; set; } = "None";

        public string PipelineInput { get; set; } = "False";

        public bool Globbing { get; set; }

        public bool IsSwitch => Type == "SwitchParameter";
    }

    public sealed class TypeHelp
    {
        public string TypeName { get; set; } = string.Empty;

        public List<string> Description { get; } = new List<string>();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace Altegio.HelpCompiler
{
    /// <summary>Lists every way a cmdlet's markdown disagrees with the cmdlet, or falls short of the bar.</summary>
    public static class HelpChecker
    {
        public const int MinimumExamples = 2;

        public static IReadOnlyList<string> Check(CmdletInfo cmdlet, CommandHelp? help)
        {
            var problems = new List<string>();
            if (help is null)
            {
                problems.Add(cmdlet.Name + ": no help file (run the help compiler's scaffold command).");
                return problems;
            }

            void Problem(string text) => problems.Add(cmdlet.Name + ": " + text);
            if (!string.Equals(help.Name, cmdlet.Name, StringComparison.Ordinal))
            {
                Problem("the file is titled '" + help.Name + "'.");
            }

            if (help.Synopsis.Length < 10)
            {
                Problem("no synopsis.");
            }

            if (help.Description.Count == 0)
            {
                Problem("no description.");
            }

            if (help.Examples.Count < MinimumExamples)
            {
                Problem("fewer than " + MinimumExamples + " examples.");
            }

            foreach (var example in help.Examples)
            {
                if (example.Code.IndexOf(cmdlet.Name, StringComparison.OrdinalIgnoreCase) < 0)
                {
                    Problem("example '" + example.Title + "' does not use the cmdlet.");
                }
            }

            if (help.Outputs.Count == 0 && cmdlet.Outputs.Count > 0)
            {
                Problem("no OUTPUTS section.");
            }

            foreach (var output in cmdlet.Outputs)
            {
                if (!help.Outputs.Any(o => o.TypeName == output))
                {
                    Problem("OUTPUTS does not name " + output + ".");
                }
            }

            var sets = cmdlet.Parameters.SelectMany(p => p.Sets).Where(s => s != CommandHelp.AllSets).ToList();
            if (cmdlet.DefaultSet != null)
            {
                sets.Add(cmdlet.DefaultSet);
            }

            if (sets.Count > 0 && !SameSet(help.ParameterSets, sets))
            {
                Problem("SYNTAX should have one heading per parameter set: " + string.Join(", ", sets.Distinct()) + ".");
            }

            var documented = help.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in cmdlet.Parameters)
            {
                if (!documented.TryGetValue(parameter.Name, out var doc))
                {
                    Problem("-" + parameter.Name + " is not documented.");
                    continue;
                }

                if (doc.Description.Count == 0)
                {
                    Problem("-" + parameter.Name + " has no description.");
                }

                if (!string.Equals(doc.Type, parameter.Type, StringComparison.Ordinal))
                {
                    Problem("-" + parameter.Name + " is documented as " + doc.Type + " but is " + parameter.Type + ".");
                }

                if (doc.Required != parameter.Required)
                {
                    Problem("-" + parameter.Name + " Required should be " + parameter.Required + ".");
                }

                if (!SameSet(doc.Sets, parameter.Sets))
                {
                    Problem("-" + parameter.Name + " Parameter Sets should be " + string.Join(", ", parameter.Sets) + ".");
                }

                if (!SameSet(doc.Aliases, parameter.Aliases))
                {
                    Problem("-" + parameter.Name + " Aliases should be " + (parameter.Aliases.Count == 0 ? "(none)" : string.Join(", ", parameter.Aliases)) + ".");
                }

                if (!string.Equals(doc.PipelineInput, parameter.PipelineText, StringComparison.OrdinalIgnoreCase))
                {
                    Problem("-" + parameter.Name + " Accept pipeline input should be " + parameter.PipelineText + ".");
                }

                if (!string.Equals(doc.Position, parameter.Position, StringComparison.OrdinalIgnoreCase))
                {
                    Problem("-" + parameter.Name + " Position should be " + parameter.Position + ".");
                }
            }

            foreach (var extra in help.Parameters.Where(p => cmdlet.Parameters.All(c => !string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            {
                Problem("-" + extra.Name + " is documented but does not exist.");
            }

            foreach (var text in AllText(help))
            {
                if (text.IndexOf("TODO", StringComparison.Ordinal) >= 0)
                {
                    Problem("still contains TODO.");
                    break;
                }
            }

            return problems;
        }

        /// <summary>
        /// The pages that have no cmdlet: a page for a renamed or removed cmdlet would otherwise sit in the
        /// repository unread, its text drifting from everything else. <paramref name="pages"/> are the
        /// markdown files' names without ".md"; about_ topics are text files and are not among them.
        /// </summary>
        public static IReadOnlyList<string> CheckPages(IEnumerable<CmdletInfo> cmdlets, IEnumerable<string> pages)
        {
            var names = new HashSet<string>(cmdlets.Select(c => c.Name), StringComparer.Ordinal);
            return pages.Where(p => !names.Contains(p))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => p + ".md: no cmdlet named " + p + " (remove the page, or name it after its cmdlet).")
                .ToList();
        }

        private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
            new HashSet<string>(a, StringComparer.OrdinalIgnoreCase).SetEquals(b);

        private static IEnumerable<string> AllText(CommandHelp help) =>
            new[] { help.Synopsis }
                .Concat(help.Description)
                .Concat(help.Examples.SelectMany(e => e.Remarks.Append(e.Code).Append(e.Title)))
                .Concat(help.Parameters.SelectMany(p => p.Description))
                .Concat(help.Notes);
    }
}

using System.Linq;
using System.Text;

namespace Altegio.HelpCompiler
{
    /// <summary>
    /// Writes a first markdown draft for a cmdlet from its declarations, as PlatyPS's New-MarkdownHelp would.
    /// The markdown is the only place the help text lives, so the synopsis, the description, the examples and
    /// every parameter's description are left as TODO, which the checker rejects until a person writes them.
    /// </summary>
    public static class Scaffolder
    {
        public static string Draft(CmdletInfo cmdlet)
        {
            var text = new StringBuilder();
            text.Append("---\nexternal help file: Altegio.PowerShell.dll-Help.xml\nModule Name: Altegio\nonline version:\nschema: 2.0.0\n---\n\n");
            text.Append("# ").Append(cmdlet.Name).Append("\n\n## SYNOPSIS\nTODO: say in one sentence what the cmdlet does.\n\n## SYNTAX\n\n");
            var sets = cmdlet.Parameters.SelectMany(p => p.Sets).Where(s => s != CommandHelp.AllSets).Distinct().ToList();
            if (cmdlet.DefaultSet != null && !sets.Contains(cmdlet.DefaultSet))
            {
                sets.Insert(0, cmdlet.DefaultSet);
            }

            if (sets.Count == 0)
            {
                sets.Add(CommandHelp.AllSets);
            }

            foreach (var set in sets)
            {
                if (set != CommandHelp.AllSets)
                {
                    text.Append("### ").Append(set).Append(set == cmdlet.DefaultSet ? " (Default)" : string.Empty).Append('\n');
                }

                text.Append("```\n").Append(cmdlet.Name);
                foreach (var parameter in cmdlet.Parameters.Where(p => p.Sets.Contains(set) || p.Sets.Contains(CommandHelp.AllSets)))
                {
                    var value = parameter.Type == "SwitchParameter" ? string.Empty : " <" + parameter.Type + ">";
                    var name = parameter.Position != "Named" ? "[-" + parameter.Name + "]" : "-" + parameter.Name;
                    var part = name + value;
                    text.Append(' ').Append(parameter.Required ? part : "[" + part + "]");
                }

                text.Append(" [<CommonParameters>]\n```\n\n");
            }

            text.Append("## DESCRIPTION\nTODO: describe what the cmdlet does, what it accepts from the pipeline and which errors it writes.\n\n## EXAMPLES\n\n");
            for (var i = 1; i <= HelpChecker.MinimumExamples; i++)
            {
                text.Append("### Example ").Append(i).Append(": TODO\n```powershell\n").Append(cmdlet.Name).Append("\n```\n\nTODO: say what this example does.\n\n");
            }

            text.Append("## PARAMETERS\n\n");
            foreach (var parameter in cmdlet.Parameters)
            {
                text.Append("### -").Append(parameter.Name).Append("\nTODO: describe -").Append(parameter.Name).Append(".\n\n```yaml\n");
                text.Append("Type: ").Append(parameter.Type).Append('\n');
                text.Append("Parameter Sets: ").Append(string.Join(", ", parameter.Sets)).Append('\n');
                text.Append("Aliases: ").Append(string.Join(", ", parameter.Aliases)).Append('\n');
                if (parameter.AcceptedValues.Count > 0)
                {
                    text.Append("Accepted values: ").Append(string.Join(", ", parameter.AcceptedValues)).Append('\n');
                }

                text.Append('\n');
                text.Append("Required: ").Append(parameter.Required ? "True" : "False").Append('\n');
                text.Append("Position: ").Append(parameter.Position).Append('\n');
                text.Append("Default value: ").Append(parameter.Type == "SwitchParameter" ? "False" : "None").Append('\n');
                text.Append("Accept pipeline input: ").Append(parameter.PipelineText).Append('\n');
                text.Append("Accept wildcard characters: ").Append(parameter.Globbing ? "True" : "False").Append("\n```\n\n");
            }

            text.Append("### CommonParameters\nThis cmdlet supports the common parameters: -Debug, -ErrorAction, -ErrorVariable, -InformationAction, -InformationVariable, -OutVariable, -OutBuffer, -PipelineVariable, -Verbose, -WarningAction, and -WarningVariable. For more information, see [about_CommonParameters](http://go.microsoft.com/fwlink/?LinkID=113216).\n\n");
            text.Append("## INPUTS\n\n");
            var pipeline = cmdlet.Parameters.Where(p => p.ByValue || p.ByPropertyName).ToList();
            if (pipeline.Count == 0)
            {
                text.Append("### None\n\n");
            }
            else
            {
                foreach (var parameter in pipeline.Where(p => p.ByValue))
                {
                    text.Append("### ").Append(parameter.Type).Append("\n\n");
                }

                if (pipeline.Any(p => p.ByPropertyName))
                {
                    text.Append("### System.Management.Automation.PSObject\nObjects with properties named like the parameters: ")
                        .Append(string.Join(", ", pipeline.Where(p => p.ByPropertyName).Select(p => p.Name))).Append(".\n\n");
                }
            }

            text.Append("## OUTPUTS\n\n");
            foreach (var output in cmdlet.Outputs)
            {
                text.Append("### ").Append(output).Append("\n\n");
            }

            if (cmdlet.Outputs.Count == 0)
            {
                text.Append("### None\n\n");
            }

            text.Append("## NOTES\n\n## RELATED LINKS\n\n[about_Altegio](about_Altegio.help.txt)\n");
            return text.ToString();
        }
    }
}

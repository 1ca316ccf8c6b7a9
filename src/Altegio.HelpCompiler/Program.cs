using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Altegio.HelpCompiler
{
    /// <summary>
    /// <c>compile &lt;module dll&gt; &lt;help dir&gt; &lt;output xml&gt;</c>: checks every cmdlet's markdown against the
    /// cmdlet and writes the MAML; fails listing every problem.
    /// <c>scaffold &lt;module dll&gt; &lt;help dir&gt;</c>: writes a draft for each cmdlet that has no markdown yet.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length < 3 || (args[0] != "compile" && args[0] != "scaffold") || (args[0] == "compile" && args.Length < 4))
            {
                Console.Error.WriteLine("usage: compile <Altegio.PowerShell.dll> <help dir> <output xml> | scaffold <Altegio.PowerShell.dll> <help dir>");
                return 2;
            }

            var reflection = new CmdletReflection(Assembly.LoadFrom(Path.GetFullPath(args[1])));
            var helpDirectory = args[2];
            if (args[0] == "scaffold")
            {
                foreach (var cmdlet in reflection.Cmdlets)
                {
                    var path = Path.Combine(helpDirectory, cmdlet.Name + ".md");
                    if (!File.Exists(path))
                    {
                        File.WriteAllText(path, Scaffolder.Draft(cmdlet));
                        Console.WriteLine("wrote " + path);
                    }
                }

                return 0;
            }

            var helps = reflection.Cmdlets.Select(c => (Cmdlet: c, Help: Load(helpDirectory, c.Name))).ToList();
            var problems = helps.SelectMany(h => HelpChecker.Check(h.Cmdlet, h.Help)).ToList();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine(problem);
                }

                return 1;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[3]))!);
            MamlWriter.Write(helps.Select(h => h.Help!)).Save(args[3]);
            Console.WriteLine("help for " + helps.Count + " cmdlets written to " + args[3]);
            return 0;
        }

        private static CommandHelp? Load(string directory, string name)
        {
            var path = Path.Combine(directory, name + ".md");
            return File.Exists(path) ? MarkdownHelpReader.ReadFile(path) : null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Altegio.HelpCompiler
{
    /// <summary>
    /// <c>compile &lt;module dll&gt; &lt;help dir&gt; &lt;output xml&gt;</c>: checks every cmdlet's markdown against the
    /// cmdlet (a cmdlet without a page, a page without a cmdlet, a parameter on one side only, ...) and writes
    /// the MAML; fails listing every problem.
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

            var problems = Check(reflection, helpDirectory);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine(problem);
                }

                return 1;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[3]))!);
            MamlWriter.Write(reflection.Cmdlets.Select(c => Load(helpDirectory, c.Name)!)).Save(args[3]);
            Console.WriteLine("help for " + reflection.Cmdlets.Count + " cmdlets written to " + args[3]);
            return 0;
        }

        /// <summary>Every problem with a help folder: each cmdlet against its page, and each page against the cmdlets.</summary>
        public static IReadOnlyList<string> Check(CmdletReflection reflection, string helpDirectory)
        {
            var pages = Directory.GetFiles(helpDirectory, "*.md").Select(p => Path.GetFileNameWithoutExtension(p));
            return reflection.Cmdlets.SelectMany(c => HelpChecker.Check(c, Load(helpDirectory, c.Name)))
                .Concat(HelpChecker.CheckPages(reflection.Cmdlets, pages))
                .ToList();
        }

        private static CommandHelp? Load(string directory, string name)
        {
            var path = Path.Combine(directory, name + ".md");
            return File.Exists(path) ? MarkdownHelpReader.ReadFile(path) : null;
        }
    }
}

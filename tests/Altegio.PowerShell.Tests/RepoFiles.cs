using System;
using System.IO;

namespace Altegio.PowerShell.Tests
{
    /// <summary>Finds files of the repository from the test's output folder.</summary>
    internal static class RepoFiles
    {
        public static string Root { get; } = FindRoot();

        public static string PathOf(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Altegio.Ps.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Altegio.Ps.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

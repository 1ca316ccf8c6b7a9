using System;
using System.IO;

namespace Altegio.PowerShell.Hosted.Tests.Support;

/// <summary>Where the laid-out module and the mock server are: from build.ps1's environment, else the repo's defaults.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Module =>
        Environment.GetEnvironmentVariable("ALTEGIO_TEST_MODULE") is { Length: > 0 } path ? path : Path.Combine(RepoRoot, "out", "Altegio");

    public static string MockServer =>
        Environment.GetEnvironmentVariable("ALTEGIO_TEST_MOCK") is { Length: > 0 } path
            ? path
            : Path.Combine(RepoRoot, "tests", "Altegio.MockServer", "bin", "Release", "net10.0", "Altegio.MockServer.dll");

    /// <summary>Fails with the fix in the message when build.ps1 has not laid the module out.</summary>
    public static string RequireModuleManifest()
    {
        var manifest = Path.Combine(Module, "Altegio.psd1");
        if (!File.Exists(manifest))
        {
            throw new InvalidOperationException($"The module is not laid out at {Module}. Run 'dotnet pwsh ./build.ps1 -Test' (it builds the module first).");
        }

        return manifest;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Altegio.Ps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Altegio.Ps.sln not found above " + AppContext.BaseDirectory);
    }
}

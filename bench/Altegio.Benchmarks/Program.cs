using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Altegio.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench/Altegio.Benchmarks -- [all|percall|paging|coldstart|bulk|memory|configsync] [--results &lt;dir&gt;]</c>.
    /// Starts the mock server as a separate process, runs the chosen measurements, and writes
    /// <c>results.json</c>; <c>report</c> turns that (and the pwsh results, if any) into bench/RESULTS.md.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
            var repo = FindRepoRoot();
            var results = Path.Combine(repo, "out", "bench");
            for (var i = 0; i < args.Length - 1; i++)
            {
                if (args[i] == "--results")
                {
                    results = Path.GetFullPath(args[i + 1]);
                }
            }

            Directory.CreateDirectory(results);
            var store = ResultStore.Load(results);
            if (command == "report")
            {
                Report.Write(store, results, Path.Combine(repo, "bench", "RESULTS.md"));
                return 0;
            }

            var mockDll = Path.Combine(repo, "tests", "Altegio.MockServer", "bin", "Release", "net10.0", "Altegio.MockServer.dll");
            if (!File.Exists(mockDll))
            {
                Console.Error.WriteLine("Build the mock server first: dotnet build tests/Altegio.MockServer -c Release");
                return 2;
            }

            using var mock = MockProcess.Start(mockDll);
            if (command == "configsync")
            {
                // Alone, this run replaces only its own section of RESULTS.md, keeping the figures of the last full run.
                store.ConfigSync = ConfigSyncHarness.Run(mock);
                store.Save(results);
                Report.ReplaceSection(Path.Combine(repo, "bench", "RESULTS.md"), ConfigSyncHarness.Section(store.ConfigSync));
                return 0;
            }

            Seeding.SeedEvents(mock);
            var config = Config(results);
            var all = command == "all";
            if (all || command == "percall")
            {
                store.Add("percall", BenchmarkRunner.Run<PerCallBenchmarks>(config));
            }

            if (all || command == "paging")
            {
                store.Add("paging", BenchmarkRunner.Run<PagingBenchmarks>(config));
            }

            if (all || command == "coldstart")
            {
                // Its own [SimpleJob(ColdStart)] is the job: no default job beside it.
                store.Add("coldstart", BenchmarkRunner.Run<ColdStartBenchmarks>(Config(results, withDefaultJob: false)));
            }

            if (all || command == "memory")
            {
                store.Memory = MemoryHarness.Run(mock);
            }

            if (all || command == "breakdown")
            {
                store.Breakdown = BreakdownHarness.Run(mock);
            }

            if (all || command == "bulk")
            {
                store.Bulk = BulkHarness.Run(mock);
            }

            if (all)
            {
                store.ConfigSync = ConfigSyncHarness.Run(mock);
            }

            store.Save(results);
            Report.Write(store, results, Path.Combine(repo, "bench", "RESULTS.md"));
            return 0;
        }

        private static IConfig Config(string results, bool withDefaultJob = true)
        {
            var config = ManualConfig.CreateEmpty()
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
                .AddExporter(BenchmarkDotNet.Exporters.MarkdownExporter.GitHub)
                .AddDiagnoser(MemoryDiagnoser.Default)
                .WithArtifactsPath(Path.Combine(results, "BenchmarkDotNet.Artifacts"))
                .WithOptions(ConfigOptions.DisableLogFile);

            // A short job keeps the whole suite to a few minutes on two cores; ratios, not absolute times, are the figures.
            return withDefaultJob ? config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1)) : config;
        }

        private static string FindRepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Altegio.Ps.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? Directory.GetCurrentDirectory();
        }
    }
}

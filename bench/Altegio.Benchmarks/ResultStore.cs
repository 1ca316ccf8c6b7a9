using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Reports;

namespace Altegio.Benchmarks
{
    /// <summary>One measured case: which side, which parameters, mean time and allocations per operation.</summary>
    public sealed record Row(string Suite, string Method, string Parameters, double MeanNs, double? ErrorNs, long? AllocatedBytes);

    /// <summary>The figures of the last run, kept as JSON so a partial rerun (one suite) keeps the others.</summary>
    public sealed class ResultStore
    {
        private const string FileName = "results.json";

        public List<Row> Rows { get; set; } = new List<Row>();

        public BulkResult? Bulk { get; set; }

        public MemoryResult? Memory { get; set; }

        public BreakdownResult? Breakdown { get; set; }

        public ConfigSyncResult? ConfigSync { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        /// <summary>Findings worth keeping beside the figures (e.g. why a target was missed).</summary>
        public List<string> Notes { get; set; } = new List<string>();

        public static ResultStore Load(string directory)
        {
            var path = Path.Combine(directory, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<ResultStore>(File.ReadAllText(path)) ?? new ResultStore() : new ResultStore();
        }

        public void Add(string suite, Summary summary)
        {
            Rows.RemoveAll(r => r.Suite == suite);
            foreach (var report in summary.Reports)
            {
                var statistics = report.ResultStatistics;
                if (statistics is null)
                {
                    continue;
                }

                Rows.Add(new Row(
                    suite,
                    report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                    report.BenchmarkCase.Parameters.DisplayInfo,
                    statistics.Mean,
                    statistics.StandardError,
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)));
            }
        }

        public void Save(string directory)
        {
            UpdatedAt = DateTimeOffset.Now;
            File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }));
        }

        /// <summary>Core's mean over raw's mean for the same suite and parameters.</summary>
        public (Row Raw, Row Core, double Ratio)? Compare(string suite, string parameters = "")
        {
            var raw = Rows.FirstOrDefault(r => r.Suite == suite && r.Method == "Raw" && r.Parameters == parameters);
            var core = Rows.FirstOrDefault(r => r.Suite == suite && r.Method == "Core" && r.Parameters == parameters);
            return raw is null || core is null ? null : (raw, core, core.MeanNs / raw.MeanNs);
        }
    }
}

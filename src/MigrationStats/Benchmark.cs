using System.Diagnostics;
using MigrationStats.Ingest;
using MigrationStats.Recognize;

namespace MigrationStats;

/// <summary>One benchmark measurement.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
/// <param name="Characters">Characters of clean text processed.</param>
/// <param name="Paragraphs">Paragraphs processed.</param>
public sealed record BenchmarkResult(string Name, double Seconds, long Characters, int Paragraphs)
{
    /// <summary>Throughput in kilobytes (thousands of characters) per second.</summary>
    public double KilobytesPerSecond => Characters / 1000.0 / Seconds;
}

/// <summary>
/// Measures extraction speed against a baseline taken in the same run: the raw recognizers
/// (number, percentage, number range, date) on each paragraph. The recognizers cache results per
/// input string, so each measurement sees each text exactly once, and the two never share an
/// input string (the baseline reads whole paragraphs with a trailing mark, the pipeline reads
/// sentences). Warm-up runs on unrelated text.
/// </summary>
public static class Benchmark
{
    /// <summary>Runs the baseline and the pipeline on the documents.</summary>
    public static IReadOnlyList<BenchmarkResult> Run(IReadOnlyList<ReportDocument> documents)
    {
        var raw = new RawRecognizer();
        var reference = new DateTime(2004, 9, 3);
        const string warmUp = "In May 2004, some 160 people, or 21 per cent, met between 1975 and 2003 on 7 and 8 October 2003.";
        raw.Count(warmUp, reference);
        Pipeline.Extract([DocumentParser.Parse("warm-up", "warm-up.txt", "1. " + warmUp + "\n", "0")]);

        var paragraphs = documents.SelectMany(d => d.Paragraphs).ToList();
        var characters = paragraphs.Sum(p => (long)p.Text.Value.Length);

        var clock = Stopwatch.StartNew();
        var results = 0;
        foreach (var p in paragraphs)
        {
            results += raw.Count(p.Text.Value + " ¶", reference);
        }

        var baseline = new BenchmarkResult($"baseline: raw recognizers on each paragraph ({results} raw results)", clock.Elapsed.TotalSeconds, characters, paragraphs.Count);

        clock.Restart();
        var data = Pipeline.Extract(documents);
        var ours = new BenchmarkResult($"pipeline: interpret + dataset ({data.Figures.Length} figures, {data.Dates.Length} dates)", clock.Elapsed.TotalSeconds, characters, paragraphs.Count);
        return [baseline, ours];
    }
}

using System.Collections.Immutable;
using System.Diagnostics;
using MigrationStats.Charts;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Ingest;
using MigrationStats.Interpret;
using MigrationStats.Trends;
using MigrationStats.Workbook;

namespace MigrationStats;

/// <summary>What <see cref="Pipeline.Run"/> did.</summary>
/// <param name="Dataset">The extracted dataset.</param>
/// <param name="Files">Output files written.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="Skipped">Inputs of a batch that could not be read (path and problem), left out of the run.</param>
public sealed record RunResult(ExtractedDataset Dataset, ImmutableArray<string> Files, TimeSpan Elapsed, ImmutableArray<InputException> Skipped = default)
{
    /// <summary>True when some inputs were skipped.</summary>
    public bool SkippedAny => !Skipped.IsDefaultOrEmpty;
}

/// <summary>What <see cref="Pipeline.WriteTrend"/> wrote.</summary>
/// <param name="Csv">The series rows (series.csv's columns) of every matching series.</param>
/// <param name="Charts">Each matching series with its chart files (none when it has too few points).</param>
/// <param name="Fonts">Font files the SVGs name, when they had to be written.</param>
public sealed record TrendFiles(string Csv, ImmutableArray<TrendChartFiles> Charts, ImmutableArray<string> Fonts);

/// <summary>The facade: read reports, extract the dataset, write every output.</summary>
public static class Pipeline
{
    /// <summary>Default input folder of <c>migstats run</c>.</summary>
    public const string DefaultInputs = "seeds";

    /// <summary>Default output folder of <c>migstats run</c>.</summary>
    public const string DefaultOutput = "output";

    /// <summary>Reads every input file; bad input throws <see cref="InputException"/> before anything is written.</summary>
    public static ImmutableArray<ReportDocument> Read(IEnumerable<string> inputs) =>
        ReportReader.ResolveInputs(inputs).Select(ReportReader.Read).ToImmutableArray();

    /// <summary>Extracts figures, dates and series from documents already read.</summary>
    public static ExtractedDataset Extract(IReadOnlyList<ReportDocument> documents) =>
        DatasetBuilder.Build(documents.Select(d => ReportInterpreter.Read(d)).ToList());

    /// <summary>
    /// Reads every input of a batch: a file that cannot be read (a scanned PDF, a damaged file) is
    /// skipped and returned with its problem, and the others are read. When no input can be read,
    /// the first problem is thrown.
    /// </summary>
    public static (ImmutableArray<ReportDocument> Documents, ImmutableArray<InputException> Skipped) ReadBatch(IEnumerable<string> inputs)
    {
        var files = ReportReader.ResolveInputs(inputs);
        var documents = ImmutableArray.CreateBuilder<ReportDocument>();
        var skipped = ImmutableArray.CreateBuilder<InputException>();
        foreach (var file in files)
        {
            try
            {
                documents.Add(ReportReader.Read(file));
            }
            catch (InputException e) when (files.Length > 1)
            {
                skipped.Add(e);
            }
        }

        if (documents.Count == 0 && skipped.Count > 0)
        {
            throw skipped[0];
        }

        return (documents.ToImmutable(), skipped.ToImmutable());
    }

    /// <summary>
    /// Reads, extracts and writes figures.csv, dates.csv, series.csv, dataset.json, the workbook and
    /// charts; for PDF inputs also <c>sources/&lt;id&gt;.txt</c>, the text the offsets refer to.
    /// Inputs a batch skips are in the dataset (<see cref="ExtractedDataset.Skipped"/>), so
    /// dataset.json and the workbook's Documents sheet list them with their reason.
    /// </summary>
    public static RunResult Run(IEnumerable<string> inputs, string outputDirectory)
    {
        var clock = Stopwatch.StartNew();
        var (documents, skipped) = ReadBatch(inputs);
        var data = Extract(documents) with { Skipped = [.. skipped.Select(e => new SkippedInput(e.Path, e.Problem))] };
        var files = WriteOutputs(data, outputDirectory);
        var sources = documents.Where(d => ReportReader.IsPdf(d.FilePath)).Select(d =>
        {
            var path = Path.Combine(outputDirectory, "sources", d.Id + ".txt");
            AtomicFile.WriteText(path, d.Source);
            return path;
        }).ToList();
        return new RunResult(data, files.AddRange(sources), clock.Elapsed, skipped);
    }

    /// <summary>Default output folder of <c>migstats trend</c>.</summary>
    public static readonly string DefaultTrendOutput = Path.Combine(DefaultOutput, "trend");

    /// <summary>
    /// Writes what a trend query found: <c>trend-&lt;query&gt;.csv</c> (series.csv's columns, every
    /// matching series) and the chart of each series that has one, <c>trend-&lt;query&gt;.png/.svg</c>
    /// for the first, <c>-2</c>, <c>-3</c> ... for the next. Each file is written atomically.
    /// </summary>
    public static TrendFiles WriteTrend(ExtractedDataset data, TrendQueryResult result, string outputDirectory)
    {
        var stem = "trend-" + ChartRenderer.Slug(result.Query);
        var csv = Path.Combine(outputDirectory, stem + ".csv");
        AtomicFile.WriteText(csv, CsvExport.Series(data with { Series = result.Series }));
        var charts = ChartRenderer.RenderTrends(data, result.Series, outputDirectory, stem);
        return new TrendFiles(csv, charts.Series, charts.Fonts);
    }

    /// <summary>Writes every output of a dataset into a folder; each file is written atomically.</summary>
    public static ImmutableArray<string> WriteOutputs(ExtractedDataset data, string outputDirectory)
    {
        var files = ImmutableArray.CreateBuilder<string>();
        void Text(string name, string content)
        {
            var path = Path.Combine(outputDirectory, name);
            AtomicFile.WriteText(path, content);
            files.Add(path);
        }

        Text("figures.csv", CsvExport.Figures(data));
        Text("dates.csv", CsvExport.Dates(data));
        Text("series.csv", CsvExport.Series(data));
        Text("dataset.json", DatasetJson.Write(data));
        var workbook = Path.Combine(outputDirectory, "MigrationStats.xlsx");
        WorkbookWriter.Write(data, workbook);
        files.Add(workbook);
        files.AddRange(ChartRenderer.RenderAll(data, Path.Combine(outputDirectory, "charts")));
        return files.ToImmutable();
    }
}

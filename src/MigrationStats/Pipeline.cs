using System.Collections.Immutable;
using System.Diagnostics;
using MigrationStats.Charts;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Ingest;
using MigrationStats.Interpret;
using MigrationStats.Workbook;

namespace MigrationStats;

/// <summary>What <see cref="Pipeline.Run"/> did.</summary>
/// <param name="Dataset">The extracted dataset.</param>
/// <param name="Files">Output files written.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record RunResult(ExtractedDataset Dataset, ImmutableArray<string> Files, TimeSpan Elapsed);

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

    /// <summary>Reads, extracts and writes figures.csv, dates.csv, series.csv, dataset.json, the workbook and charts.</summary>
    public static RunResult Run(IEnumerable<string> inputs, string outputDirectory)
    {
        var clock = Stopwatch.StartNew();
        var documents = Read(inputs);
        var data = Extract(documents);
        var files = WriteOutputs(data, outputDirectory);
        return new RunResult(data, files, clock.Elapsed);
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

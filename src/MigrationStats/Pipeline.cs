using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using MigrationStats.Charts;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Ingest;
using MigrationStats.Interpret;
using MigrationStats.Recognize;
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

    /// <summary>Inputs that are the same file as an earlier input (same SHA-256), read once.</summary>
    public ImmutableArray<DuplicateInput> Duplicates { get; init; } = [];

    /// <summary>Folders read, subfolders included.</summary>
    public int Folders { get; init; }

    /// <summary>Seconds each document took to read, interpret and turn into rows (on its worker), by file path.</summary>
    public ImmutableDictionary<string, double> DocumentSeconds { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Worker threads that read and interpreted the documents.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Whether each document's timeline was drawn (see <see cref="TimelineChoice"/>).</summary>
    public bool DocumentTimelines { get; init; } = true;
}

/// <summary>An input that is the same file as an earlier one (same SHA-256): it is read once, as <paramref name="SameAs"/>.</summary>
public sealed record DuplicateInput(string FilePath, string SameAs);

/// <summary>Whether a run draws a timeline for each document (the corpus timeline is always drawn).</summary>
public enum TimelineChoice
{
    /// <summary>One per document for up to <see cref="RunOptions.AutoTimelineLimit"/> documents, none for more.</summary>
    Auto,

    /// <summary>One per document, however many.</summary>
    All,

    /// <summary>None.</summary>
    None,
}

/// <summary>How far a run has come, for progress on the console.</summary>
/// <param name="Done">Documents read and interpreted.</param>
/// <param name="Total">Documents to read.</param>
/// <param name="Current">File just finished (null when writing outputs).</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="Remaining">Estimated time to the end of reading, from the pace so far (null before the first document is done).</param>
/// <param name="Stage">"reading" while documents are read, then "writing".</param>
public sealed record RunProgress(int Done, int Total, string? Current, TimeSpan Elapsed, TimeSpan? Remaining, string Stage);

/// <summary>Choices of a run beyond its inputs and output folder.</summary>
public sealed record RunOptions
{
    /// <summary>Most documents for which <see cref="TimelineChoice.Auto"/> draws each one's timeline.</summary>
    public const int AutoTimelineLimit = 25;

    /// <summary>Whether to draw each document's timeline.</summary>
    public TimelineChoice Timelines { get; init; } = TimelineChoice.Auto;

    /// <summary>Documents read at the same time; default: one per processor.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Told after each document and when writing starts; called from worker threads.</summary>
    public IProgress<RunProgress>? Progress { get; init; }

    /// <summary>For tests: called after each output file is written into the staging folder, so a failure can be injected there.</summary>
    internal Action<string>? AfterEachOutput { get; init; }
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
        [.. ReportReader.ResolveInputs(inputs).Select(f => ReportReader.Read(f))];

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
        var set = ReportReader.Resolve(inputs);
        var documents = ImmutableArray.CreateBuilder<ReportDocument>();
        var skipped = set.Problems.ToBuilder();
        foreach (var file in set.Files)
        {
            try
            {
                documents.Add(ReportReader.Read(file));
            }
            catch (InputException e)
            {
                skipped.Add(e);
            }
        }

        return documents.Count == 0 && skipped.Count > 0 ? throw skipped[0] : (documents.ToImmutable(), skipped.ToImmutable());
    }

    /// <summary>
    /// Reads, extracts and writes figures.csv, dates.csv, series.csv, dataset.json, the workbook and
    /// charts; for PDF inputs also <c>sources/&lt;id&gt;.txt</c>, the text the offsets refer to.
    /// </summary>
    /// <remarks>
    /// Documents are read and interpreted on <see cref="RunOptions.Workers"/> threads, each with its
    /// own recognizers; a document's text and readings are let go as soon as its rows are made, so
    /// memory grows with the rows, not with the reports' text. Rows keep the inputs' order, so the
    /// outputs are the same whatever the number of workers. Inputs a batch skips are in the dataset
    /// (<see cref="ExtractedDataset.Skipped"/>), so dataset.json and the workbook's Documents sheet
    /// list them with their reason; when no input can be read, the first problem is thrown. An input
    /// that is the same file as an earlier one (same SHA-256) is read once. The outputs are written
    /// to a staging folder and swapped in as a set (<see cref="OutputFolder"/>).
    /// </remarks>
    public static RunResult Run(IEnumerable<string> inputs, string outputDirectory, RunOptions? options = null)
    {
        options ??= new RunOptions();
        var clock = Stopwatch.StartNew();
        var set = ReportReader.Resolve(inputs);
        var (files, duplicates, unreadable) = Identify(set.Files);
        var problems = set.Problems.AddRange(unreadable);
        if (files.Count == 0)
        {
            throw problems.FirstOrDefault() ?? new InputException(string.Join(", ", inputs), InputErrors.NoTextFiles);
        }

        using var output = OutputFolder.Open(outputDirectory);
        var workers = Math.Clamp(options.Workers, 1, Math.Max(1, files.Count));
        var outcomes = ReadAll(files, workers, output.Staging, options.Progress, clock);
        var skipped = problems.AddRange(outcomes.Select(o => o.Problem).OfType<InputException>());
        var rows = outcomes.Select(o => o.Rows).OfType<DocumentRows>().ToList();
        if (rows.Count == 0)
        {
            throw skipped[0];
        }

        options.Progress?.Report(new RunProgress(files.Count, files.Count, null, clock.Elapsed, TimeSpan.Zero, "writing"));
        var data = DatasetBuilder.Assemble(rows) with { Skipped = [.. skipped.Select(e => new SkippedInput(e.Path, e.Problem))] };
        var timelines = options.Timelines == TimelineChoice.All || (options.Timelines == TimelineChoice.Auto && rows.Count <= RunOptions.AutoTimelineLimit);
        var written = WriteOutputs(data, output.Staging, timelines, options.AfterEachOutput);
        var sources = Path.Combine(output.Staging, "sources");
        var all = Directory.Exists(sources) ? written.AddRange(Directory.EnumerateFiles(sources).Order(StringComparer.Ordinal)) : written;
        output.Commit();
        var outputs = all.Select(f => Path.Combine(outputDirectory, Path.GetRelativePath(output.Staging, f))).ToImmutableArray();
        return new RunResult(data, outputs, clock.Elapsed, skipped)
        {
            DocumentSeconds = outcomes.Where(o => o.Rows is not null).ToImmutableDictionary(o => o.Rows!.Info.FilePath, o => o.Seconds),
            Duplicates = duplicates,
            Folders = set.Folders,
            Workers = workers,
            DocumentTimelines = timelines,
        };
    }

    /// <summary>A document read into its rows, or the problem that kept it out.</summary>
    private sealed record Outcome(DocumentRows? Rows, InputException? Problem, double Seconds = 0);

    /// <summary>A report file to read, with the id its rows get.</summary>
    private sealed record InputReport(string Path, string Id);

    /// <summary>
    /// Hashes every file once: a file with the same bytes as an earlier one is a duplicate; files
    /// with the same name in different folders get distinct ids ("report", "report-2").
    /// </summary>
    private static (List<InputReport> Files, ImmutableArray<DuplicateInput> Duplicates, ImmutableArray<InputException> Problems) Identify(ImmutableArray<string> files)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<InputReport>();
        var duplicates = ImmutableArray.CreateBuilder<DuplicateInput>();
        var problems = ImmutableArray.CreateBuilder<InputException>();
        foreach (var file in files)
        {
            string hash;
            try
            {
                hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(InputFile.ReadAllBytes(file)));
            }
            catch (InputException e)
            {
                problems.Add(e);
                continue;
            }

            if (seen.TryGetValue(hash, out var first))
            {
                duplicates.Add(new DuplicateInput(file, first));
                continue;
            }

            seen[hash] = file;
            var stem = ReportReader.IdOf(file);
            var id = stem;
            for (var n = 2; !ids.Add(id); n++)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
            }

            unique.Add(new InputReport(file, id));
        }

        return (unique, duplicates.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Reads and interprets every file on <paramref name="workers"/> threads; outcomes in the files' order.</summary>
    private static Outcome[] ReadAll(List<InputReport> files, int workers, string staging, IProgress<RunProgress>? progress, Stopwatch clock)
    {
        var outcomes = new Outcome[files.Count];
        var next = -1;
        var done = 0;
        var failed = 0;
        void Work(TextRecognizer recognizer)
        {
            int i;
            while (Volatile.Read(ref failed) == 0 && (i = Interlocked.Increment(ref next)) < files.Count)
            {
                outcomes[i] = ReadOne(files[i], recognizer, staging);
                var finished = Interlocked.Increment(ref done);
                var elapsed = clock.Elapsed;
                progress?.Report(new RunProgress(finished, files.Count, files[i].Path, elapsed, elapsed / finished * (files.Count - finished), "reading"));
            }
        }

        var threads = Enumerable.Range(0, workers).Select(w => Task.Factory.StartNew(() =>
        {
            try
            {
                Work(w == 0 ? TextRecognizer.Shared : new TextRecognizer());
            }
            catch
            {
                Interlocked.Exchange(ref failed, 1);
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            Task.WaitAll(threads);
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }

        return outcomes;
    }

    private static Outcome ReadOne(InputReport file, TextRecognizer recognizer, string staging)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var document = ReportReader.Read(file.Path, file.Id);
            var rows = DatasetBuilder.Rows(ReportInterpreter.Read(document, recognizer));
            if (ReportReader.IsPdf(file.Path))
            {
                AtomicFile.WriteText(Path.Combine(staging, "sources", document.Id + ".txt"), document.Source);
            }

            return new Outcome(rows, null, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        catch (InputException e)
        {
            return new Outcome(null, e);
        }
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
    /// <param name="data">The dataset.</param>
    /// <param name="outputDirectory">The folder.</param>
    /// <param name="documentTimelines">Draw each document's timeline (the corpus timeline is always drawn).</param>
    /// <param name="afterEach">Called with each file written (for tests).</param>
    public static ImmutableArray<string> WriteOutputs(ExtractedDataset data, string outputDirectory, bool documentTimelines = true, Action<string>? afterEach = null)
    {
        var files = ImmutableArray.CreateBuilder<string>();
        void Written(string path)
        {
            files.Add(path);
            afterEach?.Invoke(path);
        }

        // Each file is written row by row into its temporary file: no output is built whole in memory.
        void Text(string name, Action<TextWriter> write)
        {
            var path = Path.Combine(outputDirectory, name);
            AtomicFile.WriteText(path, write);
            Written(path);
        }

        Text("figures.csv", w => CsvExport.Figures(data, w));
        Text("dates.csv", w => CsvExport.Dates(data, w));
        Text("series.csv", w => CsvExport.Series(data, w));
        var json = Path.Combine(outputDirectory, "dataset.json");
        AtomicFile.Write(json, s => DatasetJson.Write(data, s));
        Written(json);
        var workbook = Path.Combine(outputDirectory, "MigrationStats.xlsx");
        WorkbookWriter.Write(data, workbook);
        Written(workbook);
        files.AddRange(ChartRenderer.RenderAll(data, Path.Combine(outputDirectory, "charts"), documentTimelines: documentTimelines));
        return files.ToImmutable();
    }
}

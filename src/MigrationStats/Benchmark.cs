using System.Collections.Immutable;
using System.Diagnostics;
using MigrationStats.Dataset;
using MigrationStats.Ingest;
using MigrationStats.Interpret;
using MigrationStats.Recognize;

namespace MigrationStats;

/// <summary>One benchmark measurement.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
/// <param name="Characters">Characters of text processed (clean paragraph text; for the PDF measurements, the text extracted from the PDFs).</param>
/// <param name="Paragraphs">Paragraphs processed.</param>
public sealed record BenchmarkResult(string Name, double Seconds, long Characters, int Paragraphs)
{
    /// <summary>Throughput in kilobytes (thousands of characters) per second.</summary>
    public double KilobytesPerSecond => Characters / 1000.0 / Seconds;
}

/// <summary>How fast the PDF inputs were read, beside the text path on the text they gave.</summary>
/// <param name="Files">PDF inputs read.</param>
/// <param name="Pages">Their pages.</param>
/// <param name="Bytes">Their size on disk.</param>
/// <param name="Read">PdfPig text-layer extraction (<c>PdfText.Extract</c>) of every PDF.</param>
/// <param name="TextPath">The text path on the same reports: parsing the extracted text, interpreting it and building the dataset.</param>
public sealed record PdfBenchmark(int Files, int Pages, long Bytes, BenchmarkResult Read, BenchmarkResult TextPath)
{
    /// <summary>Pages extracted per second.</summary>
    public double PagesPerSecond => Pages / Read.Seconds;

    /// <summary>Kilobytes of PDF file read per second.</summary>
    public double FileKilobytesPerSecond => Bytes / 1000.0 / Read.Seconds;

    /// <summary>Share of the PDF reports' time spent reading the PDFs: read / (read + text path).</summary>
    public double ReadShare => Read.Seconds / (Read.Seconds + TextPath.Seconds);
}

/// <summary>What <see cref="Benchmark.Run"/> measured.</summary>
/// <param name="Results">The baseline first, then the pipeline (interpret + dataset), then the whole run.</param>
/// <param name="Pdf">PDF reading, when the inputs hold PDFs that could be read; else null.</param>
/// <param name="Skipped">Inputs of a batch that could not be read (a scan, a damaged file), left out as <c>run</c> leaves them out.</param>
public sealed record BenchmarkReport(ImmutableArray<BenchmarkResult> Results, PdfBenchmark? Pdf, ImmutableArray<InputException> Skipped)
{
    /// <summary>Peak working set of the process over the benchmark, in bytes.</summary>
    public long PeakBytes { get; init; }

    /// <summary>Processor time of the whole run over its wall-clock time (how many cores it kept busy).</summary>
    public double RunCpuPerWall { get; init; }

    /// <summary>Worker threads of the whole run.</summary>
    public int RunWorkers { get; init; }
}

/// <summary>
/// Measures extraction speed against a baseline taken in the same process: the raw recognizers
/// the pipeline uses (number, percentage, date) on each paragraph, on one thread, as a script
/// calling the library would. Then the pipeline's interpretation and dataset on one thread, and the
/// whole run (<see cref="Pipeline.Run"/>: read, interpret on every core, write every output into a
/// temporary folder). The recognizers cache results per
/// input string, so each measurement sees each text exactly once, and the two never share an
/// input string (the baseline reads whole paragraphs with a trailing mark, the pipeline reads
/// sentences). Warm-up runs on unrelated text.
/// </summary>
/// <remarks>
/// For PDF inputs it also times the PdfPig extraction alone, and the text path on the reports'
/// extracted text without running anything twice on the same strings: the parse is the time of
/// reading the file (<see cref="ReportReader.Read"/>: bytes, hash, extraction, parse) less the
/// extraction's, the interpretation is the PDF documents' share of the pipeline measurement
/// (each document is timed there), and the dataset step is shared out by paragraphs. The text
/// extraction has no cache, so it is timed apart from the reading, and warmed up on the first PDF.
/// </remarks>
public static class Benchmark
{
    /// <summary>
    /// Reads the inputs (a batch skips the files it cannot read, as <see cref="Pipeline.ReadBatch"/>
    /// does), then runs the baseline and the pipeline on the documents, timing the PDFs' reading.
    /// </summary>
    public static BenchmarkReport Run(IEnumerable<string> inputs)
    {
        var files = ReportReader.ResolveInputs(inputs);
        var raw = new RawRecognizer();
        var reference = new DateTime(2004, 9, 3);
        const string warmUp = "In May 2004, some 160 people, or 21 per cent, met between 1975 and 2003 on 7 and 8 October 2003.";
        raw.Count(warmUp, reference);
        Pipeline.Extract([DocumentParser.Parse("warm-up", "warm-up.txt", "1. " + warmUp + "\n", "0")]);
        WarmUpPdf(files.Where(ReportReader.IsPdf));

        var documents = new List<ReportDocument>();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var isPdf = new List<bool>();
        var skipped = ImmutableArray.CreateBuilder<InputException>();
        var (extractSeconds, readSeconds, pdfBytes) = (0.0, 0.0, 0L);
        foreach (var file in files)
        {
            try
            {
                var start = Stopwatch.GetTimestamp();
                var document = ReportReader.Read(file);
                var read = Stopwatch.GetElapsedTime(start).TotalSeconds;
                if (ReportReader.IsPdf(file))
                {
                    var bytes = File.ReadAllBytes(file);
                    start = Stopwatch.GetTimestamp();
                    _ = PdfText.Extract(file, bytes);
                    extractSeconds += Stopwatch.GetElapsedTime(start).TotalSeconds;
                    readSeconds += read;
                    pdfBytes += bytes.Length;
                }

                if (!hashes.Add(document.Sha256))
                {
                    continue; // the run reads a file twice over once; so does the baseline
                }

                documents.Add(document);
                isPdf.Add(ReportReader.IsPdf(file));
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

        var paragraphs = documents.SelectMany(d => d.Paragraphs).ToList();
        var characters = paragraphs.Sum(p => (long)p.Text.Value.Length);

        // The whole run first, as `migstats run` does it, on text the recognizers have not seen
        // (their result caches are static): read, interpret on every worker, write every output.
        var output = Directory.CreateTempSubdirectory("migstats-bench-").FullName;
        RunResult run;
        double wall, cpuSeconds;
        try
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var runClock = Stopwatch.StartNew();
            run = Pipeline.Run(files.Where(f => documents.Any(d => d.FilePath == f)), Path.Combine(output, "out"));
            wall = runClock.Elapsed.TotalSeconds;
            cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }

        // The baseline: every paragraph with a trailing mark, strings the run never gave the models.
        var clock = Stopwatch.StartNew();
        var results = 0;
        foreach (var p in paragraphs)
        {
            results += raw.Count(p.Text.Value + " ¶", reference);
        }

        var baseline = new BenchmarkResult($"baseline: raw Number + Percentage + DateTime models on each paragraph, one thread ({results} raw results)", clock.Elapsed.TotalSeconds, characters, paragraphs.Count);
        var whole = new BenchmarkResult(
            $"whole run: read, interpret ({run.Workers} workers), write every output ({run.Dataset.Figures.Length} figures, {run.Dataset.Dates.Length} dates, {run.Files.Length} files)",
            wall, characters, paragraphs.Count);
        var pdfInterpret = documents.Where((_, i) => isPdf[i]).Sum(d => run.DocumentSeconds.GetValueOrDefault(d.FilePath));

        var pdfs = documents.Where((_, i) => isPdf[i]).ToList();
        PdfBenchmark? pdf = null;
        if (pdfs.Count > 0)
        {
            var pdfText = pdfs.Sum(d => (long)d.Source.Length);
            var pdfParagraphs = pdfs.Sum(d => d.Paragraphs.Length);
            var parse = Math.Max(0, readSeconds - extractSeconds);
            var textPath = Math.Max(0, pdfInterpret - readSeconds) + parse;
            pdf = new PdfBenchmark(
                pdfs.Count,
                pdfs.Sum(d => d.Source.Count(c => c == '\f')),
                pdfBytes,
                new BenchmarkResult($"pdf read: PdfPig text layer of {pdfs.Count} PDF(s)", extractSeconds, pdfText, pdfParagraphs),
                new BenchmarkResult("text path: parse + interpret + dataset of the extracted text", textPath, pdfText, pdfParagraphs));
        }

        return new BenchmarkReport([baseline, whole], pdf, skipped.ToImmutable())
        {
            PeakBytes = Process.GetCurrentProcess().PeakWorkingSet64,
            RunCpuPerWall = cpuSeconds / wall,
            RunWorkers = run.Workers,
        };
    }

    /// <summary>Extracts the first PDF that has a text layer, untimed, so that loading PdfPig is not in the measurement.</summary>
    private static void WarmUpPdf(IEnumerable<string> pdfs)
    {
        foreach (var file in pdfs)
        {
            try
            {
                _ = PdfText.Extract(file, File.ReadAllBytes(file));
                return;
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                // The reading below reports it; try the next one.
            }
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Tests.Ingest;
using MigrationStats.Tests.Verify;

namespace MigrationStats.Tests.Cli;

/// <summary><c>migstats bench</c> on a small PDF: the baseline lines as before, and the PDF reading's lines (no timing asserted).</summary>
public sealed class BenchCommandTests : IDisposable
{
    private const string Paragraph = "1. Some 160 people attended in May 2004, up from 120 in 2003.";

    private readonly string dir = Directory.CreateTempSubdirectory("migstats-bench-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Pdf(string name = "report.pdf")
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, PdfFixtures.Text(Paragraph));
        return path;
    }

    [Fact]
    public void Bench_OnePdf_PrintsAPagesPerSecondLineWithAPositiveNumber()
    {
        var (code, text, err) = TempRun.Cli("bench", Pdf());
        var lines = text.Split('\n');
        var read = Assert.Single(lines, l => l.Contains("pdf read:", StringComparison.Ordinal));
        var pagesPerSecond = double.Parse(Regex.Match(read, @"([0-9.]+) pages/s").Groups[1].Value, CultureInfo.InvariantCulture);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.True(pagesPerSecond > 0, read);
        Assert.Contains(lines, l => l.Contains("x baseline", StringComparison.Ordinal) && l.Contains("baseline: raw Number + Percentage + DateTime models", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("text path: parse + interpret + dataset", StringComparison.Ordinal));
        Assert.Matches(@"^PDF reading: \d+% of the PDF reports' time", Assert.Single(lines, l => l.StartsWith("PDF reading:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_OnePdf_CountsItsFilePagesAndText()
    {
        var path = Pdf();

        var report = Benchmark.Run([path]);

        var pdf = Assert.IsType<PdfBenchmark>(report.Pdf);
        Assert.Equal((1, 1, new FileInfo(path).Length), (pdf.Files, pdf.Pages, pdf.Bytes));
        Assert.Equal(Paragraph.Length + "\n\f".Length, pdf.Read.Characters);
        Assert.Equal(pdf.Read.Characters, pdf.TextPath.Characters);
        Assert.InRange(pdf.ReadShare, 0, 1);
        Assert.Empty(report.Skipped);
    }

    [Fact]
    public void Run_TextInputsOnly_MeasuresNoPdfReading()
    {
        var path = Path.Combine(dir, "report.txt");
        File.WriteAllText(path, Paragraph + "\n");

        var report = Benchmark.Run([path]);

        Assert.Null(report.Pdf);
        Assert.Equal(2, report.Results.Length);
    }

    [Fact]
    public void Bench_FolderWithAnUnreadablePdf_SkipsItAndExitsThree()
    {
        Pdf();
        var bad = Path.Combine(dir, "bad.pdf");
        File.WriteAllText(bad, "not a PDF\n");

        var (code, text, err) = TempRun.Cli("bench", dir);

        Assert.Equal(3, code);
        Assert.Equal($"skipped: {bad}: {InputErrors.NotPdf}", err.Trim());
        Assert.Contains("PDF inputs: 1 file(s), 1 pages", text, StringComparison.Ordinal);
    }
}

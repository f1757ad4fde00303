using System.CommandLine;
using System.Globalization;

namespace MigrationStats.Cli;

/// <summary><c>migstats bench</c>: extraction speed as a ratio against the raw recognizers, and for PDF inputs the PDF reading's speed and share.</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = Arguments.InputsOrDefault();
        var command = new Command("bench", "Time extraction against a baseline measured in the same run (raw recognizers on each paragraph); for PDF inputs also the PDF reading (pages/s, KB/s, its share of the time).");
        command.Arguments.Add(inputs);
        command.SetAction(parse =>
        {
            var report = Benchmark.Run(Arguments.InputsOf(parse, inputs));
            var baseline = report.Results[0];
            foreach (var r in report.Results)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Seconds,7:0.000} s  {r.KilobytesPerSecond,7:0.0} KB/s  {r.Seconds / baseline.Seconds,5:0.00}x baseline  {r.Paragraphs} paragraphs  {r.Name}"));
            }

            if (report.Results.Length > 1)
            {
                var run = report.Results[^1];
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"whole run: {baseline.Seconds / run.Seconds:0.0}x faster than the baseline; {report.RunCpuPerWall:0.00} CPU s per wall s on {report.RunWorkers} worker(s) ({Environment.ProcessorCount} processors); peak memory {report.PeakBytes / 1048576.0:0} MB"));
            }

            if (report.Pdf is { } pdf)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"PDF inputs: {pdf.Files} file(s), {pdf.Pages} pages, {pdf.Bytes / 1000.0:#,0} KB (KB/s below: of the text the PDFs give)"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{pdf.Read.Seconds,7:0.000} s  {pdf.Read.KilobytesPerSecond,7:0.0} KB/s  {pdf.PagesPerSecond,7:0.0} pages/s  {pdf.FileKilobytesPerSecond:0} KB/s of PDF  {pdf.Read.Name}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{pdf.TextPath.Seconds,7:0.000} s  {pdf.TextPath.KilobytesPerSecond,7:0.0} KB/s  {pdf.Pages / pdf.TextPath.Seconds,7:0.0} pages/s  {pdf.TextPath.Paragraphs} paragraphs  {pdf.TextPath.Name}"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"PDF reading: {pdf.ReadShare:0%} of the PDF reports' time (pdf read / (pdf read + text path))"));
            }

            foreach (var skipped in report.Skipped)
            {
                stderr.WriteLine($"skipped: {skipped.Message}");
            }

            if (!report.Skipped.IsEmpty)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Skipped.Length} input(s) skipped (listed on stderr); exit code {Cli.SomeSkipped}"));
                return Cli.SomeSkipped;
            }

            return Cli.Ok;
        });
        return command;
    }
}

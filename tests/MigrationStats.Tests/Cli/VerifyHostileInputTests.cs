using System.Diagnostics;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Tests.Verify;
using MigrationStats.Verify;

namespace MigrationStats.Tests.Cli;

/// <summary>
/// <c>migstats verify</c> on inputs a hostile probe tried: each bad input gives one line on stderr
/// and exit code 2, without hanging, running out of memory or printing a stack trace.
/// </summary>
public sealed class VerifyHostileInputTests : IDisposable
{
    private readonly TempRun run = new();

    public void Dispose() => run.Dispose();

    private string FiguresCsv => Path.Combine(run.Output, "figures.csv");

    private static (int Code, string Out, string Err) WithinAMinute(params string[] args)
    {
        var task = Task.Run(() => TempRun.Cli(args));
        Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "verify did not finish: it read a file that never ends");
        return task.Result;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static void AssertOneErrorLine(string expected, (int Code, string Out, string Err) result)
    {
        Assert.Equal(2, result.Code);
        Assert.Equal(expected, result.Err.TrimEnd('\r', '\n'));
        Assert.DoesNotContain('\n', result.Err.TrimEnd('\r', '\n'));
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FifoNamedFiguresCsv_SaysItIsNotARegularFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(run.Root, "figures.csv");
        MakeFifo(fifo);

        AssertOneErrorLine($"error: {fifo}: {InputErrors.NotRegular}", WithinAMinute("verify", fifo));
    }

    [Fact]
    public void Verify_DevZero_SaysWhatVerifyReads()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        AssertOneErrorLine("error: /dev/zero: not a workbook (.xlsx), CSV export (.csv) or dataset (.json)", WithinAMinute("verify", "/dev/zero"));
    }

    [Fact]
    public void Verify_LinkToDevZeroNamedDatasetJson_SaysItIsNotARegularFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var link = Path.Combine(run.Root, "dataset.json");
        File.CreateSymbolicLink(link, "/dev/zero");

        AssertOneErrorLine($"error: {link}: {InputErrors.NotRegular}", WithinAMinute("verify", link));
    }

    [Fact]
    public void Verify_LinkToDevZeroNamedXlsx_SaysItIsNotARegularFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var link = Path.Combine(run.Root, "zero.xlsx");
        File.CreateSymbolicLink(link, "/dev/zero");

        AssertOneErrorLine($"error: {link}: {InputErrors.NotRegular}", WithinAMinute("verify", link));
    }

    [Fact]
    public void Verify_OutputFolderWhoseWorkbookIsAFifo_SaysItIsNotARegularFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.Delete(run.Workbook);
        MakeFifo(run.Workbook);

        AssertOneErrorLine($"error: {run.Workbook}: {InputErrors.NotRegular}", WithinAMinute("verify", run.Output));
    }

    [Fact]
    public void Verify_CsvWhoseDatasetJsonBesideItIsAFifo_SaysItIsNotARegularFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var json = Path.Combine(run.Output, "dataset.json");
        File.Delete(json);
        MakeFifo(json);

        AssertOneErrorLine($"error: {json}: {InputErrors.NotRegular}", WithinAMinute("verify", FiguresCsv, "--sources", run.Sources));
    }

    [Fact]
    public void Verify_CsvOverTheSizeLimit_SaysItIsTooLargeWithoutReadingIt()
    {
        using (var file = File.Open(FiguresCsv, FileMode.Truncate))
        {
            file.SetLength(InputFile.MaxOutputBytes + 1);
        }

        AssertOneErrorLine($"error: {FiguresCsv}: {InputErrors.TooLarge(InputFile.MaxOutputBytes + 1, InputFile.MaxOutputBytes)}", WithinAMinute("verify", FiguresCsv));
    }

    [Fact]
    public void Verify_EmptyCsv_SaysWhichColumnIsMissing()
    {
        File.WriteAllText(FiguresCsv, string.Empty);

        AssertOneErrorLine($"error: {FiguresCsv}: CSV has no column 'document' in its header", TempRun.Cli("verify", FiguresCsv));
    }

    [Fact]
    public void Verify_CsvWithoutOffsetColumns_SaysWhichColumnIsMissing()
    {
        File.WriteAllText(FiguresCsv, "document,quote,kind,value,qualifier,time_start,time_end\r\nreport,175 million,count,1,exact,,\r\n");

        AssertOneErrorLine($"error: {FiguresCsv}: CSV has no column 'char_start' in its header", TempRun.Cli("verify", FiguresCsv));
    }

    [Fact]
    public void Verify_CsvWithAHugeField_PrintsOnlyItsStart()
    {
        var rows = CsvExport.Parse(File.ReadAllText(FiguresCsv));
        rows[1][Array.IndexOf(rows[0], "quote")] = new string('x', 20_000_000);
        File.WriteAllText(FiguresCsv, CsvExport.Table(rows[0], rows.Skip(1)));

        var (code, output, _) = TempRun.Cli("verify", FiguresCsv, "--sources", run.Sources);

        Assert.Equal(2, code);
        Assert.Contains($"quote '{new string('x', Excerpt.MaxChars)}{Excerpt.Ellipsis}' not found in A/59/999", output, StringComparison.Ordinal);
        Assert.True(output.Length < 2000, $"{output.Length} characters printed");
    }

    [Fact]
    public void Verify_TruncatedDatasetJson_GivesTheFileLineAndPositionOnOneLine()
    {
        var json = Path.Combine(run.Output, "dataset.json");
        File.WriteAllText(json, "{\n  \"documents\": [\n    {\"id\": \"report\",");

        AssertOneErrorLine($"error: {json}: not a MigrationStats dataset (line 3, position 20, at $.documents[0]: Expected start of a property name or value, but instead reached end of data)", TempRun.Cli("verify", json));
    }

    [Fact]
    public void Verify_DatasetJsonWithANullFigure_SaysWhichOnOneLine()
    {
        var json = Path.Combine(run.Output, "dataset.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace("\"figures\": [", "\"figures\": [null,", StringComparison.Ordinal));

        AssertOneErrorLine($"error: {json}: not a MigrationStats dataset (figures[0] is null)", TempRun.Cli("verify", json));
    }

    [Fact]
    public void Verify_PathWithALineBreak_ErrorIsStillOneLine()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var odd = Path.Combine(run.Root, "two\nlines.csv");
        File.WriteAllText(odd, "x\r\n");

        var (code, _, error) = TempRun.Cli("verify", odd);

        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.EndsWith("two lines.csv: CSV has no column 'document' in its header", error.TrimEnd('\n'), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ReportIntoAFolderThatIsAFile_SaysItCannotWriteIt()
    {
        var report = Path.Combine(run.SourceFile(), "problems.csv");

        var (code, _, error) = TempRun.Cli("verify", run.Workbook, "--sources", run.Sources, "--report", report);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {report}: cannot write the report (", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Verify_ReportCsv_NeutralizesADocumentNameThatIsAFormula()
    {
        var rows = CsvExport.Parse(File.ReadAllText(FiguresCsv));
        rows[1][Array.IndexOf(rows[0], "document")] = "=HYPERLINK(\"http://x\")";
        File.WriteAllText(FiguresCsv, CsvExport.Table(rows[0], rows.Skip(1)));
        var report = Path.Combine(run.Root, "problems.csv");

        TempRun.Cli("verify", FiguresCsv, "--sources", run.Sources, "--report", report);

        var written = File.ReadAllText(report);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", written, StringComparison.Ordinal);
        Assert.Equal("=HYPERLINK(\"http://x\")", CsvExport.Restore(CsvExport.Parse(written)[1][2]));
    }

    [Fact]
    public void Verify_RunFolderWithoutSources_ExitsTwoAndSaysToPassSources()
    {
        var (code, output, _) = TempRun.Cli("verify", run.Output);

        Assert.Equal(2, code);
        Assert.Contains($"F2   unverifiable  source file report.txt of A/59/999 not found (looked in ", output, StringComparison.Ordinal);
        Assert.Contains(VerifyMessages.SourcesNotFound(1, 1), output, StringComparison.Ordinal);
        Assert.Equal(0, TempRun.Cli("verify", run.Output, "--sources", run.Sources).Code);
    }
}

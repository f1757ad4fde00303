using ClosedXML.Excel;
using MigrationStats.Dataset;
using MigrationStats.Tests.Verify;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Cli;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly TempRun run = new();

    public void Dispose() => run.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(run.Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private void BreakFigure2() => run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 2, "value").SetValue(17_500_000));

    [Fact]
    public void Verify_UntouchedWorkbook_PrintsOnlyTheSummaryAndExitsZero()
    {
        var (code, output, error) = TempRun.Cli("verify", run.Workbook, "--sources", run.Sources);

        Assert.Equal(0, code);
        Assert.Equal("10 rows checked: 10 ok, 0 mismatches, 0 unverifiable", output.Trim());
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Verify_OutputFolder_UsesItsWorkbook()
    {
        var (code, output, _) = TempRun.Cli("verify", run.Output, "--sources", run.Sources);

        Assert.Equal(0, code);
        Assert.Equal("10 rows checked: 10 ok, 0 mismatches, 0 unverifiable", output.Trim());
    }

    [Fact]
    public void Verify_EditedWorkbook_PrintsTheProblemTableThenTheSummaryAndExitsTwo()
    {
        BreakFigure2();

        var (code, output, _) = TempRun.Cli("verify", run.Workbook, "--sources", run.Sources);

        Assert.Equal(2, code);
        Assert.Equal(
            [
                "row  status    problem",
                "F2   mismatch  workbook 17,500,000 but source A/59/999 para 1 says '175 million' = 175,000,000",
                "10 rows checked: 9 ok, 1 mismatch, 0 unverifiable",
            ],
            output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Verify_ReportCsv_WritesTheProblemsTable()
    {
        BreakFigure2();
        var csv = Path.Combine(run.Root, "problems.csv");

        var (code, _, _) = TempRun.Cli("verify", run.Workbook, "--report", csv, "--sources", run.Sources);

        Assert.Equal(2, code);
        var rows = CsvExport.Parse(File.ReadAllText(csv));
        Assert.Equal(["row", "status", "document", "paragraph", "id", "message"], rows[0]);
        Assert.Equal(["F2", "mismatch", "report", "1", "F-report-69-80", "workbook 17,500,000 but source A/59/999 para 1 says '175 million' = 175,000,000"], rows[1]);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Verify_ReportXlsx_WritesTheProblemsAsASheet()
    {
        BreakFigure2();
        var xlsx = Path.Combine(run.Root, "problems.xlsx");

        TempRun.Cli("verify", run.Workbook, "--report", xlsx, "--sources", run.Sources);

        using var workbook = new XLWorkbook(xlsx);
        var sheet = workbook.Worksheet("Verify");
        Assert.Equal("row", sheet.Cell(1, 1).GetString());
        Assert.Equal("F2", sheet.Cell(2, 1).GetString());
        Assert.Equal("mismatch", sheet.Cell(2, 2).GetString());
        Assert.StartsWith("workbook 17,500,000", sheet.Cell(2, 6).GetString(), StringComparison.Ordinal);
        Assert.Single(sheet.Tables);
    }

    [Fact]
    public void Verify_ReportWithAnotherExtension_IsAUsageErrorWithExitOne()
    {
        var (code, _, error) = TempRun.Cli("verify", run.Workbook, "--report", "problems.txt");

        Assert.Equal(1, code);
        Assert.Equal("error: --report problems.txt: the report must be a .csv or .xlsx file", error.Trim());
    }

    [Fact]
    public void Verify_UnknownOption_IsAUsageErrorWithExitOne()
    {
        var (code, _, _) = TempRun.Cli("verify", run.Workbook, "--frobnicate");

        Assert.Equal(1, code);
    }

    [Fact]
    public void Verify_MissingPath_SaysNoSuchFileAndExitsTwo()
    {
        var missing = Path.Combine(run.Root, "nope.xlsx");

        var (code, _, error) = TempRun.Cli("verify", missing);

        Assert.Equal(2, code);
        Assert.Equal($"error: {missing}: no such file or folder", error.Trim());
    }

    [Fact]
    public void Verify_TextFileNamedXlsx_SaysItIsNotAWorkbookAndExitsTwo()
    {
        var fake = Write("fake.xlsx", "this is not a zip");

        var (code, _, error) = TempRun.Cli("verify", fake);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {fake}: not an Excel workbook (", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Verify_OtherFileType_SaysWhatVerifyReadsAndExitsTwo()
    {
        var (code, _, error) = TempRun.Cli("verify", run.SourceFile());

        Assert.Equal(2, code);
        Assert.Equal($"error: {run.SourceFile()}: not a workbook (.xlsx), CSV export (.csv) or dataset (.json)", error.Trim());
    }

    [Fact]
    public void Verify_FolderWithoutOutputs_SaysSoAndExitsTwo()
    {
        var (code, _, error) = TempRun.Cli("verify", run.Sources);

        Assert.Equal(2, code);
        Assert.Equal($"error: {run.Sources}: folder holds no MigrationStats.xlsx, figures.csv, dates.csv or dataset.json", error.Trim());
    }

    [Fact]
    public void Verify_WorkbookWithoutFiguresSheet_SaysSoAndExitsTwo()
    {
        TempRun.Edit(run.Workbook, w => w.Worksheet(WorkbookLayout.FiguresSheet).Delete());

        var (code, _, error) = TempRun.Cli("verify", run.Workbook, "--sources", run.Sources);

        Assert.Equal(2, code);
        Assert.Equal($"error: {run.Workbook}: workbook has no 'Figures' sheet", error.Trim());
    }

    [Fact]
    public void Verify_FiguresWithoutValueColumn_SaysWhichColumnAndExitsTwo()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => s.Column(TempRun.Column(s, "value")).Delete());

        var (code, _, error) = TempRun.Cli("verify", run.Workbook, "--sources", run.Sources);

        Assert.Equal(2, code);
        Assert.Equal($"error: {run.Workbook}: sheet 'Figures' has no column 'value' in its first row", error.Trim());
    }

    [Fact]
    public void Verify_CsvWithoutQuoteColumn_SaysWhichColumnAndExitsTwo()
    {
        var csv = Write("figures.csv", "document,value\r\nreport,1\r\n");

        var (code, _, error) = TempRun.Cli("verify", csv);

        Assert.Equal(2, code);
        Assert.Equal($"error: {csv}: CSV has no column 'quote' in its header", error.Trim());
    }

    [Fact]
    public void Verify_BrokenDatasetJson_SaysSoAndExitsTwo()
    {
        var json = Write("dataset.json", "{ not json");

        var (code, _, error) = TempRun.Cli("verify", json);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {json}: not a MigrationStats dataset (", error, StringComparison.Ordinal);
    }
}

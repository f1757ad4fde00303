using ClosedXML.Excel;
using MigrationStats.Dataset;
using MigrationStats.Verify;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Verify;

/// <summary>A workbook edited the way a person would, then verified: exactly which rows are reported.</summary>
public sealed class SourceVerifierEditTests : IDisposable
{
    private readonly TempRun run = new();

    /// <summary>A report with an open date ("since 1998") and a present-perfect figure ("26 States have ratified").</summary>
    private const string Since = """
        A/59/998

        1. UNITAR has run the programme since 1998, and 26 States have ratified the Convention.

        """;

    public void Dispose() => run.Dispose();

    private static List<string> Problems(VerificationReport report) =>
        report.Problems.Select(p => $"{p.Row} {VerificationReport.Name(p.Status)}: {p.Message}").ToList();

    [Fact]
    public void Verify_UntouchedWorkbook_EveryRowOkAndExitZero()
    {
        var report = run.Verify();

        Assert.Equal(5, run.Result.Dataset.Figures.Length);
        Assert.Equal(5, run.Result.Dataset.Dates.Length);
        Assert.Empty(Problems(report));
        Assert.Empty(report.Notes);
        Assert.Equal("10 rows checked: 10 ok, 0 mismatches, 0 unverifiable", report.Summary);
        Assert.Equal(0, TempRun.Cli("verify", run.Workbook, "--sources", run.Sources).Code);
    }

    [Fact]
    public void Verify_ValueChanged_ReportsThatRowWithBothValues()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 2, "value").SetValue(17_500_000));

        var report = run.Verify();

        Assert.Equal(["F2 mismatch: workbook 17,500,000 but source A/59/999 para 1 says '175 million' = 175,000,000"], Problems(report));
        Assert.Equal("10 rows checked: 9 ok, 1 mismatch, 0 unverifiable", report.Summary);
        var (code, output, _) = TempRun.Cli("verify", run.Workbook, "--sources", run.Sources);
        Assert.Equal(2, code);
        Assert.Contains("F2   mismatch  workbook 17,500,000 but source A/59/999 para 1 says '175 million' = 175,000,000", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ValueRetypedAsText_SaysItIsNotANumber()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 3, "value").SetValue("76 millions"));

        var report = run.Verify();

        Assert.Equal(["F3 mismatch: workbook value '76 millions' is not a number; source A/59/999 para 1 says '76 million' = 76,000,000"], Problems(report));
    }

    [Fact]
    public void Verify_QualifierChanged_ReportsThatRow()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 6, "qualifier").SetValue("exact"));

        var report = run.Verify();

        Assert.Equal(["F6 mismatch: workbook qualifier exact but source A/59/999 para 3 gives over for 'over 20'"], Problems(report));
    }

    [Fact]
    public void Verify_TimeAndKindChanged_ReportsBothInOneRow()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s =>
        {
            TempRun.Cell(s, 5, "time_start").SetValue("2004");
            TempRun.Cell(s, 5, "time_end").SetValue("2004");
            TempRun.Cell(s, 5, "kind").SetValue("count");
        });

        var report = run.Verify();

        Assert.Equal(
            ["F5 mismatch: workbook kind count but source A/59/999 para 2 gives percent for '21 per cent'; workbook time 2004 but source A/59/999 para 2 gives 2003 for '21 per cent'"],
            Problems(report));
    }

    [Fact]
    public void Verify_RowDeleted_RemainingRowsOkAndANoteCountsTheMissingFigure()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => s.Row(3).Delete());

        var report = run.Verify();

        Assert.Empty(Problems(report));
        Assert.Equal("9 rows checked: 9 ok, 0 mismatches, 0 unverifiable", report.Summary);
        Assert.Equal("note: the sources give 1 figure that the workbook does not hold (deleted rows, or rows of a newer extraction)", Assert.Single(report.Notes));
        Assert.Equal(0, TempRun.Cli("verify", run.Workbook, "--sources", run.Sources).Code);
    }

    [Fact]
    public void Verify_RowAddedWithoutQuote_OnlyThatRowIsUnverifiable()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s =>
        {
            TempRun.Cell(s, 7, "document").SetValue("report");
            TempRun.Cell(s, 7, "kind").SetValue("count");
            TempRun.Cell(s, 7, "value").SetValue(1000);
            TempRun.Cell(s, 7, "unit").SetValue("migrants");
        });

        var report = run.Verify();

        Assert.Equal(["F7 unverifiable: " + VerifyMessages.NoQuote], Problems(report));
        Assert.Equal("11 rows checked: 10 ok, 0 mismatches, 1 unverifiable", report.Summary);
        Assert.Equal(2, TempRun.Cli("verify", run.Workbook, "--sources", run.Sources).Code);
    }

    [Fact]
    public void Verify_SheetSortedByValue_AllRowsOkUnderTheirNewRowNames()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => s.Range(2, 1, 6, s.LastColumnUsed().ColumnNumber()).Sort(TempRun.Column(s, "value"), XLSortOrder.Ascending));

        var report = run.Verify();

        Assert.Empty(Problems(report));
        var figureRows = report.Rows.Where(r => r.Row.StartsWith('F')).ToList();
        Assert.Equal(["F2", "F3", "F4", "F5", "F6"], figureRows.Select(r => r.Row));
        Assert.Equal(["F-report-233-234", "F-report-348-355", "F-report-238-249", "F-report-98-108", "F-report-69-80"], figureRows.Select(r => r.Id));
    }

    [Fact]
    public void Verify_SourceFileChanged_EveryRowOfItIsSourceChangedAndTheEditedQuoteSaysWhatStandsThere()
    {
        File.WriteAllText(run.SourceFile(), TempRun.Report.Replace("175 million", "185 million", StringComparison.Ordinal));

        var report = run.Verify();

        Assert.Equal(10, report.Problems.Count());
        Assert.All(report.Rows, r => Assert.Equal(RowStatus.SourceChanged, r.Status));
        var changed = VerifyMessages.SourceChanged(run.SourceFile());
        Assert.Equal(changed + "; quote '175 million' not found in A/59/999; char 69..80 reads '185 million'", report.Rows[0].Message);
        Assert.Equal(changed + "; " + VerifyMessages.StillAgrees, report.Rows[1].Message);
        Assert.Equal("10 rows checked: 0 ok, 0 mismatches, 0 unverifiable, 10 with a changed source", report.Summary);
        Assert.Equal(2, TempRun.Cli("verify", run.Workbook, "--sources", run.Sources).Code);
    }

    [Fact]
    public void Verify_OffsetsEdited_MismatchSaysWhereTheQuoteStands()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 2, "char_start").SetValue(70));

        var report = run.Verify();

        Assert.Equal(["F2 mismatch: quote '175 million' is not at char 70..80 of A/59/999; it stands at char 69..80 para 1"], Problems(report));
    }

    [Fact]
    public void Verify_QuoteNotInSource_IsUnverifiable()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 2, "quote").SetValue("185 million"));

        var report = run.Verify();

        Assert.Equal(["F2 unverifiable: quote '185 million' not found in A/59/999; char 69..80 reads '175 million'"], Problems(report));
    }

    [Fact]
    public void Verify_TimelineStartChanged_ReportsThatDateRow()
    {
        run.Edit(WorkbookLayout.TimelineSheet, s => TempRun.Cell(s, 6, "start").SetValue(new DateTime(2003, 10, 8)));

        var report = run.Verify();

        Assert.Equal(["D6 mismatch: workbook start 2003-10-08 but source A/59/999 para 3 gives 2003-10-07 for '7 October 2003'"], Problems(report));
    }

    [Fact]
    public void Verify_FigureOpenEdited_ReportsThatRowAsChanged()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 2, "open").SetValue("since"));

        var report = run.Verify();

        Assert.Equal(["F2 mismatch: workbook open since but source A/59/999 para 1 gives (none) for '175 million'"], Problems(report));
    }

    [Fact]
    public void Verify_FigureAsOfEdited_ReportsThatRowAsChanged()
    {
        run.Edit(WorkbookLayout.FiguresSheet, s => TempRun.Cell(s, 3, "as_of").SetValue("2004-09-03"));

        var report = run.Verify();

        Assert.Equal(["F3 mismatch: workbook as_of 2004-09-03 but source A/59/999 para 1 gives (none) for '76 million'"], Problems(report));
    }

    [Fact]
    public void Verify_TimelineOpenEdited_ReportsThatDateRow()
    {
        using var since = new TempRun(("since", Since));
        Assert.Empty(Problems(since.Verify()));

        since.Edit(WorkbookLayout.TimelineSheet, s => TempRun.Cell(s, 2, "open").SetValue("by"));

        Assert.Equal(["D2 mismatch: workbook open by but source A/59/998 para 1 gives since for 'since 1998'"], Problems(since.Verify()));
    }

    [Fact]
    public void Verify_TimelinePeriodLosesItsOpenWord_ReportsThatDateRow()
    {
        using var since = new TempRun(("since", Since));

        since.Edit(WorkbookLayout.TimelineSheet, s => TempRun.Cell(s, 2, "period").SetValue("1998"));

        Assert.Equal(["D2 mismatch: workbook period 1998 but source A/59/998 para 1 gives since 1998 for 'since 1998'"], Problems(since.Verify()));
    }

    [Fact]
    public void Verify_WorkbookMadeBeforeTheOpenColumns_StillOk()
    {
        using var since = new TempRun(("since", Since));
        since.Edit(WorkbookLayout.FiguresSheet, s =>
        {
            s.Column(TempRun.Column(s, "as_of")).Delete();
            s.Column(TempRun.Column(s, "open")).Delete();
        });
        since.Edit(WorkbookLayout.TimelineSheet, s =>
        {
            s.Column(TempRun.Column(s, "open")).Delete();
            TempRun.Cell(s, 2, "period").SetValue("1998");
        });

        var report = since.Verify();

        Assert.Empty(Problems(report));
        Assert.Equal("2 rows checked: 2 ok, 0 mismatches, 0 unverifiable", report.Summary);
    }

    [Fact]
    public void Verify_CsvMadeBeforeTheOpenColumns_StillOk()
    {
        using var since = new TempRun(("since", Since));
        File.Delete(since.Workbook);
        foreach (var (name, drop) in new[] { ("figures.csv", new[] { "open", "as_of" }), ("dates.csv", ["open"]) })
        {
            var path = Path.Combine(since.Output, name);
            var rows = CsvExport.Parse(File.ReadAllText(path));
            var keep = Enumerable.Range(0, rows[0].Length).Where(c => !drop.Contains(rows[0][c])).ToList();
            File.WriteAllText(path, CsvExport.Table([.. keep.Select(c => rows[0][c])], rows.Skip(1).Select(r => keep.Select(c => r[c]).ToArray())));
        }

        var report = since.Verify(since.Output);

        Assert.DoesNotContain("open", File.ReadAllText(Path.Combine(since.Output, "dates.csv")).Split("\r\n")[0].Split(','));
        Assert.Equal("2 rows checked: 2 ok, 0 mismatches, 0 unverifiable", report.Summary);
    }

    [Fact]
    public void Verify_CsvOpenEdited_ReportsTheCsvRow()
    {
        using var since = new TempRun(("since", Since));
        var csv = Path.Combine(since.Output, "dates.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace(",1998,1998,since,", ",1998,1998,,", StringComparison.Ordinal));

        var report = since.Verify(csv);

        Assert.Equal(["D2 mismatch: CSV open (empty) but source A/59/998 para 1 gives since for 'since 1998'"], Problems(report));
    }

    [Fact]
    public void Verify_SourceMoved_UnverifiableUntilSourcesNamesItsFolder()
    {
        var moved = Path.Combine(run.Root, "moved");
        Directory.CreateDirectory(moved);
        File.Move(run.SourceFile(), Path.Combine(moved, "report.txt"));

        var lost = run.Verify(null, run.Sources);
        var found = run.Verify(null, moved);

        Assert.All(lost.Rows, r => Assert.Equal(RowStatus.Unverifiable, r.Status));
        Assert.StartsWith($"source file report.txt of A/59/999 not found (looked in {run.Sources}, ", lost.Rows[0].Message, StringComparison.Ordinal);
        Assert.EndsWith($"; the run read {run.SourceFile()}); pass --sources with the folder that holds it", lost.Rows[0].Message, StringComparison.Ordinal);
        Assert.True(found.AllOk);
        Assert.Equal(0, TempRun.Cli("verify", run.Workbook, "--sources", moved).Code);
    }

    [Fact]
    public void Verify_ExportsAndFolder_CheckTheSameRows()
    {
        File.Delete(run.Workbook);

        var folder = run.Verify(run.Output);
        var json = run.Verify(Path.Combine(run.Output, "dataset.json"));
        var figures = run.Verify(Path.Combine(run.Output, "figures.csv"));

        Assert.Equal("10 rows checked: 10 ok, 0 mismatches, 0 unverifiable", folder.Summary);
        Assert.Equal("10 rows checked: 10 ok, 0 mismatches, 0 unverifiable", json.Summary);
        Assert.Equal("5 rows checked: 5 ok, 0 mismatches, 0 unverifiable", figures.Summary);
        Assert.Empty(figures.Notes);
    }

    [Fact]
    public void Verify_CsvValueEdited_ReportsTheCsvRow()
    {
        var csv = Path.Combine(run.Output, "figures.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace(",76000000,", ",67000000,", StringComparison.Ordinal));

        var report = run.Verify(csv);

        Assert.Equal(["F3 mismatch: CSV 67,000,000 but source A/59/999 para 1 says '76 million' = 76,000,000"], Problems(report));
    }

    [Fact]
    public void Verify_SourceReplacedByABinaryFile_EveryRowSaysItChangedAndCannotBeRead()
    {
        File.WriteAllBytes(run.SourceFile(), [0x89, 0x50, 0x4E, 0x47, 0x00]);

        var report = run.Verify();

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.SourceChanged, r.Status));
        Assert.Equal(
            VerifyMessages.SourceChanged(run.SourceFile()) + "; " + VerifyMessages.SourceUnreadable(run.SourceFile(), InputErrors.Binary),
            report.Rows[0].Message);
    }

    [Fact]
    public void Verify_CsvWithoutDatasetJson_ChecksQuotesAndNotesThatNoHashesWereRecorded()
    {
        File.Delete(Path.Combine(run.Output, "dataset.json"));
        File.WriteAllText(run.SourceFile(), TempRun.Report + "4. A paragraph added later.\n");

        var report = run.Verify(Path.Combine(run.Output, "figures.csv"), run.Sources);

        Assert.True(report.AllOk);
        Assert.Equal(VerifyMessages.NoHashes, Assert.Single(report.Notes));
    }
}

using ClosedXML.Excel;
using MigrationStats.Dataset;
using MigrationStats.Tests.Verify;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Workbook;

/// <summary>A batch run with one good and one unreadable input: the skipped input in the workbook, dataset.json and the summary line, and verify still passing.</summary>
public sealed class SkippedInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-skipped-").FullName;
    private readonly string good;
    private readonly string bad;
    private readonly string output;
    private readonly (int Code, string Out, string Err) run;

    public SkippedInputTests()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        good = Path.Combine(inputs, "a.txt");
        bad = Path.Combine(inputs, "b.pdf");
        File.WriteAllText(good, "1. Some 160 people attended in May 2004.\n");
        File.WriteAllText(bad, "1. A text file named as a PDF.\n");
        output = Path.Combine(dir, "out");
        run = TempRun.Cli("run", inputs, "--out", output);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Run_OneBadInput_SummaryLineCountsItAndExitsThree()
    {
        Assert.Equal(3, run.Code);
        Assert.StartsWith("1 documents (1 input(s) skipped), 1 paragraphs: ", run.Out.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.Equal($"skipped: {bad}: {InputErrors.NotPdf}", run.Err.Trim());
    }

    [Fact]
    public void Write_OneBadInput_DocumentsSheetSaysReadAndSkippedWithTheReasonAndPath()
    {
        using var workbook = new XLWorkbook(Path.Combine(output, WorkbookLayout.FileName));
        var sheet = workbook.Worksheet(WorkbookLayout.DocumentsSheet);

        Assert.Equal(3, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal(["a", "read", good], new[] { "id", "status", "file" }.Select(c => TempRun.Cell(sheet, 2, c).GetString()));
        Assert.Equal(["b", $"skipped: {InputErrors.NotPdf}", bad], new[] { "id", "status", "file" }.Select(c => TempRun.Cell(sheet, 3, c).GetString()));
        Assert.Equal(string.Empty, TempRun.Cell(sheet, 3, "sha256").GetString());
        Assert.Equal(64, TempRun.Cell(sheet, 2, "sha256").GetString().Length);
    }

    [Fact]
    public void Write_OneBadInput_SummarySheetCountsTheSkippedInput()
    {
        using var workbook = new XLWorkbook(Path.Combine(output, WorkbookLayout.FileName));
        var sheet = workbook.Worksheet(WorkbookLayout.SummarySheet);
        var facts = sheet.RangeUsed()!.Rows().DistinctBy(r => r.Cell(1).GetString()).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());

        Assert.Equal("1", facts["Documents"]);
        Assert.Equal("1", facts["Skipped inputs"]);
    }

    [Fact]
    public void Write_OneBadInput_DatasetJsonListsItApartFromTheDocuments()
    {
        var data = DatasetJson.Read(Path.Combine(output, "dataset.json"));

        Assert.Equal(["a"], data.Documents.Select(d => d.Id));
        Assert.Equal(new SkippedInput(bad, InputErrors.NotPdf), Assert.Single(data.Skipped));
    }

    [Fact]
    public void Read_DatasetMadeBeforeTheSkippedList_HasNoneAndWritesBackAnEmptyOne()
    {
        var data = DatasetJson.Read(Path.Combine(AppContext.BaseDirectory, "Data", "Charts", "sample-dataset.json"));

        Assert.False(data.Skipped.IsDefault);
        Assert.Empty(data.Skipped);
        Assert.Contains("\"skipped\": []", DatasetJson.Write(data), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneBadInput_WorkbookReaderGivesOnlyTheDocumentRead()
    {
        var rows = WorkbookReader.Read(Path.Combine(output, WorkbookLayout.FileName));

        Assert.Equal(["a"], rows.Documents.Select(d => d.Document));
    }

    [Theory]
    [InlineData("", "2 rows checked: 2 ok, 0 mismatches, 0 unverifiable")]
    [InlineData("dataset.json", "2 rows checked: 2 ok, 0 mismatches, 0 unverifiable")]
    [InlineData("figures.csv", "1 row checked: 1 ok, 0 mismatches, 0 unverifiable")]
    public void Verify_RunWithASkippedInput_PassesWithoutCheckingTheSkippedFile(string file, string summary)
    {
        var (code, text, err) = TempRun.Cli("verify", Path.Combine(output, file), "--sources", Path.GetDirectoryName(good)!);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Equal(summary, text.Trim());
    }
}

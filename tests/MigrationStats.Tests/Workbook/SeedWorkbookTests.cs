using ClosedXML.Excel;
using MigrationStats.Dataset;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Workbook;

/// <summary>The main command's workbook on the seed reports, read back with ClosedXML.</summary>
public sealed class SeedWorkbookTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-seedbook-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Run_Seeds_FiguresSheetHoldsTheRowsAndValuesOfFiguresCsv()
    {
        Pipeline.Run([Seeds.Folder], dir);
        var csv = CsvExport.Parse(File.ReadAllText(Path.Combine(dir, "figures.csv")));
        using var workbook = new XLWorkbook(Path.Combine(dir, WorkbookLayout.FileName));
        var sheet = workbook.Worksheet(WorkbookLayout.FiguresSheet);
        var columns = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);

        Assert.True(csv.Count > 10, "the seeds give figures");
        Assert.Equal(csv.Count, sheet.LastRowUsed().RowNumber());
        for (var r = 1; r < csv.Count; r++)
        {
            for (var c = 0; c < csv[0].Length; c++)
            {
                var cell = sheet.Cell(r + 1, columns[csv[0][c]]);
                var text = cell.DataType == XLDataType.Number ? CsvExport.Number((decimal)cell.GetDouble()) : cell.GetString();
                Assert.True(csv[r][c] == text, $"row {r + 1} column {csv[0][c]}: CSV '{csv[r][c]}' but sheet '{text}'");
            }
        }
    }

    [Fact]
    public void Verify_UntouchedSeedWorkbook_EveryRowOk()
    {
        var result = Pipeline.Run([Seeds.Folder], dir);

        var report = MigrationStats.Verify.SourceVerifier.Verify(Path.Combine(dir, WorkbookLayout.FileName), [Seeds.Folder]);

        Assert.Equal(result.Dataset.Figures.Length + result.Dataset.Dates.Length, report.Rows.Length);
        Assert.True(report.AllOk, string.Join("\n", report.Problems));
    }

    [Fact]
    public void Run_Seeds_WorkbookHasNoOpenXmlValidationErrors()
    {
        Pipeline.Run([Seeds.Folder], dir);

        Assert.Equal(string.Empty, WorkbookTextTests.ValidationErrors(Path.Combine(dir, WorkbookLayout.FileName)));
    }
}

using ClosedXML.Excel;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Workbook;

public sealed class WorkbookWriterTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-workbook-").FullName;
    private readonly XLWorkbook workbook;

    public WorkbookWriterTests()
    {
        var path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(HandMadeDataset.Build(), path);
        workbook = new XLWorkbook(path);
    }

    public void Dispose()
    {
        workbook.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    private IXLCell Cell(string sheet, int row, string column)
    {
        var ws = workbook.Worksheet(sheet);
        return ws.Cell(row, ws.Row(1).CellsUsed().Single(c => c.GetString() == column).Address.ColumnNumber);
    }

    [Fact]
    public void Write_Sheets_AreSummaryFiguresTimelineSeriesDocumentsInOrder()
    {
        Assert.Equal(["Summary", "Figures", "Timeline", "Series", "Documents"], workbook.Worksheets.Select(s => s.Name));
    }

    [Theory]
    [InlineData(2, 175_000_000, "#,##0", "175,000,000")]
    [InlineData(3, 21, "0.0\"%\"", "21.0%")]
    [InlineData(4, 2.75, "0.00\"%\"", "2.75%")]
    [InlineData(5, 1_500_000, "\"US$ \"#,##0", "US$ 1,500,000")]
    [InlineData(6, 3, "0.0\"×\"", "3.0×")]
    public void Write_FigureValue_IsANumberWithTheFormatOfItsKind(int row, double value, string format, string shown)
    {
        var cell = Cell(WorkbookLayout.FiguresSheet, row, "value");

        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(value, cell.GetDouble());
        Assert.Equal(format, cell.Style.NumberFormat.Format);
        Assert.Equal(shown, ((decimal)value).ToString(format, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_Figures_HaveTheColumnsOfFiguresCsvThenCurrencyAndId()
    {
        var header = workbook.Worksheet(WorkbookLayout.FiguresSheet).Row(1).CellsUsed().Select(c => c.GetString());

        Assert.Equal(WorkbookLayout.FigureColumns, header);
        Assert.Equal("F-1", Cell(WorkbookLayout.FiguresSheet, 2, "id").GetString());
        Assert.Equal("over", Cell(WorkbookLayout.FiguresSheet, 3, "qualifier").GetString());
        Assert.Equal("USD", Cell(WorkbookLayout.FiguresSheet, 5, "currency").GetString());
        Assert.Equal(XLDataType.Text, Cell(WorkbookLayout.FiguresSheet, 2, "time_start").DataType);
        Assert.Equal("2000", Cell(WorkbookLayout.FiguresSheet, 2, "time_start").GetString());
        Assert.Equal(4, Cell(WorkbookLayout.FiguresSheet, 2, "paragraph").GetDouble());
        Assert.Equal(100, Cell(WorkbookLayout.FiguresSheet, 2, "char_start").GetDouble());
    }

    [Fact]
    public void Write_FigureOpenAndAsOf_AreTheTextOfFiguresCsvAfterTimeEnd()
    {
        var header = WorkbookLayout.FigureColumns;

        Assert.Equal(["time_end", "open", "as_of", "measure"], header.Skip(header.IndexOf("time_end")).Take(4));
        Assert.Equal(("2001", "2004", "since", ""), Texts(6, "time_start", "time_end", "open", "as_of"));
        Assert.Equal(("", "", "", "2004-09-03"), Texts(5, "time_start", "time_end", "open", "as_of"));
        Assert.Equal(XLDataType.Text, Cell(WorkbookLayout.FiguresSheet, 5, "as_of").DataType);
        Assert.Equal(("2000", "2000", "", ""), Texts(2, "time_start", "time_end", "open", "as_of"));

        (string, string, string, string) Texts(int row, string a, string b, string c, string d) =>
            (Cell(WorkbookLayout.FiguresSheet, row, a).GetString(), Cell(WorkbookLayout.FiguresSheet, row, b).GetString(),
             Cell(WorkbookLayout.FiguresSheet, row, c).GetString(), Cell(WorkbookLayout.FiguresSheet, row, d).GetString());
    }

    [Fact]
    public void Write_TimelineOpenForm_SaysSinceInOpenAndPeriod()
    {
        Assert.Equal(["end", "open", "period"], WorkbookLayout.TimelineColumns.Skip(1).Take(3));
        Assert.Equal("since 2004", Cell(WorkbookLayout.TimelineSheet, 6, "quote").GetString());
        Assert.Equal(2004, Cell(WorkbookLayout.TimelineSheet, 6, "start").GetDouble());
        Assert.Equal("since", Cell(WorkbookLayout.TimelineSheet, 6, "open").GetString());
        Assert.Equal("since 2004", Cell(WorkbookLayout.TimelineSheet, 6, "period").GetString());
        Assert.Equal("", Cell(WorkbookLayout.TimelineSheet, 3, "open").GetString());
        Assert.Equal("1975/2003", Cell(WorkbookLayout.TimelineSheet, 3, "period").GetString());
    }

    [Fact]
    public void Write_Timeline_IsSortedByStartWithDatesAtTheirGrain()
    {
        var quotes = Enumerable.Range(2, 4).Select(r => Cell(WorkbookLayout.TimelineSheet, r, "quote").GetString());
        Assert.Equal(["1 June 1885", "between 1975 and 2003", "October 2003", "7 October 2003"], quotes);

        var before1900 = Cell(WorkbookLayout.TimelineSheet, 2, "start");
        Assert.Equal(XLDataType.Text, before1900.DataType);
        Assert.Equal("1885-06-01", before1900.GetString());

        var year = Cell(WorkbookLayout.TimelineSheet, 3, "start");
        Assert.Equal(XLDataType.Number, year.DataType);
        Assert.Equal(1975, year.GetDouble());
        Assert.Equal("0", year.Style.NumberFormat.Format);
        Assert.Equal(2003, Cell(WorkbookLayout.TimelineSheet, 3, "end").GetDouble());
        Assert.Equal("1975/2003", Cell(WorkbookLayout.TimelineSheet, 3, "period").GetString());

        var month = Cell(WorkbookLayout.TimelineSheet, 4, "start");
        Assert.Equal(XLDataType.DateTime, month.DataType);
        Assert.Equal(new DateTime(2003, 10, 1), month.GetDateTime());
        Assert.Equal("yyyy-mm", month.Style.NumberFormat.Format);

        var day = Cell(WorkbookLayout.TimelineSheet, 5, "start");
        Assert.Equal(new DateTime(2003, 10, 7), day.GetDateTime());
        Assert.Equal("yyyy-mm-dd", day.Style.NumberFormat.Format);
    }

    [Fact]
    public void Write_Documents_HoldTheHashPathAndDate()
    {
        Assert.Equal("doc", Cell(WorkbookLayout.DocumentsSheet, 2, "id").GetString());
        Assert.Equal("reports/doc.txt", Cell(WorkbookLayout.DocumentsSheet, 2, "file").GetString());
        Assert.Equal(new string('a', 64), Cell(WorkbookLayout.DocumentsSheet, 2, "sha256").GetString());
        Assert.Equal(new DateTime(2004, 9, 3), Cell(WorkbookLayout.DocumentsSheet, 2, "date").GetDateTime());
        Assert.Equal(18, Cell(WorkbookLayout.DocumentsSheet, 2, "footnotes").GetDouble());
        Assert.Equal("paragraph 12 appears twice", Cell(WorkbookLayout.DocumentsSheet, 2, "warnings").GetString());
    }

    [Fact]
    public void Write_Summary_SaysWhatWasReadCountsVersionAndHowToVerifyWithTheFoldersRead()
    {
        var sheet = workbook.Worksheet(WorkbookLayout.SummarySheet);
        var facts = Enumerable.Range(4, 8).ToDictionary(r => sheet.Cell(r, 1).GetString(), r => sheet.Cell(r, 2).Value.ToString());
        var text = string.Join("\n", sheet.CellsUsed().Select(c => c.GetString()));

        Assert.Equal("2025-01-02 03:04:05 UTC", facts["Made"]);
        Assert.Equal("9.9.9", facts["Tool version"]);
        Assert.Equal("6", facts["Figures"]);
        Assert.Equal("5", facts["Dated events"]);
        Assert.Equal("1", facts["Series"]);
        Assert.Equal("0", facts["Skipped inputs"]);
        Assert.Equal("2", facts["Warnings"]);
        Assert.Contains("migstats verify MigrationStats.xlsx --sources reports ", text, StringComparison.Ordinal);
        Assert.Contains("A/59/325", text, StringComparison.Ordinal);
        Assert.Contains("doc: paragraph 12 appears twice", text, StringComparison.Ordinal);
        var charts = sheet.CellsUsed().Single(c => c.GetString().StartsWith("charts/index.html", StringComparison.Ordinal));
        Assert.Equal("charts/index.html", charts.Hyperlink.ExternalAddress.OriginalString);
    }

    [Fact]
    public void Write_Series_OneTablePerMeasureWithTheConflictMarked()
    {
        var sheet = workbook.Worksheet(WorkbookLayout.SeriesSheet);
        var table = Assert.Single(sheet.Tables);

        Assert.Equal("international migrants (things, count)", sheet.Cell(1, 1).GetString());
        Assert.Equal("time_start", table.HeadersRow().Cell(1).GetString());
        Assert.Equal(2, table.DataRange.RowCount());
        Assert.Equal("differs from 174,000,000 (A/59/325 para 4)", sheet.Cell(3, WorkbookLayout.SeriesColumns.IndexOf("conflict") + 1).GetString());
        Assert.Equal(XLColor.DarkRed, sheet.Cell(3, 1).Style.Font.FontColor);
    }

    [Fact]
    public void Write_ColumnWidths_FollowContentWithinCapsAndLongTextWraps()
    {
        var sheet = workbook.Worksheet(WorkbookLayout.FiguresSheet);
        double Width(string column) => sheet.Column(WorkbookLayout.FigureColumns.IndexOf(column) + 1).Width;

        Assert.InRange(Width("sentence"), 79, 81);
        Assert.True(Cell(WorkbookLayout.FiguresSheet, 2, "sentence").Style.Alignment.WrapText);
        Assert.InRange(Width("quote"), "US$ 1.5 million".Length + 1, 20);
        Assert.True(Cell(WorkbookLayout.FiguresSheet, 2, "quote").Style.Alignment.WrapText);
        Assert.InRange(Width("value"), "175,000,000".Length, 20);
        Assert.False(Cell(WorkbookLayout.FiguresSheet, 2, "value").Style.Alignment.WrapText);
    }

    [Fact]
    public void Write_RowWithWrappedSentence_IsTallEnoughForItsLines()
    {
        var sheet = workbook.Worksheet(WorkbookLayout.FiguresSheet);

        // The sentence (158 characters) wraps onto three lines of an 80-wide column.
        Assert.Equal(45, sheet.Row(2).Height, precision: 1);
        Assert.Equal(15, sheet.Row(1).Height, precision: 1);
    }

    [Fact]
    public void Write_EveryDataSheet_HasATableWithFiltersAndNoGridlines()
    {
        foreach (var name in new[] { WorkbookLayout.FiguresSheet, WorkbookLayout.TimelineSheet, WorkbookLayout.DocumentsSheet })
        {
            var sheet = workbook.Worksheet(name);
            var table = Assert.Single(sheet.Tables);
            Assert.True(table.ShowAutoFilter);
            Assert.Equal(1, table.RangeAddress.FirstAddress.RowNumber);
            Assert.False(sheet.ShowGridLines);
        }
    }
}

using System.IO.Compression;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MigrationStats.Dataset;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Workbook;

/// <summary>Text the workbook must keep as text, cut to Excel's limit, or escape for XML; and the package checked by the Open XML validator.</summary>
public sealed class WorkbookTextTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-celltext-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>The hand-made dataset with the first figure's quote, unit, measure and sentence replaced.</summary>
    private string WriteWithFirstFigure(string? quote = null, string? unit = null, string? measure = null, string? sentence = null)
    {
        var data = HandMadeDataset.Build();
        var first = data.Figures[0];
        var changed = first with
        {
            Source = first.Source with { Quote = quote ?? first.Source.Quote, Sentence = sentence ?? first.Source.Sentence },
            Unit = unit ?? first.Unit,
            Measure = measure ?? first.Measure,
        };
        var path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(data with { Figures = data.Figures.SetItem(0, changed) }, path);
        return path;
    }

    private static IXLCell Cell(XLWorkbook workbook, int row, string column) =>
        workbook.Worksheet(WorkbookLayout.FiguresSheet).Cell(row, WorkbookLayout.FigureColumns.IndexOf(column) + 1);

    /// <summary>Every error the Open XML SDK's validator finds, one per line.</summary>
    public static string ValidationErrors(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return string.Join("\n", new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Write_TextLongerThanACellHolds_IsCutWithAMarkerSayingHowLongItWas()
    {
        var sentence = string.Concat(Enumerable.Repeat("The number of migrants rose. ", 1400)) + "END";

        var path = WriteWithFirstFigure(sentence: sentence);

        using var workbook = new XLWorkbook(path);
        var text = Cell(workbook, 2, "sentence").GetString();
        Assert.Equal(40_603, sentence.Length);
        Assert.Equal(CellText.MaxLength, text.Length);
        Assert.EndsWith("… [cut: 40,603 characters in all]", text, StringComparison.Ordinal);
        Assert.StartsWith(sentence[..(CellText.MaxLength - CellText.CutMarker(sentence.Length).Length)], text, StringComparison.Ordinal);
        Assert.Equal("175 million", Cell(workbook, 2, "quote").GetString());
    }

    [Fact]
    public void Fit_TextOfExactlyTheLimit_IsKeptWhole()
    {
        var text = new string('a', CellText.MaxLength);

        Assert.Same(text, CellText.Fit(text));
    }

    [Fact]
    public void Fit_CutFallingInsideASurrogatePair_KeepsThePairWhole()
    {
        var marker = CellText.CutMarker(40_000);
        var keep = CellText.MaxLength - marker.Length;
        var text = new string('a', keep - 1) + "😀" + new string('b', 40_000 - keep - 1);

        var cut = CellText.Fit(text);

        Assert.Equal(40_000, text.Length);
        Assert.Equal(new string('a', keep - 1) + marker, cut);
        Assert.True(cut.Length <= CellText.MaxLength);
    }

    [Theory]
    [InlineData("=1+2")]
    [InlineData("+44 people")]
    [InlineData("-3 per cent")]
    [InlineData("@SUM(A1:A3)")]
    [InlineData("=HYPERLINK(\"http://example.org\",\"click\")")]
    public void Write_TextThatLooksLikeAFormula_IsStoredAsText(string text)
    {
        var path = WriteWithFirstFigure(quote: text, unit: text, measure: text);

        using (var workbook = new XLWorkbook(path))
        {
            foreach (var column in new[] { "quote", "unit", "measure" })
            {
                var cell = Cell(workbook, 2, column);
                Assert.Equal(XLDataType.Text, cell.DataType);
                Assert.False(cell.HasFormula);
                Assert.Equal(text, cell.GetString());
            }
        }

        using var zip = ZipFile.OpenRead(path);
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open());
        Assert.DoesNotContain("<x:f", sheet.ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal(text, WorkbookReader.Read(path).Figures[0].Source.Quote);
    }

    [Fact]
    public void Write_ControlCharactersAndEscapeLikeText_ReadBackAsWritten()
    {
        const string quote = "175\u0001million _x0041_ \uD800 end";

        var path = WriteWithFirstFigure(quote: quote);

        Assert.Equal("175\u0001million _x0041_ \uFFFD end", WorkbookReader.Read(path).Figures[0].Source.Quote);
        Assert.Equal(string.Empty, ValidationErrors(path));
    }

    [Fact]
    public void Escape_PlainText_IsTheSameString()
    {
        const string text = "Some 175 million_people, line\nbreak and tab\t.";

        Assert.Same(text, CellText.Escape(text));
        Assert.Same(text, CellText.Unescape(text));
    }

    [Fact]
    public void Escape_ThenUnescape_GivesTheTextBack()
    {
        const string text = "a\u0000b\u001Fc _x00e9_ _xZZZZ_ _x12";

        Assert.Equal("a_x0000_b_x001F_c _x005F_x00e9_ _xZZZZ_ _x12", CellText.Escape(text));
        Assert.Equal(text, CellText.Unescape(CellText.Escape(text)));
    }

    [Fact]
    public void Write_HandMadeDataset_HasNoValidationErrors()
    {
        var path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(HandMadeDataset.Build(), path);

        Assert.Equal(string.Empty, ValidationErrors(path));
    }

    [Fact]
    public void Write_EmptyDataset_EveryTableHasItsBlankRowAndNoValidationErrors()
    {
        var path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(new ExtractedDataset([], [], [], [], [], "9.9.9", DateTimeOffset.UnixEpoch), path);

        Assert.Equal(string.Empty, ValidationErrors(path));
        using var workbook = new XLWorkbook(path);
        var figures = Assert.Single(workbook.Worksheet(WorkbookLayout.FiguresSheet).Tables);
        Assert.Equal("A1:V2", figures.RangeAddress.ToString());
        Assert.Equal("No series: no measure has figures at more than one time.", workbook.Worksheet(WorkbookLayout.SeriesSheet).Cell(1, 1).GetString());
        var rows = WorkbookReader.Read(path);
        Assert.Empty(rows.Figures);
        Assert.Empty(rows.Documents);
    }

    [Fact]
    public void Write_InlineStringsInsteadOfSharedOnes_ReadsBackTheSame()
    {
        var path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(HandMadeDataset.Build(), path, new WorkbookOptions(SharedStrings: false));

        Assert.Equal(string.Empty, ValidationErrors(path));
        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Null(zip.GetEntry("xl/sharedStrings.xml"));
        }

        using var workbook = new XLWorkbook(path);
        Assert.Equal("175 million", Cell(workbook, 2, "quote").GetString());
        Assert.Equal(HandMadeDataset.Sentence, Cell(workbook, 2, "sentence").GetString());
        var rows = WorkbookReader.Read(path);
        Assert.Equal(["F2", "F3", "F4", "F5", "F6", "F7"], rows.Figures.Select(f => f.Source.Row));
        Assert.Equal("US$ 1.5 million", rows.Figures[3].Source.Quote);
    }

    [Fact]
    public void WriteTable_ProblemReport_HasNoValidationErrorsAndReadsBack()
    {
        var path = Path.Combine(dir, "problems.xlsx");
        WorkbookWriter.WriteTable(path, "Verify", ["row", "status", "problem"], [["F2", "mismatch", "=not a formula"]]);

        Assert.Equal(string.Empty, ValidationErrors(path));
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("Verify");
        Assert.Equal("=not a formula", sheet.Cell(2, 3).GetString());
        Assert.True(sheet.Cell(2, 3).Style.Alignment.WrapText);
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }
}

using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using MigrationStats.Tests.Verify;
using MigrationStats.Verify;
using MigrationStats.Workbook;
using A = DocumentFormat.OpenXml.Drawing;
using S = DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace MigrationStats.Tests.Workbook;

public sealed class WorkbookReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-reader-").FullName;
    private readonly string path;

    public WorkbookReaderTests()
    {
        path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(HandMadeDataset.Build(), path);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Read_WrittenWorkbook_GivesEveryRowWithItsSheetRowName()
    {
        var rows = WorkbookReader.Read(path);

        Assert.Equal("workbook", rows.Holder);
        Assert.Equal(["F2", "F3", "F4", "F5", "F6", "F7"], rows.Figures.Select(f => f.Source.Row));
        Assert.Equal(["D2", "D3", "D4", "D5", "D6"], rows.Dates.Select(d => d.Source.Row));
        var money = rows.Figures[3];
        Assert.Equal(1_500_000m, money.Value);
        Assert.Equal("USD", money.Currency);
        Assert.Equal(new RowSource("F5", "F-4", "doc", "A/59/325", 4, "US$ 1.5 million", 400, 415), money.Source);
        Assert.Equal(new SourceRef("doc", "reports/doc.txt", new string('a', 64), "A/59/325"), Assert.Single(rows.Documents));
    }

    [Fact]
    public void Read_TimelineCells_ComeBackAsIsoTextAtTheGrainTheirFormatShows()
    {
        var dates = WorkbookReader.Read(path).Dates;

        Assert.Equal(("1885-06-01", "1885-06-01"), (dates[0].Start, dates[0].End));
        Assert.Equal(("1975", "2003", "1975/2003"), (dates[1].Start, dates[1].End, dates[1].Period));
        Assert.Equal(("2003-10", "2003-10"), (dates[2].Start, dates[2].End));
        Assert.Equal(("2003-10-07", "2003-10-07"), (dates[3].Start, dates[3].End));
    }

    [Fact]
    public void Read_OpenAndAsOf_ComeBackAsWritten()
    {
        var rows = WorkbookReader.Read(path);

        Assert.Equal(("2001", "2004", "since", ""), (rows.Figures[4].TimeStart, rows.Figures[4].TimeEnd, rows.Figures[4].Open, rows.Figures[4].AsOf));
        Assert.Equal(("", "2004-09-03"), (rows.Figures[3].Open, rows.Figures[3].AsOf));
        Assert.Equal(("2004", "since", "since 2004"), (rows.Dates[4].Start, rows.Dates[4].Open, rows.Dates[4].Period));
        Assert.Equal("", rows.Dates[1].Open);
    }

    [Fact]
    public void Read_WorkbookWithoutOpenAndAsOfColumns_ReadsThemAsAbsent()
    {
        TempRun.Edit(path, w =>
        {
            var figures = w.Worksheet(WorkbookLayout.FiguresSheet);
            figures.Column(TempRun.Column(figures, "as_of")).Delete();
            figures.Column(TempRun.Column(figures, "open")).Delete();
            var timeline = w.Worksheet(WorkbookLayout.TimelineSheet);
            timeline.Column(TempRun.Column(timeline, "open")).Delete();
        });

        var rows = WorkbookReader.Read(path);

        Assert.Equal(6, rows.Figures.Length);
        Assert.All(rows.Figures, f => Assert.Equal((null, null), (f.Open, f.AsOf)));
        Assert.All(rows.Dates, d => Assert.Null(d.Open));
        Assert.Equal(("2001", "2004"), (rows.Figures[4].TimeStart, rows.Figures[4].TimeEnd));
    }

    [Fact]
    public void Read_ColumnsMovedAndRowAddedBelowTheTable_ReadsByHeaderName()
    {
        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(WorkbookLayout.FiguresSheet);
            sheet.Column(1).InsertColumnsBefore(1);
            sheet.Cell(1, 1).SetValue("analyst note");
            sheet.Cell(2, 1).SetValue("checked");
            sheet.Cell(9, 1 + 1 + WorkbookLayout.FigureColumns.IndexOf("value")).SetValue("12,500");
            workbook.Save();
        }

        var figures = WorkbookReader.Read(path).Figures;

        Assert.Equal(175_000_000m, figures[0].Value);
        Assert.Equal("F9", figures[^1].Source.Row);
        Assert.Equal(12_500m, figures[^1].Value);
        Assert.Equal(string.Empty, figures[^1].Source.Quote);
    }

    [Fact]
    public void Read_WorkbookWithAPicture_ReadsTheRowsWithoutLibgdiplus()
    {
        AddPicture(path);

        var rows = WorkbookReader.Read(path);

        Assert.Equal(6, rows.Figures.Length);
    }

    [Fact]
    public void Read_WorkbookWithoutTimeline_HasNoDateRows()
    {
        TempRun.Edit(path, w => w.Worksheet(WorkbookLayout.TimelineSheet).Delete());

        var rows = WorkbookReader.Read(path);

        Assert.Empty(rows.Dates);
        Assert.Equal(6, rows.Figures.Length);
    }

    [Fact]
    public void Read_WorkbookWithoutDocumentsSheet_ThrowsNamingTheFile()
    {
        TempRun.Edit(path, w => w.Worksheet(WorkbookLayout.DocumentsSheet).Delete());

        var e = Assert.Throws<InputException>(() => WorkbookReader.Read(path));

        Assert.Equal(path, e.Path);
        Assert.Equal("workbook has no 'Documents' sheet", e.Problem);
    }

    /// <summary>Puts a 1×1 PNG on the first sheet, as a person pasting a picture (or a linked chart) would.</summary>
    private static void AddPicture(string workbookPath)
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        using var document = SpreadsheetDocument.Open(workbookPath, isEditable: true);
        var sheet = document.WorkbookPart!.WorksheetParts.First();
        var drawings = sheet.AddNewPart<DrawingsPart>();
        var image = drawings.AddImagePart(ImagePartType.Png);
        image.FeedData(new MemoryStream(png));
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId("3"), new Xdr.ColumnOffset("0"), new Xdr.RowId("3"), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId("5"), new Xdr.ColumnOffset("0"), new Xdr.RowId("8"), new Xdr.RowOffset("0")),
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(new Xdr.NonVisualDrawingProperties { Id = 2U, Name = "Picture 1" }, new Xdr.NonVisualPictureDrawingProperties()),
                new Xdr.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 100000, Cy = 100000 }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData()));
        sheet.Worksheet.Append(new S.Drawing { Id = sheet.GetIdOfPart(drawings) });
        sheet.Worksheet.Save();
    }
}

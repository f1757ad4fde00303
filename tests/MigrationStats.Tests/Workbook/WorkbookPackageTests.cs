using System.IO.Compression;
using System.Xml.Linq;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Workbook;

/// <summary>The .xlsx opened as a zip: what Excel and LibreOffice will actually read.</summary>
public sealed class WorkbookPackageTests : IDisposable
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly string dir = Directory.CreateTempSubdirectory("migstats-package-").FullName;
    private readonly ZipArchive zip;

    public WorkbookPackageTests()
    {
        var path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(HandMadeDataset.Build(), path);
        zip = ZipFile.OpenRead(path);
    }

    public void Dispose()
    {
        zip.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    private XDocument Part(string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>Resolves a relationship target of a part to a zip entry name.</summary>
    private string Target(string part, string id)
    {
        var folder = Path.GetDirectoryName(part)!.Replace('\\', '/');
        var rels = Part($"{folder}/_rels/{Path.GetFileName(part)}.rels");
        var target = rels.Root!.Elements(PackageRelationships + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : Path.GetFullPath(Path.Combine("/" + folder, target))[1..].Replace('\\', '/');
    }

    private string SheetPart(string name)
    {
        var sheet = Part("xl/workbook.xml").Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == name);
        return Target("xl/workbook.xml", sheet.Attribute(Relationships + "id")!.Value);
    }

    [Fact]
    public void Styles_HoldTheNumberFormatOfEachKindAndOfDates()
    {
        var codes = Part("xl/styles.xml").Descendants(Main + "numFmt").Select(f => (string?)f.Attribute("formatCode")).ToList();

        Assert.Contains("#,##0", codes);
        Assert.Contains("0.0\"%\"", codes);
        Assert.Contains("0.00\"%\"", codes);
        Assert.Contains("\"US$ \"#,##0", codes);
        Assert.Contains("0.0\"×\"", codes);
        Assert.Contains("yyyy-mm-dd", codes);
        Assert.Contains("yyyy-mm", codes);
        Assert.DoesNotContain(string.Empty, codes);
    }

    [Fact]
    public void FiguresSheet_HasAFrozenHeaderPaneAndNoGridlines()
    {
        var sheet = Part(SheetPart(WorkbookLayout.FiguresSheet));
        var view = sheet.Descendants(Main + "sheetView").Single();
        var pane = view.Element(Main + "pane")!;

        Assert.Equal("frozen", (string?)pane.Attribute("state"));
        Assert.Equal("1", (string?)pane.Attribute("ySplit"));
        Assert.Equal("A2", (string?)pane.Attribute("topLeftCell"));
        Assert.Null(pane.Attribute("xSplit"));
        Assert.Equal("0", (string?)view.Attribute("showGridLines"));
    }

    [Fact]
    public void FiguresSheet_IsOneTableWithAutoFilterOverEveryRow()
    {
        var part = SheetPart(WorkbookLayout.FiguresSheet);
        var tablePart = Part(part).Descendants(Main + "tablePart").Single();
        var table = Part(Target(part, tablePart.Attribute(Relationships + "id")!.Value)).Root!;
        var lastColumn = (char)('A' + WorkbookLayout.FigureColumns.Length - 1);

        Assert.Equal("FiguresTable", (string?)table.Attribute("name"));
        Assert.Equal($"A1:{lastColumn}7", (string?)table.Attribute("ref"));
        Assert.Equal($"A1:{lastColumn}7", (string?)table.Element(Main + "autoFilter")!.Attribute("ref"));
        Assert.Equal(WorkbookLayout.FigureColumns, table.Descendants(Main + "tableColumn").Select(c => (string?)c.Attribute("name")));
        Assert.Equal("TableStyleMedium2", (string?)table.Element(Main + "tableStyleInfo")!.Attribute("name"));
    }

    [Fact]
    public void FiguresSheet_ColumnWidthsAreSetAndNotAutoFitted()
    {
        var columns = Part(SheetPart(WorkbookLayout.FiguresSheet)).Descendants(Main + "col").ToList();

        Assert.Equal(WorkbookLayout.FigureColumns.Length, columns.Count);
        Assert.All(columns, c => Assert.Equal("1", (string?)c.Attribute("customWidth")));
        Assert.DoesNotContain(columns, c => (string?)c.Attribute("bestFit") == "1");
    }

    [Fact]
    public void Package_HasNoPicturesOrDrawings()
    {
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("drawing", StringComparison.OrdinalIgnoreCase) || e.FullName.Contains("media", StringComparison.OrdinalIgnoreCase));
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MigrationStats.Workbook;

/// <summary>A table a sheet holds: its name, its rows (header first) and its column names.</summary>
internal sealed record SheetTableInfo(string Name, int FirstRow, int LastRow, IReadOnlyList<string> Columns);

/// <summary>A hyperlink of a cell to a file beside the workbook.</summary>
internal sealed record SheetLink(int Row, int Column, string Target);

/// <summary>
/// Where a sheet's content goes, row by row and cell by cell in order. A sheet is produced
/// twice: once into a <see cref="SheetMeasure"/> (its extent, while the caller collects column
/// widths) and once into a <see cref="SheetStream"/>, which writes the part.
/// </summary>
internal abstract class SheetSink
{
    /// <summary>A cell; rows come in ascending order, and cells of a row in ascending column order.</summary>
    public abstract void Cell(int row, int column, SheetCell cell, CellStyle style);

    /// <summary>The height of the row of the last cell, in points.</summary>
    public abstract void RowHeight(int row, double height);

    /// <summary>An Excel table over columns 1.. of rows <see cref="SheetTableInfo.FirstRow"/>..<see cref="SheetTableInfo.LastRow"/>.</summary>
    public virtual void Table(string name, int firstRow, int lastRow, IReadOnlyList<string> columns)
    {
    }

    /// <summary>A relative hyperlink on a cell.</summary>
    public virtual void Hyperlink(int row, int column, string target)
    {
    }
}

/// <summary>The extent of a sheet: its last row and column with a cell.</summary>
internal sealed class SheetMeasure : SheetSink
{
    public int LastRow { get; private set; }

    public int LastColumn { get; private set; }

    public override void Cell(int row, int column, SheetCell cell, CellStyle style)
    {
        LastRow = Math.Max(LastRow, row);
        LastColumn = Math.Max(LastColumn, column);
    }

    public override void RowHeight(int row, double height)
    {
    }
}

/// <summary>How a sheet is set up before its rows: extent, column widths, frozen header.</summary>
internal sealed record SheetSetup(int LastRow, int LastColumn, IReadOnlyDictionary<int, double> Widths, bool FreezeHeader);

/// <summary>
/// Writes one worksheet part with the Open XML SDK's <see cref="OpenXmlWriter"/>, one row at a
/// time: memory does not grow with the rows. Text goes to the shared strings, or inline when
/// there are none; it is always a string cell, never a formula.
/// </summary>
internal sealed class SheetStream : SheetSink, IDisposable
{
    /// <summary>
    /// What ClosedXML adds to a width in characters to make the <c>width</c> Excel stores
    /// (which counts the cell's padding), so the column shows that many characters.
    /// </summary>
    private const double WidthPadding = 0.710625;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly OpenXmlWriter writer;
    private readonly WorkbookStyles styles;
    private readonly SharedStrings? strings;
    private readonly List<SheetTableInfo> tables = [];
    private readonly List<SheetLink> links = [];
    private readonly List<(int Column, SheetCell Cell, uint Style)> rowCells = [];
    private readonly List<OpenXmlAttribute> attributes = [];

    // One element of each kind serves every row: the writer takes its name (and, for a value,
    // its text). They are "unknown" elements of the SpreadsheetML namespace because the SDK's
    // typed elements look their prefix up on every write, a third of the time of a sheet.
    private readonly OpenXmlUnknownElement rowElement = Element("row");
    private readonly OpenXmlUnknownElement cellElement = Element("c");
    private readonly PrefixedValue valueElement = new();
    private readonly OpenXmlUnknownElement inlineElement = Element("is");
    private readonly PrefixedText textElement = new();

    private int row;
    private string rowText = string.Empty;
    private double? height;
    private bool finished;

    public SheetStream(Stream part, WorkbookStyles styles, SharedStrings? strings, SheetSetup setup)
    {
        this.styles = styles;
        this.strings = strings;
        writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet(), [], [new("r", RelationshipsNamespace)]);
        if (setup.LastRow > 0)
        {
            writer.WriteElement(new SheetDimension { Reference = $"A1:{CellReference(setup.LastRow, Math.Max(setup.LastColumn, 1))}" });
        }

        var view = new SheetView { ShowGridLines = false, WorkbookViewId = 0 };
        if (setup.FreezeHeader)
        {
            view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }

        writer.WriteElement(new SheetViews(view));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (setup.Widths.Count > 0)
        {
            writer.WriteElement(new Columns(setup.Widths.OrderBy(w => w.Key).Select(w => new Column
            {
                Min = (uint)w.Key,
                Max = (uint)w.Key,
                Width = w.Value + WidthPadding,
                CustomWidth = true,
            })));
        }

        writer.WriteStartElement(new SheetData());
    }

    /// <summary>The tables the sheet holds, in order (their parts are the caller's to write).</summary>
    public IReadOnlyList<SheetTableInfo> Tables => tables;

    /// <summary>The hyperlinks of the sheet.</summary>
    public IReadOnlyList<SheetLink> Links => links;

    /// <summary>Relationship id of the n-th table (from 0): tables come first, then hyperlinks.</summary>
    public static string TableRelationship(int n) => $"rId{n + 1}";

    /// <summary>Relationship id of the n-th hyperlink (from 0).</summary>
    public string LinkRelationship(int n) => $"rId{tables.Count + n + 1}";

    public override void Cell(int row, int column, SheetCell cell, CellStyle style)
    {
        if (row < this.row || (row == this.row && rowCells.Count > 0 && column <= rowCells[^1].Column))
        {
            throw new InvalidOperationException($"cell {CellReference(row, column)} comes after {CellReference(this.row, rowCells.Count > 0 ? rowCells[^1].Column : 1)}: cells must be written in order");
        }

        if (row != this.row)
        {
            FlushRow();
            this.row = row;
        }

        rowCells.Add((column, cell, styles.Index(style)));
    }

    public override void RowHeight(int row, double height)
    {
        if (row != this.row)
        {
            throw new InvalidOperationException($"row {row} is not the row being written ({this.row})");
        }

        this.height = height;
    }

    public override void Table(string name, int firstRow, int lastRow, IReadOnlyList<string> columns) =>
        tables.Add(new SheetTableInfo(name, firstRow, lastRow, columns));

    public override void Hyperlink(int row, int column, string target) =>
        links.Add(new SheetLink(row, column, target));

    /// <summary>Ends the sheet data and writes what follows it: hyperlinks, margins, table references.</summary>
    public void Finish()
    {
        FlushRow();
        writer.WriteEndElement();
        if (links.Count > 0)
        {
            writer.WriteElement(new Hyperlinks(links.Select((l, i) => new Hyperlink { Reference = CellReference(l.Row, l.Column), Id = LinkRelationship(i) })));
        }

        writer.WriteElement(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        if (tables.Count > 0)
        {
            writer.WriteElement(new TableParts(tables.Select((_, i) => new TablePart { Id = TableRelationship(i) })) { Count = (uint)tables.Count });
        }

        writer.WriteEndElement();
        writer.Close();
        finished = true;
    }

    public void Dispose()
    {
        if (!finished)
        {
            writer.Close();
        }

        writer.Dispose();
    }

    private void FlushRow()
    {
        if (rowCells.Count == 0)
        {
            return;
        }

        rowText = row.ToString(CultureInfo.InvariantCulture);
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, rowText));
        if (height is { } h)
        {
            attributes.Add(new OpenXmlAttribute("ht", string.Empty, h.ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
        }

        writer.WriteStartElement(rowElement, attributes);
        foreach (var (column, cell, style) in rowCells)
        {
            WriteCell(column, cell, style);
        }

        writer.WriteEndElement();
        rowCells.Clear();
        height = null;
    }

    private void WriteCell(int column, SheetCell cell, uint style)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, string.Concat(ColumnNames[column - 1], rowText)));
        if (style != 0)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        switch (cell.Kind)
        {
            case CellKind.Number:
                writer.WriteStartElement(cellElement, attributes);
                WriteValue(cell.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case CellKind.Text when strings is not null:
                attributes.Add(new OpenXmlAttribute("t", string.Empty, "s"));
                writer.WriteStartElement(cellElement, attributes);
                WriteValue(strings.Index(cell.Display).ToString(CultureInfo.InvariantCulture));
                break;
            case CellKind.Text:
                attributes.Add(new OpenXmlAttribute("t", string.Empty, "inlineStr"));
                writer.WriteStartElement(cellElement, attributes);
                writer.WriteStartElement(inlineElement);
                WriteText(writer, textElement, CellText.Escape(CellText.Fit(cell.Display)), attributes);
                writer.WriteEndElement();
                break;
            default:
                writer.WriteStartElement(cellElement, attributes);
                break;
        }

        writer.WriteEndElement();
    }

    private void WriteValue(string value)
    {
        writer.WriteStartElement(valueElement);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    /// <summary>An element of the SpreadsheetML namespace, written with the prefix the SDK gives it.</summary>
    internal static OpenXmlUnknownElement Element(string localName) => new("x", localName, SpreadsheetNamespace);

    /// <summary>A <c>&lt;t&gt;</c> element, keeping leading and trailing white space.</summary>
    internal static void WriteText(OpenXmlWriter writer, PrefixedText element, string text, List<OpenXmlAttribute> scratch)
    {
        scratch.Clear();
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            scratch.Add(new OpenXmlAttribute("xml", "space", XmlNamespace, "preserve"));
        }

        writer.WriteStartElement(element, scratch);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    /// <summary>A cell value element whose prefix is a constant (the SDK looks it up on every write).</summary>
    private sealed class PrefixedValue : CellValue
    {
        public override string Prefix => "x";
    }

    /// <summary>A text element whose prefix is a constant.</summary>
    internal sealed class PrefixedText : Text
    {
        public override string Prefix => "x";
    }

    private static readonly string[] ColumnNames = [.. Enumerable.Range(1, 16_384).Select(ColumnName)];

    /// <summary>"A" for column 1, "AA" for 27.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>"B17" for row 17, column 2.</summary>
    public static string CellReference(int row, int column) =>
        string.Concat(ColumnNames[column - 1], row.ToString(CultureInfo.InvariantCulture));
}

/// <summary>
/// The shared string table: each distinct text once, cut to fit a cell, numbered in order of
/// first use. It holds a reference to each distinct text (most are the dataset's own strings).
/// </summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    /// <summary>How many cells refer to the table.</summary>
    public int Count { get; private set; }

    /// <summary>The number of a text in the table, added when new.</summary>
    public int Index(string text)
    {
        Count++;
        if (!index.TryGetValue(text, out var n))
        {
            n = texts.Count;
            index.Add(text, n);
            texts.Add(text);
        }

        return n;
    }

    /// <summary>Writes the shared strings part.</summary>
    public void WriteTo(Stream part)
    {
        using var writer = OpenXmlWriter.Create(part);
        var scratch = new List<OpenXmlAttribute>();
        var item = SheetStream.Element("si");
        var text = new SheetStream.PrefixedText();
        writer.WriteStartDocument();
        writer.WriteStartElement(new SharedStringTable(), [new("count", string.Empty, Count.ToString(CultureInfo.InvariantCulture)), new("uniqueCount", string.Empty, texts.Count.ToString(CultureInfo.InvariantCulture))]);
        foreach (var t in texts)
        {
            writer.WriteStartElement(item);
            SheetStream.WriteText(writer, text, CellText.Escape(CellText.Fit(t)), scratch);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.Close();
    }
}

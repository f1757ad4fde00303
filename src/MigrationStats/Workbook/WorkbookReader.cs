using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Verify;
using static MigrationStats.Workbook.WorkbookLayout;
using RowFields = MigrationStats.Verify.RowFields;

namespace MigrationStats.Workbook;

/// <summary>
/// Reads the rows of a workbook back, as a person may have left it: rows sorted, filtered,
/// deleted or added, values retyped, columns moved. Columns are found by their header names in
/// the first row; every row with content below it is read, inside the table or not. Cells become
/// text: numbers in the invariant culture, dates as ISO at the grain their number format shows;
/// a formula gives the value saved with it. Sheets are read with the Open XML SDK's
/// <see cref="OpenXmlReader"/>, a row at a time, so a big workbook needs little memory beyond
/// its rows. Any problem with the file throws <see cref="InputException"/> naming it.
/// </summary>
public static class WorkbookReader
{
    /// <summary>How verify's messages name the workbook.</summary>
    public const string Holder = "workbook";

    private static readonly byte[] ZipSignature = "PK"u8.ToArray();
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Reads Figures, Timeline (optional) and Documents (without the rows of inputs the run skipped). Throws <see cref="InputException"/>
    /// naming the file when it is not a workbook, is damaged, or lacks a sheet, column or value verify needs.
    /// </summary>
    public static RowSet Read(string path)
    {
        var bytes = InputFile.ReadAllBytes(path, InputFile.MaxOutputBytes);
        if (bytes.Length == 0)
        {
            throw new InputException(path, InputErrors.Empty);
        }

        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            throw new InputException(path, InputErrors.NotWorkbook(InputErrors.OleFile));
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            throw new InputException(path, InputErrors.NotWorkbook(InputErrors.NotZip));
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var book = new Book(path, document);

            // An input the run skipped has a row (status "skipped: ...") but no source to check.
            var documents = ImmutableArray.CreateBuilder<SourceRef>();
            book.Rows(DocumentsSheet, RowFields.RequiredDocumentColumns, DocumentColumns, (_, field, _) =>
            {
                if (!IsSkippedStatus(field("status")))
                {
                    documents.Add(RowFields.Document(field));
                }
            });

            var figures = ImmutableArray.CreateBuilder<FigureRow>();
            book.Rows(FiguresSheet, RowFields.RequiredFigureColumns, FigureColumns, (row, field, has) =>
                figures.Add(RowFields.Figure($"{FigureRowLetter}{row}", field, has)));

            var dates = ImmutableArray.CreateBuilder<DateRow>();
            book.Rows(TimelineSheet, RowFields.RequiredDateColumns, TimelineColumns, (row, field, has) =>
                dates.Add(RowFields.Date($"{DateRowLetter}{row}", field, has)), optional: true);

            return new RowSet(path, Holder, documents.ToImmutable(), figures.ToImmutable(), dates.ToImmutable());
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new InputException(path, InputErrors.NotWorkbook(Reason(e)));
        }
    }

    /// <summary>What a damaged or foreign package throws, from the zip, the packaging or the XML below it.</summary>
    private static bool IsDamage(Exception e) => e is OpenXmlPackageException or InvalidDataException or FileFormatException
        or XmlException or IOException or FormatException or OverflowException or ArgumentException or KeyNotFoundException
        or NotSupportedException;

    private static string Reason(Exception e)
    {
        var message = e.Message.Split('\n')[0].Trim().TrimEnd('.');
        return e switch
        {
            InvalidDataException or FileFormatException => $"the zip is damaged or cut short: {message}",
            XmlException => $"a part of it is not well-formed XML: {message}",
            _ => message,
        };
    }

    /// <summary>A row's fields by header name, and whether the sheet has a column.</summary>
    private delegate void RowHandler(int row, Func<string, string> field, Func<string, bool> has);

    /// <summary>The workbook part, its shared strings and the number formats of its cell styles.</summary>
    private sealed class Book
    {
        private readonly string path;
        private readonly WorkbookPart workbook;
        private readonly Dictionary<string, Sheet> sheets = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string?> styleFormats = [];
        private List<string>? strings;

        public Book(string path, SpreadsheetDocument document)
        {
            this.path = path;
            workbook = document.WorkbookPart ?? throw new InputException(path, InputErrors.NotWorkbook("it has no workbook part; it may be another kind of Office file"));
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Name?.Value is { } name)
                {
                    sheets.TryAdd(name, sheet);
                }
            }

            ReadStyles();
        }

        /// <summary>
        /// Calls <paramref name="handler"/> for every row below the header with content in a
        /// header column. Cells of the columns the layout names must hold values; others only count as content.
        /// </summary>
        public void Rows(string sheetName, ImmutableArray<string> required, ImmutableArray<string> layout, RowHandler handler, bool optional = false)
        {
            if (!sheets.TryGetValue(sheetName, out var sheet))
            {
                if (optional)
                {
                    return;
                }

                throw new InputException(path, InputErrors.NoSheet(sheetName));
            }

            var part = sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var p) ? p : null;
            if (part is not WorksheetPart worksheet)
            {
                throw new InputException(path, part is null
                    ? InputErrors.NotWorkbook($"sheet '{sheetName}' has no content in the package")
                    : $"sheet '{sheetName}' is not a worksheet (a chart sheet or dialog sheet holds no rows)");
            }

            new SheetReader(this, sheetName, required, layout).Read(worksheet, handler);
        }

        public string Path => path;

        /// <summary>The text of shared string <paramref name="index"/>, or null when there is none.</summary>
        public string? SharedString(int index)
        {
            strings ??= ReadSharedStrings();
            return index >= 0 && index < strings.Count ? strings[index] : null;
        }

        /// <summary>The number format code of a cell style, or null for General or an unknown style.</summary>
        public string? Format(uint? style) =>
            style is { } s && s < styleFormats.Count ? styleFormats[(int)s] : null;

        private List<string> ReadSharedStrings()
        {
            var list = new List<string>();
            if (workbook.SharedStringTablePart is not { } part)
            {
                return list;
            }

            using var reader = OpenXmlReader.Create(part);
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                {
                    list.Add(StringItemText(reader.LoadCurrentElement()!));
                }
                else
                {
                    reader.Read();
                }
            }

            return list;
        }

        private void ReadStyles()
        {
            if (workbook.WorkbookStylesPart?.Stylesheet is not { } stylesheet)
            {
                return;
            }

            var custom = new Dictionary<uint, string>();
            foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            {
                if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
                {
                    custom[id] = code;
                }
            }

            foreach (var xf in stylesheet.CellFormats?.Elements<CellFormat>() ?? [])
            {
                var id = xf.NumberFormatId?.Value ?? 0;
                styleFormats.Add(custom.TryGetValue(id, out var code) ? code : BuiltInFormat(id));
            }
        }
    }

    /// <summary>Reads one sheet: the header row, then each row as it comes.</summary>
    private sealed class SheetReader(Book book, string sheetName, ImmutableArray<string> required, ImmutableArray<string> layout)
    {
        private readonly Dictionary<string, int> header = new(StringComparer.Ordinal);
        private readonly Dictionary<int, (int Slot, string Name, bool Strict)> columns = [];
        private string[] values = [];
        private bool headerDone;

        public void Read(WorksheetPart part, RowHandler handler)
        {
            using var reader = OpenXmlReader.Create(part);
            var rowNumber = 0;
            var column = 0;
            var content = false;
            string Field(string name) => header.TryGetValue(name, out var slot) ? values[slot] : string.Empty;
            bool Has(string name) => header.ContainsKey(name);

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.ElementType == typeof(Row))
                {
                    if (reader.IsStartElement)
                    {
                        var number = Attribute(reader, "r") is { } r && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : rowNumber + 1;
                        if (number < 1 || number > 1_048_576)
                        {
                            throw new InputException(book.Path, InputErrors.NotWorkbook($"sheet '{sheetName}' has a row numbered {number}"));
                        }

                        if (number > 1)
                        {
                            FinishHeader();
                        }

                        rowNumber = number;
                        column = 0;
                        content = false;
                        Array.Fill(values, string.Empty);
                    }
                    else if (rowNumber > 1 && content)
                    {
                        handler(rowNumber, Field, Has);
                    }

                    reader.Read();
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    column = ColumnOf(cell.CellReference?.Value, rowNumber, column);
                    if (rowNumber == 1)
                    {
                        var name = Text(cell, column, null, strict: false).ToLowerInvariant();
                        if (name.Length > 0 && header.TryAdd(name, header.Count))
                        {
                            columns[column] = (header.Count - 1, name, layout.Contains(name));
                        }
                    }
                    else if (rowNumber > 1 && columns.TryGetValue(column, out var slot))
                    {
                        var text = Text(cell, column, slot.Name, slot.Strict);
                        values[slot.Slot] = text;
                        content |= text.Length > 0;
                    }
                }
                else
                {
                    reader.Read();
                }
            }

            FinishHeader();
        }

        /// <summary>Checks the header once row 1 is read (or found missing).</summary>
        private void FinishHeader()
        {
            if (headerDone)
            {
                return;
            }

            headerDone = true;
            if (required.FirstOrDefault(c => !header.ContainsKey(c)) is { } missing)
            {
                throw new InputException(book.Path, InputErrors.NoColumn(sheetName, missing));
            }

            values = new string[header.Count];
            Array.Fill(values, string.Empty);
        }

        /// <summary>The column of a cell: from its reference ("K5"), else the one after the previous cell.</summary>
        private int ColumnOf(string? reference, int row, int previous)
        {
            if (reference is null)
            {
                return previous + 1;
            }

            var column = 0;
            var i = 0;
            for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= 16_384; i++)
            {
                column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            }

            if (column is < 1 or > 16_384 || i == reference.Length || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r != row)
            {
                throw new InputException(book.Path, InputErrors.NotWorkbook($"sheet '{sheetName}' row {row} has a cell with the reference '{reference}'"));
            }

            return column;
        }

        /// <summary>
        /// A cell as text: numbers invariant and without exponent, dates as ISO at the grain of
        /// their format, a formula as its saved value. A cell whose value cannot be read throws
        /// when <paramref name="strict"/>, else counts as content ("?").
        /// </summary>
        private string Text(Cell cell, int column, string? columnName, bool strict)
        {
            var value = cell.CellValue?.Text;
            var type = cell.DataType?.Value ?? CellValues.Number;
            string? problem = null;
            string text;
            if (type == CellValues.InlineString)
            {
                text = cell.InlineString is { } inline ? StringItemText(inline) : value ?? string.Empty;
            }
            else if (value is null)
            {
                text = string.Empty;
                problem = cell.CellFormula is null ? null : InputErrors.FormulaWithoutValue;
            }
            else if (type == CellValues.SharedString)
            {
                text = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && book.SharedString(index) is { } shared
                    ? shared
                    : Fail(out problem, $"shared string '{value}' does not exist");
            }
            else if (type == CellValues.Boolean)
            {
                text = value.Trim() is "1" or "true" ? "TRUE" : "FALSE";
            }
            else if (type == CellValues.Error)
            {
                text = Fail(out problem, InputErrors.ErrorValue(value));
            }
            else if (type == CellValues.String)
            {
                text = value;
            }
            else if (type == CellValues.Date)
            {
                text = DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? DateText(date, book.Format(cell.StyleIndex?.Value) ?? SheetCell.DayFormat)
                    : Fail(out problem, $"'{value}' is not a date");
            }
            else
            {
                text = Number(value, book.Format(cell.StyleIndex?.Value), out problem);
            }

            if (problem is null)
            {
                return CellText.Unescape(text).Trim();
            }

            if (!strict)
            {
                return "?";
            }

            var address = SheetStream.CellReference(CellRow(cell), column);
            throw new InputException(book.Path, InputErrors.BadCell(sheetName, address, columnName ?? string.Empty, problem));
        }

        private static int CellRow(Cell cell)
        {
            var reference = cell.CellReference?.Value ?? string.Empty;
            var digits = reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9') is var i and >= 0 ? i : reference.Length);
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
        }

        private static string Fail(out string? problem, string what)
        {
            problem = what;
            return string.Empty;
        }

        private static string Number(string value, string? format, out string? problem)
        {
            problem = null;
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return value.Trim().Length == 0 ? string.Empty : Fail(out problem, $"'{value}' is not a number");
            }

            if (format is not null && IsDateFormat(format))
            {
                return number is >= -657_434 and < 2_958_466
                    ? DateText(DateTime.FromOADate(number), format)
                    : Fail(out problem, $"{NumberText(number)} is not a date Excel can show");
            }

            return NumberText(number);
        }
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The text of a shared string item or inline string: its text, or its runs' text; phonetic hints left out.</summary>
    private static string StringItemText(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }

        var runs = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            runs.Append(run.Text?.Text);
        }

        return runs.ToString();
    }

    /// <summary>The codes of Excel's built-in date and time formats (ids without a <c>numFmt</c> of their own).</summary>
    private static string? BuiltInFormat(uint id) => id switch
    {
        14 => "mm-dd-yy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "m/d/yy h:mm",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        (>= 27 and <= 36) or (>= 50 and <= 58) => "yyyy-mm-dd",
        _ => null,
    };

    /// <summary>True for a format that shows a date or time: y, m, d, h or s outside quoted text, escapes and [brackets].</summary>
    internal static bool IsDateFormat(string format)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (quoted)
            {
                quoted = c != '"';
            }
            else if (bracket)
            {
                bracket = c != ']';
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's')
            {
                return true;
            }
        }

        return false;
    }

    private static string NumberText(double value) =>
        Math.Abs(value) < (double)decimal.MaxValue ? CsvExport.Number((decimal)value) : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>"2003-10-07" for a day format, "2003-10" for a month format ("yyyy-mm"), as the cell shows it.</summary>
    private static string DateText(DateTime value, string? format)
    {
        var f = (format ?? string.Empty).ToLowerInvariant();
        var showsDay = f.Contains('d', StringComparison.Ordinal) || !f.Contains('m', StringComparison.Ordinal);
        return showsDay
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using MigrationStats.Dataset;

namespace MigrationStats.Workbook;

/// <summary>What a cell holds.</summary>
internal enum CellKind
{
    /// <summary>Nothing: the cell carries only its style.</summary>
    Empty,

    /// <summary>Text, always stored as text (never a formula, whatever it starts with).</summary>
    Text,

    /// <summary>A number (an Excel date is a number too, with a date format).</summary>
    Number,
}

/// <summary>
/// One cell to write: what it holds, the text it shows (for column widths and row heights, and
/// the text itself for a text cell) and its number format.
/// </summary>
internal readonly record struct SheetCell(CellKind Kind, string Display, decimal Value = 0, string? Format = null)
{
    public const string DayFormat = "yyyy-mm-dd";
    public const string MonthFormat = "yyyy-mm";
    public const string YearFormat = "0";

    /// <summary>Excel has no dates before 1900; earlier days and months are written as ISO text.</summary>
    private const int FirstExcelYear = 1900;

    public static SheetCell Empty => new(CellKind.Empty, string.Empty);

    /// <summary>Text; null or empty text is an empty cell.</summary>
    public static SheetCell Text(string? text) => string.IsNullOrEmpty(text) ? Empty : new(CellKind.Text, text);

    public static SheetCell Int(int? n) => n is { } v ? new(CellKind.Number, v.ToString(CultureInfo.InvariantCulture), v) : Empty;

    public static SheetCell Number(decimal value, string format) => new(CellKind.Number, value.ToString(format, CultureInfo.InvariantCulture), value, format);

    public static SheetCell Date(DateOnly? date) => date is { } d ? Point(new PartialDate(d.Year, d.Month, d.Day)) : Empty;

    /// <summary>A day or month as a real Excel date formatted at its grain; a year as a plain number.</summary>
    public static SheetCell Point(PartialDate point) => point switch
    {
        { Month: null } => new(CellKind.Number, point.ToString(), point.Year, YearFormat),
        { Year: < FirstExcelYear } => Text(point.ToString()),
        _ => new(CellKind.Number, point.ToString(), Serial(point.First), point.Day is null ? MonthFormat : DayFormat),
    };

    /// <summary>The Excel serial number of a day (1900 date system, as Excel counts from March 1900).</summary>
    public static decimal Serial(DateOnly day) => (decimal)day.ToDateTime(TimeOnly.MinValue).ToOADate();
}

/// <summary>A column of a sheet table: header name, how a row fills it, and how wide it may grow.</summary>
internal sealed record SheetColumn<T>(string Name, Func<T, SheetCell> Cell, int MaxWidth = SheetColumn<T>.NarrowMax, bool Wrap = false)
{
    /// <summary>Widest a column of short values grows.</summary>
    public const int NarrowMax = 30;

    /// <summary>Width of a wrapped column of quotes or labels.</summary>
    public const int QuoteWidth = 40;

    /// <summary>Width of a wrapped column of sentences.</summary>
    public const int SentenceWidth = 80;
}

/// <summary>
/// Column widths computed from content (ClosedXML's <c>AdjustToContents</c> needs libgdiplus):
/// each column is as wide as its longest line plus a margin, within its cap. A sheet is
/// written in two passes (the widths come before the rows in the file); the widths of the
/// second pass are <see cref="Ignored"/>.
/// </summary>
internal sealed class ColumnWidths
{
    /// <summary>Room for the filter button of a table header.</summary>
    private const int HeaderMargin = 4;
    private const int CellMargin = 2;
    private const int MinWidth = 6;

    /// <summary>Width of each column (index 0 is column 1); 0 for a column never fitted.</summary>
    private int[] widths = new int[32];
    private readonly bool ignored;

    public ColumnWidths(bool ignored = false) => this.ignored = ignored;

    /// <summary>Widths that take no note of what they are told (the writing pass).</summary>
    public static ColumnWidths Ignored() => new(ignored: true);

    /// <summary>Column number (from 1) to width in characters, in column order.</summary>
    public IReadOnlyDictionary<int, double> Widths =>
        widths.Select((w, i) => (Column: i + 1, Width: w)).Where(c => c.Width > 0).ToDictionary(c => c.Column, c => (double)c.Width);

    public void Fit(int column, string text, int max, bool header = false)
    {
        if (ignored)
        {
            return;
        }

        if (column > widths.Length)
        {
            Array.Resize(ref widths, Math.Max(column, widths.Length * 2));
        }

        var longest = LongestLine(text) + (header ? HeaderMargin : CellMargin);
        var width = Math.Clamp(longest, MinWidth, Math.Max(max, MinWidth));
        widths[column - 1] = Math.Max(widths[column - 1], width);
    }

    /// <summary>Widens each column to at least the width <paramref name="other"/> found.</summary>
    public void Merge(ColumnWidths other)
    {
        if (ignored)
        {
            return;
        }

        if (other.widths.Length > widths.Length)
        {
            Array.Resize(ref widths, other.widths.Length);
        }

        for (var c = 0; c < other.widths.Length; c++)
        {
            widths[c] = Math.Max(widths[c], other.widths[c]);
        }
    }

    private static int LongestLine(string text)
    {
        var longest = 0;
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                return Math.Max(longest, text.Length - start);
            }

            longest = Math.Max(longest, end - start);
            start = end + 1;
        }
    }
}

/// <summary>Writes rows as an Excel table (header with filters, banded rows) and sizes its columns.</summary>
internal static class SheetTable
{
    /// <summary>Height of one line of 11-point text, in points.</summary>
    private const double RowHeight = 15;

    /// <summary>Rows grow to at most this many lines; the rest of the text is in the cell.</summary>
    private const int MaxLines = 8;

    private static readonly CellStyle Header = new(Top: true);

    /// <summary>Tables of this many rows are measured on two cores.</summary>
    private const int ParallelMeasureRows = 10_000;

    /// <summary>Writes the header at <paramref name="row"/> and one row per item below; returns the last row written.</summary>
    public static int Write<T>(SheetSink sheet, int row, string tableName, IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> items, ColumnWidths widths, Func<T, bool>? highlight = null)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(row, c + 1, SheetCell.Text(columns[c].Name), Header);
            widths.Fit(c + 1, columns[c].Name, columns[c].MaxWidth, header: true);
        }

        if (sheet is SheetMeasure measure && items.Count >= ParallelMeasureRows)
        {
            // Measuring a big table only sizes its columns: halves of the rows on two cores.
            var halves = new[] { new ColumnWidths(), new ColumnWidths() };
            Parallel.For(0, 2, h =>
            {
                for (var i = h * items.Count / 2; i < (h + 1) * items.Count / 2; i++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        halves[h].Fit(c + 1, columns[c].Cell(items[i]).Display, columns[c].MaxWidth);
                    }
                }
            });
            widths.Merge(halves[0]);
            widths.Merge(halves[1]);
            measure.Cell(row + items.Count, columns.Count, SheetCell.Empty, default);
            return row + items.Count;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var lines = 1;
            var red = highlight?.Invoke(items[i]) == true;
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = columns[c].Cell(items[i]);

                // An empty cell is left out of the file (a third of the Figures cells): it would
                // carry only the row's style, which shows nothing until someone types there.
                if (cell.Kind != CellKind.Empty)
                {
                    sheet.Cell(row + 1 + i, c + 1, cell, new CellStyle(Red: red, Format: cell.Format, Top: true, Wrap: columns[c].Wrap));
                }

                widths.Fit(c + 1, cell.Display, columns[c].MaxWidth);
                if (columns[c].Wrap)
                {
                    lines = Math.Max(lines, (int)Math.Ceiling(cell.Display.Length / (columns[c].MaxWidth * 0.9)));
                }
            }

            // Viewers do not all grow a row for wrapped text (LibreOffice keeps the default
            // height), so rows with wrapped text get their height from the text.
            if (lines > 1)
            {
                sheet.RowHeight(row + 1 + i, RowHeight * Math.Min(lines, MaxLines));
            }
        }

        // An Excel table needs a data row; an empty dataset gets one blank row.
        if (items.Count == 0)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                sheet.Cell(row + 1, c + 1, SheetCell.Empty, new CellStyle(Top: true, Wrap: columns[c].Wrap));
            }
        }

        var last = row + Math.Max(items.Count, 1);
        sheet.Table(tableName, row, last, columns.Select(c => c.Name).ToList());
        return last;
    }
}

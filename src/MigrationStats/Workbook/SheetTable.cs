using System.Globalization;
using ClosedXML.Excel;
using MigrationStats.Dataset;

namespace MigrationStats.Workbook;

/// <summary>One cell to write: its value, the text it shows (for column widths) and its number format.</summary>
internal readonly record struct SheetCell(object? Value, string Display, string? Format = null)
{
    public const string DayFormat = "yyyy-mm-dd";
    public const string MonthFormat = "yyyy-mm";
    public const string YearFormat = "0";

    /// <summary>Excel has no dates before 1900; earlier days and months are written as ISO text.</summary>
    private const int FirstExcelYear = 1900;

    public static SheetCell Empty => new(null, string.Empty);

    public static SheetCell Text(string? text) => new(text ?? string.Empty, text ?? string.Empty);

    public static SheetCell Int(int? n) => n is { } v ? new(v, v.ToString(CultureInfo.InvariantCulture)) : Empty;

    public static SheetCell Number(decimal value, string format) => new(value, value.ToString(format, CultureInfo.InvariantCulture), format);

    public static SheetCell Date(DateOnly? date) => date is { } d ? Point(new PartialDate(d.Year, d.Month, d.Day)) : Empty;

    /// <summary>A day or month as a real Excel date formatted at its grain; a year as a plain number.</summary>
    public static SheetCell Point(PartialDate point) => point switch
    {
        { Month: null } => new(point.Year, point.ToString(), YearFormat),
        { Year: < FirstExcelYear } => Text(point.ToString()),
        _ => new(point.First.ToDateTime(TimeOnly.MinValue), point.ToString(), point.Day is null ? MonthFormat : DayFormat),
    };

    public void WriteTo(IXLCell cell)
    {
        switch (Value)
        {
            case string s:
                cell.SetValue(s);
                break;
            case decimal d:
                cell.SetValue(d);
                break;
            case int i:
                cell.SetValue(i);
                break;
            case DateTime t:
                cell.SetValue(t);
                break;
        }

        if (Format is not null)
        {
            cell.Style.NumberFormat.Format = Format;
        }
    }
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
/// each column is as wide as its longest line plus a margin, within its cap.
/// </summary>
internal sealed class ColumnWidths
{
    /// <summary>Room for the filter button of a table header.</summary>
    private const int HeaderMargin = 4;
    private const int CellMargin = 2;
    private const int MinWidth = 6;

    private readonly Dictionary<int, double> widths = [];

    public void Fit(int column, string text, int max, bool header = false)
    {
        var longest = text.Split('\n').Max(line => line.Length) + (header ? HeaderMargin : CellMargin);
        var width = Math.Clamp(longest, MinWidth, Math.Max(max, MinWidth));
        widths[column] = Math.Max(widths.GetValueOrDefault(column), width);
    }

    public void ApplyTo(IXLWorksheet sheet)
    {
        foreach (var (column, width) in widths)
        {
            sheet.Column(column).Width = width;
        }
    }
}

/// <summary>Writes rows as an Excel table (header with filters, banded rows) and sizes its columns.</summary>
internal static class SheetTable
{
    private static readonly XLTableTheme Theme = XLTableTheme.TableStyleMedium2;

    /// <summary>Height of one line of 11-point text, in points.</summary>
    private const double RowHeight = 15;

    /// <summary>Rows grow to at most this many lines; the rest of the text is in the cell.</summary>
    private const int MaxLines = 8;

    /// <summary>Writes the header at <paramref name="row"/> and one row per item below; returns the last row written.</summary>
    public static int Write<T>(IXLWorksheet sheet, int row, string tableName, IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> items, ColumnWidths widths, Func<T, bool>? highlight = null)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(row, c + 1).SetValue(columns[c].Name);
            widths.Fit(c + 1, columns[c].Name, columns[c].MaxWidth, header: true);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = columns[c].Cell(items[i]);
                cell.WriteTo(sheet.Cell(row + 1 + i, c + 1));
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
                sheet.Row(row + 1 + i).Height = RowHeight * Math.Min(lines, MaxLines);
            }

            if (highlight?.Invoke(items[i]) == true)
            {
                sheet.Range(row + 1 + i, 1, row + 1 + i, columns.Count).Style.Font.FontColor = XLColor.DarkRed;
            }
        }

        // An Excel table needs a data row; an empty dataset gets one blank row.
        var last = row + Math.Max(items.Count, 1);
        var table = sheet.Range(row, 1, last, columns.Count).CreateTable(tableName);
        table.Theme = Theme;
        table.ShowAutoFilter = true;
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Wrap)
            {
                sheet.Range(row + 1, c + 1, last, c + 1).Style.Alignment.WrapText = true;
            }
        }

        return last;
    }
}

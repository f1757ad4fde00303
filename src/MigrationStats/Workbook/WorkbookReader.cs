using System.Collections.Immutable;
using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using MigrationStats.Dataset;
using MigrationStats.Verify;
using static MigrationStats.Workbook.WorkbookLayout;

namespace MigrationStats.Workbook;

/// <summary>
/// Reads the rows of a workbook back, as a person may have left it: rows sorted, filtered,
/// deleted or added, values retyped, columns moved. Columns are found by their header names in
/// the first row; every row with content below it is read, inside the table or not. Cells become
/// text: numbers in the invariant culture, dates as ISO at the grain their number format shows.
/// </summary>
public static class WorkbookReader
{
    /// <summary>How verify's messages name the workbook.</summary>
    public const string Holder = "workbook";

    /// <summary>
    /// Reads Figures, Timeline (optional) and Documents (without the rows of inputs the run skipped). Throws <see cref="InputException"/>
    /// naming the file when it is not a workbook or lacks a sheet or column verify needs.
    /// </summary>
    public static RowSet Read(string path)
    {
        using var workbook = Open(path);
        // An input the run skipped has a row (status "skipped: ...") but no source to check.
        var documents = Rows(workbook, path, DocumentsSheet, RowFields.RequiredDocumentColumns)!
            .Where(r => !IsSkippedStatus(r.Field("status")))
            .Select(r => RowFields.Document(r.Field)).ToImmutableArray();
        var figures = Rows(workbook, path, FiguresSheet, RowFields.RequiredFigureColumns)!
            .Select(r => RowFields.Figure($"{FigureRowLetter}{r.Number}", r.Field, r.Has)).ToImmutableArray();
        var timeline = Rows(workbook, path, TimelineSheet, RowFields.RequiredDateColumns, optional: true) ?? [];
        var dates = timeline.Select(r => RowFields.Date($"{DateRowLetter}{r.Number}", r.Field, r.Has)).ToImmutableArray();
        return new RowSet(path, Holder, documents, figures, dates);
    }

    /// <summary>One sheet row: its Excel row number and its cells as text by header name.</summary>
    private sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells)
    {
        public string Field(string column) => Cells.GetValueOrDefault(column, string.Empty);

        public bool Has(string column) => Cells.ContainsKey(column);
    }

    private static XLWorkbook Open(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, InputErrors.NotFound);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, InputErrors.Unreadable(e.Message));
        }

        var buffer = new MemoryStream();
        buffer.Write(bytes);
        try
        {
            PackageFixups.RemoveDrawings(buffer);
            buffer.Position = 0;
            return new XLWorkbook(buffer);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new InputException(path, $"not an Excel workbook ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
    }

    /// <summary>The rows of a sheet below its header; null for a missing optional sheet.</summary>
    private static List<SheetRow>? Rows(XLWorkbook workbook, string path, string sheetName, ImmutableArray<string> required, bool optional = false)
    {
        if (!workbook.TryGetWorksheet(sheetName, out var sheet))
        {
            return optional ? null : throw new InputException(path, $"workbook has no '{sheetName}' sheet");
        }

        var header = Header(sheet);
        if (required.FirstOrDefault(c => !header.ContainsKey(c)) is { } missing)
        {
            throw new InputException(path, $"sheet '{sheetName}' has no column '{missing}' in its first row");
        }

        var rows = new List<SheetRow>();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= last; r++)
        {
            var cells = header.ToDictionary(h => h.Key, h => Text(sheet.Cell(r, h.Value)), StringComparer.Ordinal);
            if (cells.Values.Any(v => v.Length > 0))
            {
                rows.Add(new SheetRow(r, cells));
            }
        }

        return rows;
    }

    /// <summary>Header names (trimmed, lower case) to column numbers; the first column of a repeated name wins.</summary>
    private static Dictionary<string, int> Header(IXLWorksheet sheet)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in sheet.Row(1).CellsUsed())
        {
            header.TryAdd(Text(cell).ToLowerInvariant(), cell.Address.ColumnNumber);
        }

        return header;
    }

    /// <summary>A cell as text: numbers invariant and without exponent, dates as ISO at the grain of their format.</summary>
    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.Number => NumberText(cell.GetDouble()),
        XLDataType.DateTime => DateText(cell.GetDateTime(), cell.Style.NumberFormat.Format),
        XLDataType.Boolean => cell.GetBoolean() ? "TRUE" : "FALSE",
        _ => cell.GetString().Trim(),
    };

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

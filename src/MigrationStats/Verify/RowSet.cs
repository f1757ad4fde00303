using System.Collections.Immutable;
using System.Globalization;

namespace MigrationStats.Verify;

/// <summary>A source document as the checked file names it.</summary>
/// <param name="Document">Document id (the file name without extension).</param>
/// <param name="FilePath">The path the run read it from, when known.</param>
/// <param name="Sha256">Hex SHA-256 of the file when the run read it; null when not recorded.</param>
/// <param name="Symbol">UN symbol, when known.</param>
public sealed record SourceRef(string Document, string? FilePath, string? Sha256, string? Symbol);

/// <summary>Where a row says it comes from, as read back (a person may have edited any of it).</summary>
/// <param name="Row">Row name in messages: sheet letter and row number ("F17").</param>
/// <param name="Id">Stable row id, when the row has one.</param>
/// <param name="Document">Document id; empty when the row names none.</param>
/// <param name="Symbol">UN symbol, when given.</param>
/// <param name="Paragraph">Paragraph number, when given.</param>
/// <param name="Quote">The quote; empty when the row has none.</param>
/// <param name="CharStart">Start offset of the quote in the source, when a whole number.</param>
/// <param name="CharEnd">End offset (exclusive), when a whole number.</param>
public sealed record RowSource(string Row, string? Id, string Document, string? Symbol, int? Paragraph, string Quote, int? CharStart, int? CharEnd);

/// <summary>A figure row as read back. Fields a person may have mistyped stay text; verify parses them.</summary>
/// <param name="Source">Provenance.</param>
/// <param name="Kind">"count", "percent", ...</param>
/// <param name="Value">The value, when the cell holds a number.</param>
/// <param name="ValueText">The value cell as text (to quote a value that is not a number).</param>
/// <param name="Currency">ISO currency code, when given.</param>
/// <param name="Qualifier">"exact", "over", ...</param>
/// <param name="TimeStart">ISO start of the time, empty for none.</param>
/// <param name="TimeEnd">ISO end of the time, empty for none.</param>
/// <param name="Measure">Measure name, when given.</param>
/// <param name="Open">"since", "by", "until" or empty; null when the input has no open column (made before it had one).</param>
/// <param name="AsOf">ISO day of the report's date or empty; null when the input has no as_of column.</param>
public sealed record FigureRow(RowSource Source, string Kind, decimal? Value, string ValueText, string? Currency, string Qualifier, string TimeStart, string TimeEnd, string? Measure, string? Open = null, string? AsOf = null);

/// <summary>A dated-event row as read back.</summary>
/// <param name="Source">Provenance.</param>
/// <param name="Kind">"date", "year", ...</param>
/// <param name="Start">ISO start at its grain ("2003", "2003-10", "2003-10-07").</param>
/// <param name="End">ISO end at its grain.</param>
/// <param name="Period">The period column ("2003-10/2004", "since 1998"); null when the input has none.</param>
/// <param name="Open">"since", "by" or empty; null when the input has no open column (made before it had one).</param>
public sealed record DateRow(RowSource Source, string Kind, string Start, string End, string? Period, string? Open = null);

/// <summary>Everything verify checks, whatever it was read from (workbook, CSV or JSON).</summary>
/// <param name="Origin">The file or folder read.</param>
/// <param name="Holder">What holds the rows, as messages name it: "workbook", "CSV" or "dataset".</param>
/// <param name="Documents">Source documents named by the input.</param>
/// <param name="Figures">Figure rows in input order.</param>
/// <param name="Dates">Dated-event rows in input order.</param>
public sealed record RowSet(string Origin, string Holder, ImmutableArray<SourceRef> Documents, ImmutableArray<FigureRow> Figures, ImmutableArray<DateRow> Dates);

/// <summary>
/// Builds rows from named text fields, the common form of a workbook row (cells turned into
/// text) and a CSV record. A missing or blank field reads as empty; the columns added later
/// (<c>period</c>, <c>open</c>, <c>as_of</c>) read as null when the input has no such column, so
/// verify checks them only in inputs that have them.
/// </summary>
public static class RowFields
{
    /// <summary>Columns a figure row cannot be checked without.</summary>
    public static readonly ImmutableArray<string> RequiredFigureColumns = ["document", "quote", "char_start", "char_end", "kind", "value", "qualifier", "time_start", "time_end"];

    /// <summary>Columns a dated-event row cannot be checked without.</summary>
    public static readonly ImmutableArray<string> RequiredDateColumns = ["document", "quote", "char_start", "char_end", "kind", "start", "end"];

    /// <summary>Columns a document row cannot be used without.</summary>
    public static readonly ImmutableArray<string> RequiredDocumentColumns = ["id", "file", "sha256"];

    /// <summary>A figure row from its fields; <paramref name="has"/> says whether the input has a column.</summary>
    public static FigureRow Figure(string row, Func<string, string> field, Func<string, bool> has)
    {
        var valueText = field("value");
        return new FigureRow(Source(row, field), field("kind"), Number(valueText), valueText, Optional(field("currency")), field("qualifier"),
            field("time_start"), field("time_end"), Optional(field("measure")), IfColumn("open", field, has), IfColumn("as_of", field, has));
    }

    /// <summary>A dated-event row from its fields; <paramref name="has"/> says whether the input has a column.</summary>
    public static DateRow Date(string row, Func<string, string> field, Func<string, bool> has) =>
        new(Source(row, field), field("kind"), field("start"), field("end"), IfColumn("period", field, has), IfColumn("open", field, has));

    /// <summary>A source document from its fields.</summary>
    public static SourceRef Document(Func<string, string> field) =>
        new(field("id"), Optional(field("file")), Optional(field("sha256")), Optional(field("symbol")));

    /// <summary>
    /// Parses a value as typed: "175000000", "17,500,000" or "1.5E+8", with the invariant culture.
    /// A number shown with its format ("21.0%", "US$ 1,000") is not a cell value and does not parse.
    /// </summary>
    public static decimal? Number(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static RowSource Source(string row, Func<string, string> field) =>
        new(row, Optional(field("id")), field("document"), Optional(field("symbol")), Whole(field("paragraph")), field("quote"), Whole(field("char_start")), Whole(field("char_end")));

    private static int? Whole(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? IfColumn(string column, Func<string, string> field, Func<string, bool> has) => has(column) ? field(column).Trim() : null;
}

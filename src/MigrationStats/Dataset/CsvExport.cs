using System.Globalization;
using System.Text;

namespace MigrationStats.Dataset;

/// <summary>RFC 4180 CSV exports of the dataset (UTF-8, header row, CRLF line ends).</summary>
public static class CsvExport
{
    /// <summary>Columns of figures.csv, in order.</summary>
    public static readonly string[] FigureColumns = ["document", "symbol", "paragraph", "quote", "kind", "value", "unit", "qualifier", "time_start", "time_end", "open", "as_of", "measure", "scope", "measure_type", "sentence", "char_start", "char_end", "page", "box"];

    /// <summary>Columns of dates.csv, in order.</summary>
    public static readonly string[] DateColumns = ["document", "symbol", "paragraph", "quote", "kind", "start", "end", "open", "event", "sentence", "char_start", "char_end", "page", "box"];

    /// <summary>Columns of series.csv, in order.</summary>
    public static readonly string[] SeriesColumns = ["series_id", "measure", "topic", "scope", "type", "unit", "time_start", "time_end", "as_of", "value", "conflict", "document", "symbol", "paragraph", "quote", "char_start", "char_end"];

    /// <summary>
    /// Columns that hold numbers (values, offsets, paragraph and page numbers): a number there, even
    /// a negative one, is written as it is; every other cell is neutralized (<see cref="Neutralize"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> NumericColumns = new HashSet<string>(StringComparer.Ordinal) { "paragraph", "value", "char_start", "char_end", "page" };

    /// <summary>figures.csv content.</summary>
    public static string Figures(ExtractedDataset data) => Text(w => Figures(data, w));

    /// <summary>dates.csv content.</summary>
    public static string Dates(ExtractedDataset data) => Text(w => Dates(data, w));

    /// <summary>series.csv content.</summary>
    public static string Series(ExtractedDataset data) => Text(w => Series(data, w));

    /// <summary>Writes figures.csv, row by row.</summary>
    public static void Figures(ExtractedDataset data, TextWriter writer) => Table(writer, FigureColumns, data.Figures.Select(f => new[]
    {
        f.Source.Document, f.Source.Symbol ?? string.Empty, Para(f.Source.Paragraph), f.Source.Quote, Names.Of(f.Kind), Number(f.Value),
        f.Unit, Names.Of(f.Qualifier), f.Time?.Start.ToString() ?? string.Empty, f.Time?.End.ToString() ?? string.Empty, f.Open ?? string.Empty, Day(f.AsOf), f.Measure ?? string.Empty,
        f.Trend?.Scope ?? string.Empty, f.Trend is { } t ? Names.Of(t.Type) : string.Empty,
        f.Source.Sentence, Int(f.Source.CharStart), Int(f.Source.CharEnd), Page(f.Source), f.Source.Box?.Display ?? string.Empty,
    }));

    /// <summary>Writes dates.csv, row by row.</summary>
    public static void Dates(ExtractedDataset data, TextWriter writer) => Table(writer, DateColumns, data.Dates.Select(d => new[]
    {
        d.Source.Document, d.Source.Symbol ?? string.Empty, Para(d.Source.Paragraph), d.Source.Quote, Names.Of(d.Kind),
        d.Period.Start.ToString(), d.Period.End.ToString(), d.Open ?? string.Empty, d.Event, d.Source.Sentence, Int(d.Source.CharStart), Int(d.Source.CharEnd), Page(d.Source), d.Source.Box?.Display ?? string.Empty,
    }));

    /// <summary>Writes series.csv, row by row: one row per point.</summary>
    /// <remarks>
    /// <c>as_of</c> is 1 when the text gives no date and the time is the report's date; <c>conflict</c>
    /// lists the other values given for the same time ("120 (S/2005/453 para 2)"), empty when none.
    /// </remarks>
    public static void Series(ExtractedDataset data, TextWriter writer) => Table(writer, SeriesColumns, data.Series.SelectMany(s => s.Points.Select(p => new[]
    {
        s.Id, s.Measure, s.Of?.Topic ?? string.Empty, s.Of?.Scope ?? string.Empty, s.Of is { } m ? Names.Of(m.Type) : string.Empty, s.Unit,
        p.Time.Start.ToString(), p.Time.End.ToString(), p.AsOf ? "1" : "0", Number(p.Value), ConflictWith(s, p), p.Source.Document, p.Source.Symbol ?? string.Empty,
        Para(p.Source.Paragraph), p.Source.Quote, Int(p.Source.CharStart), Int(p.Source.CharEnd),
    })));

    /// <summary>The other values of a point's time in its series, with their sources; empty when they agree.</summary>
    private static string ConflictWith(Series series, SeriesPoint point) =>
        series.Conflicts.FirstOrDefault(c => c.Time == point.Time) is { } conflict
            ? string.Join("; ", conflict.Points.Where(o => o != point && o.Value != point.Value).Select(o =>
                $"{Number(o.Value)} ({o.Source.Symbol ?? o.Source.Document}{(o.Source.Paragraph is { } n ? $" para {n.ToString(CultureInfo.InvariantCulture)}" : string.Empty)})"))
            : string.Empty;

    /// <summary>Formats a value with the invariant culture and no exponent.</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Page(Provenance source) => source.Page is { } page ? Int(page) : string.Empty;

    /// <summary>ISO yyyy-MM-dd, empty for none.</summary>
    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Para(int? paragraph) => paragraph?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// CSV text of a header and rows (also used for verify's problem reports). Cells are neutralized
    /// against formula injection (<see cref="Neutralize"/>) except numbers in <see cref="NumericColumns"/>.
    /// </summary>
    internal static string Table(string[] header, IEnumerable<string[]> rows) => Text(w => Table(w, header, rows));

    /// <summary>Writes a header and rows as CSV, one row at a time (outputs are not built in memory).</summary>
    internal static void Table(TextWriter writer, string[] header, IEnumerable<string[]> rows)
    {
        var numeric = header.Select(NumericColumns.Contains).ToArray();
        Row(writer, header, numeric);
        foreach (var row in rows)
        {
            Row(writer, row, numeric);
        }
    }

    private static string Text(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    /// <summary>Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).</summary>
    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// A cell a spreadsheet shows as text: one that starts with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return (after any apostrophes) gets a leading apostrophe, so
    /// "=SUM(A1)" is written "'=SUM(A1)". <see cref="Restore"/> undoes it; apostrophes already in
    /// front of such a character get one more, so the round trip gives back every text.
    /// </summary>
    public static string Neutralize(string cell)
    {
        var i = 0;
        while (i < cell.Length && cell[i] == '\'')
        {
            i++;
        }

        return i < cell.Length && IsFormulaStart(cell[i]) ? "'" + cell : cell;
    }

    /// <summary>Undoes <see cref="Neutralize"/>: drops the first of the apostrophes in front of a formula character.</summary>
    public static string Restore(string cell)
    {
        var i = 0;
        while (i < cell.Length && cell[i] == '\'')
        {
            i++;
        }

        return i > 0 && i < cell.Length && IsFormulaStart(cell[i]) ? cell[1..] : cell;
    }

    private static bool IsNumber(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);

    private static void Row(TextWriter sb, string[] fields, bool[] numeric)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Write(',');
            }

            var f = i < numeric.Length && numeric[i] && IsNumber(fields[i]) ? fields[i] : Neutralize(fields[i]);
            if (f.AsSpan().IndexOfAny("\",\r\n") >= 0)
            {
                sb.Write('"');
                sb.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                sb.Write('"');
            }
            else
            {
                sb.Write(f);
            }
        }

        sb.Write("\r\n");
    }

    /// <summary>Reads RFC 4180 CSV text into rows of fields (header included).</summary>
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows;
    }
}

/// <summary>Lower-case names of enum values as they appear in exports.</summary>
public static class Names
{
    /// <summary>"count", "percent", ...</summary>
    public static string Of(FigureKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>"exact", "over", ...</summary>
    public static string Of(Qualifier qualifier) => qualifier.ToString().ToLowerInvariant();

    /// <summary>"stock", "flow", "cumulative", "share", "target".</summary>
    public static string Of(MeasureType type) => type.ToString().ToLowerInvariant();

    /// <summary>"date", "month", ...</summary>
    public static string Of(DateKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Parses an export name back ("count" to <see cref="FigureKind.Count"/>).</summary>
    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum => Enum.TryParse((name ?? string.Empty).Trim(), ignoreCase: true, out value) && Enum.IsDefined(value);
}

using System.Collections.Immutable;
using System.Globalization;
using ClosedXML.Excel;
using MigrationStats.Charts;
using MigrationStats.Common;
using MigrationStats.Dataset;
using static MigrationStats.Workbook.WorkbookLayout;

namespace MigrationStats.Workbook;

/// <summary>
/// Writes the dataset as an Excel workbook for analysts: Summary, Figures, Timeline, Series and
/// Documents. Values are real numbers and dates with number formats; every row keeps its quote
/// and character offsets so <c>migstats verify</c> can check it against the source later.
/// </summary>
public static class WorkbookWriter
{
    private const string Title = "MigrationStats";
    private const double TitleSize = 14;

    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    public static void Write(ExtractedDataset data, string path)
    {
        using var workbook = new XLWorkbook();
        WriteSummary(workbook.Worksheets.Add(SummarySheet), data);
        WriteFigures(workbook.Worksheets.Add(FiguresSheet), data);
        WriteTimeline(workbook.Worksheets.Add(TimelineSheet), data);
        WriteSeries(workbook.Worksheets.Add(SeriesSheet), data);
        WriteDocuments(workbook.Worksheets.Add(DocumentsSheet), data);
        Save(workbook, path);
    }

    /// <summary>Saves a workbook atomically, with <see cref="PackageFixups"/> applied.</summary>
    internal static void Save(XLWorkbook workbook, string path)
    {
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.ShowGridLines = false;
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        PackageFixups.Apply(buffer);
        AtomicFile.Write(path, target =>
        {
            buffer.Position = 0;
            buffer.CopyTo(target);
        });
    }

    private static void WriteSummary(IXLWorksheet sheet, ExtractedDataset data)
    {
        var widths = new ColumnWidths();
        sheet.Cell(1, 1).SetValue(Title).Style.Font.SetBold().Font.SetFontSize(TitleSize);
        sheet.Cell(2, 1).SetValue("Figures, dated events and trend series read from UN report texts; every row names its source: document, paragraph, quote and character offsets.");
        var warnings = Warnings(data);
        (string Label, SheetCell Value)[] facts =
        [
            ("Made", SheetCell.Text(data.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture))),
            ("Tool version", SheetCell.Text(data.ToolVersion)),
            ("Documents", SheetCell.Int(data.Documents.Length)),
            ("Skipped inputs", SheetCell.Int(data.Skipped.Length)),
            ("Figures", SheetCell.Int(data.Figures.Length)),
            ("Dated events", SheetCell.Int(data.Dates.Length)),
            ("Series", SheetCell.Int(data.Series.Length)),
            ("Warnings", SheetCell.Int(warnings.Count)),
        ];
        var row = 4;
        foreach (var (label, value) in facts)
        {
            sheet.Cell(row, 1).SetValue(label).Style.Font.SetBold();
            value.WriteTo(sheet.Cell(row, 2));
            sheet.Cell(row, 2).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            widths.Fit(1, label, SheetColumn<int>.NarrowMax);
            row++;
        }

        row = Heading(sheet, row + 1, "How to verify");
        foreach (var line in VerifyHelp)
        {
            sheet.Cell(row++, 1).SetValue(line);
        }

        row = Heading(sheet, row + 1, "Documents read");
        row = SheetTable.Write(sheet, row, "SummaryDocuments", SummaryDocumentColumns, data.Documents, widths) + 1;

        row = Heading(sheet, row + 1, "Sheets");
        foreach (var (name, what) in SheetGuide)
        {
            sheet.Cell(row, 1).SetValue(name).Style.Font.SetBold();
            sheet.Cell(row++, 2).SetValue(what);
        }

        // The charts are files beside the workbook (pictures inside it would need libgdiplus to read back).
        sheet.Cell(row, 1).SetValue("Charts").Style.Font.SetBold();
        var charts = sheet.Cell(row++, 2).SetValue($"{ChartsLink}: every chart (trends, timelines, overview) with its data and sources");
        charts.Hyperlink = new XLHyperlink(new Uri(ChartsLink, UriKind.Relative));

        if (warnings.Count > 0)
        {
            row = Heading(sheet, row + 1, "Warnings");
            foreach (var warning in warnings)
            {
                sheet.Cell(row++, 1).SetValue(warning);
            }
        }

        widths.ApplyTo(sheet);
    }

    private static readonly string[] VerifyHelp =
    [
        "Run   migstats verify MigrationStats.xlsx   (add --sources FOLDER when the report files have moved).",
        "It reopens every source file named in Documents, checks that it is unchanged (sha256), that each quote stands at char_start..char_end,",
        "and that value, kind, qualifier and time (with open and as_of) still say what the quote says. Sort, filter and edit freely: verify names every row (F17 = Figures row 17) that no longer agrees.",
    ];

    /// <summary>The chart index <c>migstats run</c> writes beside the workbook.</summary>
    private const string ChartsLink = "charts/" + ChartRenderer.IndexFile;

    private static readonly (string Sheet, string What)[] SheetGuide =
    [
        (FiguresSheet, "one row per figure: value as a number formatted by kind, unit, qualifier, time (open: since/by/until; as_of: the report's date for an undated present-tense figure), measure, and its source"),
        (TimelineSheet, "one row per dated event, sorted by start; start and end are dates (a year is a plain number); an open form (\"since 1998\") is marked in open and period"),
        (SeriesSheet, "one table per measure: its values over time with their sources; conflicting values in red"),
        (DocumentsSheet, "one row per document read (status 'read'): symbol, date, file, paragraphs, footnotes, warnings, content hash; an input the run could not read has status 'skipped: <reason>', in red"),
    ];

    private static readonly SheetColumn<DocumentInfo>[] SummaryDocumentColumns =
    [
        new("document", d => SheetCell.Text(d.Id)),
        new("symbol", d => SheetCell.Text(d.Symbol)),
        new("date", d => SheetCell.Date(d.Date)),
        new("paragraphs", d => SheetCell.Int(d.Paragraphs)),
    ];

    private static int Heading(IXLWorksheet sheet, int row, string text)
    {
        sheet.Cell(row, 1).SetValue(text).Style.Font.SetBold();
        return row + 1;
    }

    private static List<string> Warnings(ExtractedDataset data) =>
    [
        .. data.Documents.SelectMany(d => d.Warnings.Select(w => $"{d.Id}: {w}")),
        .. data.Diagnostics.Select(d => $"{d.Document}{(d.Paragraph is { } p ? $" para {p}" : string.Empty)}: {d.Message}"),
    ];

    private static void WriteFigures(IXLWorksheet sheet, ExtractedDataset data) =>
        TableSheet(sheet, "FiguresTable", FigureColumnsSpec, data.Figures);

    /// <summary>A sheet that is one table: header in row 1, frozen, columns sized to content.</summary>
    private static void TableSheet<T>(IXLWorksheet sheet, string tableName, IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> rows, Func<T, bool>? highlight = null)
    {
        var widths = new ColumnWidths();
        SheetTable.Write(sheet, 1, tableName, columns, rows, widths, highlight);
        widths.ApplyTo(sheet);
        sheet.SheetView.FreezeRows(1);
    }

    /// <summary>Writes a workbook of one sheet holding a table of text rows (verify's problem report), atomically.</summary>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="sheetName">Name of the sheet (and, with "Table" appended, of its table).</param>
    /// <param name="header">Column names; the last column is wrapped.</param>
    /// <param name="rows">Rows of text, as many fields as the header.</param>
    public static void WriteTable(string path, string sheetName, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var last = header.Count - 1;
        var columns = header.Select((name, i) => i == last
            ? new SheetColumn<string[]>(name, r => SheetCell.Text(r[i]), SheetColumn<string[]>.SentenceWidth, Wrap: true)
            : new SheetColumn<string[]>(name, r => SheetCell.Text(r[i]))).ToList();
        TableSheet(workbook.Worksheets.Add(sheetName), sheetName + "Table", columns, rows);
        Save(workbook, path);
    }

    private static readonly SheetColumn<Figure>[] FigureColumnsSpec = Ordered<Figure>(FigureColumns,
    [
        new("document", f => SheetCell.Text(f.Source.Document)),
        new("symbol", f => SheetCell.Text(f.Source.Symbol)),
        new("paragraph", f => SheetCell.Int(f.Source.Paragraph)),
        new("quote", f => SheetCell.Text(f.Source.Quote), SheetColumn<Figure>.QuoteWidth, Wrap: true),
        new("kind", f => SheetCell.Text(Names.Of(f.Kind))),
        new("value", f => SheetCell.Number(f.Value, FigureFormat.NumberFormat(f.Kind, f.Currency, f.Value))),
        new("currency", f => SheetCell.Text(f.Currency)),
        new("unit", f => SheetCell.Text(f.Unit), Wrap: true),
        new("qualifier", f => SheetCell.Text(Names.Of(f.Qualifier))),
        new("time_start", f => SheetCell.Text(f.Time?.Start.ToString())),
        new("time_end", f => SheetCell.Text(f.Time?.End.ToString())),
        new("open", f => SheetCell.Text(f.Open)),
        new("as_of", f => SheetCell.Text(CsvExport.Day(f.AsOf))),
        new("measure", f => SheetCell.Text(f.Measure), Wrap: true),
        new("scope", f => SheetCell.Text(f.Trend?.Scope)),
        new("measure_type", f => SheetCell.Text(f.Trend is { } t ? Names.Of(t.Type) : null)),
        new("sentence", f => SheetCell.Text(f.Source.Sentence), SheetColumn<Figure>.SentenceWidth, Wrap: true),
        new("char_start", f => SheetCell.Int(f.Source.CharStart)),
        new("char_end", f => SheetCell.Int(f.Source.CharEnd)),
        new("page", f => SheetCell.Int(f.Source.Page)),
        new("box", f => SheetCell.Text(f.Source.Box?.Display)),
        new("id", f => SheetCell.Text(f.Id)),
    ]);

    private static void WriteTimeline(IXLWorksheet sheet, ExtractedDataset data)
    {
        var events = data.Dates
            .OrderBy(d => d.Period.Start).ThenBy(d => d.Period.End)
            .ThenBy(d => d.Source.Document, StringComparer.Ordinal).ThenBy(d => d.Source.CharStart)
            .ToList();
        TableSheet(sheet, "TimelineTable", TimelineColumnsSpec, events);
    }

    private static readonly SheetColumn<DatedEvent>[] TimelineColumnsSpec = Ordered<DatedEvent>(TimelineColumns,
    [
        new("start", d => SheetCell.Point(d.Period.Start)),
        new("end", d => SheetCell.Point(d.Period.End)),
        new("open", d => SheetCell.Text(d.Open)),
        new("period", d => SheetCell.Text(TimeText.Show(d.Period, d.Open))),
        new("kind", d => SheetCell.Text(Names.Of(d.Kind))),
        new("event", d => SheetCell.Text(d.Event), SheetColumn<DatedEvent>.QuoteWidth, Wrap: true),
        new("quote", d => SheetCell.Text(d.Source.Quote), SheetColumn<DatedEvent>.QuoteWidth, Wrap: true),
        new("document", d => SheetCell.Text(d.Source.Document)),
        new("symbol", d => SheetCell.Text(d.Source.Symbol)),
        new("paragraph", d => SheetCell.Int(d.Source.Paragraph)),
        new("char_start", d => SheetCell.Int(d.Source.CharStart)),
        new("char_end", d => SheetCell.Int(d.Source.CharEnd)),
        new("page", d => SheetCell.Int(d.Source.Page)),
        new("box", d => SheetCell.Text(d.Source.Box?.Display)),
        new("id", d => SheetCell.Text(d.Id)),
    ]);

    /// <summary>A point of a series with what the Series sheet shows beside it.</summary>
    private sealed record SeriesRow(Series Series, SeriesPoint Point, Figure? Figure, string Conflict);

    private static void WriteSeries(IXLWorksheet sheet, ExtractedDataset data)
    {
        if (data.Series.IsEmpty)
        {
            sheet.Cell(1, 1).SetValue("No series: no measure has figures at more than one time.");
            return;
        }

        var widths = new ColumnWidths();
        var figures = data.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var row = 1;
        for (var i = 0; i < data.Series.Length; i++)
        {
            var series = data.Series[i];
            var type = series.Of is { } of ? $", {Names.Of(of.Type)}" : string.Empty;
            var title = sheet.Cell(row, 1).SetValue($"{series.Measure} ({series.Unit}, {Names.Of(series.Kind)}{type}) {series.Id}".TrimEnd());
            title.Style.Font.SetBold();
            if (!series.Conflicts.IsEmpty)
            {
                sheet.Cell(row, 1 + WorkbookLayout.SeriesColumns.IndexOf("conflict")).SetValue($"{series.Conflicts.Length} time(s) with conflicting values").Style.Font.SetFontColor(XLColor.DarkRed);
            }

            var rows = series.Points.Select(p => new SeriesRow(series, p, figures.GetValueOrDefault(p.FigureId), ConflictNote(series, p))).ToList();
            row = SheetTable.Write(sheet, row + 1, $"Series{i + 1}", SeriesColumnsSpec, rows, widths, r => r.Conflict.Length > 0) + 2;
        }

        widths.ApplyTo(sheet);
    }

    /// <summary>"differs from 174,000,000 (A/58/275 para 2)" for a point whose time has other values.</summary>
    private static string ConflictNote(Series series, SeriesPoint point)
    {
        var others = series.Conflicts.Where(c => c.Time == point.Time)
            .SelectMany(c => c.Points)
            .Where(p => p.FigureId != point.FigureId && p.Value != point.Value)
            .Select(p => $"{FigureFormat.Display(series.Kind, null, p.Value)} ({Source(p.Source)})")
            .ToList();
        return others.Count == 0 ? string.Empty : "differs from " + string.Join("; ", others);
    }

    private static string Source(Provenance source) =>
        (source.Symbol ?? source.Document) + (source.Paragraph is { } p ? $" para {p}" : string.Empty);

    private static readonly SheetColumn<SeriesRow>[] SeriesColumnsSpec = Ordered<SeriesRow>(WorkbookLayout.SeriesColumns,
    [
        new("time_start", r => SheetCell.Text(r.Point.Time.Start.ToString())),
        new("time_end", r => SheetCell.Text(r.Point.Time.End.ToString())),
        new("as_of", r => SheetCell.Text(r.Point.AsOf ? "report date" : null)),
        new("value", r => SheetCell.Number(r.Point.Value, FigureFormat.NumberFormat(r.Series.Kind, r.Figure?.Currency, r.Point.Value))),
        new("qualifier", r => SheetCell.Text(r.Figure is null ? null : Names.Of(r.Figure.Qualifier))),
        new("document", r => SheetCell.Text(r.Point.Source.Document)),
        new("symbol", r => SheetCell.Text(r.Point.Source.Symbol)),
        new("paragraph", r => SheetCell.Int(r.Point.Source.Paragraph)),
        new("quote", r => SheetCell.Text(r.Point.Source.Quote), SheetColumn<SeriesRow>.QuoteWidth, Wrap: true),
        new("figure_id", r => SheetCell.Text(r.Point.FigureId)),
        new("conflict", r => SheetCell.Text(r.Conflict), SheetColumn<SeriesRow>.QuoteWidth, Wrap: true),
    ]);

    /// <summary>A row of the Documents sheet: a document read, or an input the run skipped (then <see cref="Read"/> is null).</summary>
    private sealed record DocumentRow(string Id, string FilePath, string Status, DocumentInfo? Read);

    /// <summary>The documents read, then the inputs skipped, in red (they have no rows in the other sheets).</summary>
    private static void WriteDocuments(IXLWorksheet sheet, ExtractedDataset data)
    {
        var rows = data.Documents.Select(d => new DocumentRow(d.Id, d.FilePath, StatusRead, d))
            .Concat(data.Skipped.Select(s => new DocumentRow(Path.GetFileNameWithoutExtension(s.FilePath), s.FilePath, SkippedStatus(s.Reason), null)))
            .ToList();
        TableSheet(sheet, "DocumentsTable", DocumentColumnsSpec, rows, r => r.Read is null);
    }

    private static readonly SheetColumn<DocumentRow>[] DocumentColumnsSpec = Ordered<DocumentRow>(DocumentColumns,
    [
        new("id", r => SheetCell.Text(r.Id)),
        new("status", r => SheetCell.Text(r.Status), SheetColumn<DocumentRow>.QuoteWidth, Wrap: true),
        new("symbol", r => SheetCell.Text(r.Read?.Symbol)),
        new("date", r => SheetCell.Date(r.Read?.Date)),
        new("topic", r => SheetCell.Text(r.Read is not { Topic: { } topic } d ? null : d.TopicName is { } name && name != topic ? $"{topic} ({name})" : topic), SheetColumn<DocumentRow>.QuoteWidth, Wrap: true),
        new("file", r => SheetCell.Text(r.FilePath), SheetColumn<DocumentRow>.QuoteWidth, Wrap: true),
        new("paragraphs", r => SheetCell.Int(r.Read?.Paragraphs)),
        new("text_blocks", r => SheetCell.Int(r.Read?.TextBlocks)),
        new("footnotes", r => SheetCell.Int(r.Read?.Footnotes)),
        new("warnings", r => SheetCell.Text(r.Read is { } d ? string.Join("\n", d.Warnings) : null), SheetColumn<DocumentRow>.SentenceWidth, Wrap: true),
        new("sha256", r => SheetCell.Text(r.Read?.Sha256)),
    ]);

    /// <summary>The columns in the layout's order; fails at start-up when the two lists disagree.</summary>
    private static SheetColumn<T>[] Ordered<T>(ImmutableArray<string> layout, SheetColumn<T>[] columns)
    {
        var byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        if (byName.Count != layout.Length || layout.Any(n => !byName.ContainsKey(n)))
        {
            throw new InvalidOperationException($"columns [{string.Join(", ", columns.Select(c => c.Name))}] do not match the layout [{string.Join(", ", layout)}]");
        }

        return [.. layout.Select(n => byName[n])];
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using MigrationStats.Charts;
using MigrationStats.Common;
using MigrationStats.Dataset;
using static MigrationStats.Workbook.WorkbookLayout;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace MigrationStats.Workbook;

/// <summary>How the workbook is packed (for measuring the choices; the defaults are what <c>migstats</c> writes).</summary>
/// <param name="SharedStrings">Text in a shared string table (each distinct text once) rather than inline in each cell.</param>
/// <param name="Compression">Zip compression of the parts.</param>
internal sealed record WorkbookOptions(bool SharedStrings = true, CompressionLevel Compression = CompressionLevel.Optimal);

/// <summary>
/// Writes the dataset as an Excel workbook for analysts: Summary, Figures, Timeline, Series and
/// Documents. Values are real numbers and dates with number formats; every row keeps its quote
/// and character offsets so <c>migstats verify</c> can check it against the source later.
/// Sheets are streamed row by row (<see cref="SheetStream"/>), so memory does not grow with
/// the number of rows beyond the dataset itself.
/// </summary>
public static class WorkbookWriter
{
    private const string Title = "MigrationStats";

    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    public static void Write(ExtractedDataset data, string path) => Write(data, path, new WorkbookOptions());

    internal static void Write(ExtractedDataset data, string path, WorkbookOptions options)
    {
        var warnings = Warnings(data);
        var events = data.Dates
            .OrderBy(d => d.Period.Start).ThenBy(d => d.Period.End)
            .ThenBy(d => d.Source.Document, StringComparer.Ordinal).ThenBy(d => d.Source.CharStart)
            .ToList();
        var documents = data.Documents.Select(d => new DocumentRow(d.Id, d.FilePath, StatusRead, d))
            .Concat(data.Skipped.Select(s => new DocumentRow(Path.GetFileNameWithoutExtension(s.FilePath), s.FilePath, SkippedStatus(s.Reason), null)))
            .ToList();
        SheetContent[] sheets =
        [
            new(SummarySheet, false, (sheet, widths) => WriteSummary(sheet, widths, data, warnings)),
            new(FiguresSheet, true, (sheet, widths) => SheetTable.Write(sheet, 1, "FiguresTable", FigureColumnsSpec, data.Figures, widths)),
            new(TimelineSheet, true, (sheet, widths) => SheetTable.Write(sheet, 1, "TimelineTable", TimelineColumnsSpec, events, widths)),
            new(SeriesSheet, false, SeriesContent(data)),
            new(DocumentsSheet, true, (sheet, widths) => SheetTable.Write(sheet, 1, "DocumentsTable", DocumentColumnsSpec, documents, widths, r => r.Read is null)),
        ];
        AtomicFile.Write(path, target => WritePackage(target, data.CreatedAt, sheets, options));
    }

    /// <summary>Writes a workbook of one sheet holding a table of text rows (verify's problem report), atomically.</summary>
    /// <param name="path">The .xlsx file to write.</param>
    /// <param name="sheetName">Name of the sheet (and, with "Table" appended, of its table).</param>
    /// <param name="header">Column names; the last column is wrapped.</param>
    /// <param name="rows">Rows of text, as many fields as the header.</param>
    public static void WriteTable(string path, string sheetName, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var last = header.Count - 1;
        var columns = header.Select((name, i) => i == last
            ? new SheetColumn<string[]>(name, r => SheetCell.Text(r[i]), SheetColumn<string[]>.SentenceWidth, Wrap: true)
            : new SheetColumn<string[]>(name, r => SheetCell.Text(r[i]))).ToList();
        SheetContent[] sheets = [new(sheetName, true, (sheet, widths) => SheetTable.Write(sheet, 1, sheetName + "Table", columns, rows, widths))];
        AtomicFile.Write(path, target => WritePackage(target, DateTimeOffset.UtcNow, sheets, new WorkbookOptions()));
    }

    /// <summary>A sheet: its name, whether its header row is frozen, and what it holds (produced twice: measured, then written).</summary>
    private sealed record SheetContent(string Name, bool FreezeHeader, Action<SheetSink, ColumnWidths> Write);

    private static class ContentTypes
    {
        private const string Ml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        public const string Workbook = Ml + "sheet.main+xml";
        public const string Worksheet = Ml + "worksheet+xml";
        public const string Styles = Ml + "styles+xml";
        public const string SharedStrings = Ml + "sharedStrings+xml";
        public const string Table = Ml + "table+xml";
        public const string Theme = "application/vnd.openxmlformats-officedocument.theme+xml";
        public const string Core = "application/vnd.openxmlformats-package.core-properties+xml";
        public const string App = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    }

    private static class RelationshipTypes
    {
        private const string Office = XlsxPackage.RelationshipTypes + "/";
        public const string Document = Office + "officeDocument";
        public const string Worksheet = Office + "worksheet";
        public const string Styles = Office + "styles";
        public const string SharedStrings = Office + "sharedStrings";
        public const string Theme = Office + "theme";
        public const string Table = Office + "table";
        public const string Hyperlink = Office + "hyperlink";
        public const string App = Office + "extended-properties";
        public const string Core = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    }

    private const string TableStyle = "TableStyleMedium2";
    private const string ThemeResource = "MigrationStats.Workbook.Theme.theme1.xml";

    /// <summary>Writes the package: each sheet measured, then streamed; then its tables, the styles, strings and workbook parts.</summary>
    private static void WritePackage(Stream target, DateTimeOffset stamp, IReadOnlyList<SheetContent> sheets, WorkbookOptions options)
    {
        using var package = new XlsxPackage(target, stamp, options.Compression);
        var styles = new WorkbookStyles();
        var strings = options.SharedStrings ? new SharedStrings() : null;
        var tables = 0;
        for (var i = 0; i < sheets.Count; i++)
        {
            var widths = new ColumnWidths();
            var measure = new SheetMeasure();
            sheets[i].Write(measure, widths);

            var part = $"xl/worksheets/sheet{i + 1}.xml";
            IReadOnlyList<SheetTableInfo> sheetTables;
            IReadOnlyList<SheetLink> links;
            var relationships = new List<PartRelationship>();
            using (var stream = package.Create(part, ContentTypes.Worksheet, large: true))
            using (var sheet = new SheetStream(stream, styles, strings, new SheetSetup(measure.LastRow, measure.LastColumn, widths.Widths, sheets[i].FreezeHeader)))
            {
                sheets[i].Write(sheet, ColumnWidths.Ignored());
                sheet.Finish();
                sheetTables = sheet.Tables;
                links = sheet.Links;
                relationships.AddRange(links.Select((l, n) => new PartRelationship(sheet.LinkRelationship(n), RelationshipTypes.Hyperlink, l.Target, External: true)));
            }

            for (var t = 0; t < sheetTables.Count; t++)
            {
                var number = ++tables;
                using (var stream = package.Create($"xl/tables/table{number}.xml", ContentTypes.Table))
                {
                    WriteRoot(stream, Table(number, sheetTables[t]));
                }

                relationships.Insert(t, new PartRelationship(SheetStream.TableRelationship(t), RelationshipTypes.Table, $"../tables/table{number}.xml"));
            }

            if (relationships.Count > 0)
            {
                package.Relationships(part, relationships);
            }
        }

        using (var stream = package.Create("xl/styles.xml", ContentTypes.Styles))
        {
            WriteRoot(stream, styles.Stylesheet());
        }

        if (strings is not null)
        {
            using var stream = package.Create("xl/sharedStrings.xml", ContentTypes.SharedStrings, large: true);
            strings.WriteTo(stream);
        }

        using (var stream = package.Create("xl/theme/theme1.xml", ContentTypes.Theme))
        using (var theme = typeof(WorkbookWriter).Assembly.GetManifestResourceStream(ThemeResource) ?? throw new InvalidOperationException($"resource {ThemeResource} is missing"))
        {
            theme.CopyTo(stream);
        }

        using (var stream = package.Create("xl/workbook.xml", ContentTypes.Workbook))
        {
            var workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new BookViews(new WorkbookView()),
                new Sheets(sheets.Select((s, i) => new Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" })));
            workbook.AddNamespaceDeclaration("r", XlsxPackage.RelationshipTypes);
            WriteRoot(stream, workbook);
        }

        var workbookRelationships = sheets.Select((_, i) => new PartRelationship($"rId{i + 1}", RelationshipTypes.Worksheet, $"worksheets/sheet{i + 1}.xml")).ToList();
        workbookRelationships.Add(new($"rId{sheets.Count + 1}", RelationshipTypes.Styles, "styles.xml"));
        workbookRelationships.Add(new($"rId{sheets.Count + 2}", RelationshipTypes.Theme, "theme/theme1.xml"));
        if (strings is not null)
        {
            workbookRelationships.Add(new($"rId{sheets.Count + 3}", RelationshipTypes.SharedStrings, "sharedStrings.xml"));
        }

        package.Relationships("xl/workbook.xml", workbookRelationships);

        using (var stream = package.Create("docProps/app.xml", ContentTypes.App))
        {
            WriteRoot(stream, new Ap.Properties(new Ap.Application(Title)));
        }

        using (var stream = package.Create("docProps/core.xml", ContentTypes.Core))
        {
            WriteCoreProperties(stream, stamp);
        }

        package.Relationships(string.Empty,
        [
            new("rId1", RelationshipTypes.Document, "xl/workbook.xml"),
            new("rId2", RelationshipTypes.App, "docProps/app.xml"),
            new("rId3", RelationshipTypes.Core, "docProps/core.xml"),
        ]);
        package.Finish();
    }

    private static Table Table(int id, SheetTableInfo info)
    {
        var reference = $"A{info.FirstRow}:{SheetStream.CellReference(info.LastRow, info.Columns.Count)}";
        return new Table(
            new AutoFilter { Reference = reference },
            new TableColumns(info.Columns.Select((c, i) => new TableColumn { Id = (uint)(i + 1), Name = c })) { Count = (uint)info.Columns.Count },
            new TableStyleInfo { Name = TableStyle, ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = (uint)id,
            Name = info.Name,
            DisplayName = info.Name,
            Reference = reference,
            TotalsRowShown = false,
        };
    }

    private static void WriteRoot(Stream stream, OpenXmlElement root)
    {
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        writer.WriteElement(root);
        writer.Close();
    }

    private static void WriteCoreProperties(Stream stream, DateTimeOffset stamp)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string Terms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var when = stamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Terms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "creator", Dc, Title);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, Terms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(when);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static readonly CellStyle Bold = new(Bold: true);

    private static void WriteSummary(SheetSink sheet, ColumnWidths widths, ExtractedDataset data, List<string> warnings)
    {
        sheet.Cell(1, 1, SheetCell.Text(Title), new CellStyle(Title: true));
        sheet.Cell(2, 1, SheetCell.Text("Figures, dated events and trend series read from UN report texts; every row names its source: document, paragraph, quote and character offsets."), default);
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
            sheet.Cell(row, 1, SheetCell.Text(label), Bold);
            sheet.Cell(row, 2, value, new CellStyle(Format: value.Format, Left: true));
            widths.Fit(1, label, SheetColumn<int>.NarrowMax);
            row++;
        }

        row = Heading(sheet, row + 1, "How to verify");
        foreach (var line in VerifyHelp(data.Documents))
        {
            sheet.Cell(row++, 1, SheetCell.Text(line), default);
        }

        row = Heading(sheet, row + 1, "Documents read");
        row = SheetTable.Write(sheet, row, "SummaryDocuments", SummaryDocumentColumns, data.Documents, widths) + 1;

        row = Heading(sheet, row + 1, "Sheets");
        foreach (var (name, what) in SheetGuide)
        {
            sheet.Cell(row, 1, SheetCell.Text(name), Bold);
            sheet.Cell(row++, 2, SheetCell.Text(what), default);
        }

        // The charts are files beside the workbook (pictures inside it would need libgdiplus to read back).
        sheet.Cell(row, 1, SheetCell.Text("Charts"), Bold);
        sheet.Cell(row, 2, SheetCell.Text($"{ChartsLink}: every chart (trends, timelines, overview) with its data and sources"), new CellStyle(Link: true));
        sheet.Hyperlink(row++, 2, ChartsLink);

        if (warnings.Count > 0)
        {
            row = Heading(sheet, row + 1, "Warnings");
            foreach (var warning in warnings)
            {
                sheet.Cell(row++, 1, SheetCell.Text(warning), default);
            }
        }
    }

    /// <summary>How to verify: the command names the folders the run read, which verify needs as --sources.</summary>
    private static IEnumerable<string> VerifyHelp(ImmutableArray<DocumentInfo> documents)
    {
        var folders = documents.Select(d => Path.GetDirectoryName(d.FilePath) is { Length: > 0 } dir ? dir : ".").Distinct(StringComparer.Ordinal).ToList();
        var sources = string.Concat(folders.Take(3).Select(f => " --sources " + (f.Contains(' ', StringComparison.Ordinal) ? $"\"{f}\"" : f)));
        yield return $"Run   migstats verify MigrationStats.xlsx{sources}   (from the folder the run was started in; verify reads report files only from the --sources folders, the sources/ folder beside the outputs and seeds/)."
            + (folders.Count > 3 ? $" The run read {folders.Count} folders: pass each that holds reports." : string.Empty);
        foreach (var line in VerifyLines)
        {
            yield return line;
        }
    }

    private static readonly string[] VerifyLines =
    [
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

    private static int Heading(SheetSink sheet, int row, string text)
    {
        sheet.Cell(row, 1, SheetCell.Text(text), Bold);
        return row + 1;
    }

    private static List<string> Warnings(ExtractedDataset data) =>
    [
        .. data.Documents.SelectMany(d => d.Warnings.Select(w => $"{d.Id}: {w}")),
        .. data.Diagnostics.Select(d => $"{d.Document}{(d.Paragraph is { } p ? $" para {p}" : string.Empty)}: {d.Message}"),
    ];

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

    private static Action<SheetSink, ColumnWidths> SeriesContent(ExtractedDataset data)
    {
        if (data.Series.IsEmpty)
        {
            return (sheet, _) => sheet.Cell(1, 1, SheetCell.Text("No series: no measure has figures at more than one time."), default);
        }

        var figures = data.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var conflictColumn = 1 + SeriesColumns.IndexOf("conflict");
        return (sheet, widths) =>
        {
            var row = 1;
            for (var i = 0; i < data.Series.Length; i++)
            {
                var series = data.Series[i];
                var type = series.Of is { } of ? $", {Names.Of(of.Type)}" : string.Empty;
                sheet.Cell(row, 1, SheetCell.Text($"{series.Measure} ({series.Unit}, {Names.Of(series.Kind)}{type}) {series.Id}".TrimEnd()), Bold);
                if (!series.Conflicts.IsEmpty)
                {
                    sheet.Cell(row, conflictColumn, SheetCell.Text($"{series.Conflicts.Length} time(s) with conflicting values"), new CellStyle(Red: true));
                }

                var rows = series.Points.Select(p => new SeriesRow(series, p, figures.GetValueOrDefault(p.FigureId), ConflictNote(series, p))).ToList();
                row = SheetTable.Write(sheet, row + 1, $"Series{i + 1}", SeriesColumnsSpec, rows, widths, r => r.Conflict.Length > 0) + 2;
            }
        };
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

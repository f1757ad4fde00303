using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using MigrationStats.Ingest;
using MigrationStats.Interpret;
using MigrationStats.Trends;

namespace MigrationStats.Dataset;

/// <summary>The rows of one document, before the run's missions are known (<see cref="DatasetBuilder.Rows"/>).</summary>
/// <param name="Info">The document's summary, without its topic.</param>
/// <param name="Mission">What it gives for choosing its mission among the run's.</param>
/// <param name="ReportDate">The report's date, or its reference date when it shows none.</param>
/// <param name="Figures">Its figures, in the order of the text, without their trend measure.</param>
/// <param name="Dates">Its dated events.</param>
public sealed record DocumentRows(DocumentInfo Info, MissionEvidence Mission, DateOnly? ReportDate, ImmutableArray<Figure> Figures, ImmutableArray<DatedEvent> Dates);

/// <summary>
/// Builds the typed dataset from interpreted documents: maps every reading back to the original
/// file (provenance), gives rows stable ids, and groups figures into series.
/// </summary>
public static partial class DatasetBuilder
{
    /// <summary>Version of the tool that made a dataset.</summary>
    public static string ToolVersion { get; } =
        typeof(DatasetBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Assembles the dataset.</summary>
    public static ExtractedDataset Build(IReadOnlyList<DocumentReading> readings) =>
        Assemble(readings.Select(Rows).ToList());

    /// <summary>
    /// The rows of one interpreted document, mapped back to its original file, before the run's
    /// missions are known; the document's text and readings can be let go once this is made.
    /// </summary>
    public static DocumentRows Rows(DocumentReading reading)
    {
        var d = reading.Document;
        var figures = ImmutableArray.CreateBuilder<Figure>();
        var dates = ImmutableArray.CreateBuilder<DatedEvent>();
        var numbered = d.NumberedParagraphs.Count();
        var info = new DocumentInfo(
            d.Id, d.FilePath, d.Sha256, d.Symbol, d.Date, reading.ReferenceDate, reading.ReferenceSource,
            numbered, d.Paragraphs.Length - numbered, d.Footnotes.Length, d.Warnings.Select(w => w.Message).ToImmutableArray());
        foreach (var p in reading.Paragraphs)
        {
            Provenance Source(int start, int end, int sentence)
            {
                var span = p.Paragraph.Text.ToOriginal(start, end);
                var s = p.Sentences[sentence];
                return new Provenance(d.Id, d.Symbol, p.Paragraph.Number, d.Source[span.Start..span.End], s.Text, span.Start, span.End)
                {
                    Page = d.PageAt(span.Start),
                    Box = d.BoxOf(p.Paragraph.Text, start, end),
                    InSentence = start >= s.Start && end <= s.End && s.Text.Length == s.End - s.Start ? (start - s.Start, end - start) : null,
                };
            }

            foreach (var f in p.Figures)
            {
                var source = Source(f.Start, f.End, f.Sentence);
                if (InTable(d, source))
                {
                    // The table's cells are its figures; a paragraph or heading over it reads them without their labels.
                    continue;
                }

                figures.Add(new Figure(RowId("F", source), source, f.Kind, f.Value, f.Currency, f.Unit, f.Qualifier, f.Time, f.Measure, f.Open, f.AsOf));
            }

            foreach (var e in p.Dates)
            {
                var source = Source(e.Start, e.End, e.Sentence);
                dates.Add(new DatedEvent(RowId("D", source), source, e.Kind, e.Period, e.Event, e.Body, e.Ordinal, e.Open));
            }
        }

        // Table cells take their place among the document's figures, in the order of the text.
        figures.AddRange(TableFigures(d));
        var inOrder = d.Tables.IsEmpty ? figures.ToImmutable() : [.. figures.OrderBy(f => f.Source.CharStart)];
        return new DocumentRows(info, TopicFinder.EvidenceOf(d), d.Date ?? reading.ReferenceDate, inOrder, dates.ToImmutable());
    }

    /// <summary>
    /// Assembles the dataset from every document's rows: each document's mission among those the
    /// run defines, each figure's trend measure, the series across documents and their conflicts.
    /// </summary>
    public static ExtractedDataset Assemble(IReadOnlyList<DocumentRows> documents)
    {
        var infos = ImmutableArray.CreateBuilder<DocumentInfo>(documents.Count);
        var figures = ImmutableArray.CreateBuilder<Figure>(documents.Sum(d => d.Figures.Length));
        var dates = ImmutableArray.CreateBuilder<DatedEvent>(documents.Sum(d => d.Dates.Length));
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var missions = TopicFinder.Missions(documents.Select(d => d.Mission.Own));
        var reports = new List<ReportContext>(documents.Count);
        foreach (var rows in documents)
        {
            var topic = TopicFinder.WithKnownMission(rows.Mission, missions);
            infos.Add(rows.Info with { Topic = topic?.Key, TopicName = topic?.Name });
            reports.Add(new ReportContext(topic?.Key, topic?.Name, topic?.Title, rows.ReportDate));
            dates.AddRange(rows.Dates);
        }

        // Reading each figure's measure is pure and the longest step here: documents in parallel, in order.
        foreach (var measured in documents.AsParallel().AsOrdered().Select((rows, i) => rows.Figures.Select(f => Measured(f, reports[i])).ToList()))
        {
            figures.AddRange(measured);
        }

        var series = SeriesBuilder.Build(figures, infos.Where(i => (i.Date ?? i.ReferenceDate) is not null).DistinctBy(i => i.Id).ToDictionary(i => i.Id, i => (i.Date ?? i.ReferenceDate)!.Value, StringComparer.Ordinal));
        foreach (var conflict in series.SelectMany(s => s.Conflicts.Select(c => (s, c))))
        {
            var values = string.Join(" vs ", conflict.c.Points.Select(p => $"{CsvExport.Number(p.Value)} ({p.Source.Document} para {p.Source.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "-"})"));
            diagnostics.Add(new Diagnostic(conflict.c.Points[0].Source.Document, conflict.c.Points[0].Source.Paragraph, "series-conflict",
                $"'{conflict.s.Measure}' at {conflict.c.Time}: {values}"));
        }

        return new ExtractedDataset(infos.ToImmutable(), figures.ToImmutable(), dates.ToImmutable(), series, diagnostics.ToImmutable(), ToolVersion, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// The figure with its trend measure (see <see cref="MeasureReader"/>): <see cref="Figure.Measure"/>
    /// becomes the measure's label, null when the figure cannot join a trend. A stock the text calls
    /// current ("its current strength of 55 military observers") with no date of its own is as of the
    /// report's date.
    /// </summary>
    private static Figure Measured(Figure figure, ReportContext report)
    {
        var trend = MeasureReader.Read(figure, report);
        var asOf = figure.AsOf ?? (trend is { Type: MeasureType.Stock } && figure.Time is null && MeasureReader.SaysCurrent(figure) ? report.Date : null);
        return figure with { Measure = trend?.Label, Trend = trend, AsOf = asOf };
    }

    private static bool InTable(ReportDocument d, Provenance p) =>
        d.Tables.Any(t => p.CharStart < t.Span.End && t.Span.Start < p.CharEnd);

    /// <summary>Column heads that say only what kind of value a column holds, not what is counted.</summary>
    [GeneratedRegex(@"^(?:Numbers?|Percentage|Per\s?cent|%|Total|Strength)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericHead();

    /// <summary>The words before a caption's subject ("Composition of the Kosovo Police Service").</summary>
    [GeneratedRegex(@"^(?:(?:Composition|Strength|Distribution|Breakdown|Deployment)(?:\s+and\s+(?:strength|composition|deployment))?|Numbers?)\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLead();

    [GeneratedRegex(@"^Number\s+of\s+", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOf();

    /// <summary>
    /// One figure per table cell. Unit: the column head ("Military observers", "Number of liaison
    /// officers" without "Number of"), or for a generic head ("Number", "Percentage") the caption's
    /// subject ("Kosovo Police Service"). Time: the caption's date; without one, as of the report's date.
    /// Measure: "caption: row, column".
    /// </summary>
    private static IEnumerable<Figure> TableFigures(ReportDocument d)
    {
        foreach (var table in d.Tables)
        {
            var dated = table.AsAt is { } at ? $"{table.Caption} (as at {at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})" : table.Caption;
            var subject = CaptionLead().Replace(table.Caption, string.Empty);
            Period? time = table.AsAt is { } day ? Period.At(new PartialDate(day.Year, day.Month, day.Day)) : null;
            foreach (var cell in table.Cells)
            {
                var unit = GenericHead().IsMatch(cell.Column) ? subject : NumberOf().Replace(cell.Column, string.Empty);
                var source = new Provenance(d.Id, d.Symbol, null, d.Source[cell.Span.Start..cell.Span.End], $"{dated} | {cell.Row} | {cell.Column}", cell.Span.Start, cell.Span.End)
                {
                    Page = d.PageAt(cell.Span.Start),
                    Box = d.BoxOf(cell.Span),
                };
                yield return new Figure(
                    RowId("F", source), source, cell.Percent ? FigureKind.Percent : FigureKind.Count, cell.Value, null, unit, Qualifier.Exact, time,
                    $"{table.Caption}: {cell.Row}, {cell.Column}", AsOf: time is null ? d.Date : null, Cell: new CellRef(table.Caption, cell.Row, cell.Column));
            }
        }
    }

    /// <summary>A row id that stays the same across runs: kind, document, offsets.</summary>
    private static string RowId(string prefix, Provenance p) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{p.Document}-{p.CharStart}-{p.CharEnd}");
}

using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MigrationStats.Ingest;

/// <summary>How often one kind of furniture was found, with a few examples.</summary>
/// <param name="Kind">The kind, as a word ("running-head").</param>
/// <param name="Count">How many were found.</param>
/// <param name="Examples">Up to three distinct examples, as printed.</param>
public sealed record FurnitureCount(string Kind, int Count, ImmutableArray<string> Examples);

/// <summary>A footnote marker as <c>inspect</c> shows it.</summary>
/// <param name="Number">The footnote number.</param>
/// <param name="Context">The text just before the marker, with the marker.</param>
/// <param name="Detached">True when a space separates it from the text.</param>
/// <param name="Offset">Original offset of the marker.</param>
public sealed record MarkerSummary(int Number, string Context, bool Detached, int Offset);

/// <summary>
/// How one document was read, as data: what <c>migstats inspect</c> prints and, with
/// <c>--json</c>, writes. Built from a <see cref="ReportDocument"/>; holds nothing else.
/// </summary>
/// <param name="Id">Document id.</param>
/// <param name="File">Path read.</param>
/// <param name="Symbol">The document's symbol, if shown.</param>
/// <param name="Date">The document's date, if shown (yyyy-MM-dd).</param>
/// <param name="Pages">Pages in the text (form feeds + 1).</param>
/// <param name="NumberedParagraphs">Count of numbered paragraphs.</param>
/// <param name="UnnumberedBlocks">Count of unnumbered text blocks.</param>
/// <param name="Numbering">Runs, jumps and restarts of the numbering.</param>
/// <param name="Headings">Headings, indented by level.</param>
/// <param name="Footnotes">Footnote markers found.</param>
/// <param name="Furniture">Page furniture by kind.</param>
/// <param name="Oddities">Warnings of the reading.</param>
/// <param name="Verdict">One line: was the document read right, and what to check.</param>
public sealed record ReadingSummary(
    string Id,
    string File,
    string? Symbol,
    string? Date,
    int Pages,
    int NumberedParagraphs,
    int UnnumberedBlocks,
    NumberingReport Numbering,
    ImmutableArray<string> Headings,
    ImmutableArray<MarkerSummary> Footnotes,
    ImmutableArray<FurnitureCount> Furniture,
    ImmutableArray<string> Oddities,
    string Verdict)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The summary of a document.</summary>
    public static ReadingSummary Of(ReportDocument doc)
    {
        var numbered = doc.NumberedParagraphs.Count();
        var furniture = doc.Artefacts
            .GroupBy(a => a.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new FurnitureCount(KindName(g.Key), g.Count(), g.Select(a => a.Text).Distinct().Take(3).ToImmutableArray()))
            .ToImmutableArray();
        var markers = doc.Footnotes
            .Select(f => new MarkerSummary(f.Number, Context(doc.Source, f.Span), f.Detached, f.Span.Start))
            .ToImmutableArray();
        return new ReadingSummary(
            doc.Id,
            doc.FilePath,
            doc.Symbol,
            doc.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            doc.Source.Count(c => c == '\f') + 1,
            numbered,
            doc.Paragraphs.Length - numbered,
            doc.Numbering,
            doc.Headings.Select(h => new string(' ', 2 * (h.Level - 1)) + h.Display).ToImmutableArray(),
            markers,
            furniture,
            doc.Warnings.Select(w => w.Message).ToImmutableArray(),
            VerdictOf(doc));
    }

    /// <summary>Summaries as indented JSON (an array).</summary>
    public static string ToJson(IEnumerable<ReadingSummary> summaries) => JsonSerializer.Serialize(summaries.ToList(), Json);

    /// <summary>The furniture kind as a word.</summary>
    public static string KindName(ArtefactKind kind) => kind switch
    {
        ArtefactKind.RunningHead => "running-head",
        ArtefactKind.PageNumber => "page-number",
        ArtefactKind.JobNumber => "job-number",
        ArtefactKind.ViewerResidue => "viewer-residue",
        ArtefactKind.FootnoteText => "footnote-text",
        ArtefactKind.RunningFooter => "running-head-or-footer",
        ArtefactKind.CoverPage => "cover-page",
        ArtefactKind.ContentsPage => "contents-page",
        ArtefactKind.Elision => "elision",
        ArtefactKind.Markup => "markup",
        ArtefactKind.ListLabel => "list-label",
        ArtefactKind.Map => "map-page",
        ArtefactKind.Noise => "ocr-noise",
        _ => kind.ToString(),
    };

    private static string Context(string source, OriginalSpan span)
    {
        var from = Math.Max(0, span.Start - 8);
        return source[from..span.End].Replace('\n', ' ').Replace('\r', ' ').TrimStart();
    }

    private static string VerdictOf(ReportDocument doc)
    {
        var n = doc.Numbering;
        if (n.Runs.Length == 0)
        {
            return doc.Paragraphs.Length == 0 ? "check: no body text found" : "no numbered paragraphs: rows carry no paragraph number";
        }

        var body = n.Runs.Where(r => r.Part is null).ToList();
        var range = body.Count == 0 ? "" : $"paragraphs {body[0].First}..{body[^1].Last}";
        var restarts = (n.Restarts.Length == 0 ? "" : $"; numbering restarts in {string.Join(", ", n.Restarts)}")
            + (n.Inferred.Length == 0 ? "" : $"; {n.Inferred.Length} lost number(s) inferred");
        var unexplained = n.Jumps.Count(j => j.Reason == NumberingReport.NoMark);
        if (n.Renumbered)
        {
            return $"web copy: the page's list numbers were replaced by the report's own; {range}{restarts}";
        }

        if (unexplained > 0)
        {
            return $"check: {range} with {unexplained} jump(s) that nothing in the text explains{restarts}";
        }

        if (n.Jumps.Length > 0)
        {
            return $"excerpt: {range} with {n.Jumps.Length} jump(s), each at an elision line or a page break{restarts}";
        }

        return body.Count > 0 && body[0].First != 1 ? $"check: {range}: the numbering does not start at 1{restarts}" : $"read cleanly: {range}{restarts}";
    }
}

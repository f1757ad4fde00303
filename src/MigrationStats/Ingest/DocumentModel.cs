using System.Collections.Immutable;

namespace MigrationStats.Ingest;

/// <summary>
/// Text that later stages read, with a map from each of its characters back to the original file.
/// Invariant: <c>Map.Length == Value.Length</c> and <c>Map</c> is strictly increasing.
/// </summary>
public sealed record CleanText(string Value, ImmutableArray<int> Map)
{
    /// <summary>
    /// Maps the clean span <c>[start, end)</c> to the original span that covers it
    /// (end exclusive). Characters removed inside the span (line breaks, footnote markers,
    /// page heads) are inside the original span too.
    /// </summary>
    public OriginalSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Value.Length || start >= end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"span [{start},{end}) is outside clean text of length {Value.Length}");
        }

        return new OriginalSpan(Map[start], Map[end - 1] + 1);
    }
}

/// <summary>A span of the original file text, end exclusive.</summary>
public readonly record struct OriginalSpan(int Start, int End)
{
    /// <summary>Number of original characters covered.</summary>
    public int Length => End - Start;
}

/// <summary>A section heading or numbered sub-heading (not a paragraph).</summary>
/// <param name="Label">The printed label ("II", "A", "1"), empty when none.</param>
/// <param name="Title">The heading text without its label.</param>
/// <param name="Level">1 for roman-numbered sections, 2 for lettered, 3 for numbered sub-headings.</param>
/// <param name="Span">Where the heading stands in the original file.</param>
public sealed record Heading(string Label, string Title, int Level, OriginalSpan Span)
{
    /// <summary>"II. Recent work ..." as printed, whitespace folded.</summary>
    public string Display => Label.Length == 0 ? Title : $"{Label}. {Title}";
}

/// <summary>A block of body text: a numbered paragraph, or an unnumbered block outside them.</summary>
/// <param name="Number">The printed paragraph number; null for unnumbered text.</param>
/// <param name="HeadingPath">Headings in force, outermost first.</param>
/// <param name="Text">Clean text for the recognizers, with its map to the original.</param>
/// <param name="Span">The original span from the paragraph number to its last character.</param>
public sealed record Paragraph(int? Number, ImmutableArray<string> HeadingPath, CleanText Text, OriginalSpan Span);

/// <summary>A footnote marker glued to a word or punctuation ("Revision,1", "Rights17").</summary>
public sealed record FootnoteMarker(int Number, OriginalSpan Span);

/// <summary>What kind of layout artefact was kept out of the clean text.</summary>
public enum ArtefactKind
{
    /// <summary>Running head with the document symbol.</summary>
    RunningHead,
    /// <summary>A page number.</summary>
    PageNumber,
    /// <summary>Job number or barcode printed on UN documents.</summary>
    JobNumber,
    /// <summary>Residue of a web viewer ("Select target paragraph3").</summary>
    ViewerResidue,
    /// <summary>Footnote text at the foot of a page, below its separator line.</summary>
    FootnoteText,
}

/// <summary>A layout artefact found in the original file.</summary>
public sealed record Artefact(ArtefactKind Kind, OriginalSpan Span, string Text);

/// <summary>Something odd in the reading of a document, for the user to check.</summary>
public sealed record IngestWarning(string Code, string Message);

/// <summary>One report, read: metadata, structure and clean text with provenance.</summary>
/// <param name="Id">File name without extension.</param>
/// <param name="FilePath">Path the document was read from.</param>
/// <param name="Source">The original file text, exactly as decoded (offsets index into it).</param>
/// <param name="Sha256">Hex SHA-256 of the file bytes.</param>
/// <param name="Symbol">UN document symbol when the text shows one ("A/58/275").</param>
/// <param name="Date">Document date when the text shows one ("Distr.: General 3 September 2004").</param>
/// <param name="Headings">Section headings and numbered sub-headings, in order.</param>
/// <param name="Paragraphs">Numbered paragraphs and unnumbered text blocks, in order.</param>
/// <param name="Footnotes">Footnote markers found and kept out of the clean text.</param>
/// <param name="Artefacts">Page heads, page numbers and other layout artefacts kept out.</param>
/// <param name="Warnings">Oddities of the reading (gaps or repeats in paragraph numbering).</param>
public sealed record ReportDocument(
    string Id,
    string FilePath,
    string Source,
    string Sha256,
    string? Symbol,
    DateOnly? Date,
    ImmutableArray<Heading> Headings,
    ImmutableArray<Paragraph> Paragraphs,
    ImmutableArray<FootnoteMarker> Footnotes,
    ImmutableArray<Artefact> Artefacts,
    ImmutableArray<IngestWarning> Warnings)
{
    /// <summary>Paragraphs that carry a printed number.</summary>
    public IEnumerable<Paragraph> NumberedParagraphs => Paragraphs.Where(p => p.Number is not null);
}

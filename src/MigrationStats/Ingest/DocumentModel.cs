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
/// <param name="Part">The part whose numbering the paragraph belongs to when numbering restarts
/// ("Annex I"); null for the body.</param>
/// <param name="Page">Page of the paragraph's first character (1 when the text has no page breaks).</param>
public sealed record Paragraph(int? Number, ImmutableArray<string> HeadingPath, CleanText Text, OriginalSpan Span, string? Part = null, int Page = 1);

/// <summary>
/// A footnote marker glued to a word or punctuation ("Revision,1", "Rights17") or detached by a
/// space ("in the near future. 5").
/// </summary>
/// <param name="Number">The printed footnote number.</param>
/// <param name="Span">Where the marker stands in the original file.</param>
/// <param name="Detached">True when a space separates the marker from the text it follows.</param>
public sealed record FootnoteMarker(int Number, OriginalSpan Span, bool Detached = false);

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
    /// <summary>A line that recurs at the top or bottom of pages ("English", "Page 3", a title).</summary>
    RunningFooter,
    /// <summary>Cover-page lines: distribution, original language, agenda item, session and masthead lines.</summary>
    CoverPage,
    /// <summary>A table of contents: entries with paragraph ranges and page numbers.</summary>
    ContentsPage,
    /// <summary>A line saying that an excerpt skips pages ("[...]"); it also ends the paragraph before it.</summary>
    Elision,
    /// <summary>Markup of a converter: markdown heading marks, list bullets, emphasis, URLs.</summary>
    Markup,
    /// <summary>The label of a list item at a line start: a target number ("5.5 Ensure ...").</summary>
    ListLabel,
    /// <summary>A page that is a map: place names, grid and scale numbers, the map's number.</summary>
    Map,
    /// <summary>OCR residue: a line of mostly stray characters from a scan.</summary>
    Noise,
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
/// <param name="Numbering">How the paragraph numbering was read: runs, jumps, restarts.</param>
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
    ImmutableArray<IngestWarning> Warnings,
    NumberingReport Numbering)
{
    /// <summary>Paragraphs that carry a printed number.</summary>
    public IEnumerable<Paragraph> NumberedParagraphs => Paragraphs.Where(p => p.Number is not null);

    /// <summary>Tables of figures read from the layout (annex tables), in order.</summary>
    public ImmutableArray<SourceTable> Tables { get; init; } = [];

    /// <summary>The mission or topic the report is about, from its title and the names it defines; null when neither says.</summary>
    public DocumentTopic? Topic { get; init; }

    /// <summary>For a PDF: the layout of <see cref="Source"/> (line layout, raised marks, glyph boxes); null for a text file.</summary>
    public SourceLayout? Layout { get; init; }

    /// <summary>For a PDF: its document information; null for a text file.</summary>
    public FileMetadata? Metadata { get; init; }

    /// <summary>The page of an original offset: from the PDF's layout, else counted by the form feeds before it.</summary>
    public int PageAt(int offset)
    {
        if (Layout?.PageAt(offset) is { } page)
        {
            return page;
        }

        var pages = 1;
        for (var i = Source.IndexOf('\f'); i >= 0 && i < offset; i = Source.IndexOf('\f', i + 1))
        {
            // A form feed ends a page; one at the very end opens no new page.
            pages++;
        }

        return pages;
    }

    /// <summary>The box on its page around the glyphs of a span; null for a text file.</summary>
    public PageBox? BoxOf(OriginalSpan span) => Layout?.BoxOf(span.Start, span.End);

    /// <summary>The box around the glyphs of a clean text's characters <c>[start, end)</c> (furniture inside the span left out); null for a text file.</summary>
    public PageBox? BoxOf(CleanText text, int start, int end) => Layout?.BoxOf(Enumerable.Range(start, end - start).Select(i => text.Map[i]));
}

/// <summary>The mission or topic of a report: "UNOMIG" (United Nations Observer Mission in Georgia).</summary>
/// <param name="Key">Short name that groups a mission's reports: the acronym ("UNOMIG"), or the title's subject.</param>
/// <param name="Name">The full name as the report spells it.</param>
/// <param name="Title">The report's title ("Report of the Secretary-General on the situation in Abkhazia, Georgia"), empty when none was found.</param>
public sealed record DocumentTopic(string Key, string Name, string Title);

/// <summary>A table of figures: a caption, column heads, and cells labelled by row and column.</summary>
/// <param name="Caption">The caption without its date ("Composition of the Kosovo Police Service").</param>
/// <param name="AsAt">The date the caption gives ("as at 31 March 2003"), when it gives one.</param>
/// <param name="Span">Original span from the caption's first character to the last cell's last.</param>
/// <param name="Columns">Heads of the value columns, in order ("Percentage", "Number").</param>
/// <param name="Cells">The cells with a value, row by row.</param>
public sealed record SourceTable(string Caption, DateOnly? AsAt, OriginalSpan Span, ImmutableArray<string> Columns, ImmutableArray<TableCell> Cells);

/// <summary>One cell of a <see cref="SourceTable"/>.</summary>
/// <param name="Row">The row's label ("Kosovo Serbs", "Total").</param>
/// <param name="Column">The column's head ("Percentage").</param>
/// <param name="Value">The value ("5 247" is 5247).</param>
/// <param name="Percent">True when the column holds percentages.</param>
/// <param name="Span">Where the cell's text stands in the original file.</param>
public sealed record TableCell(string Row, string Column, decimal Value, bool Percent, OriginalSpan Span);

/// <summary>A stretch of paragraph numbers that count up by one.</summary>
/// <param name="First">First number of the run.</param>
/// <param name="Last">Last number of the run.</param>
/// <param name="Part">The part the run belongs to (null for the body, "Annex I" after a restart).</param>
public sealed record NumberRun(int First, int Last, string? Part);

/// <summary>Where the numbering jumps, and why the jump was accepted.</summary>
/// <param name="From">Last number before the jump.</param>
/// <param name="To">First number after it.</param>
/// <param name="Reason">What the text shows at the jump ("an elision line '[...]'", "a page break", "no mark in the text").</param>
/// <param name="Offset">Original offset of the number after the jump.</param>
public sealed record NumberJump(int From, int To, string Reason, int Offset);

/// <summary>How the paragraph numbering of a document was read.</summary>
/// <param name="Runs">The runs, in document order.</param>
/// <param name="Jumps">Jumps inside a part.</param>
/// <param name="Restarts">Parts where numbering starts again ("Annex I"), in order.</param>
/// <param name="Renumbered">True when the text is a web copy whose list renumbers the paragraphs,
/// so list numbers were replaced by the ones the text prints or implies.</param>
/// <param name="Rejected">Candidate numbers at line starts that were not taken as paragraph numbers.</param>
/// <param name="Inferred">Numbers the text lost (OCR) that were given to the paragraph breaks
/// where they must stand: exactly as many breaks as missing numbers.</param>
public sealed record NumberingReport(ImmutableArray<NumberRun> Runs, ImmutableArray<NumberJump> Jumps, ImmutableArray<string> Restarts, bool Renumbered, int Rejected, ImmutableArray<int> Inferred)
{
    /// <summary>No numbered paragraphs.</summary>
    public static NumberingReport None { get; } = new([], [], [], false, 0, []);

    /// <summary>Jump reason: an elision line stands between the two numbers.</summary>
    public const string Elided = "an elision line ('[...]') marks skipped pages";

    /// <summary>Jump reason: a page break stands between the two numbers.</summary>
    public const string PageBreak = "at a page break (a page may be missing from the text)";

    /// <summary>Jump reason: nothing in the text explains the jump.</summary>
    public const string NoMark = "no mark in the text";

    /// <summary>True when the body runs 1..N with no jump.</summary>
    public bool BodyRunsFromOne => Runs.Length > 0 && Jumps.Length == 0 && Runs[0].First == 1;
}

namespace MigrationStats.Ingest;

/// <summary>
/// Every threshold and weight of the structure reading, in one place. The defaults were chosen on
/// the seeds, the second development set (<c>shared/dev/docs</c>: excerpts with gaps, cover pages,
/// a contents page, a web copy) and the 272 pdftotext reports of <c>shared/corpus/text</c>; the
/// comment on each says what it was chosen on.
/// </summary>
public sealed record IngestOptions
{
    /// <summary>The defaults.</summary>
    public static IngestOptions Default { get; } = new();

    // ---- page furniture ------------------------------------------------------------------------

    /// <summary>
    /// A line longer than this is a whole page copied onto one line (web viewers). Printed lines of
    /// UN reports are under 120 characters; web pages give lines of thousands.
    /// </summary>
    public int PageLineLength { get; init; } = 400;

    /// <summary>Furniture lines (heads, footers, page numbers) are short: none seen over 60 characters.</summary>
    public int FurnitureLineLength { get; init; } = 60;

    /// <summary>
    /// Lines at a page's top or bottom looked at for running heads and footers. pdftotext puts up to
    /// four furniture lines (symbol, "English", "Page 3", a blank) at a page's top in the corpus.
    /// </summary>
    public int PageEdgeLines { get; init; } = 4;

    /// <summary>
    /// A line at page edges is a running head or footer when its shape (digits folded) recurs on at
    /// least this many pages; 3 keeps a heading that happens to open two pages.
    /// </summary>
    public int RepeatedEdgeMinPages { get; init; } = 3;

    /// <summary>
    /// The cover page is looked for in the lines before the first numbered paragraph, at most this
    /// many (corpus covers run to 40 lines with the agenda title spread one word per line).
    /// </summary>
    public int CoverPageMaxLines { get; init; } = 60;

    /// <summary>
    /// A contents page ends after this many lines in a row that are neither entries nor short
    /// titles (seen: wrapped titles of two or three lines between entries).
    /// </summary>
    public int ContentsMaxGapLines { get; init; } = 4;

    /// <summary>A contents entry is at most this long (wrapped titles with their tail seen up to 170).</summary>
    public int ContentsEntryMaxLength { get; init; } = 200;

    /// <summary>A line this long that is no entry is prose: the contents page has ended.</summary>
    public int ContentsProseLength { get; init; } = 160;

    /// <summary>A line this long that ends like a sentence (".", ";", ":") is prose, not a wrapped title.</summary>
    public int ContentsSentenceLength { get; init; } = 60;

    /// <summary>
    /// OCR residue has at least this many stray characters ("~ @ ^ | { } &lt; &gt;"): one can be a
    /// misread letter in a real line, two in a short line are noise (corpus scans of 1989-1995).
    /// </summary>
    public int NoiseMinStray { get; init; } = 2;

    /// <summary>... and letters are under this share of its characters (real lines: over 0.7; tables have no strays).</summary>
    public double NoiseMaxLetterShare { get; init; } = 0.6;

    /// <summary>A date stamp or print code within this many lines of a job number is the job number's (corpus: 1-2).</summary>
    public int StampWindowLines { get; init; } = 2;

    // ---- footnote markers ----------------------------------------------------------------------

    /// <summary>Footnote numbers skipped in one step of the run (excerpts lose a few; seen up to 3 in dev).</summary>
    public int FootnoteMaxGap { get; init; } = 8;

    /// <summary>Cost of each footnote number skipped (a marker is worth 1).</summary>
    public double FootnoteGapPenalty { get; init; } = 0.15;

    // ---- paragraph numbering -------------------------------------------------------------------

    /// <summary>Weight of a number at a line start followed by text that starts with a capital.</summary>
    public double LineStartWeight { get; init; } = 1.0;

    /// <summary>
    /// Weight of a number at a line start whose text is a short block that does not end like a
    /// sentence (a numbered sub-heading: "1. Department of Economic and Social Affairs").
    /// </summary>
    public double SubHeadingWeight { get; init; } = 0.2;

    /// <summary>A numbered sub-heading is a block of at most this many characters (seeds' longest: 120)...</summary>
    public int SubHeadingMaxLength { get; init; } = 250;

    /// <summary>... over at most this many lines, not ending like a sentence.</summary>
    public int SubHeadingMaxLines { get; init; } = 3;

    /// <summary>Headings at a region's tail span at most this many characters (three levels of long titles).</summary>
    public int HeadingTailMaxLength { get; init; } = 600;

    /// <summary>Weight of a number in mid-line after a sentence end (a page copied onto one line).</summary>
    public double MidLineAfterSentenceWeight { get; init; } = 0.9;

    /// <summary>Weight of a number in mid-line after a word (the end of a heading on a page line).</summary>
    public double MidLineAfterWordWeight { get; init; } = 0.6;

    /// <summary>Weight of an OCR-damaged number at a line start ("9," for "9.", in 1990s scans).</summary>
    public double OcrNumberWeight { get; init; } = 0.5;

    /// <summary>
    /// Fixed cost of a jump in numbering (a page missing from the text, an excerpt). With members
    /// worth 1, a jump is taken when at least two numbers after it confirm it.
    /// </summary>
    public double JumpCost { get; init; } = 1.2;

    /// <summary>Extra cost per skipped number, on a log scale: a jump of 40 costs about 1 more than a jump of 1.</summary>
    public double JumpCostPerLog { get; init; } = 0.3;

    /// <summary>A jump across an explicit elision line ("[...]") costs this instead: the text says pages are missing.</summary>
    public double ElidedJumpCost { get; init; } = 0.1;

    /// <summary>Largest jump considered (dev excerpts skip up to 11 paragraphs).</summary>
    public int MaxJump { get; init; } = 60;

    /// <summary>
    /// At most this many numbers lost in one place are inferred at paragraph breaks; OCR of the
    /// 1990s corpus reports drops one or two at a time, a longer jump is a real gap.
    /// </summary>
    public int MaxInferredNumbers { get; init; } = 2;

    /// <summary>Cost of numbering starting again at 1 after an annex or appendix heading.</summary>
    public double RestartCost { get; init; } = 0.5;

    /// <summary>
    /// Two numbers closer than this many characters are not both paragraphs (a list "1. 2. 3." on
    /// one line): OCR puts a number mid-paragraph before a last word ("still\n8.\npending.").
    /// </summary>
    public int MinParagraphLength { get; init; } = 6;
}

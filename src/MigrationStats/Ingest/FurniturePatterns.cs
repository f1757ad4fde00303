using MigrationStats.Common;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// What page furniture looks like, line by line: running heads with the document symbol, page
/// numbers and footers, job numbers and barcodes, cover-page lines, elision lines, web-viewer
/// residue, converter markup. Pure functions of a line's text; the document-level decisions
/// (which lines stand at page edges, where the cover ends) are <see cref="PageFurniture"/>'s.
/// </summary>
internal static partial class FurniturePatterns
{
    /// <summary>A UN document symbol: "A/58/275", "A/HRC/7/12", "TD/B/COM.1/64", "S/2004/512".</summary>
    public const string SymbolPattern = @"(?<![A-Za-z0-9/.])[A-Z]{1,6}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]|/[A-Za-z0-9])+";

    [GeneratedRegex("^" + SymbolPattern + "$")]
    private static partial Regex WholeSymbol();

    [GeneratedRegex(@"^(?:(?<page>\d{1,3})\s+)?(?<sym>" + SymbolPattern + @")(?:\s+(?:English|French|Spanish|ENGLISH|FRENCH|SPANISH))?(?:\s+(?:Page\s+)?(?<page2>\d{1,3}))?$")]
    private static partial Regex RunningHeadLine();

    [GeneratedRegex(@"^(?:\d{1,3}|Pag[ae]\s*\d(?:\s?\d){0,2}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3}|/\s*(?:\.\s*){2,}\.?|\.\s*\.\s*\./?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberLine();

    /// <summary>Job numbers ("14-59006 (E) 030914", "13-21969", "14-59006 2/26") and barcodes ("*1459006*").</summary>
    [GeneratedRegex(@"^(?:\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}(?:/\d{1,3})?)?$|^\*\d{6,}\*$|^\d{2}-\d{5}\s.{0,30}\(\s?[A-Z]\s?\)$|^[1Il|](?:\s?[1Il|]){7,}$")]
    private static partial Regex JobNumberLine();

    /// <summary>Job numbers and barcodes inside a longer line (a cover page copied onto one line).</summary>
    [GeneratedRegex(@"(?<![\d-])\d{2}-\d{5}\s*\([A-Z]\)(?:\s*\d{6})?(?!\d)|\*\d{7,9}\*")]
    private static partial Regex InlineJobNumber();

    [GeneratedRegex(@"^Select target paragraph\s*\d*$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewerResidueLine();

    [GeneratedRegex(@"^\[\s*(?:\.\s*){3}\]$|^\[\s*…\s*\]$|^\(\s*(?:\.\s*){3}\)$")]
    private static partial Regex ElisionLine();

    /// <summary>Cover-page lines: distribution, language, agenda item, masthead, session and year lines.</summary>
    [GeneratedRegex(@"^(?:Distr\.?\s*:?\s*(?:General|GENERAL|Limited|LIMITED|Restricted|RESTRICTED)\b.{0,30}|(?:Original|ORIGINAL)\s*:\s*[A-Za-z]+(?:\s*(?:/|and)\s*[A-Za-z]+)*|(?:English|French|Spanish|ENGLISH|FRENCH|SPANISH|RUSSIAN|ARABIC|CHINESE)|\d{1,2}\s+" + Vocabulary.MonthNames + @"\s+\d{4}|United Nations|UNITED NATIONS|General Assembly|GENERAL ASSEMBLY|Security Council|SECURITY COUNCIL|Economic and Social Council|(?:Provisional\s+)?[Aa]genda\s+items?\s+\d+(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d+(?:\s*\([a-z]\))?)*\*?|AGENDA\s+ITEMS?\s+\d+.*|Items?\s+\d+(?:\s*\([a-z]\))?\s+of\s+the\s+(?:provisional|preliminary)\s+(?:agenda|list)\*?|\*\s*" + SymbolPattern + @"\.?|Official Records|Supplement No\. \d+)$")]
    private static partial Regex CoverLine();

    /// <summary>Cover-page phrases inside a longer line (a cover page copied onto one line).</summary>
    [GeneratedRegex(@"Distr\.?\s*:\s*(?:General|Limited|Restricted)|Original\s*:\s*(?:English|French|Spanish|Russian|Arabic|Chinese)|(?:Provisional\s+)?Agenda\s+items?\s+\d+(?:\s*\([a-z]\))?|Item\s+\d+(?:\s*\([a-z]\))?\s+of\s+the\s+(?:provisional|preliminary)\s+(?:agenda|list)\*?")]
    private static partial Regex InlineCover();

    [GeneratedRegex(@"https?://\S+?(?=https?://|\s|$)|\|\*\|")]
    private static partial Regex Url();

    /// <summary>Markdown marks at a line's start: heading hashes, a list bullet before a paragraph number, a quote mark.</summary>
    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?=\*{0,2}\d{1,3}\.)|>[ \t]*)")]
    private static partial Regex MarkdownLead();

    /// <summary>A target label at a line start: "5.5 Ensure ...", "Target 10.7 Facilitate ..." (not "5.5 million").</summary>
    [GeneratedRegex(@"^[ \t]*(?:Target[ \t]+)?\d{1,2}\.\d{1,2}[a-z]?(?=[ \t]+[A-Z“""](?!(?:illion|ercent|er cent|rillion)))")]
    private static partial Regex TargetLabel();

    /// <summary>The length of a target label at the line's start, or 0.</summary>
    public static int TargetLabelLength(string line)
    {
        var m = TargetLabel().Match(line);
        return m.Success ? m.Length : 0;
    }

    /// <summary>Markdown emphasis: "**bold**", "__bold__".</summary>
    [GeneratedRegex(@"\*\*(?=\S)|(?<=\S)\*\*|(?<![\w_])__(?=\S)|(?<=\S)__(?![\w_])")]
    private static partial Regex MarkdownEmphasis();

    /// <summary>An annex or appendix heading, where paragraph numbering may start again.</summary>
    [GeneratedRegex(@"^[ \t\f#]*(?<part>(?:Annex|ANNEX|Appendix|APPENDIX|Enclosure|ENCLOSURE|Attachment)(?:[ \t]+(?:[IVXLC]{1,6}|[A-Z]|\d{1,2}))?)\.?[ \t]*$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The line with runs of white space folded to one space and trimmed.</summary>
    public static string Fold(string line) => Spaces().Replace(line.Trim(), " ");

    /// <summary>
    /// The furniture kind of a whole line, or null when the line is content. Cover-page patterns
    /// count only when <paramref name="onCover"/> (they name things that body text may mention).
    /// </summary>
    public static ArtefactKind? ClassifyLine(string line, bool onCover, int maxLength, IngestOptions? options = null)
    {
        options ??= IngestOptions.Default;
        var folded = Fold(line.Replace('\f', ' '));
        if (folded.Length == 0 || folded.Length > maxLength)
        {
            return null;
        }

        if (IsNoise(folded, options))
        {
            return ArtefactKind.Noise;
        }

        if (ViewerResidueLine().IsMatch(folded))
        {
            return ArtefactKind.ViewerResidue;
        }

        if (ElisionLine().IsMatch(folded))
        {
            return ArtefactKind.Elision;
        }

        if (JobNumberLine().IsMatch(folded))
        {
            return ArtefactKind.JobNumber;
        }

        if (PageNumberLine().IsMatch(folded))
        {
            return ArtefactKind.PageNumber;
        }

        var head = RunningHeadLine().Match(folded);
        if (head.Success && IsSymbol(head.Groups["sym"].Value))
        {
            return ArtefactKind.RunningHead;
        }

        return onCover && CoverLine().IsMatch(folded) ? ArtefactKind.CoverPage : null;
    }

    /// <summary>
    /// OCR residue: at least two stray characters no text uses, and letters less than 60% of the
    /// line's characters ("~~AC %UP%%V~5~OR.", "6y8t%6b @^").
    /// </summary>
    public static bool IsNoise(string folded, IngestOptions options)
    {
        var chars = folded.Where(c => c != ' ').ToList();
        if (chars.Count < 4)
        {
            return false;
        }

        var stray = chars.Count(c => "~@^|\\{}<>�•·¤¬«»".Contains(c, StringComparison.Ordinal));
        return stray >= options.NoiseMinStray && chars.Count(char.IsLetter) < options.NoiseMaxLetterShare * chars.Count;
    }

    [GeneratedRegex(@"\bMap\s+No\.?\s*\d{3,4}|Cartographic Section", RegexOptions.IgnoreCase)]
    private static partial Regex MapMark();

    /// <summary>True when a page's text carries a UN map's number or the Cartographic Section's credit.</summary>
    public static bool IsMapPage(string pageText) => MapMark().IsMatch(pageText);

    [GeneratedRegex(@"^(?:\d{6}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}[a-z]?|\d(?:\s\d){3,5}[a-z]?)$")]
    private static partial Regex StampLine();

    /// <summary>A date stamp or print code that stands beside a job number ("260193", "26/01/93", "3824f").</summary>
    public static bool IsStamp(string folded) => StampLine().IsMatch(folded);

    /// <summary>Furniture inside a line that also holds content: job numbers, barcodes, URLs, and on the cover its phrases.</summary>
    public static IEnumerable<(ArtefactKind Kind, int Start, int Length)> InlineSpans(string line, bool onCover)
    {
        foreach (Match m in InlineJobNumber().Matches(line))
        {
            yield return (ArtefactKind.JobNumber, m.Index, m.Length);
        }

        foreach (Match m in Url().Matches(line))
        {
            yield return (ArtefactKind.Markup, m.Index, m.Length);
        }

        if (onCover)
        {
            foreach (Match m in InlineCover().Matches(line))
            {
                yield return (ArtefactKind.CoverPage, m.Index, m.Length);
            }
        }
    }

    /// <summary>Markdown marks on a line: (start, length) pairs within the line.</summary>
    public static IEnumerable<(int Start, int Length)> MarkdownSpans(string line)
    {
        var lead = MarkdownLead().Match(line);
        if (lead.Success && lead.Length > 0)
        {
            yield return (lead.Index, lead.Length);
        }

        foreach (Match m in MarkdownEmphasis().Matches(line))
        {
            yield return (m.Index, m.Length);
        }
    }

    /// <summary>The part an annex heading names ("Annex I"), or null.</summary>
    public static string? PartOf(string line)
    {
        var m = PartHeading().Match(line);
        return m.Success ? Fold(m.Groups["part"].Value) : null;
    }

    /// <summary>True for a document symbol: a slash-separated code with at least one digit.</summary>
    public static bool IsSymbol(string s) => WholeSymbol().IsMatch(s) && s.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"^[ \t\f]*(?<sym>" + SymbolPattern + @")(?=\s|\||$)")]
    private static partial Regex LeadingSymbol();

    /// <summary>The symbol a line starts with, if any.</summary>
    public static string? LeadingSymbolOf(string line)
    {
        var m = LeadingSymbol().Match(line);
        return m.Success && IsSymbol(m.Groups["sym"].Value) ? m.Groups["sym"].Value : null;
    }

    [GeneratedRegex(SymbolPattern)]
    private static partial Regex AnySymbol();

    /// <summary>The first symbol anywhere in a line, if any.</summary>
    public static string? FirstSymbolIn(string line)
    {
        foreach (Match m in AnySymbol().Matches(line))
        {
            if (IsSymbol(m.Value))
            {
                return m.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[ \t]*(?:\d{1,3}[ \t]+)?(?<sym>" + SymbolPattern + @")[ \t]+(?:\d{1,3}[ \t]+)?")]
    private static partial Regex PageLineHead();

    [GeneratedRegex(@"[ \t]+(?:\d{2}-\d{5}[ \t]+)?\d{1,3}[ \t]*$")]
    private static partial Regex PageLineTailNumber();

    /// <summary>
    /// For a whole page on one line: the length of a leading running head (symbol, optionally
    /// with a page number) when it names <paramref name="symbol"/>, else 0.
    /// </summary>
    public static int PageLineHeadLength(string line, string symbol)
    {
        var m = PageLineHead().Match(line);
        return m.Success && m.Groups["sym"].Value == symbol ? m.Length : 0;
    }

    /// <summary>For a whole page on one line: the length of a trailing page number, else 0.</summary>
    public static int PageLineTailLength(string line)
    {
        var m = PageLineTailNumber().Match(line);
        return m.Success ? m.Length : 0;
    }

    /// <summary>The shape of a line for spotting repeats: digits folded to '#', spaces folded.</summary>
    public static string Shape(string line) => new(Fold(line.Replace('\f', ' ')).Select(c => char.IsAsciiDigit(c) ? '#' : c).ToArray());
}

using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// Recognizes layout artefacts of UN report texts: running heads with the document symbol, page
/// numbers, job numbers and barcodes, web-viewer residue.
/// </summary>
internal static partial class Artefacts
{
    /// <summary>A line longer than this is a whole page copied onto one line (web viewers).</summary>
    public const int PageLineLength = 400;

    /// <summary>A UN document symbol: "A/58/275", "A/HRC/7/12", "TD/B/COM.1/64", "S/2004/512".</summary>
    public const string SymbolPattern = @"(?<![A-Za-z0-9/.])[A-Z]{1,6}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]|/[A-Za-z0-9])+";

    [GeneratedRegex("^" + SymbolPattern + "$")]
    private static partial Regex WholeSymbol();

    [GeneratedRegex(@"^(?:(?<page>\d{1,3})\s+)?(?<sym>" + SymbolPattern + @")(?:\s+(?<page2>\d{1,3}))?$")]
    private static partial Regex RunningHeadLine();

    [GeneratedRegex(@"^(?:\d{1,3}|Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"^(?:\d{1,3}\s+)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}(?:/\d{1,3})?)?$|^\*\d{6,}\*$")]
    private static partial Regex JobNumberLine();

    [GeneratedRegex(@"^Select target paragraph\s*\d*$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewerResidueLine();

    /// <summary>The artefact kind of a whole (trimmed) line, or null when the line is content.</summary>
    public static ArtefactKind? ClassifyLine(string line)
    {
        // Page furniture is often spread across the width of the page with runs of spaces.
        var trimmed = Spaces().Replace(line.Trim(), " ");
        if (trimmed.Length == 0 || trimmed.Length > 60)
        {
            return null;
        }

        if (ViewerResidueLine().IsMatch(trimmed))
        {
            return ArtefactKind.ViewerResidue;
        }

        if (JobNumberLine().IsMatch(trimmed))
        {
            return ArtefactKind.JobNumber;
        }

        if (PageNumberLine().IsMatch(trimmed))
        {
            return ArtefactKind.PageNumber;
        }

        var head = RunningHeadLine().Match(trimmed);
        return head.Success && IsSymbol(head.Groups["sym"].Value) ? ArtefactKind.RunningHead : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>True for a document symbol: a slash-separated code with at least one digit.</summary>
    public static bool IsSymbol(string s) => WholeSymbol().IsMatch(s) && s.Any(char.IsAsciiDigit);

    [GeneratedRegex(@"^[ \t]*(?<sym>" + SymbolPattern + @")(?=\s)")]
    private static partial Regex LeadingSymbol();

    /// <summary>The symbol a line starts with, if any.</summary>
    public static string? LeadingSymbolOf(string line)
    {
        var m = LeadingSymbol().Match(line);
        return m.Success && IsSymbol(m.Groups["sym"].Value) ? m.Groups["sym"].Value : null;
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
}

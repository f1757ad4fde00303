using System.Collections.Frozen;
using System.Collections.Immutable;

namespace MigrationStats.Ingest;

/// <summary>
/// Optional layout evidence for a line, as a PDF reader can give it (plain text has none of it):
/// the classifiers use it where present and fall back on the text alone.
/// </summary>
/// <param name="Indent">Left edge of the line's first glyph, in points from the page's left edge.</param>
/// <param name="FontSize">Dominant font size of the line, in points.</param>
/// <param name="Top">Distance of the line from the page's top, in points.</param>
/// <param name="Raised">The line's first number is raised above the baseline (a footnote marker).</param>
public sealed record LineLayout(double? Indent = null, double? FontSize = null, double? Top = null, bool Raised = false);

/// <summary>A rectangle on a PDF page, in points from the page's bottom-left corner (PDF user space).</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Left">Left edge.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Top">Top edge.</param>
public readonly record struct PageBox(int Page, double Left, double Bottom, double Right, double Top)
{
    /// <summary>"left bottom right top", one decimal: "123.1 683.3 133.6 693.3".</summary>
    public string Display => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Left:0.0} {Bottom:0.0} {Right:0.0} {Top:0.0}");
}

/// <summary>
/// What a PDF reader knows about a text that the text itself does not show: each line's layout (by
/// the offset of its first character), the spans of raised small type (footnote markers), and each
/// character's page and glyph box. Immutable.
/// </summary>
public sealed class SourceLayout
{
    private readonly FrozenDictionary<int, LineLayout> lines;
    private readonly int[] pages;
    private readonly float[] boxes;

    /// <summary>Creates the layout of a text of <c>pages.Length</c> characters; <paramref name="boxes"/> holds left, bottom, right, top per character (NaN for none).</summary>
    internal SourceLayout(IReadOnlyDictionary<int, LineLayout> lines, ImmutableArray<OriginalSpan> raised, int[] pages, float[] boxes)
    {
        this.lines = lines.ToFrozenDictionary();
        this.pages = pages;
        this.boxes = boxes;
        Raised = raised;
    }

    /// <summary>Spans of raised small letters or digits (superscripts), in order.</summary>
    public ImmutableArray<OriginalSpan> Raised { get; }

    /// <summary>The layout of the line whose first character is at <paramref name="start"/>.</summary>
    public LineLayout? LineAt(int start) => lines.GetValueOrDefault(start);

    /// <summary>The page of the character at <paramref name="offset"/>; null outside the text.</summary>
    public int? PageAt(int offset) => offset >= 0 && offset < pages.Length && pages[offset] > 0 ? pages[offset] : null;

    /// <summary>
    /// The box around the glyphs of <c>[start, end)</c> on the page of its first glyph; null when
    /// the span has no glyph.
    /// </summary>
    public PageBox? BoxOf(int start, int end) => BoxOf(Enumerable.Range(start, Math.Max(0, end - start)));

    /// <summary>
    /// The box around the glyphs of the characters at <paramref name="offsets"/> (a quote's text
    /// without the furniture a page break puts inside it) on the page of the first glyph.
    /// </summary>
    public PageBox? BoxOf(IEnumerable<int> offsets)
    {
        PageBox? box = null;
        foreach (var i in offsets.Where(i => i >= 0 && i < pages.Length))
        {
            var (l, b, r, t) = (boxes[4 * i], boxes[(4 * i) + 1], boxes[(4 * i) + 2], boxes[(4 * i) + 3]);
            if (float.IsNaN(l) || (box is { } known && pages[i] != known.Page))
            {
                continue;
            }

            box = box is { } k ? new PageBox(k.Page, Math.Min(k.Left, l), Math.Min(k.Bottom, b), Math.Max(k.Right, r), Math.Max(k.Top, t)) : new PageBox(pages[i], l, b, r, t);
        }

        return box;
    }
}

/// <summary>One line of the original file.</summary>
/// <param name="Index">0-based line index.</param>
/// <param name="Start">Offset of the line's first character.</param>
/// <param name="End">Offset just past its last character (before <c>\r\n</c> or <c>\n</c>).</param>
/// <param name="Next">Offset of the next line's first character.</param>
/// <param name="Page">1-based page: pages are separated by form feeds, or given by a PDF reader.</param>
/// <param name="Layout">Layout evidence, when the reader has it.</param>
public sealed record SourceLine(int Index, int Start, int End, int Next, int Page, LineLayout? Layout = null)
{
    /// <summary>Number of characters on the line.</summary>
    public int Length => End - Start;

    /// <summary>The line's text (without its line break).</summary>
    public string TextIn(string source) => source.Substring(Start, Length);

    /// <summary>True when the line holds only white space (form feeds included).</summary>
    public bool IsBlankIn(string source) => source.AsSpan(Start, Length).IsWhiteSpace();
}

/// <summary>Splits a file into <see cref="SourceLine"/>s.</summary>
public static class SourceLines
{
    /// <summary>
    /// The lines of <paramref name="source"/>, each with its page: a form feed (as pdftotext puts
    /// between pages) starts a new page. <paramref name="layout"/>, when given, gives each line's layout.
    /// </summary>
    public static ImmutableArray<SourceLine> Split(string source, SourceLayout? layout = null)
    {
        var lines = ImmutableArray.CreateBuilder<SourceLine>();
        var start = 0;
        var page = 1;
        var pageOfLine = 1;
        for (var i = 0; i <= source.Length; i++)
        {
            if (i < source.Length && source[i] == '\f')
            {
                page++;
                if (i == start)
                {
                    // A form feed at a line's start opens the next page with that line.
                    pageOfLine = page;
                }
            }

            if (i == source.Length ? start < source.Length : source[i] == '\n')
            {
                var end = i > start && source[i - 1] == '\r' ? i - 1 : i;
                var index = lines.Count;
                lines.Add(new SourceLine(index, start, end, Math.Min(i + 1, source.Length), pageOfLine, layout?.LineAt(start < source.Length && source[start] == '\f' ? start + 1 : start)));
                start = i + 1;
                pageOfLine = page;
            }
        }

        return lines.ToImmutable();
    }
}

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
    /// between pages) starts a new page. <paramref name="layout"/>, when given, has one entry per line.
    /// </summary>
    public static ImmutableArray<SourceLine> Split(string source, IReadOnlyList<LineLayout?>? layout = null)
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
                lines.Add(new SourceLine(index, start, end, Math.Min(i + 1, source.Length), pageOfLine, layout is not null && index < layout.Count ? layout[index] : null));
                start = i + 1;
                pageOfLine = page;
            }
        }

        return lines.ToImmutable();
    }
}

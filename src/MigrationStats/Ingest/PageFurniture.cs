using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>What the furniture pass found and what it takes out of the text.</summary>
/// <param name="Artefacts">Every piece of furniture, with its kind and where it stands.</param>
/// <param name="Removed">Per original character: true when it is furniture (kept out of the text).</param>
/// <param name="Breaks">Original offsets where text stops running on (an elision line): a paragraph ends there.</param>
/// <param name="Parts">Annex and appendix headings (original offset of the line, the part's name), where numbering may restart.</param>
internal sealed record FurnitureReading(ImmutableArray<Artefact> Artefacts, bool[] Removed, ImmutableArray<int> Breaks, ImmutableArray<(int Offset, string Part)> Parts);

/// <summary>
/// Finds page furniture in any position: running heads and footers (by pattern, and by recurring
/// at page edges), page numbers, job numbers and barcodes, the cover page, contents pages,
/// footnote text below a separator, elision lines, web-viewer residue and converter markup.
/// </summary>
internal static partial class PageFurniture
{
    public static FurnitureReading Find(string source, ImmutableArray<SourceLine> lines, string? symbol, IngestOptions options)
    {
        var removed = new bool[source.Length];
        var found = ImmutableArray.CreateBuilder<Artefact>();
        var coverEnd = CoverEnd(source, lines, options);
        var kinds = new ArtefactKind?[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            kinds[i] = FurniturePatterns.ClassifyLine(lines[i].TextIn(source), i < coverEnd, options.FurnitureLineLength, options);
        }

        KeepTableNumbers(source, lines, kinds, options);
        MarkStamps(source, lines, kinds, options.StampWindowLines);
        MarkMapPages(source, lines, kinds, options);
        MarkRepeatedEdges(source, lines, kinds, options);
        foreach (var (first, last) in ContentsPage.Find(source, lines, kinds, options))
        {
            for (var k = first; k <= last; k++)
            {
                kinds[k] ??= ArtefactKind.ContentsPage;
            }

            var text = FurniturePatterns.Fold(source[lines[first].Start..lines[last].End]);
            found.Add(new Artefact(ArtefactKind.ContentsPage, new OriginalSpan(lines[first].Start, lines[last].End), Shorten(text)));
        }

        MarkFootnoteText(source, lines, kinds, found);
        MarkSmallTypeFootnotes(source, lines, kinds, found);
        var parts = FindParts(source, lines, kinds);
        var breaks = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var raw = line.TextIn(source);

            if (kinds[i] is { } kind)
            {
                if (kind == ArtefactKind.Elision)
                {
                    breaks.Add(line.Start);
                }

                if (kind is not (ArtefactKind.ContentsPage or ArtefactKind.FootnoteText))
                {
                    var lead = raw.Length - raw.TrimStart().Length;
                    var trimmed = raw.Trim();
                    found.Add(new Artefact(kind, new OriginalSpan(line.Start + lead, line.Start + lead + trimmed.Length), FurniturePatterns.Fold(trimmed)));
                }

                continue;
            }

            MarkInline(source, line, raw, symbol, i < coverEnd, removed, found, options);
        }

        RemoveLineBlocks(source, lines, kinds, removed);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new FurnitureReading(found.ToImmutable(), removed, breaks.ToImmutable(), parts);
    }

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.|I\.|Summary|SUMMARY|Introduction|INTRODUCTION)(?:\s|$)")]
    private static partial Regex BodyStart();

    /// <summary>
    /// The line index where the cover page ends: the first page when the text has page breaks,
    /// else the first line that starts the body (a numbered paragraph, "I.", "Summary").
    /// </summary>
    private static int CoverEnd(string source, ImmutableArray<SourceLine> lines, IngestOptions options)
    {
        var max = Math.Min(lines.Length, options.CoverPageMaxLines);
        for (var i = 0; i < max; i++)
        {
            if (lines[i].Page > 1 || BodyStart().IsMatch(lines[i].TextIn(source)))
            {
                return i;
            }
        }

        return max;
    }

    /// <summary>A date stamp or print code next to a job number (within two lines) is the job number's.</summary>
    private static void MarkStamps(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds, int window)
    {
        var content = lines.Where(l => !l.IsBlankIn(source)).ToList();
        for (var i = 0; i < content.Count; i++)
        {
            if (kinds[content[i].Index] is not null || !FurniturePatterns.IsStamp(FurniturePatterns.Fold(content[i].TextIn(source))))
            {
                continue;
            }

            var near = content.Skip(Math.Max(0, i - window)).Take(Math.Min(i, window) + window + 1).Any(l => kinds[l.Index] == ArtefactKind.JobNumber);
            if (near)
            {
                kinds[content[i].Index] = ArtefactKind.JobNumber;
            }
        }
    }

    /// <summary>
    /// A page carrying a UN map's number or the Cartographic Section's credit is a map: its lines
    /// are place names and grid and scale numbers. Only with page breaks, and only lines that are
    /// not prose (a map shares no page with paragraphs, but keep any sentence that may).
    /// </summary>
    private static void MarkMapPages(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds, IngestOptions options)
    {
        if (lines.Length == 0 || lines[^1].Page < 2)
        {
            return;
        }

        foreach (var page in lines.GroupBy(l => l.Page))
        {
            if (!FurniturePatterns.IsMapPage(string.Join("\n", page.Select(l => l.TextIn(source)))))
            {
                continue;
            }

            foreach (var line in page)
            {
                var text = FurniturePatterns.Fold(line.TextIn(source));
                var prose = text.Length >= options.FurnitureLineLength && text.Split(' ').Length >= 8;
                if (kinds[line.Index] is null && text.Length > 0 && !prose)
                {
                    kinds[line.Index] = ArtefactKind.Map;
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*\d{1,3}\s*$")]
    private static partial Regex BareNumber();

    /// <summary>A table cell of digits: "147", "2 928", "1,665", "12.5".</summary>
    [GeneratedRegex(@"^\s*\d[\d\s,.]*\s*$")]
    private static partial Regex NumberCell();

    /// <summary>
    /// A bare number alone on its line is a page number only where page numbers stand: at a page's
    /// top or bottom when the text has page breaks, and never with a number line next to it.
    /// Elsewhere it is a table cell (pdftotext puts each cell of an annex table on its own line).
    /// </summary>
    private static void KeepTableNumbers(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds, IngestOptions options)
    {
        var paged = lines.Length > 0 && lines[^1].Page > 1;
        var edge = new HashSet<int>();
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var content = page.Where(l => !l.IsBlankIn(source)).ToList();
            edge.UnionWith(content.Take(options.PageEdgeLines).Concat(content.TakeLast(options.PageEdgeLines)).Select(l => l.Index));
        }

        string? Neighbour(int i, int step)
        {
            for (var j = i + step; j >= 0 && j < lines.Length; j += step)
            {
                if (!lines[j].IsBlankIn(source))
                {
                    return lines[j].TextIn(source);
                }
            }

            return null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] != ArtefactKind.PageNumber || !BareNumber().IsMatch(lines[i].TextIn(source)))
            {
                continue;
            }

            var besideNumbers = (Neighbour(i, -1) is { } up && NumberCell().IsMatch(up)) || (Neighbour(i, 1) is { } down && NumberCell().IsMatch(down));
            var tableCell = besideNumbers || (paged && !edge.Contains(i));
            if (tableCell)
            {
                kinds[i] = null;
            }
        }
    }

    /// <summary>
    /// Lines at the top or bottom of pages whose shape recurs on several pages are running heads
    /// and footers, whatever they say ("English", "Page 3", "S/2013/72", a short title).
    /// </summary>
    private static void MarkRepeatedEdges(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds, IngestOptions options)
    {
        var pages = lines.GroupBy(l => l.Page).Select(g => g.Where(l => !l.IsBlankIn(source)).ToList()).Where(g => g.Count > 0).ToList();
        if (pages.Count < options.RepeatedEdgeMinPages)
        {
            return;
        }

        var edges = pages.Select(p => p.Take(options.PageEdgeLines).Concat(p.TakeLast(options.PageEdgeLines)).Distinct().ToList()).ToList();
        var pagesWithShape = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var shape in edges.SelectMany(e => e.Select(l => EdgeShape(source, l, options)).OfType<string>().Distinct()))
        {
            pagesWithShape[shape] = pagesWithShape.GetValueOrDefault(shape) + 1;
        }

        foreach (var line in edges.SelectMany(e => e))
        {
            if (kinds[line.Index] is null && EdgeShape(source, line, options) is { } shape && pagesWithShape[shape] >= options.RepeatedEdgeMinPages)
            {
                kinds[line.Index] = ArtefactKind.RunningFooter;
            }
        }
    }

    /// <summary>
    /// Annex and appendix headings, where numbering may start again. Another heading of the same
    /// name ("Attachment", "Attachment") is told apart by its ordinal ("Attachment (2)"); whether
    /// it starts a part or is a running head repeated at a page top, the numbering decides.
    /// </summary>
    private static ImmutableArray<(int Offset, string Part)> FindParts(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds)
    {
        var parts = ImmutableArray.CreateBuilder<(int, string)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (kinds[line.Index] is not null || FurniturePatterns.PartOf(line.TextIn(source)) is not { } name)
            {
                continue;
            }

            seen[name] = seen.GetValueOrDefault(name) + 1;
            parts.Add((line.Start, seen[name] == 1 ? name : $"{name} ({seen[name]})"));
        }

        return parts.ToImmutable();
    }

    [GeneratedRegex(@"^\d{1,3}\.(?:\s|$)|^\(?[a-z]\)|^[IVX]+\.|[.;:,]$")]
    private static partial Regex ContentLike();

    /// <summary>The shape of an edge line that may be furniture; null for lines that are content-like.</summary>
    private static string? EdgeShape(string source, SourceLine line, IngestOptions options)
    {
        var text = FurniturePatterns.Fold(line.TextIn(source).Replace('\f', ' '));
        if (text.Length == 0 || text.Length > options.FurnitureLineLength || ContentLike().IsMatch(text) || FurniturePatterns.PartOf(text) is not null)
        {
            return null;
        }

        // Numbers alone are page numbers or table cells: the page-number pass decides those.
        var shape = FurniturePatterns.Shape(text);
        return shape.All(c => c is '#' or ' ' or '.' or ',') ? null : shape;
    }

    /// <summary>Furniture inside a content line: a page line's head and tail, job numbers, URLs, cover phrases, markdown marks.</summary>
    private static void MarkInline(string source, SourceLine line, string raw, string? symbol, bool onCover, bool[] removed, ImmutableArray<Artefact>.Builder found, IngestOptions options)
    {
        void Remove(ArtefactKind kind, int start, int length)
        {
            Array.Fill(removed, true, line.Start + start, length);
            found.Add(new Artefact(kind, new OriginalSpan(line.Start + start, line.Start + start + length), FurniturePatterns.Fold(raw.Substring(start, length))));
        }

        if (line.Length >= options.PageLineLength)
        {
            // A whole page on one line: its running head leads, its page number trails.
            var head = symbol is null ? 0 : FurniturePatterns.PageLineHeadLength(raw, symbol);
            if (head > 0)
            {
                Remove(ArtefactKind.RunningHead, 0, head);
            }

            var tail = FurniturePatterns.PageLineTailLength(raw);
            if (tail > 0)
            {
                Remove(ArtefactKind.PageNumber, raw.Length - tail, tail);
            }
        }

        if (FurniturePatterns.TargetLabelLength(raw) is > 0 and var label)
        {
            Remove(ArtefactKind.ListLabel, 0, label);
        }

        foreach (var (kind, start, length) in FurniturePatterns.InlineSpans(raw, onCover))
        {
            Remove(kind, start, length);
        }

        foreach (var (start, length) in FurniturePatterns.MarkdownSpans(raw))
        {
            Array.Fill(removed, true, line.Start + start, length);
        }
    }

    [GeneratedRegex(@"^\s*_{5,}")]
    private static partial Regex FootnoteSeparator();

    [GeneratedRegex(@"^\s*\d{1,3}\.(?:\s|$)")]
    private static partial Regex ParagraphStartLine();

    /// <summary>
    /// Footnote text at the foot of a page: from a separator line of underscores (which may carry
    /// the first footnote: "______* A/73/50.") to the page's footer, or, without one, to a blank
    /// line before the next numbered paragraph.
    /// </summary>
    private static void MarkFootnoteText(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds, ImmutableArray<Artefact>.Builder found)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] is not null || !FootnoteSeparator().IsMatch(lines[i].TextIn(source)))
            {
                continue;
            }

            var last = i;
            for (var j = i + 1; j < lines.Length && kinds[j] is null && lines[j].Page == lines[i].Page; j++)
            {
                if (lines[j].IsBlankIn(source))
                {
                    var next = j + 1;
                    while (next < lines.Length && lines[next].IsBlankIn(source))
                    {
                        next++;
                    }

                    if (next >= lines.Length || kinds[next] is not null || ParagraphStartLine().IsMatch(lines[next].TextIn(source)))
                    {
                        break;
                    }

                    continue;
                }

                last = j;
            }

            for (var k = i; k <= last; k++)
            {
                kinds[k] = ArtefactKind.FootnoteText;
            }

            var text = source[lines[i].Start..lines[last].End].Trim().TrimStart('_').Trim();
            found.Add(new Artefact(ArtefactKind.FootnoteText, new OriginalSpan(lines[i].Start, lines[last].End), Shorten(FurniturePatterns.Fold(text))));
            i = last;
        }
    }

    /// <summary>The first mark of a footnote: "1 ", "12/", "a ", "* ", "b/".</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,3}/?|[a-z]/?|\*+)(?:\s|$)")]
    private static partial Regex FootnoteMark();

    /// <summary>Type this much smaller than the body's is a footnote's.</summary>
    private const double FootnoteSize = 0.92;

    /// <summary>
    /// Footnotes a PDF's layout shows without a separator line: at the foot of a page (below them
    /// only furniture), lines in type smaller than the body's, the first of which starts with a
    /// raised footnote mark (small type in a table at a page's foot has none). The body's size is the one most lines of prose have.
    /// </summary>
    private static void MarkSmallTypeFootnotes(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds, ImmutableArray<Artefact>.Builder found)
    {
        var body = lines.Where(l => l.Layout?.FontSize is not null && l.Length >= 50).GroupBy(l => Math.Round(l.Layout!.FontSize!.Value * 2) / 2)
            .OrderByDescending(g => g.Count()).Select(g => (double?)g.Key).FirstOrDefault();
        if (body is not { } size)
        {
            return;
        }

        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var onPage = page.ToList();
            var first = -1;
            for (var k = onPage.Count - 1; k >= 0; k--)
            {
                var line = onPage[k];
                if (kinds[line.Index] is not null || line.IsBlankIn(source))
                {
                    continue;
                }

                if (line.Layout?.FontSize is not { } lineSize || lineSize > FootnoteSize * size)
                {
                    break;
                }

                first = k;
            }

            // The block starts at its topmost footnote mark.
            while (first >= 0 && first < onPage.Count && !(onPage[first].Layout?.Raised == true && FootnoteMark().IsMatch(onPage[first].TextIn(source))))
            {
                first++;
                while (first < onPage.Count && (kinds[onPage[first].Index] is not null || onPage[first].IsBlankIn(source)))
                {
                    first++;
                }
            }

            if (first < 0 || first >= onPage.Count)
            {
                continue;
            }

            // Footnotes never fill most of a page: a page in small type is a table or an annex.
            var block = onPage.Skip(first).Where(l => kinds[l.Index] is null && !l.IsBlankIn(source)).ToList();
            if (block.Count > Math.Max(6, onPage.Count(l => kinds[l.Index] is null && !l.IsBlankIn(source)) / 2))
            {
                continue;
            }

            foreach (var line in block)
            {
                kinds[line.Index] = ArtefactKind.FootnoteText;
            }

            var text = source[block[0].Start..block[^1].End].Trim();
            found.Add(new Artefact(ArtefactKind.FootnoteText, new OriginalSpan(block[0].Start, block[^1].End), Shorten(FurniturePatterns.Fold(text))));
        }
    }

    /// <summary>
    /// Whole furniture lines go with the blank lines around them as one block, so the text on
    /// either side of a page break joins as if the break were one line break.
    /// </summary>
    private static void RemoveLineBlocks(string source, ImmutableArray<SourceLine> lines, ArtefactKind?[] kinds, bool[] removed)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] is null)
            {
                continue;
            }

            var first = i;
            while (first > 0 && lines[first - 1].IsBlankIn(source))
            {
                first--;
            }

            var last = i;
            while (last + 1 < lines.Length && (kinds[last + 1] is not null || lines[last + 1].IsBlankIn(source)))
            {
                last++;
            }

            var from = first == 0 ? 0 : lines[first].Start;
            Array.Fill(removed, true, from, lines[last].Next - from);
            i = last;
        }
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// Turns the text of a UN report into a <see cref="ReportDocument"/>, one pass each: lines (with
/// pages and optional layout), symbol and date, page furniture, footnote markers, paragraph
/// numbering, then headings and paragraphs with clean text mapped back to the original.
/// </summary>
public static partial class DocumentParser
{
    /// <summary>Parses a document already read into memory.</summary>
    /// <param name="id">Document id (file name without extension).</param>
    /// <param name="path">Path the text came from.</param>
    /// <param name="source">The text; every offset indexes into it.</param>
    /// <param name="sha256">Hash of the file the text came from.</param>
    /// <param name="layout">Layout evidence of a PDF's text (line layout, raised marks, glyph boxes); null for plain text.</param>
    /// <param name="options">Thresholds; <see cref="IngestOptions.Default"/> when null.</param>
    /// <param name="metadata">A PDF's document information: its Title stands in for a symbol the text does not show.</param>
    public static ReportDocument Parse(string id, string path, string source, string sha256, SourceLayout? layout = null, IngestOptions? options = null, FileMetadata? metadata = null)
    {
        options ??= IngestOptions.Default;
        var lines = SourceLines.Split(source, layout);
        var symbol = DocumentMetadata.FindSymbol(source, lines)
            ?? (metadata?.Title is { } title && FurniturePatterns.IsSymbol(title.Trim()) ? title.Trim() : null);
        var furniture = PageFurniture.Find(source, lines, symbol, options);
        var removed = furniture.Removed;
        var footnotes = FootnoteFinder.Find(source, removed, options, layout?.Raised);
        foreach (var f in footnotes)
        {
            Array.Fill(removed, true, f.Span.Start, f.Span.Length);
        }

        var stream = TextStream.Build(source, removed);
        var breaks = furniture.Breaks.Select(stream.PositionOf).ToList();
        var parts = furniture.Parts.Select(p => (stream.PositionOf(p.Offset), p.Part)).ToList();
        int PageOf(int offset) => PageAt(lines, offset);
        var numbering = ParagraphNumbering.Find(stream, breaks, parts, PageOf, options);
        var warnings = ImmutableArray.CreateBuilder<IngestWarning>();
        warnings.AddRange(numbering.Warnings);
        var (headings, paragraphs) = Segment(stream, numbering.Starts, breaks, parts, PageOf, options.HeadingTailMaxLength);
        if (paragraphs.Count == 0)
        {
            warnings.Add(new IngestWarning("no-text", "no body text found"));
        }

        // A number the furniture pass took for a page number that a table's total confirms as its cell is no page number.
        var tables = TableReader.Read(source, lines, furniture.Artefacts);
        var artefacts = furniture.Artefacts.RemoveAll(a => a.Kind == ArtefactKind.PageNumber && tables.Any(t => t.Cells.Any(c => c.Span == a.Span)));
        return new ReportDocument(
            id,
            path,
            source,
            sha256,
            symbol,
            DocumentMetadata.FindDate(source),
            headings.ToImmutableArray(),
            paragraphs.ToImmutableArray(),
            footnotes,
            artefacts,
            warnings.ToImmutable(),
            numbering.Report)
        {
            Tables = tables,
            Layout = layout,
            Metadata = metadata,
        };
    }

    private static int PageAt(ImmutableArray<SourceLine> lines, int offset)
    {
        var (lo, hi) = (0, lines.Length - 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (lines[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lines.Length == 0 ? 1 : lines[lo].Page;
    }

    // ---- segmentation -------------------------------------------------------------------------

    /// <summary>
    /// Cuts the stream into paragraphs at the numbering's starts: a numbered paragraph runs to the
    /// next start, to the headings at its tail, or to an elision line (text after one belongs to a
    /// paragraph whose number the excerpt lost: an unnumbered block). Text before the first number
    /// is unnumbered blocks separated by blank lines.
    /// </summary>
    private static (List<Heading> Headings, List<Paragraph> Paragraphs) Segment(TextStream stream, ImmutableArray<ParagraphStart> starts, IReadOnlyList<int> elisions, IReadOnlyList<(int Position, string Part)> parts, Func<int, int> pageOf, int headingTailMaxLength)
    {
        // An annex heading ends the paragraph before it, like an elision line, and heads what
        // follows: the first of its name, or one where numbering starts again (a heading of the
        // same name again, with no restart, is that annex's running head on a later page).
        parts = parts.Where(p => !p.Part.EndsWith(')') || starts.Any(st => st.Part == p.Part)).ToList();
        var breaks = elisions.Concat(parts.Select(p => p.Position)).Distinct().Order().ToList();
        var partAt = parts.GroupBy(p => p.Position).ToDictionary(g => g.Key, g => g.First().Part);
        var s = stream.Text;
        var vocabulary = Vocabulary(s);
        var headings = new List<Heading>();
        var paragraphs = new List<Paragraph>();
        var path = new List<Heading>();

        void AddHeadings(int from, int to)
        {
            foreach (var h in HeadingFinder.Split(stream, from, to, vocabulary))
            {
                headings.Add(h);
                path.RemoveAll(p => p.Level >= h.Level);
                path.Add(h);
            }
        }

        ImmutableArray<string> CurrentPath() => path.Select(h => h.Display).ToImmutableArray();

        void AddUnnumbered(int from, int to)
        {
            if (partAt.TryGetValue(from, out var part))
            {
                // The part's heading line: "Annex I" (its title, if any, is the text after it).
                var lineEnd = s.IndexOf('\n', from) is var e and >= 0 && e < to ? e : to;
                var heading = new Heading(string.Empty, part, 1, new OriginalSpan(stream.OriginalOf(from), stream.OriginalOf(Math.Max(from, lineEnd - 1)) + 1));
                headings.Add(heading);
                path.Clear();
                path.Add(heading);
                from = lineEnd;
            }

            var tail = HeadingFinder.TailStart(s, from, to, headingTailMaxLength);
            foreach (var (blockFrom, blockTo) in Blocks(s, from, tail))
            {
                var text = CleanTextBuilder.Build(stream, blockFrom, blockTo, vocabulary);
                if (text.Value.Length > 0)
                {
                    var span = text.ToOriginal(0, text.Value.Length);
                    paragraphs.Add(new Paragraph(null, CurrentPath(), text, span, null, pageOf(span.Start)));
                }
            }

            AddHeadings(tail, to);
        }

        // Regions end at the next start and at every elision line.
        void AddRegion(int from, int to)
        {
            var cut = breaks.Where(b => b > from && b < to).Order().ToList();
            var at = from;
            foreach (var b in cut.Append(to))
            {
                AddUnnumbered(at, b);
                at = b;
            }
        }

        AddRegion(0, starts.Length > 0 ? starts[0].Position : s.Length);
        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Length ? starts[i + 1].Position : s.Length;
            var cut = breaks.Where(b => b > start.TextStart && b < end).DefaultIfEmpty(end).Min();
            var tail = HeadingFinder.TailStart(s, start.TextStart, cut, headingTailMaxLength);
            var text = CleanTextBuilder.Build(stream, start.TextStart, tail, vocabulary);
            var last = text.Value.Length == 0 ? stream.Map[start.Position] : text.Map[^1];
            var origin = stream.Map[start.Position];
            paragraphs.Add(new Paragraph(start.Number, CurrentPath(), text, new OriginalSpan(origin, last + 1), start.Part, pageOf(origin)));
            if (cut < end)
            {
                AddHeadings(tail, cut);
                AddRegion(cut, end);
            }
            else
            {
                AddHeadings(tail, end);
            }
        }

        return (headings, paragraphs);
    }

    [GeneratedRegex(@"\n[ \t\u00A0]*\r?\n")]
    private static partial Regex BlankLine();

    /// <summary>Blocks of text separated by blank lines (for text outside numbered paragraphs).</summary>
    private static IEnumerable<(int From, int To)> Blocks(string s, int from, int to)
    {
        var at = from;
        foreach (Match m in BlankLine().Matches(s[..to], from))
        {
            yield return (at, m.Index);
            at = m.Index + m.Length;
        }

        yield return (at, to);
    }

    [GeneratedRegex(@"[A-Za-z]+(?:-[A-Za-z]+)*")]
    private static partial Regex Word();

    private static HashSet<string> Vocabulary(string s)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Word().Matches(s))
        {
            words.Add(m.Value);
        }

        return words;
    }
}

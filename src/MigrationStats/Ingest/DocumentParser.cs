using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// Turns the text of a UN report into a <see cref="ReportDocument"/>: finds the symbol and date,
/// keeps artefacts and footnote markers out of the text, finds the numbered paragraphs and
/// headings, and builds each paragraph's clean text with its map back to the original.
/// </summary>
public static partial class DocumentParser
{
    /// <summary>Parses a document already read into memory.</summary>
    public static ReportDocument Parse(string id, string path, string source, string sha256)
    {
        var lines = SplitLines(source);
        var removed = new bool[source.Length];
        var symbol = FindSymbol(source, lines);
        var artefacts = MarkArtefacts(source, lines, symbol, removed);
        var footnotes = FootnoteFinder.Find(source, removed);
        foreach (var f in footnotes)
        {
            Array.Fill(removed, true, f.Span.Start, f.Span.Length);
        }

        var stream = Stream.Build(source, removed);
        var warnings = ImmutableArray.CreateBuilder<IngestWarning>();
        var starts = FindParagraphStarts(stream.Text, warnings);
        var (headings, paragraphs) = Segment(stream, starts);
        if (paragraphs.Count == 0)
        {
            warnings.Add(new IngestWarning("no-text", "no body text found"));
        }

        return new ReportDocument(
            id,
            path,
            source,
            sha256,
            symbol,
            FindDate(stream.Text),
            headings.ToImmutableArray(),
            paragraphs.ToImmutableArray(),
            footnotes,
            artefacts,
            warnings.ToImmutable());
    }

    // ---- lines, symbol, artefacts -------------------------------------------------------------

    private readonly record struct Line(int Start, int End, int Next)
    {
        public int Length => End - Start;
    }

    private static List<Line> SplitLines(string s)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n')
            {
                var end = i > start && s[i - 1] == '\r' ? i - 1 : i;
                lines.Add(new Line(start, end, i + 1));
                start = i + 1;
            }
        }

        if (start < s.Length)
        {
            lines.Add(new Line(start, s.Length, s.Length));
        }

        return lines;
    }

    /// <summary>
    /// The document's own symbol: the one that running heads show at the start of lines (the
    /// most frequent). Symbols cited inside sentences are references, not the document's own.
    /// </summary>
    private static string? FindSymbol(string source, List<Line> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = source.AsSpan(line.Start, line.Length).Trim().ToString();
            var head = Artefacts.ClassifyLine(text) == ArtefactKind.RunningHead
                ? RunningHeadSymbol().Match(text).Value
                : Artefacts.LeadingSymbolOf(text) ?? (i < 10 ? MastheadSymbol(text) : null);
            if (head is null || head.Length == 0)
            {
                continue;
            }

            if (!counts.TryAdd(head, 1))
            {
                counts[head]++;
            }
            else
            {
                first.Add(head);
            }
        }

        return first.OrderByDescending(s => counts[s]).FirstOrDefault();
    }

    [GeneratedRegex(Artefacts.SymbolPattern)]
    private static partial Regex RunningHeadSymbol();

    [GeneratedRegex(@"^United Nations\s+(?<sym>" + Artefacts.SymbolPattern + @")")]
    private static partial Regex Masthead();

    /// <summary>The symbol on the masthead line of a report's first page ("United Nations A/59/325").</summary>
    private static string? MastheadSymbol(string line)
    {
        var m = Masthead().Match(line);
        return m.Success && Artefacts.IsSymbol(m.Groups["sym"].Value) ? m.Groups["sym"].Value : null;
    }

    private static ImmutableArray<Artefact> MarkArtefacts(string source, List<Line> lines, string? symbol, bool[] removed)
    {
        var found = ImmutableArray.CreateBuilder<Artefact>();
        var kinds = new ArtefactKind?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var raw = source.Substring(line.Start, line.Length);
            var trimmed = raw.Trim();
            kinds[i] = Artefacts.ClassifyLine(trimmed);
            if (kinds[i] is { } kind)
            {
                var lead = raw.Length - raw.TrimStart().Length;
                found.Add(new Artefact(kind, new OriginalSpan(line.Start + lead, line.Start + lead + trimmed.Length), trimmed));
                continue;
            }

            if (line.Length < Artefacts.PageLineLength)
            {
                continue;
            }

            // A whole page on one line: its running head leads, its page number trails.
            var head = symbol is null ? 0 : Artefacts.PageLineHeadLength(raw, symbol);
            if (head > 0)
            {
                Array.Fill(removed, true, line.Start, head);
                found.Add(new Artefact(ArtefactKind.RunningHead, new OriginalSpan(line.Start, line.Start + head), raw[..head].Trim()));
            }

            var tail = Artefacts.PageLineTailLength(raw);
            if (tail > 0)
            {
                Array.Fill(removed, true, line.End - tail, tail);
                found.Add(new Artefact(ArtefactKind.PageNumber, new OriginalSpan(line.End - tail, line.End), raw[^tail..].Trim()));
            }
        }

        MarkFootnoteText(source, lines, kinds, found);

        // A page break: artefact lines and the blank lines around them go as one block, so the
        // text on either side joins as if the break were one line break.
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] is null)
            {
                continue;
            }

            var first = i;
            while (first > 0 && IsBlank(source, lines[first - 1]))
            {
                first--;
            }

            var last = i;
            while (last + 1 < lines.Count && (kinds[last + 1] is not null || IsBlank(source, lines[last + 1])))
            {
                last++;
            }

            var from = first == 0 ? 0 : lines[first].Start;
            Array.Fill(removed, true, from, lines[last].Next - from);
            i = last;
        }

        return found.ToImmutable();
    }

    [GeneratedRegex(@"^\s*_{5,}\s*$")]
    private static partial Regex FootnoteSeparator();

    [GeneratedRegex(@"^\s*\d{1,3}\.(?:\s|$)")]
    private static partial Regex ParagraphStartLine();

    /// <summary>
    /// Footnote text at the foot of a page: from a separator line of underscores to the page's
    /// footer (or, without one, to a blank line before the next numbered paragraph).
    /// </summary>
    private static void MarkFootnoteText(string source, List<Line> lines, ArtefactKind?[] kinds, ImmutableArray<Artefact>.Builder found)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] is not null || !FootnoteSeparator().IsMatch(source.AsSpan(lines[i].Start, lines[i].Length).ToString()))
            {
                continue;
            }

            var last = i;
            for (var j = i + 1; j < lines.Count && kinds[j] is null; j++)
            {
                if (IsBlank(source, lines[j]))
                {
                    var next = j + 1;
                    while (next < lines.Count && IsBlank(source, lines[next]))
                    {
                        next++;
                    }

                    if (next >= lines.Count || kinds[next] is not null || ParagraphStartLine().IsMatch(source.AsSpan(lines[next].Start, lines[next].Length).ToString()))
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

            var text = source[lines[i + (last > i ? 1 : 0)].Start..lines[last].End].Trim();
            found.Add(new Artefact(ArtefactKind.FootnoteText, new OriginalSpan(lines[i].Start, lines[last].End), text.Length > 60 ? text[..60] + "…" : text));
            i = last;
        }
    }

    private static bool IsBlank(string source, Line line) => source.AsSpan(line.Start, line.Length).IsWhiteSpace();

    // ---- the stream: original text less removed characters ----------------------------------

    /// <summary>The original text with artefacts and footnote markers taken out; line breaks kept.</summary>
    internal sealed class Stream
    {
        private Stream(string text, int[] map)
        {
            Text = text;
            Map = map;
        }

        public string Text { get; }

        /// <summary>Original offset of each stream character.</summary>
        public int[] Map { get; }

        public static Stream Build(string source, bool[] removed)
        {
            var sb = new StringBuilder(source.Length);
            var map = new List<int>(source.Length);
            for (var i = 0; i < source.Length; i++)
            {
                if (!removed[i])
                {
                    sb.Append(source[i]);
                    map.Add(i);
                }
            }

            return new Stream(sb.ToString(), map.ToArray());
        }
    }

    // ---- paragraphs ---------------------------------------------------------------------------

    private readonly record struct Start(int Number, int Position, int TextStart, bool LineStart);

    [GeneratedRegex(@"(?m)^[ \t\u00A0]*(?<n>\d{1,3})\.(?:[ \t\u00A0]+(?=\S)|[ \t\u00A0]*\r?$)")]
    private static partial Regex LineStartNumber();

    [GeneratedRegex(@"(?<=(?<punct>[.!?:;”""’)\]]\d{0,3})?[ \t\u00A0]+)(?<n>\d{1,3})\.[ \t\u00A0]+(?=[“""‘(]?[A-Z])")]
    private static partial Regex MidLineNumber();

    private static List<Start> FindParagraphStarts(string s, ImmutableArray<IngestWarning>.Builder warnings)
    {
        var candidates = new List<(Start Start, double Weight)>();
        foreach (Match m in LineStartNumber().Matches(s))
        {
            var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var textStart = SkipWhite(s, m.Index + m.Length);
            if (textStart >= s.Length)
            {
                continue;
            }

            var start = new Start(number, m.Groups["n"].Index, textStart, true);
            candidates.Add((start, LooksLikeHeading(s, textStart) ? 0.2 : 1.0));
        }

        // Mid-line numbers (a page on one line): after a sentence end they are likely paragraphs;
        // after a word (the end of a heading) less so, and only the run of numbers decides.
        foreach (Match m in MidLineNumber().Matches(s))
        {
            if (!IsLineStart(s, m.Index))
            {
                var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                candidates.Add((new Start(number, m.Index, m.Index + m.Length, false), m.Groups["punct"].Success ? 0.9 : 0.6));
            }
        }

        candidates.Sort((a, b) => a.Start.Position.CompareTo(b.Start.Position));
        var chain = NumberChain.Best(candidates.Select(c => new NumberChain.Candidate(c.Start.Number, c.Weight)).ToList(), maxGap: 4, gapPenalty: 1.5)
            .Select(i => candidates[i].Start)
            .ToList();
        if (chain.Count < 2 && !(chain.Count == 1 && chain[0].Number == 1 && chain[0].LineStart))
        {
            return [];
        }

        for (var i = 1; i < chain.Count; i++)
        {
            var (a, b) = (chain[i - 1], chain[i]);
            if (b.Number > a.Number + 1)
            {
                var missing = a.Number + 1 == b.Number - 1 ? $"{a.Number + 1} is" : $"{a.Number + 1}-{b.Number - 1} are";
                warnings.Add(new IngestWarning("paragraph-gap", $"paragraph numbering jumps from {a.Number} to {b.Number} ({missing} missing)"));
            }

            var repeated = candidates.Any(c => c.Weight >= 1.0 && c.Start.Number == a.Number && c.Start.Position > a.Position && c.Start.Position < b.Position);
            if (repeated)
            {
                warnings.Add(new IngestWarning("paragraph-repeat", $"paragraph number {a.Number} appears twice"));
            }
        }

        return chain;
    }

    private static int SkipWhite(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsLineStart(string s, int i)
    {
        while (i > 0 && s[i - 1] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        return i == 0 || s[i - 1] == '\n';
    }

    /// <summary>
    /// A numbered line that is a sub-heading: a short block (up to three lines, up to a blank
    /// line) that does not end like a sentence.
    /// </summary>
    private static bool LooksLikeHeading(string s, int textStart)
    {
        var blank = BlankLine().Match(s, textStart);
        var end = blank.Success ? blank.Index : s.Length;
        var block = s[textStart..end].TrimEnd();
        var lineCount = block.Count(c => c == '\n') + 1;
        return block.Length < 250 && lineCount <= 3 && block.Length > 0 && !".;:,!?".Contains(block[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\n[ \t\u00A0]*\r?\n")]
    private static partial Regex BlankLine();

    // ---- headings and segmentation ------------------------------------------------------------

    /// <summary>A heading label: roman numeral, capital letter or small number, then a full stop.</summary>
    [GeneratedRegex(@"(?<=^|\s)(?<label>[IVX]{1,5}|[A-Z]|\d{1,2})\.(?=\s+[“""(]?[A-Z])")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"[.!?][”""’)]?\s")]
    private static partial Regex SentenceEnd();

    private static (List<Heading> Headings, List<Paragraph> Paragraphs) Segment(Stream stream, List<Start> starts)
    {
        var s = stream.Text;
        var vocabulary = Vocabulary(s);
        var headings = new List<Heading>();
        var paragraphs = new List<Paragraph>();
        var path = new List<Heading>();

        void AddHeadings(int from, int to)
        {
            foreach (var h in SplitHeadings(stream, from, to, vocabulary))
            {
                headings.Add(h);
                path.RemoveAll(p => p.Level >= h.Level);
                path.Add(h);
            }
        }

        ImmutableArray<string> CurrentPath() => path.Select(h => h.Display).ToImmutableArray();

        var frontEnd = starts.Count > 0 ? starts[0].Position : s.Length;
        var frontTail = HeadingTail(s, 0, frontEnd);
        foreach (var (from, to) in Blocks(s, 0, frontTail))
        {
            var text = CleanTextBuilder.Build(stream, from, to, vocabulary);
            if (text.Value.Length > 0)
            {
                paragraphs.Add(new Paragraph(null, CurrentPath(), text, text.ToOriginal(0, text.Value.Length)));
            }
        }

        AddHeadings(frontTail, frontEnd);
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Position : s.Length;
            var tail = HeadingTail(s, start.TextStart, end);
            var text = CleanTextBuilder.Build(stream, start.TextStart, tail, vocabulary);
            var last = text.Value.Length == 0 ? start.Position : text.Map[^1];
            paragraphs.Add(new Paragraph(start.Number, CurrentPath(), text, new OriginalSpan(stream.Map[start.Position], last + 1)));
            AddHeadings(tail, end);
        }

        return (headings, paragraphs);
    }

    /// <summary>
    /// Where the headings at the end of a region begin (the region's end when there are none):
    /// the earliest heading label after a sentence end or a line break from which the rest of the
    /// region is short and holds no sentence.
    /// </summary>
    private static int HeadingTail(string s, int from, int to)
    {
        foreach (Match m in HeadingMarker().Matches(s[..to], from))
        {
            if (!AfterBreak(s, m.Index, from))
            {
                continue;
            }

            var rest = s[m.Index..to];
            if (rest.Length > 600)
            {
                continue;
            }

            var titles = HeadingMarker().Replace(rest, " ").Trim();
            if (titles.Length > 0 && !".;:,!?".Contains(titles[^1], StringComparison.Ordinal) && !SentenceEnd().IsMatch(titles))
            {
                return m.Index;
            }
        }

        return to;
    }

    /// <summary>True when position i starts a line or follows the end of a sentence.</summary>
    private static bool AfterBreak(string s, int i, int regionStart)
    {
        if (i == regionStart || IsLineStart(s, i))
        {
            return true;
        }

        var j = i;
        while (j > regionStart && char.IsWhiteSpace(s[j - 1]))
        {
            j--;
        }

        return j > regionStart && j < i && ".!?:;”\"’)]".Contains(s[j - 1], StringComparison.Ordinal);
    }

    private static IEnumerable<Heading> SplitHeadings(Stream stream, int from, int to, HashSet<string> vocabulary)
    {
        var s = stream.Text;
        var markers = HeadingMarker().Matches(s[..to], from).Where(m => m.Index == from || char.IsWhiteSpace(s[m.Index - 1])).ToList();
        for (var i = 0; i < markers.Count; i++)
        {
            var m = markers[i];
            var end = i + 1 < markers.Count ? markers[i + 1].Index : to;
            var title = CleanTextBuilder.Build(stream, m.Index + m.Length, end, vocabulary);
            if (title.Value.Length == 0)
            {
                continue;
            }

            var label = m.Groups["label"].Value;
            var level = char.IsAsciiDigit(label[0]) ? 3 : label.All(c => c is 'I' or 'V' or 'X') ? 1 : 2;
            yield return new Heading(label, title.Value, level, new OriginalSpan(stream.Map[m.Index], title.Map[^1] + 1));
        }
    }

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

    // ---- date ---------------------------------------------------------------------------------

    [GeneratedRegex(@"Distr\.?\s*:?\s*(?:General|Limited|Restricted)\s+(?<date>\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})")]
    private static partial Regex DistributionDate();

    private static DateOnly? FindDate(string s)
    {
        var m = DistributionDate().Match(s);
        return m.Success && DateOnly.TryParseExact(Regex.Replace(m.Groups["date"].Value, @"\s+", " "), "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
    }
}

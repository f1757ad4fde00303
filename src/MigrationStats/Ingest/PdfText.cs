using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace MigrationStats.Ingest;

/// <summary>
/// The text of a PDF's text layer (PdfPig), laid out as pdftotext lays it out so that the text
/// reading serves both, with the layout plain text loses. A page's words are grouped into lines by
/// baseline; a two-column page is read column by column; words are ordered left to right, and a
/// wide gap inside a line (a table's column, the indent after a paragraph number, a page number
/// beside a job number) starts a new line, as pdftotext does; a blank line marks a vertical gap
/// larger than a line; a form feed separates pages. Each line keeps its layout (indent, font size,
/// distance from the page's top, a raised first mark), each raised run of small letters (a footnote
/// marker) its span, and each character its glyph's box. PdfPig types stay inside this class.
/// </summary>
internal static class PdfText
{
    /// <summary>Share of a line's height two words' baselines may differ by and still be one line.</summary>
    private const double SameLine = 0.5;

    /// <summary>A gap between lines larger than this many line heights is a blank line.</summary>
    private const double BlankLine = 0.9;

    /// <summary>A horizontal gap wider than this many font sizes inside a line starts a new line.</summary>
    private const double WideGap = 1.6;

    /// <summary>A letter this much smaller than its line's type ...</summary>
    private const double RaisedSize = 0.85;

    /// <summary>... whose baseline is this share of the line's font size above the line's is raised.</summary>
    private const double RaisedShift = 0.2;

    /// <summary>Narrowest gutter between two columns, in points.</summary>
    private const double MinGutter = 12;

    /// <summary>True when the bytes start like a PDF file ("%PDF-").</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes.IndexOf("%PDF-"u8) is >= 0 and < 1024;

    /// <summary>
    /// The text of every page, joined by form feeds, with its layout and the file's metadata. Throws
    /// <see cref="InputException"/> for a file that is not a PDF, an encrypted or damaged PDF, and a
    /// PDF without a text layer (a scan).
    /// </summary>
    public static PdfReading Extract(string path, byte[] bytes)
    {
        if (!LooksLikePdf(bytes))
        {
            throw new InputException(path, InputErrors.NotPdf);
        }

        try
        {
            using var document = PdfDocument.Open(bytes);
            var writer = new Writer();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                writer.Page(page.Number, page.Height, PageLines(page));
            }

            if (letters == 0)
            {
                throw new InputException(path, InputErrors.NoTextLayer(document.NumberOfPages));
            }

            var info = document.Information;
            return writer.Finish(new FileMetadata(Clean(info.Title), Clean(info.Author), Clean(info.Producer), CreationDate(info.CreationDate)), document.NumberOfPages);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InputException(path, InputErrors.Encrypted);
        }
        catch (Exception e) when (e is not InputException and (PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or InvalidCastException or KeyNotFoundException or EndOfStreamException or OverflowException))
        {
            throw new InputException(path, InputErrors.DamagedPdf(e.Message));
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>"D:20040820175636-04'00'" is 20 August 2004; anything else is no date.</summary>
    internal static DateOnly? CreationDate(string? value)
    {
        var s = value?.Trim() ?? string.Empty;
        if (s.StartsWith("D:", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        return s.Length >= 8 && DateOnly.TryParseExact(s[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    // ---- lines ----------------------------------------------------------------------------------

    /// <summary>A run of words on one baseline with no wide gap: one line of the output.</summary>
    private sealed record Chunk(IReadOnlyList<Word> Words, double Baseline, double Size);

    /// <summary>The page's lines in reading order: a list per baseline band, with the chunks left to right.</summary>
    private static List<List<Chunk>> PageLines(Page page)
    {
        // Rotated words (a map's labels, a margin's stamp) are not the report's lines.
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0 && w.TextOrientation == TextOrientation.Horizontal).ToList();
        if (Gutter(words, page.Width) is { } gutter)
        {
            // Lines that cross the gutter (a title over both columns) stay where they are; the rest
            // of the page is read as the left column, then the right one.
            var lines = Lines(words);
            var crossing = lines.Where(l => l.Any(w => w.BoundingBox.Left < gutter && w.BoundingBox.Right > gutter)).ToList();
            var top = crossing.Where(l => Baseline(l[0]) > lines.Where(x => !crossing.Contains(x)).Select(x => Baseline(x[0])).DefaultIfEmpty(double.MinValue).Max()).ToList();
            var columns = lines.Where(l => !top.Contains(l)).SelectMany(l => l).ToList();
            var left = Lines(columns.Where(w => w.BoundingBox.Left < gutter).ToList());
            var right = Lines(columns.Where(w => w.BoundingBox.Left >= gutter).ToList());
            return top.Concat(left).Concat(right).Select(Chunks).ToList();
        }

        return Lines(words).Select(Chunks).ToList();
    }

    private static double Baseline(Word w) => w.Letters[0].StartBaseLine.Y;

    private static double Size(Word w) => Math.Max(1, w.Letters.Max(l => l.PointSize));

    /// <summary>Words grouped by baseline, top to bottom, each line left to right.</summary>
    private static List<List<Word>> Lines(List<Word> words)
    {
        var lines = new List<(double Baseline, double Height, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Size(word);
            var y = Baseline(word);
            var line = lines.FindLastIndex(l => Math.Abs(l.Baseline - y) <= SameLine * Math.Max(height, l.Height));
            if (line >= 0 && line >= lines.Count - 3)
            {
                lines[line].Words.Add(word);
            }
            else
            {
                lines.Add((y, height, [word]));
            }
        }

        return lines.OrderByDescending(l => l.Baseline).Select(l => l.Words.OrderBy(w => w.BoundingBox.Left).ToList()).ToList();
    }

    /// <summary>A line cut at its wide gaps.</summary>
    private static List<Chunk> Chunks(List<Word> line)
    {
        var size = DominantSize(line.SelectMany(w => w.Letters));
        var baseline = line.SelectMany(w => w.Letters).Where(l => Math.Abs(l.PointSize - size) < 0.5).Select(l => l.StartBaseLine.Y).DefaultIfEmpty(Baseline(line[0])).Order().ToList() is var ys ? ys[ys.Count / 2] : 0;
        var chunks = new List<Chunk>();
        var current = new List<Word> { line[0] };
        for (var i = 1; i < line.Count; i++)
        {
            if (line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right > WideGap * size)
            {
                chunks.Add(new Chunk(current, baseline, size));
                current = [];
            }

            current.Add(line[i]);
        }

        chunks.Add(new Chunk(current, baseline, size));
        return chunks;
    }

    /// <summary>The font size most of the letters have.</summary>
    private static double DominantSize(IEnumerable<Letter> letters) =>
        letters.GroupBy(l => Math.Round(l.PointSize * 2) / 2).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault(10);

    /// <summary>
    /// The x of a gutter that splits the page into two columns of prose: a vertical band at least
    /// <see cref="MinGutter"/> wide in the page's middle third that no word crosses on most lines,
    /// with several words on both sides of it on at least ten lines.
    /// </summary>
    private static double? Gutter(List<Word> words, double width)
    {
        if (words.Count < 100)
        {
            return null;
        }

        var lines = Lines(words);
        double? best = null;
        var bestSplit = 0;
        for (var x = width / 3; x <= 2 * width / 3; x += 2)
        {
            var split = 0;
            var crossing = 0;
            foreach (var line in lines)
            {
                if (line.Any(w => w.BoundingBox.Left < x + MinGutter / 2 && w.BoundingBox.Right > x - MinGutter / 2))
                {
                    crossing++;
                }
                else if (line.Count(w => w.BoundingBox.Right <= x) >= 3 && line.Count(w => w.BoundingBox.Left >= x) >= 3)
                {
                    split++;
                }
            }

            if (split >= 10 && split >= 3 * crossing && split > bestSplit)
            {
                (best, bestSplit) = (x, split);
            }
        }

        return best;
    }

    // ---- output ---------------------------------------------------------------------------------

    /// <summary>Builds the text, line by line, with each character's glyph box and each line's layout.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder text = new();
        private readonly List<int> pages = [];
        private readonly List<float> boxes = [];
        private readonly Dictionary<int, LineLayout> lines = [];
        private readonly ImmutableArray<OriginalSpan>.Builder raised = ImmutableArray.CreateBuilder<OriginalSpan>();

        public void Page(int number, double height, List<List<Chunk>> bands)
        {
            double? previousBaseline = null;
            double previousHeight = 0;
            foreach (var band in bands)
            {
                var (baseline, size) = (band[0].Baseline, band[0].Size);
                if (previousBaseline is { } p && p - baseline > (1 + BlankLine) * Math.Max(size, previousHeight))
                {
                    Append('\n', 0);
                }

                for (var i = 0; i < band.Count; i++)
                {
                    // A row of three or more blocks is a table's row: its cells stand apart, one
                    // per line with blank lines between, as pdftotext gives them.
                    if (i > 0 && band.Count >= 3)
                    {
                        Append('\n', 0);
                    }

                    Line(number, height, band[i]);
                }

                if (band.Count >= 3)
                {
                    Append('\n', 0);
                }

                previousBaseline = baseline;
                previousHeight = size;
            }

            Append('\f', 0);
        }

        private void Line(int page, double height, Chunk chunk)
        {
            var start = text.Length;
            var first = true;
            foreach (var word in chunk.Words)
            {
                if (!first)
                {
                    Append(' ', 0);
                }

                first = false;
                var raisedFrom = -1;
                foreach (var letter in word.Letters)
                {
                    // An OCR layer (invisible text over the scan) sizes and places each word as
                    // the scan shows it: its small type and raised words are no typography.
                    var up = letter.RenderingMode != TextRenderingMode.Neither && letter.PointSize <= RaisedSize * chunk.Size && letter.StartBaseLine.Y - chunk.Baseline >= RaisedShift * chunk.Size;
                    if (up && raisedFrom < 0)
                    {
                        raisedFrom = text.Length;
                    }
                    else if (!up && raisedFrom >= 0)
                    {
                        raised.Add(new OriginalSpan(raisedFrom, text.Length));
                        raisedFrom = -1;
                    }

                    var box = letter.BoundingBox;
                    foreach (var c in letter.Value)
                    {
                        Append(c, page, box);
                    }
                }

                if (raisedFrom >= 0)
                {
                    raised.Add(new OriginalSpan(raisedFrom, text.Length));
                }
            }

            var raisedFirst = raised.Count > 0 && raised[^1].Start == start;
            lines[start] = new LineLayout(chunk.Words[0].BoundingBox.Left, chunk.Size, height - chunk.Baseline, raisedFirst);
            Append('\n', 0);
        }

        private void Append(char c, int page, PdfRectangle? box = null)
        {
            text.Append(c);
            pages.Add(page);
            if (box is { } b)
            {
                boxes.AddRange([(float)b.Left, (float)b.Bottom, (float)b.Right, (float)b.Top]);
            }
            else
            {
                boxes.AddRange([float.NaN, float.NaN, float.NaN, float.NaN]);
            }
        }

        public PdfReading Finish(FileMetadata metadata, int pageCount) =>
            new(text.ToString(), new SourceLayout(lines, raised.ToImmutable(), pages.ToArray(), boxes.ToArray()), metadata, pageCount);
    }
}

/// <summary>What a PDF's text layer gives.</summary>
/// <param name="Text">The text, laid out as pdftotext lays it out; offsets index into it.</param>
/// <param name="Layout">Line layout, raised marks and glyph boxes of <paramref name="Text"/>.</param>
/// <param name="Metadata">The file's document information.</param>
/// <param name="Pages">Number of pages.</param>
public sealed record PdfReading(string Text, SourceLayout Layout, FileMetadata Metadata, int Pages);

/// <summary>A PDF's document information (each null when the file does not give it).</summary>
/// <param name="Title">The Title entry ("S/2004/669", often a file name or nothing).</param>
/// <param name="Author">The Author entry.</param>
/// <param name="Producer">The program that wrote the file.</param>
/// <param name="Created">The creation date (of the file, which may be a later scan of the report).</param>
public sealed record FileMetadata(string? Title, string? Author, string? Producer, DateOnly? Created);

using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace MigrationStats.Ingest;

/// <summary>
/// The text of a PDF's text layer (PdfPig), laid out as pdftotext lays it out so that the text
/// reading serves both: lines top to bottom by baseline, words left to right, a blank line where
/// the vertical gap between two lines is larger than a line's spacing (a paragraph or block
/// break), and a form feed between pages. PdfPig types stay inside this class.
/// </summary>
internal static class PdfText
{
    /// <summary>Share of a line's height two words' baselines may differ by and still be one line.</summary>
    private const double SameLine = 0.5;

    /// <summary>A gap between lines larger than this many line heights is a blank line.</summary>
    private const double BlankLine = 0.9;

    /// <summary>True when the bytes start like a PDF file ("%PDF-").</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes.IndexOf("%PDF-"u8) is >= 0 and < 1024;

    /// <summary>
    /// The text of every page, joined by form feeds. Throws <see cref="InputException"/> for a file
    /// that is not a PDF, an encrypted or damaged PDF, and a PDF without a text layer (a scan).
    /// </summary>
    public static string Extract(string path, byte[] bytes)
    {
        if (!LooksLikePdf(bytes))
        {
            throw new InputException(path, InputErrors.NotPdf);
        }

        try
        {
            using var document = PdfDocument.Open(bytes);
            var pages = new List<string>();
            var letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                pages.Add(PageText(page));
            }

            if (letters == 0)
            {
                throw new InputException(path, InputErrors.NoTextLayer(pages.Count));
            }

            return string.Join("\f", pages) + "\f";
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

    private static string PageText(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<(double Baseline, double Height, List<Word> Words)>();
        static double Baseline(Word w) => w.Letters.Count > 0 ? w.Letters[0].StartBaseLine.Y : w.BoundingBox.Bottom;
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(1, word.Letters.Count > 0 ? word.Letters.Max(l => l.PointSize) : word.BoundingBox.Height);
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

        var sb = new StringBuilder();
        double? previousBaseline = null;
        double previousHeight = 0;
        foreach (var (baseline, height, lineWords) in lines.OrderByDescending(l => l.Baseline))
        {
            if (previousBaseline is { } p && p - baseline > (1 + BlankLine) * Math.Max(height, previousHeight))
            {
                sb.Append('\n');
            }

            sb.AppendJoin(' ', lineWords.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Append('\n');
            previousBaseline = baseline;
            previousHeight = height;
        }

        return sb.ToString();
    }
}

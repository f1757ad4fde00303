using System.Collections.Immutable;
using MigrationStats.Dataset;
using MigrationStats.Ingest;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace MigrationStats.Tests.Ingest;

/// <summary>The 15 real PDFs with a text layer and their pdftotext text, each read and extracted once for the tests below.</summary>
public sealed class PdfCorpusFixture
{
    public PdfCorpusFixture()
    {
        var pdfs = Directory.GetFiles(SharedData.CorpusPdf, "*.pdf").Order(StringComparer.Ordinal).ToList();
        var (fromPdf, skipped) = Pipeline.ReadBatch(pdfs);
        Skipped = skipped;
        Pdf = fromPdf;
        Text = fromPdf.Select(d => ReportReader.Read(Path.Combine(SharedData.CorpusText, d.Id + ".txt"))).ToImmutableArray();
        PdfData = Pipeline.Extract(Pdf);
        TextData = Pipeline.Extract(Text);
    }

    public ImmutableArray<ReportDocument> Pdf { get; }

    public ImmutableArray<ReportDocument> Text { get; }

    public ImmutableArray<InputException> Skipped { get; }

    public ExtractedDataset PdfData { get; }

    public ExtractedDataset TextData { get; }
}

/// <summary>
/// The PDF reading against the pdftotext reading of the same 15 reports: the same paragraph
/// numbers, at least 95% of the text's figures with the same value and paragraph, no figure in a
/// footnote, a page for every row. Where the two differ because the PDF reading is the better one,
/// the test says where and checks the better reading.
/// </summary>
public class PdfCorpusTests(PdfCorpusFixture corpus) : IClassFixture<PdfCorpusFixture>
{
    /// <summary>Reports whose paragraphs differ, and why the PDF reading is the better one.</summary>
    private static readonly Dictionary<string, string> BetterParagraphs = new(StringComparer.Ordinal)
    {
        // pdftotext sets "1." apart from "Summary" in Annex I, so the text reading takes the
        // annex's numbered headings "1. Summary" and "2. EULEX activities, ..." for paragraphs 1
        // and 2 (paragraph 2 then runs over the whole annex); the PDF keeps each on its line, and
        // the numbering does not take a short title line for a paragraph.
        ["UNMIK_S_2013_72"] = "Annex I's numbered headings are no paragraphs",
    };

    /// <summary>Reports whose figures differ by paragraph because pdftotext scrambles their OCR text layer.</summary>
    private static readonly Dictionary<string, string> BetterFigures = new(StringComparer.Ordinal)
    {
        ["UNMIK_S_2013_72"] = "Annex I's figures stand in no numbered paragraph (see above)",
        // pdftotext breaks the OCR'd lines of paragraph 10 into word columns, so their figures fall in paragraph 9.
        ["UNTAC_S_24090"] = "paragraph 10 kept whole",
        // "r e s o l u t i o n 44110" in pdftotext's text hides the word resolution: the PDF keeps
        // it, so 44110 (resolution 44/10) is no count; and "the five Central American Presidents" is read.
        ["ONUCA_A_44_886_S_21029"] = "resolution 44/10 is no figure",
    };

    private static ImmutableArray<(int? Number, string? Part)> Numbers(ReportDocument d) => d.NumberedParagraphs.Select(p => (p.Number, p.Part)).ToImmutableArray();

    [Fact]
    public void ReadBatch_CorpusPdfFolder_ReadsTheFifteenAndSkipsTheScan()
    {
        Assert.Equal(15, corpus.Pdf.Length);
        var scan = Assert.Single(corpus.Skipped);
        Assert.EndsWith("UNIKOM_S_1997_255.pdf", scan.Path, StringComparison.Ordinal);
        Assert.Equal(InputErrors.NoTextLayer(4), scan.Problem);
    }

    [Fact]
    public void Read_EachPdf_NumbersItsParagraphsAsItsText()
    {
        foreach (var (pdf, text) in corpus.Pdf.Zip(corpus.Text))
        {
            if (BetterParagraphs.ContainsKey(pdf.Id))
            {
                Assert.Equal(Numbers(text).Where(n => n.Part is null), Numbers(pdf).Where(n => n.Part is null));
                continue;
            }

            Assert.True(Numbers(text).SequenceEqual(Numbers(pdf)), $"{pdf.Id}: text {string.Join(",", Numbers(text))} pdf {string.Join(",", Numbers(pdf))}");
        }
    }

    [Fact]
    public void Read_UnmikAnnexHeadings_AreNoParagraphsFromThePdf()
    {
        var pdf = corpus.Pdf.Single(d => d.Id == "UNMIK_S_2013_72");
        var text = corpus.Text.Single(d => d.Id == "UNMIK_S_2013_72");

        Assert.Equal([1, 2], text.NumberedParagraphs.Where(p => p.Part == "Annex I").Select(p => p.Number));
        Assert.DoesNotContain(pdf.NumberedParagraphs, p => p.Part == "Annex I");
        Assert.Contains(pdf.Source.Split('\n'), l => l == "1. Summary");
    }

    [Fact]
    public void Extract_EachPdf_FindsAtLeast95PercentOfTheTextsFiguresWithTheSameValueAndParagraph()
    {
        foreach (var text in corpus.Text)
        {
            var expected = corpus.TextData.Figures.Where(f => f.Source.Document == text.Id).Select(f => (f.Value, f.Source.Paragraph)).ToList();
            var found = corpus.PdfData.Figures.Where(f => f.Source.Document == text.Id).Select(f => (f.Value, f.Source.Paragraph)).ToList();
            var same = expected.Count(e => found.Remove(e));
            var share = expected.Count == 0 ? 1 : (double)same / expected.Count;
            if (!BetterFigures.ContainsKey(text.Id))
            {
                Assert.True(share >= 0.95, $"{text.Id}: {same} of {expected.Count} figures found from the PDF ({share:P0})");
            }
        }
    }

    [Fact]
    public void Extract_PdfsTheTextReadsWorse_GiveTheBetterReading()
    {
        var figures = corpus.PdfData.Figures;
        Assert.Contains(figures, f => f.Source.Document == "UNTAC_S_24090" && f.Value == 10000 && f.Source.Paragraph == 10);
        Assert.DoesNotContain(figures, f => f.Source.Document == "ONUCA_A_44_886_S_21029" && f.Value == 44110);
        Assert.Contains(corpus.TextData.Figures, f => f.Source.Document == "ONUCA_A_44_886_S_21029" && f.Value == 44110);
        Assert.Contains(figures, f => f.Source.Document == "UNMIK_S_2018_407" && f.Value == 38 && f.Source.Paragraph == 33);
        Assert.Contains(figures, f => f.Source.Document == "UNMIK_S_2016_666" && f.Value == 34 && f.Unit == "persons");
    }

    [Fact]
    public void Extract_EveryPdfRow_HasAPageAndItsQuoteAtItsOffsets()
    {
        var sources = corpus.Pdf.ToDictionary(d => d.Id, d => d);
        var rows = corpus.PdfData.Figures.Select(f => f.Source).Concat(corpus.PdfData.Dates.Select(d => d.Source)).ToList();

        Assert.True(rows.Count > 2000, $"{rows.Count} rows");
        Assert.All(rows, r =>
        {
            Assert.NotNull(r.Page);
            Assert.Equal(r.Quote, sources[r.Document].Source[r.CharStart..r.CharEnd]);
            Assert.Equal(r.Page, r.Box?.Page ?? r.Page);
        });
        Assert.True(rows.Count(r => r.Box is not null) > 0.99 * rows.Count);
    }

    /// <summary>The letters PdfPig finds inside a figure's box spell its number: the box is where the quote is printed.</summary>
    [Fact]
    public void Extract_PdfFigureBox_HoldsTheLettersOfItsNumber()
    {
        var checkedFigures = 0;
        foreach (var doc in corpus.Pdf)
        {
            using var pdf = PdfDocument.Open(doc.FilePath);
            var sample = corpus.PdfData.Figures.Where(f => f.Source.Document == doc.Id && f.Source.Box is not null && !f.Source.Quote.Contains('\n') && f.Source.Quote.Any(char.IsAsciiDigit)).Take(20);
            foreach (var f in sample)
            {
                var box = f.Source.Box!.Value;
                var inside = pdf.GetPage(box.Page).Letters
                    .Where(l => l.BoundingBox.Centroid.X >= box.Left && l.BoundingBox.Centroid.X <= box.Right && l.BoundingBox.Centroid.Y >= box.Bottom && l.BoundingBox.Centroid.Y <= box.Top)
                    .OrderBy(l => l.StartBaseLine.X).Select(l => l.Value);
                var digits = new string(f.Source.Quote.Where(char.IsAsciiDigit).ToArray());
                Assert.Contains(digits, new string(string.Concat(inside).Where(char.IsAsciiDigit).ToArray()), StringComparison.Ordinal);
                checkedFigures++;
            }
        }

        Assert.True(checkedFigures > 200, $"{checkedFigures} figures checked");
    }

    /// <summary>
    /// Footnote glyphs, told apart by PdfPig's letters alone: type smaller than the page's body
    /// that stands below the page's last line of body type, or small type raised above its
    /// neighbours' baseline. No figure outside a table may hold one.
    /// </summary>
    [Fact]
    public void Extract_FifteenPdfs_NoFigureInAFootnoteOrAMarker()
    {
        var offenders = new List<string>();
        var checkedPages = 0;
        foreach (var doc in corpus.Pdf)
        {
            using var pdf = PdfDocument.Open(doc.FilePath);
            var footnoteBoxes = new List<(int Page, UglyToad.PdfPig.Core.PdfRectangle Box)>();
            foreach (var page in pdf.GetPages())
            {
                var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                if (letters.Count == 0)
                {
                    continue;
                }

                var sizes = letters.GroupBy(l => Math.Round(l.PointSize)).MaxBy(g => g.Count())!;
                var body = sizes.Key;
                if (sizes.Count() < letters.Count / 2 || letters.Count(l => l.RenderingMode == TextRenderingMode.Neither) > letters.Count / 2)
                {
                    // An OCR layer (invisible text over a scan) sizes each word by its height in the scan: no body type to compare with.
                    continue;
                }

                checkedPages++;
                var lowestBody = letters.Where(l => Math.Round(l.PointSize) >= body).Min(l => l.StartBaseLine.Y);
                foreach (var l in letters)
                {
                    var small = l.PointSize < 0.9 * body;
                    var below = l.StartBaseLine.Y < lowestBody - 1;
                    var raised = small && letters.Any(o => Math.Round(o.PointSize) >= body && o.StartBaseLine.Y < l.StartBaseLine.Y - (0.2 * body) && o.StartBaseLine.Y > l.StartBaseLine.Y - body && Math.Abs(o.StartBaseLine.X - l.StartBaseLine.X) < 3 * body);
                    if (small && (below || raised) && char.IsAsciiDigit(l.Value[0]))
                    {
                        footnoteBoxes.Add((page.Number, l.BoundingBox));
                    }
                }
            }

            foreach (var f in corpus.PdfData.Figures.Where(f => f.Source.Document == doc.Id && f.Cell is null && f.Source.Box is not null))
            {
                var box = f.Source.Box!.Value;
                if (footnoteBoxes.Any(n => n.Page == box.Page && n.Box.Centroid.X > box.Left && n.Box.Centroid.X < box.Right && n.Box.Centroid.Y > box.Bottom && n.Box.Centroid.Y < box.Top))
                {
                    offenders.Add($"{doc.Id} p{box.Page} '{f.Source.Quote}' in '{f.Source.Sentence}'");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
        Assert.True(checkedPages > 140, $"{checkedPages} pages checked");
    }
}

using MigrationStats.Ingest;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MigrationStats.Tests.Ingest;

/// <summary>
/// What the PDF reading takes from the layout, on PDFs written for the case with PdfPig's
/// builder: raised footnote markers, small-type footnotes at a page's foot, two columns, table
/// rows, and each row's page and box.
/// </summary>
public class PdfLayoutTests
{
    private const double Body = 11;

    /// <summary>Writes text on a page and returns where it ends, so that the next run can follow it.</summary>
    private sealed class Page(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font)
    {
        public double Text(string text, double x, double y, double size = Body)
        {
            var letters = page.AddText(text, size, new PdfPoint(x, y), font);
            return letters[^1].EndBaseLine.X;
        }
    }

    private static ReportDocument Read(Action<Page> draw, Action<Page>? second = null)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        draw(new Page(builder.AddPage(595, 842), font));
        if (second is not null)
        {
            second(new Page(builder.AddPage(595, 842), font));
        }

        var dir = Directory.CreateTempSubdirectory("migstats-layout");
        var path = Path.Combine(dir.FullName, "layout.pdf");
        File.WriteAllBytes(path, builder.Build());
        return ReportReader.Read(path);
    }

    private static readonly string[] Filler =
    [
        "The Mission continued to monitor the situation along the line of control",
        "and reported its findings to the parties at their regular meetings held",
        "in the capital, where the representatives of both sides took part in the",
        "discussions on the questions that remain open after the last session.",
    ];

    /// <summary>A page with a raised marker after "2004." in paragraph 1 and its footnote, in small type, at the page's foot.</summary>
    private static void FootnotePage(Page p)
    {
        var y = 760.0;
        var end = p.Text("1. The Mission counted 120 military observers in May 2004.", 72, y);
        p.Text("3", end + 0.5, y + 4, 6.5);
        foreach (var line in Filler)
        {
            y -= 14;
            p.Text(line, 72, y);
        }

        y -= 14;
        p.Text("2. In 2005, the courts filed 70 indictments; 34 persons were convicted.", 72, y);
        foreach (var line in Filler)
        {
            y -= 14;
            p.Text(line, 72, y);
        }

        p.Text("3", 72, 104, 6);
        p.Text("See the report of 45 pages issued in 1999 and its 12 annexes.", 78, 100, 8.5);
        p.Text("2", 290, 60, 9);
    }

    [Fact]
    public void Read_RaisedNumberAfterASentence_IsAFootnoteMarkerAndNotText()
    {
        var doc = Read(FootnotePage);

        var marker = Assert.Single(doc.Footnotes);
        Assert.Equal(3, marker.Number);
        Assert.Equal("3", doc.Source[marker.Span.Start..marker.Span.End]);
        Assert.DoesNotContain("20043", doc.Paragraphs.Single(p => p.Number == 1).Text.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SmallTypeAtThePageFootWithARaisedMark_IsFootnoteTextWithNoFigures()
    {
        var doc = Read(FootnotePage);
        var data = Pipeline.Extract([doc]);

        var note = Assert.Single(doc.Artefacts, a => a.Kind == ArtefactKind.FootnoteText);
        Assert.StartsWith("3 See the report of 45 pages", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(data.Figures, f => f.Value is 45 or 12);
        Assert.Contains(data.Figures, f => f.Value == 120 && f.Source.Paragraph == 1);
    }

    [Fact]
    public void Extract_NumberSetApartOnTheBaseline_IsAFigureNotAMarker()
    {
        var data = Pipeline.Extract([Read(FootnotePage)]);

        Assert.Contains(data.Figures, f => f.Value == 34 && f.Source.Paragraph == 2 && f.Unit == "persons");
    }

    [Fact]
    public void Extract_PdfFigure_HasItsPageAndABoxAroundItsGlyphs()
    {
        var data = Pipeline.Extract([Read(p => p.Text("1. Some text before the page ends, written in full for the reader.", 72, 760), FootnotePage)]);

        var figure = data.Figures.Single(f => f.Value == 120);
        Assert.Equal(2, figure.Source.Page);
        var box = Assert.NotNull(figure.Source.Box);
        Assert.Equal(2, box.Page);
        Assert.InRange(box.Bottom, 755, 765);
        Assert.InRange(box.Left, 150, 300);
        Assert.True(box.Right > box.Left && box.Top > box.Bottom, box.Display);
    }

    [Fact]
    public void Read_TwoColumnPage_ReadsTheLeftColumnBeforeTheRight()
    {
        var doc = Read(p =>
        {
            p.Text("Report of the Secretary-General on the situation across both columns here", 72, 790);
            for (var i = 1; i <= 30; i++)
            {
                p.Text($"left line {i} of the first column text", 50, 760 - (i * 14), 10);
                p.Text($"right line {i} of the second column text", 320, 760 - (i * 14), 10);
            }
        });

        var s = doc.Source;
        Assert.True(s.IndexOf("left line 30 ", StringComparison.Ordinal) < s.IndexOf("right line 1 ", StringComparison.Ordinal));
        Assert.True(s.IndexOf("both columns here", StringComparison.Ordinal) < s.IndexOf("left line 1 ", StringComparison.Ordinal));
        Assert.Contains("left line 2 of the first column text\nleft line 3 ", s, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TableRow_PutsEachCellOnItsOwnLine()
    {
        var doc = Read(p =>
        {
            var y = 700.0;
            foreach (var (country, a, b, total) in new[] { ("Argentina", "1", "-", "1"), ("Australia", "17", "93", "110") })
            {
                p.Text(country, 100, y, 9);
                p.Text(a, 280, y, 9);
                p.Text(b, 340, y, 9);
                p.Text(total, 400, y, 9);
                y -= 16;
            }
        });

        Assert.Contains("Australia\n\n17\n\n93\n\n110\n", doc.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("S/2004/669", "S/2004/669")]
    [InlineData("Microsoft Word - 0446076E.doc", null)]
    [InlineData("Etpu", null)]
    public void Parse_NoSymbolInTheText_TakesThePdfTitleOnlyWhenItIsASymbol(string title, string? expected)
    {
        var document = DocumentParser.Parse("r", "r.pdf", "1. The Council met in May 2004.\n", "0", metadata: new FileMetadata(title, null, null, null));

        Assert.Equal(expected, document.Symbol);
    }

    [Fact]
    public void CreationDate_PdfDateString_IsItsDay()
    {
        Assert.Equal(new DateOnly(2004, 8, 20), PdfText.CreationDate("D:20040820175636-04'00'"));
        Assert.Null(PdfText.CreationDate("Thursday, 18 March, 1999"));
    }
}

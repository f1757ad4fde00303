using System.Text;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;
using MigrationStats.Ingest;

namespace MigrationStats.Tests.Dataset;

/// <summary>
/// The numbered seed re-laid out the ways other reports come (a page per line from a web viewer;
/// paragraph numbers alone on their lines; PDF page heads and footers) must read the same.
/// </summary>
public class LayoutInvarianceTests
{
    private static readonly string Seed = File.ReadAllText(Seeds.PathOf(Seeds.Numbered));

    private static List<(int? Paragraph, string Quote, decimal Value)> Figures(string text)
    {
        var doc = DocumentParser.Parse(Seeds.Numbered, "x.txt", text, "0");
        return Pipeline.Extract([doc]).Figures.Select(f => (f.Source.Paragraph, Regex.Replace(f.Source.Quote, @"\s+", " "), f.Value)).ToList();
    }

    private static string OnePagePerLine(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i += 45)
        {
            var page = string.Join(' ', lines.Skip(i).Take(45).Select(l => l.Trim()).Where(l => l.Length > 0));
            sb.Append($"A/59/325 {page} {(i / 45) + 2}\n\nSelect target paragraph{(i / 45) + 2}\n\n");
        }

        return sb.ToString();
    }

    private static string NumbersAloneWithPageHeads(string text)
    {
        var numbered = Regex.Replace(text, @"(?m)^(\d{1,2})\.\s+(?=[A-Z])", "$1.\n");
        var lines = numbered.Split('\n');
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]).Append('\n');
            if (i % 50 == 49)
            {
                sb.Append($"\n04-49356 {(i / 50) + 2}\n\nA/59/325\n\n");
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void Extract_SeedAsOnePagePerLine_GivesTheSameParagraphsAndFigures()
    {
        var relaid = OnePagePerLine(Seed);

        var doc = DocumentParser.Parse(Seeds.Numbered, "x.txt", relaid, "0");

        Assert.Equal(Enumerable.Range(1, 61), doc.NumberedParagraphs.Select(p => p.Number!.Value));
        Assert.Equal(22, doc.Headings.Length);
        Assert.Equal(Figures(Seed), Figures(relaid));
    }

    [Fact]
    public void Extract_SeedWithNumbersAloneAndPageHeads_GivesTheSameParagraphsAndFigures()
    {
        var relaid = NumbersAloneWithPageHeads(Seed);

        var doc = DocumentParser.Parse(Seeds.Numbered, "x.txt", relaid, "0");

        Assert.Equal(Enumerable.Range(1, 61), doc.NumberedParagraphs.Select(p => p.Number!.Value));
        Assert.Equal("A/59/325", doc.Symbol);
        Assert.Equal(Figures(Seed), Figures(relaid));
    }
}

using System.Text.RegularExpressions;
using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

public class DocumentParserSeedTests
{
    [Fact]
    public void Parse_NumberedSeed_FindsParagraphsOneToSixtyOneInOrder()
    {
        var doc = Seeds.Read(Seeds.Numbered);

        var numbers = doc.NumberedParagraphs.Select(p => p.Number!.Value).ToList();

        Assert.Equal(Enumerable.Range(1, 61), numbers);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_NumberedSeed_FindsEighteenFootnoteMarkersInOrder()
    {
        var doc = Seeds.Read(Seeds.Numbered);

        Assert.Equal(Enumerable.Range(1, 18), doc.Footnotes.Select(f => f.Number));
        Assert.Equal("1", doc.Source[doc.Footnotes[0].Span.Start..doc.Footnotes[0].Span.End]);
        Assert.Equal("Revision,1", doc.Source[(doc.Footnotes[0].Span.Start - 9)..doc.Footnotes[0].Span.End]);
    }

    [Fact]
    public void Parse_NumberedSeed_SubHeadingsAreHeadingsNotParagraphs()
    {
        var doc = Seeds.Read(Seeds.Numbered);

        Assert.Contains(doc.Headings, h => h is { Label: "1", Level: 3, Title: "Department of Economic and Social Affairs" });
        Assert.Contains(doc.Headings, h => h is { Label: "2", Level: 3, Title: "Regional commissions" });
        Assert.Contains(doc.Headings, h => h is { Label: "C", Level: 2, Title: "Specialized agencies" });
        Assert.Equal(5, doc.Headings.Count(h => h.Level == 1));
        var p3 = doc.Paragraphs.Single(p => p.Number == 3);
        Assert.Equal(
            ["II. Recent work of the relevant organizations within the United Nations system in the field of international migration and development", "A. United Nations Secretariat", "1. Department of Economic and Social Affairs"],
            p3.HeadingPath.ToArray());
        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Value.Contains("Regional commissions", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NumberedSeed_CleanTextHasNoFootnoteMarkersOrLineBreaks()
    {
        var p4 = Seeds.Read(Seeds.Numbered).Paragraphs.Single(p => p.Number == 4);

        Assert.Contains("the 2003 Revision, is a compilation", p4.Text.Value, StringComparison.Ordinal);
        Assert.Contains("World Population Policies, 2003, a compilation", p4.Text.Value, StringComparison.Ordinal);
        Assert.EndsWith("from 7 to 21 per cent.", p4.Text.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", p4.Text.Value, StringComparison.Ordinal);
        Assert.StartsWith("The Population Division", p4.Text.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnnumberedSeed_ReadsSymbolAndKeepsArtefactsOut()
    {
        var doc = Seeds.Read(Seeds.Unnumbered);

        Assert.Equal("A/58/275", doc.Symbol);
        Assert.Empty(doc.NumberedParagraphs);
        var text = string.Join(" ", doc.Paragraphs.Select(p => p.Text.Value));
        Assert.DoesNotContain("Select target", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A/58/275", text, StringComparison.Ordinal);
        Assert.EndsWith("programmes. They", text, StringComparison.Ordinal);
        Assert.Contains(doc.Artefacts, a => a is { Kind: ArtefactKind.PageNumber, Text: "3" });
        Assert.Contains(doc.Artefacts, a => a is { Kind: ArtefactKind.ViewerResidue, Text: "Select target paragraph3" });
    }

    [Theory]
    [InlineData(Seeds.Numbered)]
    [InlineData(Seeds.Unnumbered)]
    public void CleanText_EveryWord_MapsBackToTheSameWordInTheOriginal(string id)
    {
        var doc = Seeds.Read(id);
        var checkedWords = 0;
        foreach (var paragraph in doc.Paragraphs)
        {
            var clean = paragraph.Text;
            Assert.Equal(clean.Value.Length, clean.Map.Length);
            foreach (Match word in Regex.Matches(clean.Value, @"[^\s]+"))
            {
                var span = clean.ToOriginal(word.Index, word.Index + word.Length);
                var original = doc.Source[span.Start..span.End];
                // A word joined across a line break keeps the break (and a dropped hyphen) in
                // its original span; every other character is the same.
                var hyphenKept = Regex.Replace(original, @"\r?\n\s*", string.Empty);
                var hyphenDropped = Regex.Replace(original, @"-\r?\n\s*", string.Empty);
                Assert.Contains(word.Value, new[] { hyphenKept, hyphenDropped });
                checkedWords++;
            }

            for (var i = 1; i < clean.Map.Length; i++)
            {
                Assert.True(clean.Map[i] > clean.Map[i - 1]);
            }
        }

        Assert.True(checkedWords > 400, $"only {checkedWords} words checked");
    }
}

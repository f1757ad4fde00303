using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Headings between paragraphs: labelled, markdown, and the annex heading where numbering restarts.</summary>
public class HeadingFinderTests
{
    [Fact]
    public void Parse_MarkdownHeadings_AreHeadingsWithoutHashes()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Markdown));

        Assert.Equal([("I", "Introduction", 1), ("II", "Follow-up", 1)], doc.Headings.Select(h => (h.Label, h.Title, h.Level)));
        Assert.Equal(["I. Introduction"], doc.Paragraphs.Single(p => p.Number == 13).HeadingPath.ToArray());
        Assert.Equal(["II. Follow-up"], doc.Paragraphs.Single(p => p.Number == 14).HeadingPath.ToArray());
    }

    [Fact]
    public void Parse_HeadingAtParagraphTail_IsCutFromTheParagraph()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Markdown));

        Assert.Equal("The Commission recommended that States should consider the interests of migrants in their national development plans.", Layout.TextOf(doc, 13));
        var heading = doc.Headings[1];
        Assert.Equal("II. Follow-up", doc.Source[heading.Span.Start..heading.Span.End]);
    }

    [Fact]
    public void Parse_AnnexHeading_IsNotInTheLastBodyParagraph()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Annex));

        Assert.Equal("The replies are reproduced in the annex to the present report.", Layout.TextOf(doc, 4));
        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Value.Contains("Annex I", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1. The report ends here.\n\nII. Trends in migration\n\n", "II. Trends in migration\n\n")]
    [InlineData("1. The report ends here.\n\nII.\nTrends in migration\n\nA. Migration facts\n", "II.\nTrends in migration\n\nA. Migration facts\n")]
    [InlineData("1. The report ends here. No heading follows.\n", "")]
    [InlineData("1. The report cites A. Smith and B. Jones in its text.\n", "")]
    public void TailStart_RegionEndingInHeadings_StartsAtTheFirstLabel(string region, string tail)
    {
        var start = HeadingFinder.TailStart(region, 3, region.Length, IngestOptions.Default.HeadingTailMaxLength);

        Assert.Equal(tail, region[start..]);
    }

    [Fact]
    public void Split_TwoHeadings_GivesLabelsTitlesAndLevels()
    {
        const string text = "II.\nTrends in international\nmigration\n\nA. Migration facts\n";
        var stream = TextStream.Build(text, new bool[text.Length]);

        var headings = HeadingFinder.Split(stream, 0, text.Length, []).ToList();

        Assert.Equal([("II", "Trends in international migration", 1), ("A", "Migration facts", 2)], headings.Select(h => (h.Label, h.Title, h.Level)));
        Assert.Equal(new OriginalSpan(0, text.IndexOf("\n\nA.", StringComparison.Ordinal)), headings[0].Span);
    }
}

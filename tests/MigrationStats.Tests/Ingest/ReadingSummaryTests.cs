using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>The one-line verdict and counts that <c>inspect</c> shows for each layout.</summary>
public class ReadingSummaryTests
{
    [Theory]
    [InlineData(nameof(LayoutDocuments.Elision), "excerpt: paragraphs 1..8 with 1 jump(s), each at an elision line or a page break")]
    [InlineData(nameof(LayoutDocuments.UnmarkedGap), "check: paragraphs 1..7 with 1 jump(s) that nothing in the text explains")]
    [InlineData(nameof(LayoutDocuments.Annex), "read cleanly: paragraphs 1..4; numbering restarts in Annex I")]
    [InlineData(nameof(LayoutDocuments.FormFeeds), "read cleanly: paragraphs 1..5")]
    [InlineData(nameof(LayoutDocuments.OcrNoise), "read cleanly: paragraphs 1..10")]
    [InlineData(nameof(LayoutDocuments.Markdown), "check: paragraphs 11..14: the numbering does not start at 1")]
    [InlineData(nameof(LayoutDocuments.WebList), "web copy: the page's list numbers were replaced by the report's own; paragraphs 1..3")]
    public void Of_LayoutDocument_GivesItsVerdict(string name, string verdict)
    {
        Assert.Equal(verdict, ReadingSummary.Of(Layout.Parse(name)).Verdict);
    }

    [Fact]
    public void Of_ElisionDocument_CountsParagraphsBlocksAndFurniture()
    {
        var summary = ReadingSummary.Of(Layout.Parse(nameof(LayoutDocuments.Elision)));

        Assert.Equal((4, 1, 1), (summary.NumberedParagraphs, summary.UnnumberedBlocks, summary.Pages));
        Assert.Equal([new FurnitureCount("elision", 1, ["[...]"])], summary.Furniture, new FurnitureCountComparer());
    }

    [Fact]
    public void Of_FormFeedDocument_CountsPagesAndFurnitureKinds()
    {
        var summary = ReadingSummary.Of(Layout.Parse(nameof(LayoutDocuments.FormFeeds)));

        Assert.Equal(4, summary.Pages);
        Assert.Equal(
            [("running-head", 4), ("page-number", 3), ("running-head-or-footer", 3), ("cover-page", 1)],
            summary.Furniture.Select(f => (f.Kind, f.Count)));
    }

    [Fact]
    public void Of_FootnoteDocument_MarkersWithContext()
    {
        var summary = ReadingSummary.Of(Layout.Parse(nameof(LayoutDocuments.Footnotes)));

        Assert.Equal([1, 2, 3, 4, 5], summary.Footnotes.Select(f => f.Number));
        Assert.Equal("future. 4", summary.Footnotes[3].Context[^9..]);
        Assert.True(summary.Footnotes[3].Detached);
    }

    private sealed class FurnitureCountComparer : IEqualityComparer<FurnitureCount>
    {
        public bool Equals(FurnitureCount? x, FurnitureCount? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Count == y.Count && x.Examples.SequenceEqual(y.Examples);

        public int GetHashCode(FurnitureCount obj) => HashCode.Combine(obj.Kind, obj.Count);
    }
}

using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Lines with their offsets and pages.</summary>
public class SourceLinesTests
{
    [Fact]
    public void Split_FormFeedAtLineStart_OpensTheNextPageWithThatLine()
    {
        var lines = SourceLines.Split("1. First page.\n\fS/2005/123\n2. Second page.\n\f\n3. Third page.");

        Assert.Equal([1, 2, 2, 3, 3], lines.Select(l => l.Page));
        Assert.Equal("\fS/2005/123", lines[1].TextIn("1. First page.\n\fS/2005/123\n2. Second page.\n\f\n3. Third page."));
    }

    [Fact]
    public void Split_FormFeedDocument_EveryPageTopIsTheRunningHead()
    {
        var source = LayoutDocuments.FormFeeds;

        var lines = SourceLines.Split(source);

        var tops = lines.GroupBy(l => l.Page).Select(g => g.First().TextIn(source).TrimStart('\f')).ToList();
        Assert.Equal(["S/2005/123", "S/2005/123", "S/2005/123", "S/2005/123"], tops);
        Assert.Equal(2, lines.Single(l => l.TextIn(source).StartsWith("3. Returns", StringComparison.Ordinal)).Page);
    }

    [Fact]
    public void Split_CrLfAndNoFinalNewline_OffsetsExcludeTheBreak()
    {
        const string source = "Distr.: General\r\n\r\n1. Text.";

        var lines = SourceLines.Split(source);

        Assert.Equal([(0, 15, 17), (17, 17, 19), (19, 27, 27)], lines.Select(l => (l.Start, l.End, l.Next)));
        Assert.Equal(["Distr.: General", "", "1. Text."], lines.Select(l => l.TextIn(source)));
        Assert.True(lines[1].IsBlankIn(source));
    }

    [Fact]
    public void Split_WithLayout_EachLineCarriesItsEntry()
    {
        var layout = new LineLayout?[] { new(Indent: 72, FontSize: 10), null, new(Raised: true) };

        var lines = SourceLines.Split("a\nb\nc\nd", layout);

        Assert.Equal([layout[0], null, layout[2], null], lines.Select(l => l.Layout));
    }
}

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
    public void Split_WithLayout_EachLineCarriesTheLayoutOfItsStart()
    {
        var first = new LineLayout(Indent: 72, FontSize: 10);
        var third = new LineLayout(Raised: true);
        var layout = new SourceLayout(new Dictionary<int, LineLayout> { [0] = first, [4] = third }, [], new int[7], new float[28]);

        var lines = SourceLines.Split("a\nb\nc\nd", layout);

        Assert.Equal([first, null, third, null], lines.Select(l => l.Layout));
    }

    [Fact]
    public void Split_LayoutOfALineAfterAFormFeed_IsFoundPastTheFormFeed()
    {
        var second = new LineLayout(FontSize: 8);
        var layout = new SourceLayout(new Dictionary<int, LineLayout> { [3] = second }, [], new int[4], new float[16]);

        var lines = SourceLines.Split("a\n\fb", layout);

        Assert.Equal([null, second], lines.Select(l => l.Layout));
        Assert.Equal(2, lines[1].Page);
    }
}

using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Tables of contents: dot leaders, slash-separated entries, wrapped titles.</summary>
public class ContentsPageTests
{
    [Fact]
    public void Parse_ContentsPage_IsOneContentsArtefactFromHeaderToLastEntry()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Contents));

        var contents = Assert.Single(doc.Artefacts, a => a.Kind == ArtefactKind.ContentsPage);
        Assert.Equal(doc.Source.IndexOf("Contents", StringComparison.Ordinal), contents.Span.Start);
        Assert.Equal(doc.Source.IndexOf("59–64        17", StringComparison.Ordinal) + "59–64        17".Length, contents.Span.End);
        Assert.StartsWith("Contents Paragraphs Page I. Introduction", contents.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1–9")]
    [InlineData("10–42")]
    [InlineData("43–49")]
    [InlineData("50–58")]
    [InlineData("59–64")]
    [InlineData("Paragraphs")]
    [InlineData("Migration facts")]
    [InlineData("origin and destination")]
    [InlineData(". . .")]
    public void Parse_ContentsPage_NoneOfItsTextInAnyParagraph(string fromContents)
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Contents));

        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Value.Contains(fromContents, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Headings, h => h.Display.Contains(fromContents, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BodyAfterContentsPage_ParagraphOneAndItsHeadingFound()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Contents));

        Assert.Equal([1, 2], Layout.Numbers(doc));
        Assert.Equal(2, doc.Paragraphs.Length);
        Assert.Equal("In its resolution 58/208, the General Assembly decided to devote a high-level dialogue to international migration and development.", Layout.TextOf(doc, 1));
        Assert.Equal(["I. Introduction"], doc.Headings.Select(h => h.Display));
        Assert.Equal(["I. Introduction"], doc.Paragraphs[0].HeadingPath.ToArray());
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Find_ContentsLayout_ReturnsLineRangeWithWrappedTitleInside()
    {
        var source = LayoutDocuments.Contents;
        var lines = SourceLines.Split(source);
        var kinds = new ArtefactKind?[lines.Length];

        var found = ContentsPage.Find(source, lines, kinds, IngestOptions.Default);

        var (first, last) = Assert.Single(found);
        Assert.Equal("Contents", lines[first].TextIn(source));
        Assert.EndsWith("59–64        17", lines[last].TextIn(source), StringComparison.Ordinal);
        Assert.Equal((0, 7), (first, last));
    }

    [Fact]
    public void Find_ThreeEntriesWithoutHeader_AreAContentsPage()
    {
        const string source = "I. Introduction / 1–4 / 2\nII. Trends / 5–20 / 3\nIII. Conclusions / 21–25 / 9\n\n1. The report begins here with a full sentence about migration.\n";
        var lines = SourceLines.Split(source);

        var found = ContentsPage.Find(source, lines, new ArtefactKind?[lines.Length], IngestOptions.Default);

        Assert.Equal([(0, 2)], found.ToArray());
    }

    [Fact]
    public void Find_TwoEntriesWithoutHeader_AreNotAContentsPage()
    {
        const string source = "I. Introduction / 1–4 / 2\nII. Trends / 5–20 / 3\n\n1. The report begins here with a full sentence about migration.\n";
        var lines = SourceLines.Split(source);

        Assert.Empty(ContentsPage.Find(source, lines, new ArtefactKind?[lines.Length], IngestOptions.Default));
    }
}

using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Clean text spans back to the original, across removed furniture.</summary>
public class DocumentModelTests
{
    [Fact]
    public void ToOriginal_SpanAcrossPageBreak_CoversTheFurnitureBetween()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.FormFeeds));
        var p2 = doc.Paragraphs.Single(p => p.Number == 2);
        var from = p2.Text.Value.IndexOf("describes", StringComparison.Ordinal);
        var to = p2.Text.Value.IndexOf(" persons", StringComparison.Ordinal);

        var span = p2.Text.ToOriginal(from, to);

        Assert.Equal("describes the\n\fS/2005/123\nEnglish\n\nmovement of", doc.Source[span.Start..span.End]);
    }

    [Fact]
    public void ToOriginal_SpanAroundFootnoteMarker_CoversTheMarker()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Footnotes));
        var p1 = doc.Paragraphs.Single(p => p.Number == 1);
        var from = p1.Text.Value.IndexOf("refugees and", StringComparison.Ordinal);

        var span = p1.Text.ToOriginal(from, from + "refugees and".Length);

        Assert.Equal("refugees1 and", doc.Source[span.Start..span.End]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 2)]
    [InlineData(0, 99)]
    public void ToOriginal_EmptyOrOutsideSpan_Throws(int start, int end)
    {
        var text = Layout.Parse(nameof(LayoutDocuments.Footnotes)).Paragraphs[0].Text;

        Assert.Throws<ArgumentOutOfRangeException>(() => text.ToOriginal(start, end));
    }
}

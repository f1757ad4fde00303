using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>The document's own symbol and date.</summary>
public class DocumentMetadataTests
{
    [Theory]
    [InlineData(nameof(LayoutDocuments.FormFeeds), "S/2005/123")]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), "A/60/87")]
    [InlineData(nameof(LayoutDocuments.Cover), null)]
    [InlineData(nameof(LayoutDocuments.Elision), null)]
    public void FindSymbol_LayoutDocument_GivesTheRunningHeadOrMastheadSymbol(string name, string? symbol)
    {
        var source = LayoutDocuments.ByName[name];

        Assert.Equal(symbol, DocumentMetadata.FindSymbol(source, SourceLines.Split(source)));
        Assert.Equal(symbol, Layout.Parse(name).Symbol);
    }

    [Fact]
    public void FindSymbol_SymbolCitedInSentences_IsNotTheDocumentsOwn()
    {
        const string source = "S/2005/123\n\n1. The Council recalled its report S/2004/512 and the report\nS/2004/700 of the Secretary-General.\n\fS/2005/123\n2. More.\n";

        Assert.Equal("S/2005/123", DocumentMetadata.FindSymbol(source, SourceLines.Split(source)));
    }

    [Theory]
    [InlineData(nameof(LayoutDocuments.Cover))]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine))]
    public void FindDate_DistributionLineThenDate_GivesTheDate(string name)
    {
        Assert.Equal(new DateOnly(2005, 5, 12), DocumentMetadata.FindDate(LayoutDocuments.ByName[name]));
        Assert.Equal(new DateOnly(2005, 5, 12), Layout.Parse(name).Date);
    }

    [Fact]
    public void FindDate_NoDistributionLine_GivesNoDate()
    {
        Assert.Null(DocumentMetadata.FindDate(LayoutDocuments.FormFeeds));
    }
}

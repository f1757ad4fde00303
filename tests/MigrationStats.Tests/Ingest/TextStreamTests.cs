using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>The stream without furniture, and its map back to the original.</summary>
public class TextStreamTests
{
    [Fact]
    public void Build_RemovedCharacters_LeaveTheStreamAndTheMapSkipsThem()
    {
        const string source = "refugees3 and\fmigrants";
        var removed = new bool[source.Length];
        removed[8] = true;

        var stream = TextStream.Build(source, removed);

        Assert.Equal("refugees and\nmigrants", stream.Text);
        Assert.Equal(9, stream.Map[8]);
        Assert.Equal('\f', source[stream.Map[stream.Text.IndexOf('\n', StringComparison.Ordinal)]]);
    }

    [Theory]
    [InlineData(8, 8)]
    [InlineData(9, 8)]
    [InlineData(0, 0)]
    [InlineData(22, 21)]
    public void PositionOf_OriginalOffset_GivesFirstStreamCharacterAtOrAfter(int offset, int position)
    {
        const string source = "refugees3 and\fmigrants";
        var removed = new bool[source.Length];
        removed[8] = true;

        Assert.Equal(position, TextStream.Build(source, removed).PositionOf(offset));
    }

    [Fact]
    public void OriginalOf_End_MapsPastTheLastCharacter()
    {
        var stream = TextStream.Build("abc", new bool[3]);

        Assert.Equal(2, stream.OriginalOf(2));
        Assert.Equal(3, stream.OriginalOf(3));
    }

    [Theory]
    [MemberData(nameof(LayoutDocuments.Names), MemberType = typeof(LayoutDocuments))]
    public void Build_EveryLayoutDocument_MapIsStrictlyIncreasingAndCharactersMatch(string name)
    {
        var source = LayoutDocuments.ByName[name];
        var lines = SourceLines.Split(source);
        var furniture = PageFurniture.Find(source, lines, DocumentMetadata.FindSymbol(source, lines), IngestOptions.Default);

        var stream = TextStream.Build(source, furniture.Removed);

        Assert.Equal(stream.Text.Length, stream.Map.Length);
        Assert.All(Enumerable.Range(1, stream.Map.Length - 1), i => Assert.True(stream.Map[i] > stream.Map[i - 1]));
        Assert.All(Enumerable.Range(0, stream.Text.Length), i => Assert.Equal(source[stream.Map[i]] == '\f' ? '\n' : source[stream.Map[i]], stream.Text[i]));
    }
}

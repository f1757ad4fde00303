using MigrationStats.Interpret;

namespace MigrationStats.Tests.Interpret;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("In May 2004, 160 people returned. Some 21 per cent were women.", 2)]
    [InlineData("The Special Representative, Mr. J. Smith, met 12 officials. He left.", 2)]
    public void Split_OrdinarySentences_KeepsThemWhole(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Length);
    }

    [Theory]
    [InlineData("; ")]
    [InlineData(", ")]
    [InlineData(" ")]
    public void Split_SentenceOverTheLimit_CutsIntoBoundedPiecesAtSafePoints(string separator)
    {
        var clause = "some 1,200 refugees returned to the Gali district in May 2004";
        var text = string.Join(separator, Enumerable.Repeat(clause, 900)); // about 56,000 characters, no full stop

        var sentences = SentenceSplitter.Split(text);

        Assert.True(sentences.Length >= text.Length / SentenceSplitter.MaxLength);
        Assert.All(sentences, s => Assert.InRange(s.Text.Length, 1, SentenceSplitter.MaxLength));
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
        // Every non-space character is in exactly one piece, in order.
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(sentences.Select(s => s.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
        // No number is cut: every piece ends and starts at a clause or word boundary.
        Assert.All(sentences.Skip(1), s => Assert.False(char.IsDigit(text[s.Start]) && s.Start > 0 && char.IsDigit(text[s.Start - 2])));
        if (separator != " ")
        {
            Assert.All(sentences.SkipLast(1), s => Assert.EndsWith(separator.Trim(), s.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Split_LongTextWithoutSpaces_CutsAtTheLimit()
    {
        var text = new string('x', (SentenceSplitter.MaxLength * 2) + 10);

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([SentenceSplitter.MaxLength, SentenceSplitter.MaxLength, 10], sentences.Select(s => s.Text.Length));
    }

    [Fact]
    public void Split_GroupedDigitsAtTheLimit_NeverCutsBetweenThem()
    {
        var filler = new string('a', SentenceSplitter.MaxLength - 6);
        var text = filler + " 12 345 678 people " + filler;

        var sentences = SentenceSplitter.Split(text);

        Assert.Contains(sentences, s => s.Text.Contains("12 345 678", StringComparison.Ordinal));
    }
}

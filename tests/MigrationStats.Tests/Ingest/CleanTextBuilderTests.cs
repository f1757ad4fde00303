using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Clean text: white space folded, hyphenation joined, every character mapped to the original.</summary>
public class CleanTextBuilderTests
{
    [Theory]
    [MemberData(nameof(LayoutDocuments.Names), MemberType = typeof(LayoutDocuments))]
    public void Parse_EveryLayoutDocument_CleanTextMapsBackIntoTheSource(string name)
    {
        var doc = Layout.Parse(name);

        Assert.NotEmpty(doc.Paragraphs);
        Assert.All(doc.Paragraphs, p =>
        {
            Assert.Equal(p.Text.Value.Length, p.Text.Map.Length);
            for (var i = 0; i < p.Text.Value.Length; i++)
            {
                if (!char.IsWhiteSpace(p.Text.Value[i]))
                {
                    Assert.True(doc.Source[p.Text.Map[i]] == p.Text.Value[i], $"{name}, paragraph {p.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(unnumbered)"}: clean [{i}] '{p.Text.Value[i]}' maps to source [{p.Text.Map[i]}] '{doc.Source[p.Text.Map[i]]}'");
                }

                if (i > 0)
                {
                    Assert.True(p.Text.Map[i] > p.Text.Map[i - 1], $"{name}: map not increasing at {i}");
                }
            }

            Assert.InRange(p.Text.Map[0], p.Span.Start, p.Span.End - 1);
            Assert.Equal(p.Span.End - 1, p.Text.Map[^1]);
        });
    }

    [Theory]
    [InlineData("The popu-\nlation of the population.", "The population of the population.")]
    [InlineData("The gender-\nrelated issues.", "The gender-related issues.")]
    [InlineData("  Lines\n  broken\t\tby   spaces.  ", "Lines broken by spaces.")]
    [InlineData("Page break\n\n\nin the middle.", "Page break in the middle.")]
    public void Build_Stretch_FoldsSpacesAndJoinsHyphenatedWords(string text, string expected)
    {
        var stream = TextStream.Build(text, new bool[text.Length]);
        var vocabulary = new HashSet<string>(["The", "population", "of", "gender", "related", "issues"], StringComparer.OrdinalIgnoreCase);

        var clean = CleanTextBuilder.Build(stream, 0, text.Length, vocabulary);

        Assert.Equal(expected, clean.Value);
        Assert.Equal(text.LastIndexOf('.'), clean.Map[^1]);
    }
}

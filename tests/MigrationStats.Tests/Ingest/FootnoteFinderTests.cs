using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Footnote markers glued or detached, and numbers of the text that are not markers.</summary>
public class FootnoteFinderTests
{
    [Fact]
    public void Parse_FootnoteLayout_FindsEveryMarkerWithItsDetachedFlag()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Footnotes));

        Assert.Equal(
            [(1, false, "refugees1"), (2, false, "(IDPs).2"), (3, true, "stakeholders, 3"), (4, true, "future. 4"), (5, true, "development. 5")],
            doc.Footnotes.Select(f => (f.Number, f.Detached, Before(doc.Source, f.Span))));
        Assert.All(doc.Footnotes, f => Assert.Equal(f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), doc.Source[f.Span.Start..f.Span.End]));
    }

    [Fact]
    public void Parse_FootnoteLayout_MarkersAreNotInCleanTextAndFiguresStay()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Footnotes));

        Assert.Equal("Host countries received large numbers of refugees and asylum-seekers during the year.", Layout.TextOf(doc, 1));
        Assert.Equal("Several States adopted national policies on internally displaced persons (IDPs). Others reviewed their legislation together with stakeholders, including civil society.", Layout.TextOf(doc, 2));
        Assert.Equal("A regional consultation on labour migration will be held in the near future. In addition, 12 States ratified the Convention in 2004.", Layout.TextOf(doc, 3));
        Assert.Equal("The survey covered 1,500 people in five provinces, of which 12 were women heads of household, as noted in para. 5 of the report. Some 1.5 million persons remain displaced.", Layout.TextOf(doc, 4));
        Assert.Equal("Remittances were an important source of income for development. Migrants contributed to their communities of origin in many other ways.", Layout.TextOf(doc, 5));
    }

    /// <summary>
    /// Each snippet stands between footnotes n-1 and n+1, so the run of footnote numbers expects
    /// n there: the marker must be found with its flag, and leave the clean text.
    /// </summary>
    [Theory]
    [InlineData("will be held in the near future. 5\nThe Forum meets yearly.", 5, true, "will be held in the near future. The Forum meets yearly.")]
    [InlineData("a source of income for development. 8 Migrants contributed to their communities.", 8, true, "a source of income for development. Migrants contributed to their communities.")]
    [InlineData("together with stakeholders, 4 including civil society.", 4, true, "together with stakeholders, including civil society.")]
    [InlineData("large numbers of refugees3 and asylum-seekers.", 3, false, "large numbers of refugees and asylum-seekers.")]
    [InlineData("internally displaced persons (IDPs).4 Others followed.", 4, false, "internally displaced persons (IDPs). Others followed.")]
    public void Parse_MarkerInTheRun_IsFoundAndLeavesCleanText(string snippet, int number, bool detached, string clean)
    {
        var doc = Seeds.Parse(Framed(snippet, number));

        Assert.Equal([number - 1, number, number + 1], doc.Footnotes.Select(f => f.Number));
        Assert.Equal(detached, doc.Footnotes[1].Detached);
        Assert.Equal(snippet.IndexOf($"{number}", StringComparison.Ordinal) + doc.Source.IndexOf(snippet, StringComparison.Ordinal), doc.Footnotes[1].Span.Start);
        Assert.Equal($"An earlier study on the subject was published. {clean} A later study was cited by the Secretariat.", Layout.TextOf(doc, 1));
    }

    /// <summary>Numbers of the text between footnotes 1 and 3: none of them is a marker.</summary>
    [Theory]
    [InlineData("In addition, 12 States ratified the Convention.")]
    [InlineData("The survey counted 40 heads of household, of which 12 were women.")]
    [InlineData("This is set out in para. 5 of the report.")]
    [InlineData("The floods displaced 1,500 people in the province.")]
    [InlineData("Some 1.5 million persons remain displaced.")]
    public void Parse_NumberOfTheText_IsNotAMarker(string snippet)
    {
        var doc = Seeds.Parse(Framed(snippet, 2));

        Assert.Equal([1, 3], doc.Footnotes.Select(f => f.Number));
        Assert.Equal($"An earlier study on the subject was published. {snippet} A later study was cited by the Secretariat.", Layout.TextOf(doc, 1));
    }

    /// <summary>The harder case: the number of the text is the one the footnote run expects next.</summary>
    [Theory]
    [InlineData("In addition, 12 States ratified the Convention.", 12)]
    [InlineData("This is set out in para. 5 of the report.", 5)]
    [InlineData("Some 1.5 million persons remain displaced.", 5)]
    public void Parse_NumberOfTheTextThatFitsTheRun_IsNotAMarker(string snippet, int number)
    {
        var doc = Seeds.Parse(Framed(snippet, number));

        Assert.Equal([number - 1, number + 1], doc.Footnotes.Select(f => f.Number));
        Assert.Contains(snippet, Layout.TextOf(doc, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CountedFigureBetweenFootnotesElevenAndThirteen_IsNotAMarker()
    {
        const string snippet = "The survey counted 40 heads of household, of which 12 were women.";
        var doc = Seeds.Parse(Framed(snippet, 12));

        Assert.Equal([11, 13], doc.Footnotes.Select(f => f.Number));
        Assert.Contains(snippet, Layout.TextOf(doc, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_RemovedCharacters_AreNotSearched()
    {
        const string text = "1. A report on refugees1 and\nS/2005/123 2\nmigrants.2 ends here.\n";
        var removed = new bool[text.Length];
        var head = text.IndexOf("S/2005/123 2\n", StringComparison.Ordinal);
        Array.Fill(removed, true, head, "S/2005/123 2\n".Length);

        var markers = FootnoteFinder.Find(text, removed, IngestOptions.Default);

        Assert.Equal([(1, text.IndexOf("1 and", StringComparison.Ordinal)), (2, text.IndexOf("2 ends", StringComparison.Ordinal))], markers.Select(m => (m.Number, m.Span.Start)));
    }

    /// <summary>Paragraph 1 with footnote n-1 glued before the snippet and n+1 after it, then paragraph 2.</summary>
    private static string Framed(string snippet, int n) =>
        $"1. An earlier study on the subject was published.{n - 1}\n{snippet}\nA later study was cited by the Secretariat.{n + 1}\n\n2. The second paragraph.\n";

    /// <summary>The marker with the word or punctuation before it.</summary>
    private static string Before(string source, OriginalSpan span)
    {
        var start = span.Start;
        while (start > 0 && source[start - 1] != ' ' && source[start - 1] != '\n')
        {
            start--;
        }

        if (start == span.Start)
        {
            start--;
            while (start > 0 && source[start - 1] != ' ')
            {
                start--;
            }
        }

        return source[start..span.End];
    }
}

using MigrationStats.Dataset;
using MigrationStats.Ingest;

namespace MigrationStats.Tests.Trends;

/// <summary>
/// What a figure measures, read through the whole pipeline from a report of a mission (UNOMIG):
/// each case is a sentence, the quote of the figure, and the expected what, type and scope, or
/// "-" when the figure must not join a trend.
/// </summary>
public class MeasureReaderTests
{
    private const string Head = "S/2005/269\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n25 April 2005\n\nReport of the Secretary-General on the situation in\nAbkhazia, Georgia\n\n1.\nThe present report is submitted pursuant to Security Council resolution 1582 (2005), by which the Council extended the mandate of the United Nations Observer Mission in Georgia (UNOMIG). UNOMIG continued its work.\n\n2.\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "The strength of UNOMIG on 1 April 2005 stood at 121 military observers and 11 civilian police officers (see annex).", "121", "military observer|Stock|" },
        { "The strength of UNOMIG on 1 April 2005 stood at 121 military observers and 11 civilian police officers (see annex).", "11", "police officer|Stock|" },
        { "The strength of the Mission on 30 April 2005 stood at 129 military observers and 16 police advisers (see annex).", "16", "police adviser|Stock|" },
        { "The current strength of UNOMIG stands at 12 military observers.", "12", "military observer|Stock|" },
        { "UNOMIG’s strength as of 28 February 2005 was 20 United Nations military observers.", "20", "military observer|Stock|" },
        { "I recommended that the strength of the Mission be increased from its current strength of 55 military observers to 136.", "55", "military observer|Stock|" },
        { "At present, its effective strength in Sukhumi is limited to four military observers.", "four", "military observer|Stock|Sukhumi" },
        { "By resolution 858 (1993) the Council authorized a strength of 88 military observers.", "88", "military observer|Target|" },
        { "The Mission’s strength would be temporarily established at 98 military observers.", "98", "military observer|Target|" },
        { "Three military observers were injured on 8 March 2005 when their vehicle hit a mine.", "Three", "-" },
        { "On 18 March 2005, two patrols comprising 11 military observers visited the Gali district.", "11", "-" },
        { "A total of 1,200 internally displaced persons returned to the Gali district in March 2005.", "1,200", "internally displaced person|Stock|Gali district" },
        { "A total of 59 cases were under investigation on 1 March 2005, and 36 have been closed.", "36", "-" },
        { "Out of an authorized strength of 600 police officers, 442 have been deployed in the mission area.", "442", "-" },
        { "Out of an authorized strength of 600 police officers, 442 have been deployed in the mission area.", "600", "police officer|Target|" },
        { "The size of ONUCA has been reduced in the meantime to a total number of 132 military observers.", "132", "military observer of onuca|Stock|" },
        { "On 10 March 2005, the overall strength of UNOMIG headquarters was 154, consisting of: (a) A total of 11 military observers.", "11", "military observer|Stock|headquarters" },
        { "As at the end of March 2005, UNHCR had recorded a year -to-date total of 276 voluntary returns.", "276", "voluntary return|Cumulative|" },
        { "The total number of Kosovo Serbs who have obtained plates for their vehicles is 10,455.", "10,455", "-" },
        { "The current strength of IPTF is 1,795 (see annex).", "1,795", "strength of iptf|Stock|" },
        { "A total of 110,000 refugees returned to Abkhazia in 2004.", "110,000", "refugee|Flow|" },
        { "A total of 578,667 refugees have returned to Abkhazia.", "578,667", "refugee|Cumulative|" },
        { "The authorized strength of IPTF remains at 2,057.", "2,057", "strength of iptf|Target|" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_SentenceOfAMissionReport_GivesWhatTypeAndScope(string sentence, string quote, string expected)
    {
        var figure = FigureOf(sentence, quote);
        var trend = figure.Trend;
        Assert.Equal(expected, trend is null ? "-" : $"{trend.What}|{trend.Type}|{trend.Scope}");
        if (trend is not null)
        {
            Assert.Equal("UNOMIG", trend.Topic);
            Assert.StartsWith("UNOMIG: ", figure.Measure, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("UNOMIG military observers", "military observer")]
    [InlineData("military observers of the Mission", "military observer")]
    [InlineData("military observers of UNOMIG", "military observer")]
    [InlineData("United Nations military observers", "military observer")]
    [InlineData("civilian police officers", "police officer")]
    [InlineData("internally displaced persons", "internally displaced person")]
    [InlineData("countries", "country")]
    [InlineData("refugees in Africa", "refugee")]
    public void What_UnitOfAMissionReport_IsNormalizedToTheSingular(string unit, string what) =>
        Assert.Equal(what, MigrationStats.Trends.MeasureReader.What(unit, new MigrationStats.Trends.ReportContext("UNOMIG", "United Nations Observer Mission in Georgia", null, null)));

    private static Figure FigureOf(string sentence, string quote)
    {
        var text = Head + sentence + "\n";
        var doc = DocumentParser.Parse("T", "T.txt", text, "0") with { Topic = TopicFinder.Find(text) };
        var data = Pipeline.Extract([doc]);
        return Assert.Single(data.Figures, f => f.Source.Paragraph == 2 && f.Source.Quote == quote);
    }
}

public class FrameTests
{
    [Theory]
    [InlineData("UNOMIG’s strength as of 28 February 2005 was ", "strength")]
    [InlineData("The strength of UNOMIG on 1 April 2005 stood at ", "strength")]
    public void FrameOf_TextBeforeAFigure_FindsTheFrame(string before, string noun) =>
        Assert.Contains(noun, MigrationStats.Trends.MeasureReader.FrameOf(before) ?? "(none)", StringComparison.Ordinal);
}

public class SeriesBuilderTests
{
    [Fact]
    public void Build_RunningTotalsSinceAYearInTwoReports_AreTwoPointsAtTheReportDates()
    {
        static MigrationStats.Ingest.ReportDocument Report(string id, string date, string total) =>
            Seeds.Parse($"S/2008/{id}\n\nDistr.: General\n{date}\n\n1. Since 2000, a total of {total} minority returnees have returned to Kosovo.\n", id);

        var data = Pipeline.Extract([Report("10", "3 January 2008", "17,697"), Report("20", "30 June 2008", "18,158")]);

        var series = Assert.Single(data.Series);
        Assert.Equal(MeasureType.Cumulative, series.Of!.Type);
        Assert.Empty(series.Conflicts);
        Assert.Equal([("2008-01-03", 17697m, true), ("2008-06-30", 18158m, true)], series.Points.Select(p => (p.Time.ToString(), p.Value, p.AsOf)));
    }
}

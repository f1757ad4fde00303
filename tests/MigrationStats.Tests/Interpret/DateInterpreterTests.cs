using MigrationStats.Dataset;
using MigrationStats.Interpret;

namespace MigrationStats.Tests.Interpret;

/// <summary>Table-driven: sentence in, dates out (quote, kind, inclusive start and end).</summary>
public class DateInterpreterTests
{
    private static IReadOnlyList<(string Quote, DateReading Date)> Read(string sentence) =>
        ReportInterpreter.ReadText(sentence).Dates.Select(d => (sentence[d.Start..d.End], d)).ToList();

    [Theory]
    [InlineData("The Forum met on 7 and 8 October 2003 in Geneva.", "7 and 8 October 2003", "range", "2003-10-07", "2003-10-08")]
    [InlineData("The meeting was held on 30 and 31 May 1996.", "30 and 31 May 1996", "range", "1996-05-30", "1996-05-31")]
    [InlineData("The session met on 28 February and 1 March 2005 in New York.", "28 February and 1 March 2005", "range", "2005-02-28", "2005-03-01")]
    [InlineData("The course ran from 3 to 7 June 2002 in Turin.", "from 3 to 7 June 2002", "range", "2002-06-03", "2002-06-07")]
    [InlineData("Talks were held from 29 June to 2 July 2004 in Bern.", "from 29 June to 2 July 2004", "range", "2004-06-29", "2004-07-02")]
    [InlineData("Thus, between 1975 and 2003, the share rose.", "between 1975 and 2003", "range", "1975", "2003")]
    [InlineData("Between 2002 and 2004, IMP organized meetings.", "Between 2002 and 2004", "range", "2002", "2004")]
    [InlineData("Data cover the period 1960-2000 for all countries.", "1960-2000", "range", "1960", "2000")]
    [InlineData("The meeting was held in October 2003 in Geneva.", "October 2003", "month", "2003-10", "2003-10")]
    [InlineData("The Convention entered into force on 1 July 2003.", "1 July 2003", "date", "2003-07-01", "2003-07-01")]
    [InlineData("Perceptions changed in the late 1970s and the early 1980s.", "the late 1970s", "approx", "1975", "1979")]
    [InlineData("Perceptions changed in the late 1970s and the early 1980s.", "the early 1980s", "approx", "1980", "1984")]
    [InlineData("During the 1990s, migration increased.", "the 1990s", "decade", "1990", "1999")]
    [InlineData("The report is due by mid-2005.", "mid-2005", "approx", "2005", "2005")]
    [InlineData("The Assembly will consider it at its fifty-ninth session.", "fifty-ninth session", "session", "2004", "2005")]
    [InlineData("The General Assembly, at its sixtieth session, decided to hold a dialogue.", "sixtieth session", "session", "2005", "2006")]
    [InlineData("At its thirty-seventh session in 2004, the Commission chose a theme.", "thirty-seventh session", "session", "2004", "2004")]
    [InlineData("The Commission on the Status of Women, at its fiftieth session, from 27 February to 10 March 2006, addressed trafficking.", "fiftieth session", "session", "2006", "2006")]
    [InlineData("UNITAR has run the programme since 1998.", "since 1998", "year", "1998", "1998")]
    [InlineData("The budget for the biennium 2004/05 was approved.", "2004/05", "range", "2004", "2005")]
    [InlineData("They had completed the programmes by the end of May 2004.", "the end of May 2004", "approx", "2004-05", "2004-05")]
    [InlineData("Strength fell from 17,500 in late 2002.", "late 2002", "approx", "2002", "2002")]
    [InlineData("Free movement is expected to be achieved by 2011.", "by 2011", "year", "2011", "2011")]
    [InlineData("In 2003, ECE convened a Work Session.", "2003", "year", "2003", "2003")]
    public void Read_Sentence_GivesDate(string sentence, string quote, string kind, string start, string end)
    {
        var dates = Read(sentence);

        var match = dates.Where(d => d.Quote == quote).ToList();
        Assert.True(match.Count == 1, $"no single date quoted '{quote}' in: {string.Join(" | ", dates.Select(d => d.Quote))}");
        var d = match[0].Date;
        Assert.Equal(kind, Names.Of(d.Kind));
        Assert.Equal(start, d.Period.Start.ToString());
        Assert.Equal(end, d.Period.End.ToString());
    }

    [Theory]
    [InlineData("The Division organizes annual coordination meetings.")]
    [InlineData("Access is at present restricted by transitional arrangements.")]
    [InlineData("It now functions as a consultative forum.")]
    [InlineData("UNAIDS has recently carried out assessments.")]
    [InlineData("See documents S/2004/512 and A/58/275.")]
    [InlineData("The Group meets regularly, usually on a quarterly basis.")]
    [InlineData("The Committee may meet in the future.")]
    [InlineData("By its resolution 1537 of 30 March, the Council acted.")]
    public void Read_RelativeOrNonDate_GivesNoDate(string sentence)
    {
        Assert.Empty(Read(sentence));
    }

    [Fact]
    public void Read_SessionOfNamedBody_RemembersItsYearForALaterMention()
    {
        var doc = Seeds.Parse("1. At its thirty-seventh session in 2004, the Commission chose a theme.\n\n2. At the thirty-seventh session of the Commission, the Director spoke.\n");

        var reading = ReportInterpreter.Read(doc);

        var later = Assert.Single(reading.Paragraphs[1].Dates);
        Assert.Equal(DateKind.Session, later.Kind);
        Assert.Equal("2004", later.Period.ToString());
        Assert.Equal(37, later.Ordinal);
    }

    [Fact]
    public void Read_DateWithClause_GivesShortEventLabel()
    {
        var (_, d) = Assert.Single(Read("The first meeting of the Global Commission was held in Stockholm, Sweden, on 26 and 27 February 2004."));

        Assert.Equal("The first meeting of the Global Commission was held in Stockholm, Sweden", d.Event);
    }

    [Fact]
    public void Read_SessionOnTheCoverOfAnAssemblyDocument_IsTheAssemblys()
    {
        var doc = Seeds.Parse("United Nations A/60/871\nGeneral Assembly Distr.: General\n18 May 2006\n\nSixtieth session\nAgenda item 54\n\n1. Text.\n\n2. More text.\n");

        var session = Assert.Single(ReportInterpreter.Read(doc).Paragraphs.SelectMany(p => p.Dates), d => d.Kind == DateKind.Session);

        Assert.Equal("2005/2006", session.Period.ToString());
        Assert.Equal("General Assembly", session.Body);
    }
}

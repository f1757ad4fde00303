using MigrationStats.Dataset;
using MigrationStats.Interpret;

namespace MigrationStats.Tests.Interpret;

/// <summary>Table-driven: sentence in, figures out (quote, value, kind, unit, qualifier, time).</summary>
public class FigureInterpreterTests
{
    private static IReadOnlyList<(string Quote, FigureReading Figure)> Read(string sentence)
    {
        var reading = ReportInterpreter.ReadText(sentence);
        return reading.Figures.Select(f => (sentence[f.Start..f.End], f)).ToList();
    }

    [Theory]
    //          sentence                                                                                   quote            value        kind      unit contains             qualifier  time
    [InlineData("The number of international migrants worldwide stood at 175 million in 2000, up from 76 million in 1960.", "175 million", "175000000", "count", "international migrants", "exact", "2000")]
    [InlineData("The number of international migrants worldwide stood at 175 million in 2000, up from 76 million in 1960.", "76 million", "76000000", "count", "international migrants", "exact", "1960")]
    [InlineData("Between 1995 and 2005, the share of refugees in the population rose from 12 to 18 per cent.", "12", "12", "percent", "refugees", "exact", "1995")]
    [InlineData("Between 1995 and 2005, the share of refugees in the population rose from 12 to 18 per cent.", "18 per cent", "18", "percent", "refugees", "exact", "2005")]
    [InlineData("Remittances to developing countries reached US$ 93 billion in 2003.", "US$ 93 billion", "93000000000", "money", "USD", "exact", "2003")]
    [InlineData("The project received EUR 12 million from donors.", "EUR 12 million", "12000000", "money", "EUR", "exact", "")]
    [InlineData("Exports of services grew threefold over the decade.", "threefold", "3", "rate", "Exports of services", "exact", "")]
    [InlineData("The programme saw a 3-fold increase in applications.", "3-fold", "3", "rate", "increase in applications", "exact", "")]
    [InlineData("The Convention has been ratified by more than 30 States.", "more than 30", "30", "count", "States", "over", "")]
    [InlineData("Nearly 40 countries reported on their policies.", "Nearly 40", "40", "count", "countries", "under", "")]
    [InlineData("Up to 500 migrants were held at the border.", "Up to 500", "500", "count", "migrants", "under", "")]
    [InlineData("Fewer than 15 Governments replied to the survey.", "Fewer than 15", "15", "count", "Governments", "under", "")]
    [InlineData("Some 2.5 million people were displaced by the conflict.", "Some 2.5 million", "2500000", "count", "people", "approx", "")]
    [InlineData("About 300 participants attended the forum in Geneva.", "About 300", "300", "count", "participants", "approx", "")]
    [InlineData("Roughly 45 per cent of migrants were women.", "Roughly 45 per cent", "45", "percent", "migrants", "approx", "")]
    [InlineData("In May 2004, an additional 10 countries joined the Union.", "10", "10", "count", "countries", "exact", "2004-05")]
    [InlineData("Five regional meetings were organized on migration policy.", "Five", "5", "count", "regional meetings", "exact", "")]
    [InlineData("The Protocols have been ratified, respectively, by 42 and 18 States.", "42", "42", "count", "States", "exact", "")]
    [InlineData("The Protocols have been ratified, respectively, by 42 and 18 States.", "18", "18", "count", "States", "exact", "")]
    [InlineData("As at 25 June, a total of 1,654 persons had returned to the area.", "1,654", "1654", "count", "persons", "exact", "")]
    [InlineData("The number of incidents fell to 37.", "37", "37", "count", "incidents", "exact", "")]
    [InlineData("The workshop was attended by over 340 senior- and middle-level government officials.", "over 340", "340", "count", "officials", "over", "")]
    [InlineData("The Conference was attended by 87 States, including the 12 members of CIS.", "12", "12", "count", "members of CIS", "exact", "")]
    [InlineData("The database, established in 1997, currently provides data for over 80 countries.", "over 80", "80", "count", "countries", "over", "")]
    [InlineData("UNAMSIL troop strength stood at 11,500 on 15 June 2004, down from 17,500 in late 2002.", "11,500", "11500", "count", "UNAMSIL troop strength", "exact", "2004-06-15")]
    [InlineData("UNAMSIL troop strength stood at 11,500 on 15 June 2004, down from 17,500 in late 2002.", "17,500", "17500", "count", "UNAMSIL troop strength", "exact", "2002")]
    [InlineData("Local elections were held on 22 May 2004, with a turnout of 83 per cent.", "83 per cent", "83", "percent", "turnout", "exact", "2004-05-22")]
    [InlineData("Approximately 55 per cent of them had completed the programmes.", "Approximately 55 per cent", "55", "percent", "", "approx", "")]
    [InlineData("The Court's budget is US$ 25 million, of which only $16.5 million had been pledged.", "$16.5 million", "16500000", "money", "USD", "exact", "")]
    [InlineData("The unemployment rate of migrants rose by 3.5 percentage points.", "3.5 percentage points", "3.5", "percent", "migrants", "exact", "")]
    [InlineData("In the first half of 2007, 28,000 migrants were returned, compared with 19,500 in the same period of 2006.", "19,500", "19500", "count", "migrants", "exact", "2006")]
    [InlineData("In the first half of 2007, 28,000 migrants were returned, compared with 19,500 in the same period of 2006.", "28,000", "28000", "count", "migrants", "exact", "2007-01/2007-06")]
    [InlineData("Some 12.3 million migrants lived there, of whom 48.5 per cent were women.", "48.5 per cent", "48.5", "percent", "women", "exact", "")]
    [InlineData("Some 37 States have ratified the Convention, while 15 have signed it.", "15", "15", "count", "States", "exact", "")]
    [InlineData("One in four detained migrants is a child.", "One in four", "25", "percent", "", "exact", "")]
    public void Read_Sentence_GivesFigure(string sentence, string quote, string value, string kind, string unit, string qualifier, string time)
    {
        var figures = Read(sentence);

        var match = figures.Where(f => f.Quote == quote).ToList();
        Assert.True(match.Count == 1, $"no single figure quoted '{quote}' in: {string.Join(" | ", figures.Select(f => f.Quote))}");
        var f = match[0].Figure;
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), f.Value);
        Assert.Equal(kind, Names.Of(f.Kind));
        if (unit.Length == 0)
        {
            Assert.Equal(string.Empty, f.Unit);
        }
        else
        {
            Assert.Contains(unit, f.Unit, StringComparison.Ordinal);
        }
        Assert.Equal(qualifier, Names.Of(f.Qualifier));
        Assert.Equal(time, f.Time?.ToString() ?? string.Empty);
    }

    [Theory]
    [InlineData("The General Assembly, in its resolution 58/208, requested a report.")]
    [InlineData("See the report of the Secretary-General (A/59/287) for details.")]
    [InlineData("See document TD/B/COM.1/64 for the report thereon.")]
    [InlineData("The Council adopted document S/2004/512 without a vote.")]
    [InlineData("The Council recalled its resolution 1325 (2000) on women.")]
    [InlineData("ILO adopted the Migration for Employment Convention (Revised), 1949 (No. 97).")]
    [InlineData("Workers move under Mode 4 of the General Agreement.")]
    [InlineData("Countries report on Goal 3 and on target 3.2 of the framework.")]
    [InlineData("At its thirty-seventh session, the Commission chose a theme.")]
    [InlineData("The report was considered at the 37th meeting of the Committee.")]
    [InlineData("The Convention entered into force on 23 December 2003.")]
    [InlineData("Millions of refugees returned home after the conflicts ended.")]
    [InlineData("Article 12 guarantees freedom of movement.")]
    [InlineData("One of the most notable activities was a database.")]
    [InlineData("It was intended to be a one-time seminar.")]
    [InlineData("UNHCR runs so-called 4Rs programmes in post-conflict areas.")]
    [InlineData("Nearly half of the returnees are women, and almost two thirds live in towns.")]
    [InlineData("By its resolution 1537 (2004), the Council extended the mandate.")]
    [InlineData("Young people aged 15-24 are most at risk.")]
    [InlineData("As noted in paragraphs 5 to 7 of his previous report, detention is common.")]
    [InlineData("As at 25 June, the situation in the zone remained calm.")]
    [InlineData("On 11, 12 and 14 June, the Mission held consultations in the capital.")]
    [InlineData("The talks resumed on June 25 and continued into July.")]
    [InlineData("The forces held exercises from 26 to 30 July near the line.")]
    [InlineData("The Council, in its resolutions 786 (1992) and 816 (1993), extended the ban.")]
    [InlineData("Countries report on targets 8.7 and 8.8 of the framework.")]
    [InlineData("4. OTHER LOCATIONS")]
    [InlineData("2.2 Strengthening the rule of law")]
    [InlineData("1. 2. 3. 4.")]
    [InlineData("5 247")]
    public void Read_NotAFigure_GivesNoFigure(string sentence)
    {
        var figures = Read(sentence).Where(f => f.Figure.Kind != FigureKind.Duration).ToList();

        Assert.True(figures.Count == 0, $"unexpected figures: {string.Join(" | ", figures.Select(f => $"{f.Quote}={f.Figure.Value}"))}");
    }

    [Theory]
    [InlineData("UNCTAD held a three-day Expert Meeting in Geneva.", "three", "3", "day")]
    [InlineData("During the past two years, the Rapporteur undertook missions.", "two", "2", "years")]
    public void Read_Duration_IsKeptAsDurationNotCount(string sentence, string quote, string value, string unit)
    {
        var f = Assert.Single(Read(sentence));

        Assert.Equal(quote, f.Quote);
        Assert.Equal(FigureKind.Duration, f.Figure.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), f.Figure.Value);
        Assert.Equal(unit, f.Figure.Unit);
    }

    [Fact]
    public void Read_MeasurePhrase_NamesTheMeasureOfBothEndsOfAChange()
    {
        var figures = Read("Thus, between 1975 and 2003, the proportion of Governments that viewed immigration levels as too high had risen from 7 to 21 per cent.");

        Assert.Equal(["7", "21 per cent"], figures.Select(f => f.Quote));
        Assert.All(figures, f => Assert.Equal("proportion of Governments that viewed immigration levels as too high", f.Figure.Measure));
        Assert.All(figures, f => Assert.Equal(FigureKind.Percent, f.Figure.Kind));
        Assert.Equal(["1975", "2003"], figures.Select(f => f.Figure.Time!.ToString()));
    }

    [Fact]
    public void Read_FigureInSentenceWithoutDate_TakesTimeOfPreviousSentence()
    {
        var figures = Read("The first hearing was held in Manila in May 2004. It was attended by some 160 people.");

        var f = Assert.Single(figures);
        Assert.Equal("2004-05", f.Figure.Time!.ToString());
        Assert.Equal(Qualifier.Approx, f.Figure.Qualifier);
    }
}

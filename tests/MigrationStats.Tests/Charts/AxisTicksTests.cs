using MigrationStats.Charts;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Charts;

public sealed class AxisTicksTests
{
    [Fact]
    public void Years_1955To2005_ReadAsPlainYearsEveryTenYears()
    {
        var ticks = AxisTicks.Years(1955, 2005, 500);

        Assert.Equal(["1960", "1970", "1980", "1990", "2000"], ticks.Select(t => t.Label));
        Assert.Equal([1960.5, 1970.5, 1980.5, 1990.5, 2000.5], ticks.Select(t => t.Position));
    }

    [Fact]
    public void Years_TwoYearsWide_OneTickPerYearOnly()
    {
        var ticks = AxisTicks.Years(2002.9, 2005.1, 1100);

        Assert.Equal(["2003", "2004"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Years_NarrowAxis_SpacesLabelsApart()
    {
        var ticks = AxisTicks.Years(1949, 2012, 300, minSpacing: 60);

        Assert.Equal(["1960", "1980", "2000"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Dates_SixteenYears_TicksAtTheFirstOfJanuaryEveryTwoYears()
    {
        var ticks = AxisTicks.Dates(1993.2, 2009.4, 860);

        Assert.Equal(["1994", "1996", "1998", "2000", "2002", "2004", "2006", "2008"], ticks.Select(t => t.Label));
        Assert.Equal(1994.0, ticks[0].Position);
    }

    [Fact]
    public void Dates_OneYear_TicksEveryQuarterWithMonthNames()
    {
        var ticks = AxisTicks.Dates(2006.95, 2008.05, 860);

        Assert.Equal(["Jan 2007", "Apr 2007", "Jul 2007", "Oct 2007", "Jan 2008"], ticks.Select(t => t.Label));
        Assert.Equal(TimeScale.At(new DateOnly(2007, 4, 1)), ticks[1].Position);
    }

    [Fact]
    public void Dates_ThreeMonths_TicksEveryMonth()
    {
        var ticks = AxisTicks.Dates(2005.2, 2005.45, 860);

        Assert.Equal(["Apr 2005", "May 2005", "Jun 2005"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Values_Top201_NiceStepsFromZero()
    {
        var (top, ticks) = AxisTicks.Values(201);

        Assert.Equal(250, top);
        Assert.Equal(["0", "50", "100", "150", "200", "250"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Counts_Top12_WholeNumberSteps()
    {
        var (top, ticks) = AxisTicks.Counts(12);

        Assert.Equal(15, top);
        Assert.Equal(["0", "5", "10", "15"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void TimeScale_Year_IsTheWholeYearNotItsFirstDay()
    {
        var year = Period.At(new PartialDate(2003));

        Assert.Equal(2003.0, TimeScale.StartOf(year.Start));
        Assert.Equal(2004.0, TimeScale.EndOf(year.End), 9);
        Assert.Equal(2003.5, TimeScale.Centre(year), 9);
    }

    [Fact]
    public void TimeScale_Day_SitsAtItsFractionOfTheYear()
    {
        Assert.Equal(2003 + 181 / 365.0, TimeScale.StartOf(new PartialDate(2003, 7, 1)), 9);
    }
}

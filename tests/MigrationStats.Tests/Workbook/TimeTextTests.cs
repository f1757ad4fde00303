using MigrationStats.Dataset;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Workbook;

public class TimeTextTests
{
    [Theory]
    [InlineData("1998", null, "1998")]
    [InlineData("1998", "since", "since 1998")]
    [InlineData("2011", "by", "by 2011")]
    [InlineData("1975/2003", null, "1975/2003")]
    [InlineData("2014/2016", "since", "since 2014/2016")]
    public void Show_PeriodAndOpen_PutsTheOpenWordFirst(string period, string? open, string shown)
    {
        var parts = period.Split('/');

        Assert.Equal(shown, TimeText.Show(new Period(PartialDate.Parse(parts[0]), PartialDate.Parse(parts[^1])), open));
    }

    [Theory]
    [InlineData("since 1998", "since", "1998")]
    [InlineData("Since 1998", "since", "1998")]
    [InlineData("  by 2011 ", "by", "2011")]
    [InlineData("until 2003-10", "until", "2003-10")]
    [InlineData("1975/2003", null, "1975/2003")]
    [InlineData("2003-10-07", null, "2003-10-07")]
    public void TryParse_WrittenText_GivesOpenWordAndPeriod(string text, string? open, string period)
    {
        Assert.True(TimeText.TryParse(text, out var word, out var p));

        Assert.Equal(open, word);
        Assert.Equal(period, p!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("since")]
    [InlineData("around 1998")]
    [InlineData("1998/1999/2000")]
    [InlineData("since the 1990s")]
    public void TryParse_NotAPeriod_Fails(string text)
    {
        Assert.False(TimeText.TryParse(text, out var word, out var p));

        Assert.Null(word);
        Assert.Null(p);
    }
}

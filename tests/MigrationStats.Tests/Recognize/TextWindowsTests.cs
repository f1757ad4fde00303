using MigrationStats.Recognize;

namespace MigrationStats.Tests.Recognize;

public sealed class TextWindowsTests
{
    public static TheoryData<string, string[]> DateCases => new()
    {
        { "The Council met on 12 May 2004 in New York.", ["met on 12 May 2004 in New"] },
        { "The Mission has been deployed since the beginning of 1996 and will stay.", ["deployed since the beginning of 1996 and will"] },
        { "In the first three months of 1994, 271 people returned.", ["In the first three months of 1994, 271 people"] },
        { "Talks were held from 1 to 3 July and again in October 2003.", ["held from 1 to 3 July and again in October 2003."] },
        { "The report covers the period and was adopted in 2003; the Mission closed in 2005.", ["adopted in 2003; the Mission", "closed in 2005."] },
        { "Nothing here names a year or a month, although 1500 hours is a time.", [] },
    };

    public static TheoryData<string, string[]> NumberCases => new()
    {
        { "Some 1.5 million people, of whom two hundred and fifty thousand are children, fled.", ["Some 1.5 million people,", "whom two hundred and fifty thousand are"] },
        { "Nearly half of the returnees are women.", ["Nearly half of the"] },
        { "No number at all.", [] },
    };

    [Theory]
    [MemberData(nameof(DateCases))]
    public void Dates_Sentence_WindowsCoverTheDateWordsAndOneMore(string sentence, string[] expected)
    {
        Assert.Equal(expected, TextWindows.Dates(sentence).Select(w => sentence[w.Start..w.End]));
    }

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void Numbers_Sentence_WindowsCoverTheNumberWordsAndOneMore(string sentence, string[] expected)
    {
        Assert.Equal(expected, TextWindows.Numbers(sentence).Select(w => sentence[w.Start..w.End]));
    }

    [Fact]
    public void Dates_LongRunOfDateWords_StopsAfterEightWordsAndOneMore()
    {
        var sentence = "It said in the end of the first half of the year of 2004.";
        var window = Assert.Single(TextWindows.Dates(sentence));
        Assert.Equal("end of the first half of the year of 2004.", sentence[window.Start..window.End]);
    }
}

using MigrationStats.Ingest;
using MigrationStats.Interpret;
using MigrationStats.Recognize;

namespace MigrationStats.Tests.Recognize;

public sealed class TextRecognizerTests
{
    private static readonly DateTime Reference = new(2004, 1, 1);

    public static TheoryData<string, string, string> DateCases => new()
    {
        { "The Government was asked to report, no later than 31 August 1994, on compliance.", "no later than 31 August 1994", "1994-08-31 before" },
        { "The number of beneficiaries in the first three months of 1994 was only 271.", "the first three months of 1994", "(1994-01-01,1994-04-01,P3M) " },
        { "Since the beginning of 2003, the Mission has grown.", "Since the beginning of 2003", "2003 since-start" },
        { "On the evening of 17 June 2014, parties unknown removed the barricade.", "17 June 2014", "2014-06-17 " },
    };

    [Theory]
    [MemberData(nameof(DateCases))]
    public void Recognize_DateInItsWindow_ReadAsInTheWholeSentence(string sentence, string quote, string timexAndMod)
    {
        var date = Assert.Single(new TextRecognizer().Recognize(sentence, Reference).Dates, d => d.Resolutions.Any(r => r.Type is "date" or "daterange"));
        Assert.Equal(quote, sentence[date.Start..date.End]);
        Assert.Equal(timexAndMod, $"{date.Resolutions[0].Timex} {date.Resolutions[0].Mod}");
    }

    [Fact]
    public void Recognize_DateExpressionLongerThanItsWindow_ReadInTheWholeSentence()
    {
        // Nine date words before the year: the window starts at "first", the date found in it
        // reaches that cut edge, and the whole sentence is read instead, which gives "the".
        var sentence = "The meetings were held during the last two weeks of the first half of the year in the period of 2004.";
        var dates = new TextRecognizer().Recognize(sentence, Reference).Dates.Select(d => sentence[d.Start..d.End]);
        Assert.Contains("the first half of the year", dates);
    }

    [Fact]
    public void Recognize_OrdinalFractionWord_IsFoundButVetoedAsAFigure()
    {
        var reading = ReportInterpreter.ReadText("A fifth defendant was acquitted.");
        Assert.Empty(reading.Figures);
    }

    /// <summary>
    /// On every sentence of a sample of corpus reports, reading the windows gives the same numbers as
    /// reading whole sentences, and the same dates wherever the date names a year or a month (the
    /// only dates kept; relative ones far from any year or month are no longer looked at).
    /// </summary>
    [Fact]
    public void Recognize_CorpusSample_SameAsWholeSentences()
    {
        var recognizer = new TextRecognizer();
        var files = Directory.GetFiles(SharedData.CorpusText, "*.txt").Order(StringComparer.Ordinal).Where((_, i) => i % 40 == 7).ToList();
        var sentences = 0;
        foreach (var file in files)
        {
            foreach (var paragraph in ReportReader.Read(file).Paragraphs)
            {
                foreach (var sentence in SentenceSplitter.Split(paragraph.Text.Value))
                {
                    var text = sentence.Text + " ";
                    var (windowed, whole) = (recognizer.Recognize(text, Reference), recognizer.RecognizeWhole(text, Reference));
                    Assert.Equal(Numbers(whole), Numbers(windowed));
                    Assert.Equal(Dates(whole).Where(d => NamesYearOrMonth(text, d)), Dates(windowed).Where(d => NamesYearOrMonth(text, d)));
                    sentences++;
                }
            }
        }

        Assert.True(sentences > 500, $"only {sentences} sentences in the sample");
    }

    private static IEnumerable<string> Numbers(Recognition r) => r.Numbers.Select(n => $"{n.Start}-{n.End} {n.Value} {n.IsPercentage}");

    private static IEnumerable<string> Dates(Recognition r) => r.Dates.Select(d => $"{d.Start}-{d.End} {string.Join(";", d.Resolutions.Select(x => $"{x.Type} {x.Timex} {x.Mod}"))}");

    private static bool NamesYearOrMonth(string text, string date)
    {
        var span = date[..date.IndexOf(' ', StringComparison.Ordinal)].Split('-').Select(int.Parse).ToArray();
        return TextWindows.Dates(text[span[0]..span[1]]).Length > 0;
    }
}

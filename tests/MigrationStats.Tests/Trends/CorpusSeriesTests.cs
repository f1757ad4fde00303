namespace MigrationStats.Tests.Trends;

/// <summary>
/// The trend series of ../shared/dev/series.tsv, found in the reports they come from (a subset of
/// the corpus: the 41 UNMIK and UNOMIG reports the gold cites), scored as
/// score_series.py scores a whole corpus run.
/// </summary>
public class CorpusSeriesTests
{
    private static readonly Lazy<(IReadOnlyList<GoldPoint> Gold, SeriesScore Score, MigrationStats.Dataset.ExtractedDataset Data)> Run = new(() =>
    {
        var gold = SeriesScorer.Gold();
        var files = gold.Select(g => g.Document).Distinct().Select(d => Path.Combine(SharedData.CorpusText, d + ".txt")).ToList();
        var data = Pipeline.Extract(Pipeline.Read(files));
        return (gold, SeriesScorer.Score(gold, data), data);
    });

    [Fact]
    public void Series_GoldReports_FindEveryGoldSeriesWithTheirPointsAndTimes()
    {
        var score = Run.Value.Score;

        Assert.True(score.Found == score.Series, score.ToString());
        Assert.True(score.Recall >= 0.85, score.ToString());
        Assert.True(score.Mixed <= 3, score.ToString());
        Assert.True(score.TimeRight >= 0.9 * score.Timed, score.ToString());
    }

    [Fact]
    public void Series_UnomigReports_MilitaryObserversAndPoliceAreTwoSeriesOfTheMission()
    {
        var series = Run.Value.Data.Series;

        var observers = Assert.Single(series, s => s.Of?.Topic == "UNOMIG" && s.Of.What == "military observer" && s.Of.Type == MigrationStats.Dataset.MeasureType.Stock && s.Of.Scope is null);
        var police = Assert.Single(series, s => s.Of?.Topic == "UNOMIG" && s.Of.What is "police officer" or "police adviser" && s.Of.Type == MigrationStats.Dataset.MeasureType.Stock && s.Of.Scope is null);
        Assert.Contains(observers.Points, p => p.Source.Document == "UNOMIG_S_2005_269" && p.Value == 121 && p.Time.ToString() == "2005-04-01");
        Assert.Contains(police.Points, p => p.Source.Document == "UNOMIG_S_2005_269" && p.Value == 11);
        Assert.Contains(police.Points, p => p.Source.Document == "UNOMIG_S_2009_254" && p.Value == 16);
        Assert.DoesNotContain(observers.Points, p => p.Value is 136 or 88 or 4);
    }
}

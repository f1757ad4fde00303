using MigrationStats.Trends;

namespace MigrationStats.Tests.Trends;

public sealed class TrendQueryTests
{
    private static readonly string[] AllMilitaryObservers =
    [
        "S-unmik-military-observers",
        "S-unomig-military-observers",
        "S-unomig-military-observers-in-gali-district",
        "S-unomig-military-observers-target",
    ];

    [Fact]
    public void Find_PluralMeasure_ReturnsEverySeriesOfThatMeasureStocksFirst()
    {
        var result = TrendQuery.Find(TrendData.Missions(), "military observers");

        Assert.True(result.Found);
        Assert.Null(result.Topic);
        Assert.Equal("military observer", result.What);
        // Stocks of both missions (topics in order, the whole area before a district), then the target.
        Assert.Equal(AllMilitaryObservers, result.Series.Select(s => s.Id));
        Assert.Empty(result.Nearest);
    }

    [Fact]
    public void Find_SingularMeasure_FindsTheSameSeriesAsThePlural()
    {
        var result = TrendQuery.Find(TrendData.Missions(), "Military Observer");

        Assert.Equal(AllMilitaryObservers, result.Series.Select(s => s.Id));
    }

    [Theory]
    [InlineData("UNOMIG military observers")]
    [InlineData("unomig: military observer")]
    [InlineData("UNOMIG's military observers")]
    [InlineData("UNOMIG United Nations military observers")]
    public void Find_TopicKeyFirst_KeepsToThatTopic(string query)
    {
        var result = TrendQuery.Find(TrendData.Missions(), query);

        Assert.Equal("UNOMIG", result.Topic);
        Assert.Equal("military observer", result.What);
        Assert.Equal(["S-unomig-military-observers", "S-unomig-military-observers-in-gali-district", "S-unomig-military-observers-target"], result.Series.Select(s => s.Id));
        Assert.Equal(4, result.Series[0].Points.Length);
        Assert.Equal(121m, result.Series[0].Points[1].Value);
    }

    [Fact]
    public void Find_OtherTopicKeyFirst_KeepsToThatTopic()
    {
        var result = TrendQuery.Find(TrendData.Missions(), "UNMIK military observers");

        Assert.Equal(["S-unmik-military-observers"], result.Series.Select(s => s.Id));
    }

    [Fact]
    public void Find_SeriesId_ReturnsThatSeriesAlone()
    {
        var result = TrendQuery.Find(TrendData.Missions(), "S-unomig-military-observers-in-gali-district");

        Assert.Equal(["S-unomig-military-observers-in-gali-district"], result.Series.Select(s => s.Id));
    }

    [Fact]
    public void Find_FullLabel_ReturnsThatSeriesAlone()
    {
        var result = TrendQuery.Find(TrendData.Missions(), "UNOMIG: military observers (target or authorized)");

        Assert.Equal(["S-unomig-military-observers-target"], result.Series.Select(s => s.Id));
    }

    [Fact]
    public void Find_HandMadeSeriesWithoutMeasure_MatchesByItsName()
    {
        var data = TrendData.Missions();
        data = data with { Series = [.. data.Series.Select(s => s.Id == "S-international-migrants-worldwide" ? s with { Of = null } : s)] };

        var result = TrendQuery.Find(data, "international migrant worldwide");

        Assert.Equal(["S-international-migrants-worldwide"], result.Series.Select(s => s.Id));
    }

    [Fact]
    public void Find_MisspelledMeasure_NoSeriesAndTheFiveNearestMeasures()
    {
        var result = TrendQuery.Find(TrendData.Missions(), "militry observers");

        Assert.False(result.Found);
        Assert.Empty(result.Series);
        Assert.Equal(TrendQuery.MaxNearest, result.Nearest.Length);
        // Same spelling distance for the four: the biggest series first, then by name.
        Assert.Equal(
            ["UNOMIG: military observers", "UNMIK: military observers", "UNOMIG: military observers in Gali district", "UNOMIG: military observers (target or authorized)"],
            result.Nearest.Take(4));
    }

    [Fact]
    public void Find_MeasureOfAnotherTopic_NothingAndTheTopicsOwnMeasuresFirst()
    {
        var result = TrendQuery.Find(TrendData.Missions(), "UNMIK patrols");

        Assert.False(result.Found);
        Assert.Equal("UNMIK", result.Topic);
        Assert.Equal("patrol", result.What);
        Assert.Equal("UNOMIG: patrols", result.Nearest[0]);
        Assert.Contains("UNMIK: police officers", result.Nearest);
    }

    [Fact]
    public void Normalize_TopicAndPossessive_SplitsTopicAndSingularWhat()
    {
        var topics = TrendQuery.Topics(TrendData.Missions());

        Assert.Equal(("UNOMIG", "military observer"), TrendQuery.Normalize("UNOMIG's military observers", topics));
        Assert.Equal(((string?)null, "police officer"), TrendQuery.Normalize("civilian police officers", topics));
        Assert.Equal(TrendData.Unomig, topics["UNOMIG"]);
    }

    [Fact]
    public void Distance_Typo_IsOneEdit()
    {
        Assert.Equal(1, TrendQuery.Distance("militry", "military"));
        Assert.Equal(0, TrendQuery.Distance("patrol", "patrol"));
    }
}

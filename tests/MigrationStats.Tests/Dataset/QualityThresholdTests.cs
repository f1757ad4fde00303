using MigrationStats.Dataset;

namespace MigrationStats.Tests.Dataset;

/// <summary>
/// The interpretation issue's thresholds, on both development sets, scored as
/// tools/score_extraction.py scores them: figures P and R at least 0.95, dates P 0.95 and R 0.93;
/// of matched figures, kind and qualifier at least 0.97, unit and time at least 0.90 (a time given
/// where the gold gives none counts as wrong).
/// </summary>
public class QualityThresholdTests
{
    private static readonly Dictionary<string, Lazy<(ExtractedDataset Data, string Gold)>> Sets = new()
    {
        ["seeds"] = new(() => (Pipeline.Extract(Pipeline.Read([Seeds.Folder])), Path.Combine(AppContext.BaseDirectory, "Data", "gold"))),
        ["dev"] = new(() => (Pipeline.Extract(Pipeline.Read([SharedData.DevDocs])), Path.Combine(SharedData.Root, "dev", "gold"))),
    };

    public static TheoryData<string> SetNames => new() { "seeds", "dev" };

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Extract_DevelopmentSet_MeetsTheInterpretationThresholds(string set)
    {
        var (data, gold) = Sets[set].Value;
        var figures = GoldScorer.ReadCsv(CsvExport.Figures(data)).Where(r => r["kind"] != "duration").ToList();
        var f = GoldScorer.Match(GoldScorer.ReadTsv(Path.Combine(gold, "figures.tsv")), figures, GoldScorer.FigureValueOk);
        var d = GoldScorer.Match(GoldScorer.ReadTsv(Path.Combine(gold, "dates.tsv")), GoldScorer.ReadCsv(CsvExport.Dates(data)), GoldScorer.DateValueOk);
        var a = GoldScorer.AttributesOf(f);
        var report = string.Join("\n", f.Report.Concat(d.Report).Concat(a.Wrong));

        Assert.True(f.Precision >= 0.95 && f.Recall >= 0.95, $"{set} figures P={f.Precision:0.000} R={f.Recall:0.000}\n{report}");
        Assert.True(d.Precision >= 0.95 && d.Recall >= 0.93, $"{set} dates P={d.Precision:0.000} R={d.Recall:0.000}\n{report}");
        Assert.True(a.Kind >= 0.97, $"{set} kind {a.Kind:0.000}\n{report}");
        Assert.True(a.Qualifier >= 0.97, $"{set} qualifier {a.Qualifier:0.000}\n{report}");
        Assert.True(a.Unit >= 0.90, $"{set} unit {a.Unit:0.000}\n{report}");
        Assert.True(a.Time >= 0.90, $"{set} time {a.Time:0.000}\n{report}");
    }
}

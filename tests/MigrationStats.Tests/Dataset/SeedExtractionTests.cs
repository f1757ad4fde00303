using MigrationStats.Dataset;

namespace MigrationStats.Tests.Dataset;

/// <summary>End-to-end on the seeds: quality against the gold, provenance, what is not a figure, series.</summary>
public class SeedExtractionTests
{
    private static readonly Lazy<ExtractedDataset> Data = new(() => Pipeline.Extract(Pipeline.Read([Seeds.Folder])));

    private static string GoldPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "gold", file);

    [Fact]
    public void Extract_Seeds_MeetsTheQualityThresholdsOnTheGold()
    {
        var data = Data.Value;
        var figures = GoldScorer.ReadCsv(CsvExport.Figures(data)).Where(r => r["kind"] != "duration").ToList();
        var dates = GoldScorer.ReadCsv(CsvExport.Dates(data));

        var f = GoldScorer.Match(GoldScorer.ReadTsv(GoldPath("figures.tsv")), figures, GoldScorer.FigureValueOk);
        var d = GoldScorer.Match(GoldScorer.ReadTsv(GoldPath("dates.tsv")), dates, GoldScorer.DateValueOk);

        var report = string.Join("\n", f.Report.Concat(d.Report));
        Assert.True(f.Precision >= 0.95 && f.Recall >= 0.95, $"figures P={f.Precision:0.000} R={f.Recall:0.000}\n{report}");
        Assert.True(d.Precision >= 0.95 && d.Recall >= 0.90, $"dates P={d.Precision:0.000} R={d.Recall:0.000}\n{report}");
        var n = (double)f.Pairs.Count;
        Assert.True(f.Pairs.Count(p => p.Gold["kind"] == p.System["kind"]) / n >= 0.95, "kind accuracy");
        Assert.True(f.Pairs.Count(p => p.Gold["qualifier"] == p.System["qualifier"]) / n >= 0.95, "qualifier accuracy");
        Assert.True(f.Pairs.Count(p => GoldScorer.HeadWords(p.Gold["unit"]).Overlaps(GoldScorer.HeadWords(p.System["unit"]))) / n >= 0.85, "unit accuracy");
        var timed = f.Pairs.Where(p => p.Gold["time"].Length > 0).ToList();
        var timeOk = timed.Count(p =>
        {
            var parts = p.Gold["time"].Split('/');
            var end = p.System["time_end"].Length > 0 ? p.System["time_end"] : p.System["time_start"];
            return p.System["time_start"].StartsWith(parts[0], StringComparison.Ordinal) && end.StartsWith(parts[^1], StringComparison.Ordinal);
        });
        Assert.True((double)timeOk / timed.Count >= 0.85, $"time accuracy {timeOk}/{timed.Count}");
    }

    [Fact]
    public void Extract_Seeds_EveryQuoteIsTheSourceTextAtItsOffsets()
    {
        var data = Data.Value;
        var sources = data.Documents.ToDictionary(d => d.Id, d => File.ReadAllText(d.FilePath));

        var rows = data.Figures.Select(f => f.Source).Concat(data.Dates.Select(d => d.Source)).ToList();

        Assert.True(rows.Count > 100);
        Assert.All(rows, p => Assert.Equal(p.Quote, sources[p.Document][p.CharStart..p.CharEnd]));
    }

    [Fact]
    public void Extract_Seeds_NoFigureIsAYearSymbolFootnoteOrParagraphNumber()
    {
        var data = Data.Value;
        var docs = Pipeline.Read([Seeds.Folder]).ToDictionary(d => d.Id);

        foreach (var f in data.Figures)
        {
            var doc = docs[f.Source.Document];
            Assert.DoesNotContain('/', f.Source.Quote);
            Assert.False(f.Value is >= 1900 and <= 2100 && f.Kind == FigureKind.Count, $"year as figure: {f.Source.Quote}");
            Assert.DoesNotContain(doc.Footnotes, m => m.Span.Start < f.Source.CharEnd && f.Source.CharStart < m.Span.End);
            Assert.DoesNotContain(doc.Paragraphs, p => p.Number is not null && p.Span.Start == f.Source.CharStart);
            Assert.DoesNotContain(data.Dates, d => d.Source.Document == f.Source.Document && d.Source.CharStart < f.Source.CharEnd && f.Source.CharStart < d.Source.CharEnd);
        }

        var quotes = data.Figures.Select(f => f.Source.Quote).ToList();
        Assert.DoesNotContain(quotes, q => q.Contains("58/208", StringComparison.Ordinal) || q.Contains("97", StringComparison.Ordinal) || q.Contains("143", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Seeds_BuildsTheTwoSeedSeries()
    {
        var series = Data.Value.Series;

        var migrants = Assert.Single(series, s => s.Measure == "international migrants worldwide");
        Assert.Equal([("1960", 76_000_000m), ("2000", 175_000_000m)], migrants.Points.Select(p => (p.Time.ToString(), p.Value)));
        var share = Assert.Single(series, s => s.Measure.Contains("Governments that viewed immigration levels as too high", StringComparison.Ordinal));
        Assert.Equal(FigureKind.Percent, share.Kind);
        Assert.Equal([("1975", 7m), ("2003", 21m)], share.Points.Select(p => (p.Time.ToString(), p.Value)));
        Assert.All(share.Points, p => Assert.Equal(4, p.Source.Paragraph));
    }

    [Fact]
    public void Extract_TwoDocumentsDisagreeOnAMeasure_JoinOneSeriesAndReportTheConflict()
    {
        var a = Seeds.Parse("1. The number of international migrants worldwide stood at 175 million in 2000, up from 76 million in 1960.\n", "report-a");
        var b = Seeds.Parse("1. The number of international migrants worldwide stood at 191 million in 2005, up from 174 million in 2000.\n", "report-b");

        var data = Pipeline.Extract([a, b]);

        var s = Assert.Single(data.Series);
        Assert.Equal(["1960", "2000", "2000", "2005"], s.Points.Select(p => p.Time.ToString()));
        var conflict = Assert.Single(s.Conflicts);
        Assert.Equal("2000", conflict.Time.ToString());
        Assert.Equal([175_000_000m, 174_000_000m], conflict.Points.Select(p => p.Value).Order().Reverse());
        var diagnostic = Assert.Single(data.Diagnostics);
        Assert.Equal("series-conflict", diagnostic.Code);
        Assert.Contains("report-a", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("report-b", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnnumberedSeed_ReferenceDateIsLatestExplicitDate()
    {
        var doc = Assert.Single(Data.Value.Documents, d => d.Id == Seeds.Unnumbered);

        Assert.Equal("latest explicit date", doc.ReferenceDateSource);
        Assert.Equal(new DateOnly(2003, 7, 1), doc.ReferenceDate);
    }
}

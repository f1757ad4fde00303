using System.Text.RegularExpressions;
using System.Xml.Linq;
using MigrationStats.Charts;
using MigrationStats.Dataset;
using MigrationStats.Tests.Trends;

namespace MigrationStats.Tests.Charts;

public sealed class TrendChartTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-trendchart-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string SvgText(string svg) =>
        string.Join("\n", XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));

    /// <summary>UNOMIG's strength in 2005: 12 observers the report does not date (hollow), and two reports disagreeing for 1 July.</summary>
    private static ExtractedDataset Disputed() => TrendData.With(
        [TrendData.Document("S_2005_269", "S/2005/269", "UNOMIG", TrendData.Unomig)],
        TrendData.Series("S-unomig-military-observers", "UNOMIG: military observers", "military observer", "UNOMIG", MeasureType.Stock, null, "military observers",
            TrendData.Point("S/2005/32", 2005, 1, 1, 117),
            TrendData.Point("S/2005/269", 2005, 4, 1, 121),
            TrendData.Point("S/2005/453", 2005, 7, 1, 120),
            TrendData.Point("S/2005/458", 2005, 7, 1, 122, paragraph: 5),
            TrendData.Point("S/2005/657", 2005, 10, 1, 121, asOf: true)));

    [Fact]
    public void Plan_ThreePointSeriesAndTwoPointSeries_OnlyTheThreePointOneGetsAChart()
    {
        var data = ChartData.With(
            [],
            ChartData.Series("three", "things", FigureKind.Count, (2001, 1), (2002, 2), (2003, 3)),
            ChartData.Series("two", "things", FigureKind.Count, (2001, 1), (2002, 2)));

        var trends = ChartRenderer.Plan(data).Where(s => s.Kind == ChartKind.Trend).ToList();
        var files = ChartRenderer.RenderAll(data, dir).Select(Path.GetFileName).ToList();

        Assert.Equal(["trend-three"], trends.Select(t => t.Stem));
        Assert.Contains("trend-three.png", files);
        Assert.DoesNotContain("trend-two.png", files);
        Assert.Equal(["three"], ChartRenderer.ChartedSeries(data).AsEnumerable());
    }

    [Fact]
    public void TrendSvg_DatedPointsAsOfAndConflict_CaptionNamesSymbolsExplainsHollowMarkersAndListsEachDisagreeingValue()
    {
        ChartRenderer.RenderAll(Disputed(), dir);

        var text = SvgText(File.ReadAllText(Path.Combine(dir, "trend-unomig-military-observers.svg")));
        var caption = Regex.Replace(text, @"\s+", " ");

        Assert.Contains("UNOMIG: military observers", text);
        Assert.Contains("United Nations Observer Mission in Georgia (UNOMIG) · stock · 5 values from 5 reports, 1 Jan 2005 – 1 Oct 2005", text);
        Assert.Contains("Source: S/2005/32 para. 2; S/2005/269 para. 2; S/2005/453 para. 2; S/2005/458 para. 5; S/2005/657 para. 2.", caption);
        Assert.Contains("Hollow markers: the report gives no date for the value, so it stands at the report's date: 121 on 1 Oct 2005 (S/2005/657).", caption);
        Assert.Contains("Reports disagree for 1 Jul 2005: 120 (S/2005/453, para. 2) vs 122 (S/2005/458, para. 5).", caption);
        Assert.DoesNotContain("S_2005_", text); // file ids never, when a symbol is known
        // Quarters on the axis (the values span one year); the two values for 1 July, whose markers
        // overlap, share one label from the lower to the higher.
        var lines = text.Split('\n');
        Assert.Equal(["Jan 2005", "Apr 2005", "Jul 2005", "Oct 2005"], lines.Where(l => Regex.IsMatch(l, @"^[A-Z][a-z]{2} 2005$")));
        Assert.Contains("120 / 122", lines);
        Assert.Contains("117", lines);
        Assert.DoesNotContain("values have no label", caption);
    }

    [Fact]
    public void TrendPng_DisputedValues_AreDrawnInTheWarningColour()
    {
        var spec = Assert.Single(ChartRenderer.Plan(Disputed()), s => s.Kind == ChartKind.Trend);

        using var bitmap = spec.Picture.ToBitmap();
        var warning = SkiaSharp.SKColor.Parse(ChartStyle.WarningHex);
        var count = 0;
        for (var y = 0; y < TrendChart.PlotHeight; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                count += bitmap.GetPixel(x, y) == warning ? 1 : 0;
            }
        }

        Assert.True(count > 60, $"only {count} pixels in the warning colour: the disputed values were not drawn as such");
    }

    [Fact]
    public void Table_ConflictAndAsOf_GivesTimeValueAsOfSymbolParagraphQuoteAndTheOtherValue()
    {
        var table = TrendChart.Table(Disputed().Series[0], new Dictionary<string, Figure>());

        Assert.Equal(["Time", "Value", "As of", "Source", "Paragraph", "Quote", "Conflict"], table.Columns.AsEnumerable());
        Assert.Equal(["1 Jul 2005", "120", "no", "S/2005/453", "2", "120", "disagrees with 122 (S/2005/458, para. 5)"], table.Rows[2].AsEnumerable());
        Assert.Equal(["1 Oct 2005", "121", "yes", "S/2005/657", "2", "121", ""], table.Rows[4].AsEnumerable());
        Assert.Equal([2, 3], table.Highlighted.Order());
    }

    [Fact]
    public void Index_SeriesOfTwoMissions_ASectionPerTopicUnderItsFullNameAndSeriesWithoutTopicLast()
    {
        ChartRenderer.RenderAll(TrendData.Missions(), dir);
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));

        var unmik = html.IndexOf("<section class=\"topic\" id=\"topic-unmik\">\n<h2>United Nations Interim Administration Mission in Kosovo (UNMIK)</h2>", StringComparison.Ordinal);
        var unomig = html.IndexOf("<section class=\"topic\" id=\"topic-unomig\">\n<h2>United Nations Observer Mission in Georgia (UNOMIG)</h2>", StringComparison.Ordinal);
        var none = html.IndexOf("<section class=\"topic\" id=\"topic-none\">\n<h2>Series without a topic</h2>", StringComparison.Ordinal);
        Assert.True(unmik > 0 && unomig > unmik && none > unomig, $"topic sections at {unmik}, {unomig}, {none}");

        // Within UNOMIG: the stocks, then the target; each series with its table, a chart only from three points.
        var observers = html.IndexOf("<section class=\"series\" id=\"S-unomig-military-observers\">", StringComparison.Ordinal);
        var patrols = html.IndexOf("<section class=\"series\" id=\"S-unomig-patrols\">", StringComparison.Ordinal);
        var target = html.IndexOf("<section class=\"series\" id=\"S-unomig-military-observers-target\">", StringComparison.Ordinal);
        var migrants = html.IndexOf("<section class=\"series\" id=\"S-international-migrants-worldwide\">", StringComparison.Ordinal);
        Assert.True(unomig < observers && observers < patrols && patrols < target && target < none && none < migrants);
        Assert.Contains("<img src=\"trend-unomig-military-observers.png\"", html);
        Assert.DoesNotContain("trend-unomig-patrols.png", html);
        Assert.Contains("No chart: fewer than 3 points.", html[patrols..target]);
        Assert.Contains("<tr><td>1 Apr 2005</td><td class=\"num\">121</td><td>no</td><td>S/2005/269</td><td>2</td><td class=\"quote\">121</td></tr>", html[observers..patrols]);
    }

    [Fact]
    public void Index_ConflictingValues_RowsHighlightedWithTheOtherValueAndTextEscaped()
    {
        var data = Disputed();
        data = data with { Series = [data.Series[0] with { Unit = "observers <b>" }] };

        ChartRenderer.RenderAll(data, dir);
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));

        Assert.Contains("<tr class=\"conflict\"><td>1 Jul 2005</td><td class=\"num\">120</td><td>no</td><td>S/2005/453</td><td>2</td><td class=\"quote\">120</td><td class=\"note\">disagrees with 122 (S/2005/458, para. 5)</td></tr>", html);
        Assert.Contains("<span class=\"warn\">1 time(s) where reports disagree</span>", html);
        Assert.Contains("unit: observers &lt;b&gt;", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void TrendSvg_SmallValuesOnAChartOfMillions_LabelledAtTheirOwnScale()
    {
        var data = ChartData.With([], ChartData.Series("returns", "returns", FigureKind.Count, (2001, 2_500_000), (2002, 45_000), (2003, 120)));

        ChartRenderer.RenderAll(data, dir);
        var lines = SvgText(File.ReadAllText(Path.Combine(dir, "trend-returns.svg"))).Split('\n');

        Assert.Contains("Returns (millions)", lines);
        Assert.Contains("2.5 million", lines);
        Assert.Contains("45,000", lines);
        Assert.Contains("120", lines);
        Assert.DoesNotContain("0 million", lines);
    }

    [Fact]
    public void TrendSvg_ManyDisagreements_CaptionListsEightAndCountsTheRest()
    {
        var points = Enumerable.Range(0, 10).SelectMany(i => new[]
        {
            TrendData.Point("S/2005/1", 2000 + i, 1, 1, 100 + i),
            TrendData.Point("S/2005/2", 2000 + i, 1, 1, 200 + i),
        }).ToArray();
        var data = TrendData.With([], TrendData.Series("S-x", "UNOMIG: posts", "post", "UNOMIG", MeasureType.Stock, null, "posts", points));

        ChartRenderer.RenderAll(data, dir);
        var caption = Regex.Replace(SvgText(File.ReadAllText(Path.Combine(dir, "trend-unomig-posts.svg"))), @"\s+", " ");

        Assert.Equal(8, Regex.Matches(caption, "Reports disagree for 1 Jan").Count);
        Assert.Contains("Reports disagree for 2 more times: the data table (index.html, or the trend CSV) lists every value with its source.", caption);
    }

    [Theory]
    [InlineData("UNOMIG: military observers", "military observers", "UNOMIG: military observers")]
    [InlineData("Kosovo Serbs as share of the Kosovo Police Service", "% of officers", "Kosovo Serbs as share of the Kosovo Police Service (% of officers)")]
    [InlineData("international migrants worldwide", "international migrants", "International migrants worldwide")]
    public void Title_MeasureAndUnit_UnitAddedOnlyWhenTheMeasureDoesNotSayIt(string measure, string unit, string title)
    {
        Assert.Equal(title, TrendChart.Title(new Series(measure, unit, FigureKind.Count, [], [])));
    }
}

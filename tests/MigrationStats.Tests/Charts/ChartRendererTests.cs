using System.Text.RegularExpressions;
using System.Xml.Linq;
using MigrationStats.Charts;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Charts;

public sealed class ChartRendererTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-charts-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static IEnumerable<string> SvgTexts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim());

    private List<string> SampleSvgTexts(string stem)
    {
        ChartRenderer.RenderAll(ChartData.Sample(), dir);
        return SvgTexts(File.ReadAllText(Path.Combine(dir, stem + ".svg"))).ToList();
    }

    [Fact]
    public void RenderAll_SampleDataset_WritesPngAndSvgForEveryChartAndTheIndex()
    {
        var files = ChartRenderer.RenderAll(ChartData.Sample(), dir);

        string[] stems =
        [
            "trend-international-migrants-worldwide",
            "timeline-000_397259635170bbc5",
            "timeline-001_c5d6c3fc288e3ece",
            "timeline-corpus",
            "overview",
        ];
        foreach (var stem in stems)
        {
            Assert.Contains(Path.Combine(dir, stem + ".png"), files);
            Assert.Contains(Path.Combine(dir, stem + ".svg"), files);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(dir, stem + ".png"))[..4]);
        }

        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith("trend-governments", StringComparison.Ordinal)); // two points: no chart
        Assert.Contains(Path.Combine(dir, "index.html"), files);
        Assert.True(File.Exists(Path.Combine(dir, "fonts", "DejaVuSans.ttf")));
        Assert.Empty(Directory.EnumerateFiles(dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void TrendPng_SampleSeries_HasTheSizeOfTheExampleTheReadmeShows()
    {
        static (int Width, int Height) Size(byte[] png) =>
            (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        ChartRenderer.RenderAll(ChartData.Sample(), dir);

        var rendered = Size(File.ReadAllBytes(Path.Combine(dir, "trend-international-migrants-worldwide.png")));
        var example = Size(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "Charts", "trend-example.png")));

        Assert.Equal(example, rendered);
    }

    [Fact]
    public void TrendSvg_SampleSeries_HasTitleAxisTitlesYearsAndValuesAsText()
    {
        var texts = SampleSvgTexts("trend-international-migrants-worldwide");

        Assert.Contains("International migrants worldwide", texts);
        Assert.Contains("Year", texts);
        Assert.Contains("International migrants (millions)", texts);
        Assert.Contains("1960", texts);
        Assert.Contains("76 million", texts);
        Assert.Contains("175 million", texts);
        Assert.Contains(texts, t => t.StartsWith("Source: A/58/275", StringComparison.Ordinal));
    }

    [Fact]
    public void TrendSvg_YearAxis_Reads1960Not1Comma960()
    {
        var data = ChartData.With([], ChartData.Series("migrants", "migrants", FigureKind.Count, (1960, 76_000_000), (1990, 154_000_000), (2000, 175_000_000)));
        ChartRenderer.RenderAll(data, dir);

        var svg = File.ReadAllText(Path.Combine(dir, "trend-migrants.svg"));
        var years = SvgTexts(svg).Where(t => Regex.IsMatch(t, @"^[12][,.\s]?\d{3}$")).ToList();

        Assert.Equal(["1960", "1965", "1970", "1975", "1980", "1985", "1990", "1995", "2000"], years);
        Assert.DoesNotContain("1,960", svg);
    }

    [Fact]
    public void PercentSeries_AxisTitle_IsTheUnitWithoutItsClause()
    {
        var data = ChartData.With([], ChartData.Series("proportion of Governments that viewed immigration levels as too high", "% of Governments that viewed immigration levels as too high", FigureKind.Percent, (1975, 7), (1990, 15), (2003, 21)));
        ChartRenderer.RenderAll(data, dir);

        var texts = SvgTexts(File.ReadAllText(Path.Combine(dir, "trend-proportion-of-governments-that-viewed-immigration-levels-as-too-high.svg"))).ToList();

        Assert.Contains("% of Governments", texts);
        Assert.Contains("Proportion of Governments that viewed immigration levels as too high", texts);
        Assert.Contains("7%", texts);
        Assert.Contains("21%", texts);
    }

    [Fact]
    public void TimelineSvg_Sample_HasTitleYearsAndEventLabelsAsText()
    {
        var texts = SampleSvgTexts("timeline-corpus");

        Assert.Contains("Dated events in all documents (2)", texts);
        Assert.Contains("1990", texts);
        Assert.Contains("18 Dec 1990", texts);
        Assert.Contains("c. 1977–1979", texts);
    }

    [Fact]
    public void RenderAll_SeriesWithOnePoint_DrawsNoTrend()
    {
        var data = ChartData.With([], ChartData.Series("lonely", "things", FigureKind.Count, (2003, 5)));

        var files = ChartRenderer.RenderAll(data, dir);

        Assert.DoesNotContain(files, f => Path.GetFileName(f).StartsWith("trend-", StringComparison.Ordinal));
        Assert.Contains("No charts", File.ReadAllText(Path.Combine(dir, "index.html")));
    }

    [Fact]
    public void RenderAll_SeriesFilter_DrawsOnlyThatSeriesButIndexesEveryChartOnDisk()
    {
        var data = ChartData.Sample();
        ChartRenderer.RenderAll(data, dir);
        File.Delete(Path.Combine(dir, "trend-international-migrants-worldwide.png"));

        var files = ChartRenderer.RenderAll(data, dir, seriesFilter: "International Migrants Worldwide");

        Assert.Equal(
            ["index.html", "trend-international-migrants-worldwide.png", "trend-international-migrants-worldwide.svg"],
            files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var index = File.ReadAllText(Path.Combine(dir, "index.html"));
        Assert.Contains("src=\"timeline-corpus.png\"", index);
        Assert.Contains("src=\"trend-international-migrants-worldwide.png\"", index);
    }

    [Fact]
    public void RenderAll_WithoutFilter_RemovesChartsOfSeriesNoLongerInTheDataset()
    {
        var stale = Path.Combine(dir, "trend-gone.png");
        File.WriteAllBytes(stale, [1]);
        var unrelated = Path.Combine(dir, "notes.png");
        File.WriteAllBytes(unrelated, [1]);

        ChartRenderer.RenderAll(ChartData.Sample(), dir);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public void Index_EventTextWithMarkup_IsEscapedAndCarriesProvenance()
    {
        var e = ChartData.Event("D1", new PartialDate(2003), new PartialDate(2003), "<script>alert(1)</script> & co", DateKind.Year) with
        {
            Source = new Provenance("doc", "A/58/275", 12, "in 2003 <b>", "In 2003 <b>.", 5, 16),
        };

        ChartRenderer.RenderAll(ChartData.With([e]), dir);
        var index = File.ReadAllText(Path.Combine(dir, "index.html"));

        Assert.DoesNotContain("<script>", index);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", index);
        Assert.Contains("<td>A/58/275 (doc)</td><td>12</td><td class=\"quote\">in 2003 &lt;b&gt;</td>", index);
    }

    [Fact]
    public void Slug_MeasureWithPunctuation_IsLowerCaseWordsAndHyphens()
    {
        Assert.Equal("governments-viewing-immigration-as-too-high-1976", ChartRenderer.Slug("Governments viewing immigration as 'too high' (1976)"));
        Assert.Equal("000_397259635170bbc5", ChartRenderer.Slug("000_397259635170bbc5"));
    }
}

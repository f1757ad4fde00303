using MigrationStats.Charts;
using MigrationStats.Dataset;
using SkiaSharp;

namespace MigrationStats.Tests.Charts;

public sealed class ChartFontsTests
{
    [Fact]
    public void EmbeddedFaces_AreDejaVuSansRegularAndBold()
    {
        Assert.Equal("DejaVu Sans", ChartFonts.Regular.FamilyName);
        Assert.Equal("DejaVu Sans", ChartFonts.Bold.FamilyName);
        Assert.True(ChartFonts.Bold.FontWeight > ChartFonts.Regular.FontWeight);
        Assert.Equal("DejaVu Sans", ChartFonts.Family);
    }

    [Fact]
    public void ScottPlot_AskedForTheChartFamily_GetsTheEmbeddedFacesNotASystemFont()
    {
        Assert.True(ChartFonts.ScottPlotUsesEmbeddedFaces());
    }

    [Fact]
    public void Width_KnownText_MatchesDejaVuSansMetrics()
    {
        // DejaVu Sans advances: "1960" is four digits of 0.636 em; at 100 px that is 254.5 px.
        Assert.Equal(254.5, ChartFonts.Width("1960", 100), 0);
    }

    [Fact]
    public void TrendChart_TitleArea_HasTextPixels()
    {
        var data = ChartData.With([], ChartData.Series("international migrants worldwide", "international migrants", FigureKind.Count, (1960, 76_000_000), (1990, 154_000_000), (2000, 175_000_000)));
        var spec = Assert.Single(ChartRenderer.Plan(data), s => s.Kind == ChartKind.Trend);

        using var bitmap = spec.Picture.ToBitmap();

        // The title is centred in the top 50 pixels: count dark pixels there.
        var dark = 0;
        for (var y = 0; y < 50; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                dark += c.Red + c.Green + c.Blue < 300 ? 1 : 0;
            }
        }

        Assert.True(dark > 400, $"only {dark} dark pixels in the title area: the title was not drawn");
    }

    [Fact]
    public void Fit_LongText_EndsWithEllipsisAndFits()
    {
        var text = "The International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families";

        var fitted = ChartFonts.Fit(text, 200, 12);

        Assert.EndsWith("…", fitted);
        Assert.True(ChartFonts.Width(fitted, 12) <= 200);
        Assert.StartsWith("The International", fitted);
    }

    [Fact]
    public void Register_SetsScottPlotDefaultToTheChartFamily()
    {
        ChartFonts.Register();

        Assert.Equal(ChartFonts.Family, ScottPlot.Fonts.Default);
        Assert.NotNull(SKTypeface.Default);
    }
}

using MigrationStats.Dataset;

namespace MigrationStats.Tests.Charts;

public sealed class ChartCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-chartcmd-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = MigrationStats.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string Dataset()
    {
        var path = Path.Combine(dir, "dataset.json");
        File.WriteAllText(path, DatasetJson.Write(ChartData.Sample()));
        return path;
    }

    [Fact]
    public void Chart_Dataset_RedrawsEveryChart()
    {
        var outDir = Path.Combine(dir, "charts");

        var (code, stdout, _) = Run("chart", "--dataset", Dataset(), "--out", outDir);

        Assert.Equal(0, code);
        // One trend (the sample's other series has two points: no chart), two document timelines, the corpus timeline, the overview.
        Assert.Equal(5, Directory.GetFiles(outDir, "*.png").Length);
        Assert.Equal(5, Directory.GetFiles(outDir, "*.svg").Length);
        Assert.Contains($"wrote {Path.Combine(outDir, "index.html")}", stdout);
    }

    [Fact]
    public void Chart_DocumentFilter_DrawsThatTimelineOnly()
    {
        var outDir = Path.Combine(dir, "charts");

        var (code, _, _) = Run("chart", "--dataset", Dataset(), "--document", "000_397259635170bbc5", "--out", outDir);

        Assert.Equal(0, code);
        Assert.Equal(["timeline-000_397259635170bbc5.png"], Directory.GetFiles(outDir, "*.png").Select(Path.GetFileName));
    }

    [Fact]
    public void Chart_UnknownSeries_SaysWhichSeriesExistAndExitsOne()
    {
        var path = Dataset();

        var (code, _, err) = Run("chart", "--dataset", path, "--series", "refugees", "--out", Path.Combine(dir, "charts"));

        Assert.Equal(1, code);
        Assert.Equal($"error: {path}: no series 'refugees' with 3 or more points (series: 'international migrants worldwide')", err.Trim());
        Assert.False(Directory.Exists(Path.Combine(dir, "charts")));
    }

    [Fact]
    public void Chart_MissingDataset_SaysSoAndExitsTwo()
    {
        var missing = Path.Combine(dir, "nope.json");

        var (code, _, err) = Run("chart", "--dataset", missing);

        Assert.Equal(2, code);
        Assert.Equal($"error: {missing}: no such file or folder", err.Trim());
    }
}

using MigrationStats.Dataset;

namespace MigrationStats.Tests.Cli;

public sealed class TrendCommandTests : IDisposable
{
    /// <summary>Five UNOMIG reports of 2007-2008, each giving the mission's strength in paragraph 2.</summary>
    private static readonly string[] Reports = ["UNOMIG_S_2007_15", "UNOMIG_S_2007_182", "UNOMIG_S_2007_439", "UNOMIG_S_2007_588", "UNOMIG_S_2008_38"];

    private readonly string dir = Directory.CreateTempSubdirectory("migstats-trend-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = MigrationStats.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string[] Inputs(params string[] ids) => [.. ids.Select(id => Path.Combine(SharedData.CorpusText, id + ".txt"))];

    [Fact]
    public void Trend_MilitaryObserversInFiveUnomigReports_PrintsEachPointWithItsSymbolAndWritesCsvAndChart()
    {
        var (code, stdout, stderr) = Run(["trend", "military observers", .. Inputs(Reports), "--out", dir]);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("UNOMIG: military observers  [S-unomig-military-observers]", lines[0]);
        Assert.Equal("  topic: UNOMIG (United Nations Observer Mission in Georgia); type: stock; scope: whole area; unit: military observers", lines[1]);
        Assert.Equal("  5 points from 5 reports, 0 conflicts", lines[2]);
        Assert.Equal(
            [
                "    2007-01-01  127         S/2007/15   para 2  \"127\"",
                "    2007-04-01  129         S/2007/182  para 2  \"129\"",
                "    2007-07-01  135         S/2007/439  para 2  \"135\"",
                "    2007-10-01  133         S/2007/588  para 2  \"133\"",
                "    2008-01-01  133         S/2008/38   para 2  \"133\"",
            ],
            lines.Skip(3).Take(5));

        var csv = Path.Combine(dir, "trend-military-observers.csv");
        var png = Path.Combine(dir, "trend-military-observers.png");
        Assert.Contains($"wrote {csv} (5 rows)", lines);
        Assert.Contains($"wrote {png}", lines);
        var rows = CsvExport.Parse(File.ReadAllText(csv));
        Assert.Equal(CsvExport.SeriesColumns, rows[0]);
        Assert.Equal(["127", "129", "135", "133", "133"], rows.Skip(1).Select(r => r[Array.IndexOf(CsvExport.SeriesColumns, "value")]));
        Assert.Equal(["S/2007/15", "S/2007/182", "S/2007/439", "S/2007/588", "S/2008/38"], rows.Skip(1).Select(r => r[Array.IndexOf(CsvExport.SeriesColumns, "symbol")]));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        Assert.True(File.Exists(Path.Combine(dir, "trend-military-observers.svg")));
        Assert.True(File.Exists(Path.Combine(dir, "fonts", "DejaVuSans.ttf")));
        Assert.Empty(Directory.EnumerateFiles(dir, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Trend_SeedSeriesOfTwoPoints_PrintsAndWritesTheCsvButNoChart()
    {
        var (code, stdout, _) = Run("trend", "international migrant worldwide", Seeds.Folder, "--out", dir);

        Assert.Equal(0, code);
        Assert.Contains("  2 points from 1 report, 0 conflicts", stdout, StringComparison.Ordinal);
        Assert.Contains("    2000  175,000,000         001_c5d6c3fc288e3ece  para 4  \"175 million\"", stdout, StringComparison.Ordinal);
        Assert.Contains("no chart for 'international migrants worldwide': 2 points (a chart needs 3)", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "trend-international-migrant-worldwide.csv")));
        Assert.Empty(Directory.EnumerateFiles(dir, "*.png"));
    }

    [Fact]
    public void Trend_MeasureTheReportsDoNotHave_OneLineNamingTheNearestAndExitsOne()
    {
        var (code, stdout, stderr) = Run(["trend", "helicopters", .. Inputs(Reports[0], Reports[1]), "--out", dir]);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        var error = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: no series of 'helicopters' in the inputs (nearest: ", error, StringComparison.Ordinal);
        Assert.Contains("'UNOMIG: military observers'", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void Trend_MissingInput_IsBadInputAndExitsTwo()
    {
        var missing = Path.Combine(dir, "nope.txt");

        var (code, _, stderr) = Run("trend", "military observers", missing, "--out", dir);

        Assert.Equal(2, code);
        Assert.Equal($"error: {missing}: no such file or folder", stderr.Trim());
    }
}

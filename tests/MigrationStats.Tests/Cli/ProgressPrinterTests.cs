using MigrationStats.Cli;

namespace MigrationStats.Tests.Cli;

public class ProgressPrinterTests
{
    private static RunProgress At(int done, int total, double seconds, string stage = "reading") =>
        new(done, total, $"/x/r{done}.txt", TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(seconds / Math.Max(1, done) * (total - done)), stage);

    [Theory]
    [InlineData(1, 272, 3, "[1/272] 0% 0:03 elapsed, about 13:33 left: r1.txt")]
    [InlineData(136, 272, 70, "[136/272] 50% 1:10 elapsed, about 1:10 left: r136.txt")]
    [InlineData(272, 272, 140, "[272/272] 100% 2:20 elapsed: r272.txt")]
    public void Line_Reading_SaysDoneOfTotalElapsedEstimateAndFile(int done, int total, double seconds, string expected)
    {
        Assert.Equal(expected, ProgressPrinter.Line(At(done, total, seconds)));
    }

    [Fact]
    public void Report_IntoALog_StaysQuietForShortRunsThenPrintsEveryTenSecondsAndTheEnd()
    {
        var log = new StringWriter();
        var printer = new ProgressPrinter(log, terminal: false);

        printer.Report(At(1, 100, 0.5));
        printer.Report(At(2, 100, 2.5));
        printer.Report(At(3, 100, 5));
        printer.Report(At(40, 100, 13));
        printer.Report(At(100, 100, 30));
        printer.Report(At(100, 100, 30.5, "writing"));

        Assert.Equal(
            ["[2/100] 2% 0:02 elapsed, about 2:02 left: r2.txt", "[40/100] 40% 0:13 elapsed, about 0:19 left: r40.txt", "[100/100] 100% 0:30 elapsed: r100.txt", "[100/100] 0:30 elapsed: writing outputs"],
            log.ToString().TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public void Report_OnATerminal_RewritesOneLine()
    {
        var console = new StringWriter();
        var printer = new ProgressPrinter(console, terminal: true);

        printer.Report(At(5, 10, 3));
        printer.Report(At(10, 10, 6));
        printer.Finish();

        Assert.Equal(2, console.ToString().Count(c => c == '\r'));
        Assert.Single(console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

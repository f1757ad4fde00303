using System.Text.Json;

namespace MigrationStats.Tests.Cli;

/// <summary><c>migstats run</c> as a user types it: options, the summary, progress and hostile inputs.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-runcli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = MigrationStats.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string Report()
    {
        var folder = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "S/2004/1\n\n1. Some 160 people attended in May 2004.\n");
        return folder;
    }

    [Theory]
    [InlineData("-x")]
    [InlineData("--verbose")]
    [InlineData("--timeline")]
    public void Run_UnknownOption_IsAUsageErrorExitOneAndWritesNothing(string option)
    {
        var output = Path.Combine(dir, "out");

        var (code, _, err) = Run("run", Report(), option, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains($"unknown option '{option}'", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_ShortOutOption_WritesThere()
    {
        var output = Path.Combine(dir, "short");

        var (code, stdout, _) = Run("run", Report(), "-o", output, "-q");

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(output, "figures.csv")));
        Assert.EndsWith($"to {output}/ in", stdout.TrimEnd().Split('\n')[^1][..(stdout.TrimEnd().Split('\n')[^1].LastIndexOf(" in", StringComparison.Ordinal) + 3)], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Json_PrintsOneObjectWithCountsSkippedAndExitCode()
    {
        var missing = Path.Combine(dir, "missing.txt");

        var (code, stdout, _) = Run("run", Report(), missing, "--out", Path.Combine(dir, "out"), "--json", "--quiet");

        Assert.Equal(3, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("documents").GetInt32());
        Assert.Equal(1, root.GetProperty("figures").GetInt32());
        Assert.Equal(3, root.GetProperty("exit_code").GetInt32());
        var skipped = Assert.Single(root.GetProperty("skipped").EnumerateArray());
        Assert.Equal(missing, skipped.GetProperty("path").GetString());
        Assert.Equal(InputErrors.NotFound, skipped.GetProperty("problem").GetString());
    }

    [Fact]
    public void Run_DevZero_OneLineErrorExitTwo()
    {
        var (code, stdout, err) = Run("run", "/dev/zero", "--out", Path.Combine(dir, "out"));

        Assert.Equal(2, code);
        Assert.Equal($"error: /dev/zero: {InputErrors.NotRegular}", err.Trim());
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public void Run_Fifo_OneLineErrorExitTwoWithoutBlocking()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(dir, "pipe.txt");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mk.WaitForExit();
        }

        var (code, _, err) = Run("run", fifo, "--out", Path.Combine(dir, "out"));

        Assert.Equal(2, code);
        Assert.Equal($"error: {fifo}: {InputErrors.NotRegular}", err.Trim());
    }

    [Fact]
    public void Run_SecondRunIntoALockedFolder_OneLineErrorExitTwo()
    {
        var output = Path.Combine(dir, "out");
        using var held = MigrationStats.Common.OutputFolder.Open(output);

        var (code, _, err) = Run("run", Report(), "--out", output);

        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.StartsWith($"error: {output}: is in use by another migstats run", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DuplicateReport_SaysItWasReadOnceAndExitsZero()
    {
        var folder = Report();
        File.Copy(Path.Combine(folder, "a.txt"), Path.Combine(folder, "b.txt"));

        var (code, stdout, _) = Run("run", folder, "--out", Path.Combine(dir, "out"), "-q");

        Assert.Equal(0, code);
        Assert.Contains($"  note: {Path.Combine(folder, "b.txt")} is the same file as {Path.Combine(folder, "a.txt")} (same SHA-256); read once", stdout, StringComparison.Ordinal);
        Assert.StartsWith("1 documents, 1 paragraphs: ", stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }
}

using System.Text;
using MigrationStats.Tests.Ingest;

namespace MigrationStats.Tests.Cli;

public sealed class BadInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-bad-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = MigrationStats.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Inspect_MissingPath_SaysNoSuchFileAndExitsTwo()
    {
        var missing = Path.Combine(dir, "nope.txt");

        var (code, _, err) = Run("inspect", missing);

        Assert.Equal(2, code);
        Assert.Equal($"error: {missing}: no such file or folder", err.Trim());
    }

    [Fact]
    public void Inspect_FolderWithoutTextFiles_SaysSoAndExitsTwo()
    {
        Write("notes.md", "hello"u8.ToArray());

        var (code, _, err) = Run("inspect", dir);

        Assert.Equal(2, code);
        Assert.Equal($"error: {dir}: folder holds no .txt or .pdf files", err.Trim());
    }

    [Fact]
    public void Inspect_EmptyFile_SaysEmptyAndExitsTwo()
    {
        var path = Write("empty.txt", []);

        var (code, _, err) = Run("inspect", path);

        Assert.Equal(2, code);
        Assert.Equal($"error: {path}: file is empty", err.Trim());
    }

    [Fact]
    public void Inspect_BinaryFile_SaysBinaryAndExitsTwo()
    {
        var path = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);

        var (code, _, err) = Run("inspect", path);

        Assert.Equal(2, code);
        Assert.Equal($"error: {path}: file is binary, not text (it contains NUL bytes)", err.Trim());
    }

    [Fact]
    public void Inspect_Latin1File_SaysNotUtf8WithOffsetAndExitsTwo()
    {
        var path = Write("latin1.txt", Encoding.Latin1.GetBytes("1. Malmö is in Sweden."));

        var (code, _, err) = Run("inspect", path);

        Assert.Equal(2, code);
        Assert.Equal($"error: {path}: file is not valid UTF-8 (bad byte at offset 7)", err.Trim());
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_NoArguments_IsAUsageErrorWithExitOne()
    {
        var (code, _, err) = Run("inspect");

        Assert.Equal(1, code);
        Assert.Contains("Required argument missing for command: 'inspect'", err, StringComparison.Ordinal);
    }
}

public sealed class RunBadInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-run-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Run_FolderWithOneBadFile_SkipsItWritesTheOthersAndExitsThree()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.WriteAllText(Path.Combine(inputs, "a.txt"), "1. Some 160 people attended in May 2004.\n");
        File.WriteAllBytes(Path.Combine(inputs, "b.txt"), [0x31, 0x2E, 0x20, 0xFF, 0xFE]);
        var output = Path.Combine(dir, "out");
        var (o, e) = (new StringWriter(), new StringWriter());

        var code = MigrationStats.Cli.Cli.Run(["run", inputs, "--out", output], o, e);

        Assert.Equal(3, code);
        Assert.Equal($"skipped: {Path.Combine(inputs, "b.txt")}: file is not valid UTF-8 (bad byte at offset 3)", e.ToString().Trim());
        Assert.Contains("1 input(s) skipped", o.ToString(), StringComparison.Ordinal);
        Assert.Contains("a,", File.ReadAllText(Path.Combine(output, "figures.csv")).Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FolderWhoseOnlyFileIsBad_FailsBeforeWritingAnything()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.WriteAllBytes(Path.Combine(inputs, "b.txt"), [0x31, 0x2E, 0x20, 0xFF, 0xFE]);
        var output = Path.Combine(dir, "out");
        var (o, e) = (new StringWriter(), new StringWriter());

        var code = MigrationStats.Cli.Cli.Run(["run", inputs, "--out", output], o, e);

        Assert.Equal(2, code);
        Assert.Equal($"error: {Path.Combine(inputs, "b.txt")}: file is not valid UTF-8 (bad byte at offset 3)", e.ToString().Trim());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_EncryptedPdf_SaysItIsEncryptedExitsTwoAndWritesNothing()
    {
        var input = Path.Combine(dir, "x.pdf");
        File.WriteAllBytes(input, PdfFixtures.Encrypted("1. Some 160 people attended in May 2004."));
        var output = Path.Combine(dir, "out");
        var (o, e) = (new StringWriter(), new StringWriter());

        var code = MigrationStats.Cli.Cli.Run(["run", input, "--out", output], o, e);

        Assert.Equal(2, code);
        Assert.Equal($"error: {input}: PDF is encrypted (password-protected); save an unprotected copy first", e.ToString().TrimEnd('\n'));
        Assert.Equal(string.Empty, o.ToString());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_GoodInput_WritesEveryExportAndNoTemporaryFiles()
    {
        var input = Path.Combine(dir, "a.txt");
        File.WriteAllText(input, "1. Some 160 people attended in May 2004.\n");
        var output = Path.Combine(dir, "out");

        var code = MigrationStats.Cli.Cli.Run(["run", input, "--out", output], new StringWriter(), new StringWriter());

        Assert.Equal(0, code);
        foreach (var name in new[] { "figures.csv", "dates.csv", "series.csv", "dataset.json" })
        {
            Assert.True(File.Exists(Path.Combine(output, name)), name);
        }

        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.Contains("Some 160", File.ReadAllText(Path.Combine(output, "figures.csv")), StringComparison.Ordinal);
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using MigrationStats.Common;
using MigrationStats.Verify;

namespace MigrationStats.Tests.Verify;

/// <summary>
/// verify reads source files only from the --sources folders, the outputs' sources/ folder and
/// seeds/, by file name: a checked file that names another path (a secret, /etc/passwd, ../x)
/// never gets it opened or printed.
/// </summary>
public sealed class SourceConfinementTests : IDisposable
{
    private const string Secret = "root:x:0:0:hunter2 the password\n";

    private readonly TempRun run = new();
    private readonly string secret;

    public SourceConfinementTests()
    {
        secret = Path.Combine(Directory.CreateDirectory(Path.Combine(run.Root, "secret")).FullName, "secret.txt");
        File.WriteAllText(secret, Secret);
    }

    public void Dispose() => run.Dispose();

    private string DatasetJson => Path.Combine(run.Output, "dataset.json");

    /// <summary>
    /// Rewrites dataset.json the way a hostile file would: the document's id and recorded path, and
    /// its first figure pointed at the whole of that document with a quote found nowhere (so the
    /// old verify printed the text between the offsets).
    /// </summary>
    private string Craft(string id, string filePath)
    {
        var json = JsonNode.Parse(File.ReadAllText(DatasetJson))!;
        var document = json["documents"]![0]!;
        document["id"] = id;
        document["filePath"] = filePath;
        var source = json["figures"]![0]!["source"]!;
        source["document"] = id;
        source["quote"] = "zzz";
        source["charStart"] = 0;
        source["charEnd"] = Secret.Length;
        File.WriteAllText(DatasetJson, json.ToJsonString());
        return DatasetJson;
    }

    private static void AssertSecretNotShown(VerificationReport report)
    {
        Assert.All(report.Problems, p => Assert.DoesNotContain("hunter2", p.Message, StringComparison.Ordinal));
        Assert.All(report.Notes, n => Assert.DoesNotContain("hunter2", n, StringComparison.Ordinal));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Verifies on another thread so a read that blocks fails the test instead of hanging it.</summary>
    private static VerificationReport WithinAMinute(Func<VerificationReport> verify)
    {
        var task = Task.Run(verify);
        Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "verify did not finish: it read a file that never ends");
        return task.Result;
    }

    [Theory]
    [InlineData("report.txt")]
    [InlineData("UNMIK_S_2014_68.pdf")]
    [InlineData("a b (copy).txt")]
    public void IsPlainFileName_FileName_IsTrue(string name)
    {
        Assert.True(SourceVerifier.IsPlainFileName(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../x.txt")]
    [InlineData("secret/x.txt")]
    [InlineData("..\\x.txt")]
    [InlineData("x\0.txt")]
    [InlineData("x\n.txt")]
    public void IsPlainFileName_PathOrOddName_IsFalse(string name)
    {
        Assert.False(SourceVerifier.IsPlainFileName(name));
    }

    [Fact]
    public void Verify_RecordedAbsolutePathOutsideTheFolders_IsNotOpened()
    {
        var report = run.Verify(Craft("secret", secret), run.Sources);

        var row = report.Rows[0];
        Assert.Equal(RowStatus.Unverifiable, row.Status);
        Assert.StartsWith("source file secret.txt of A/59/999 not found (looked in " + run.Sources, row.Message, StringComparison.Ordinal);
        Assert.EndsWith($"; the run read {secret}); pass --sources with the folder that holds it", row.Message, StringComparison.Ordinal);
        AssertSecretNotShown(report);
    }

    [Fact]
    public void Verify_RecordedEtcPasswd_IsNotOpened()
    {
        var report = run.Verify(Craft("passwd", "/etc/passwd"), run.Sources);

        Assert.Equal(RowStatus.Unverifiable, report.Rows[0].Status);
        Assert.StartsWith("source file passwd of A/59/999 not found (looked in ", report.Rows[0].Message, StringComparison.Ordinal);
        Assert.All(report.Problems, p => Assert.DoesNotContain("root:", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_RecordedRelativePathWithDotDot_IsNotOpened()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, secret);
        Assert.StartsWith("..", relative, StringComparison.Ordinal);

        var report = run.Verify(Craft("secret", relative), run.Sources);

        Assert.Equal(RowStatus.Unverifiable, report.Rows[0].Status);
        Assert.StartsWith("source file secret.txt of A/59/999 not found", report.Rows[0].Message, StringComparison.Ordinal);
        AssertSecretNotShown(report);
    }

    [Fact]
    public void Verify_DocumentIdWithDotDot_IsNotJoinedToASourcesFolder()
    {
        // Once joined to --sources: reports/../secret/secret.txt is the secret.
        var report = run.Verify(Craft("../secret/secret", string.Empty), run.Sources);

        Assert.Equal([(RowStatus.Unverifiable, VerifyMessages.NotAFileName("A/59/999", "../secret/secret.txt"))], report.Rows.Where(r => r.Document == "../secret/secret").Select(r => (r.Status, r.Message)).Distinct());
        AssertSecretNotShown(report);
    }

    [Fact]
    public void Verify_DocumentIdWithBackslashes_IsNotLookedFor()
    {
        var report = run.Verify(Craft("..\\secret\\secret", string.Empty), run.Sources);

        Assert.Equal(VerifyMessages.NotAFileName("A/59/999", "..\\secret\\secret.txt"), report.Rows[0].Message);
        AssertSecretNotShown(report);
    }

    [Fact]
    public void Verify_DocumentIdWithDotDot_IsNotJoinedToSeeds()
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(SourceVerifier.DefaultSources), Path.ChangeExtension(secret, null));

        var report = run.Verify(Craft(relative, string.Empty), run.Sources);

        Assert.StartsWith("source of A/59/999 not looked for: its recorded file name '", report.Rows[0].Message, StringComparison.Ordinal);
        AssertSecretNotShown(report);
    }

    [Fact]
    public void Verify_RecordedPathElsewhere_FindsTheFileByNameInSources()
    {
        var json = Craft("report", "/no/such/folder/report.txt");

        var report = run.Verify(json, run.Sources);

        Assert.Equal(RowStatus.Unverifiable, report.Rows[0].Status);
        Assert.Equal($"quote 'zzz' not found in A/59/999; char 0..{Secret.Length} reads 'A/5…'", report.Rows[0].Message);
        Assert.All(report.Rows.Skip(1), r => Assert.Equal(RowStatus.Ok, r.Status));
    }

    [Fact]
    public void Verify_RunFolderWithoutSources_NamesTheFileAndSaysToPassSources()
    {
        var report = SourceVerifier.Verify(run.Workbook, []);

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.Unverifiable, r.Status));
        Assert.StartsWith("source file report.txt of A/59/999 not found (looked in ", report.Rows[0].Message, StringComparison.Ordinal);
        Assert.EndsWith($"; the run read {run.SourceFile()}); pass --sources with the folder that holds it", report.Rows[0].Message, StringComparison.Ordinal);
        Assert.Contains(VerifyMessages.SourcesNotFound(1, 1), report.Notes);
    }

    [Fact]
    public void Verify_CopyInTheOutputsSourcesFolder_IsReadWithoutSources()
    {
        File.Copy(run.SourceFile(), Path.Combine(Directory.CreateDirectory(Path.Combine(run.Output, "sources")).FullName, "report.txt"));

        var report = SourceVerifier.Verify(run.Workbook, []);

        Assert.True(report.AllOk, string.Join("\n", report.Problems));
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void Verify_LinkInTheOutputsSourcesFolder_IsNotFollowed()
    {
        var link = Path.Combine(Directory.CreateDirectory(Path.Combine(run.Output, "sources")).FullName, "report.txt");
        File.CreateSymbolicLink(link, run.SourceFile());

        var report = SourceVerifier.Verify(run.Workbook, []);

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.Unverifiable, r.Status));
        Assert.StartsWith("source file report.txt of A/59/999 not found", report.Rows[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_OutputsSourcesFolderIsALink_IsNotUsed()
    {
        Directory.CreateSymbolicLink(Path.Combine(run.Output, "sources"), run.Sources);

        var report = SourceVerifier.Verify(run.Workbook, []);

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.Unverifiable, r.Status));
        Assert.DoesNotContain(Path.Combine(run.Output, "sources"), report.Rows[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SourceIsAFifo_EveryRowSaysItIsNotARegularFileWithoutHanging()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.Delete(run.SourceFile());
        MakeFifo(run.SourceFile());

        var report = WithinAMinute(() => run.Verify());

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.SourceChanged, r.Status));
        Assert.Equal(VerifyMessages.SourceChanged(run.SourceFile()) + "; " + VerifyMessages.SourceUnreadable(run.SourceFile(), InputErrors.NotRegular), report.Rows[0].Message);
    }

    [Fact]
    public void Verify_SourceIsALinkToDevZero_EveryRowSaysItIsNotARegularFileWithoutHanging()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.Delete(run.SourceFile());
        File.CreateSymbolicLink(run.SourceFile(), "/dev/zero");

        var report = WithinAMinute(() => run.Verify());

        Assert.All(report.Rows, r => Assert.EndsWith(VerifyMessages.SourceUnreadable(run.SourceFile(), InputErrors.NotRegular), r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_SourceOverTheSizeLimit_EveryRowSaysItIsTooLarge()
    {
        using (var file = File.Open(run.SourceFile(), FileMode.Truncate))
        {
            file.SetLength(InputFile.MaxReportBytes + 1);
        }

        var report = run.Verify();

        Assert.All(report.Rows, r => Assert.EndsWith(VerifyMessages.SourceUnreadable(run.SourceFile(), InputErrors.TooLarge(InputFile.MaxReportBytes + 1, InputFile.MaxReportBytes)), r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_SourceNameIsAFolder_EveryRowSaysSo()
    {
        File.Delete(run.SourceFile());
        Directory.CreateDirectory(run.SourceFile());

        var report = run.Verify();

        Assert.All(report.Rows, r => Assert.EndsWith(VerifyMessages.SourceUnreadable(run.SourceFile(), InputErrors.IsFolder), r.Message, StringComparison.Ordinal));
    }
}

using System.Security.Cryptography;
using MigrationStats.Common;

namespace MigrationStats.Tests;

/// <summary>The run as a whole: parallel reading, inputs of a batch, the output set replaced as one.</summary>
public sealed class PipelineTests : IDisposable
{
    private const string Report = "S/2004/1\n\n1. Some 160 people attended the meeting held in May 2004.\n\n2. By 3 June 2004, 1,200 refugees had returned.\n";
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-pipeline-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Inputs(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(dir, "in");
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return folder;
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public void Run_TwoWorkersOnCorpusSample_WritesTheSameRowsAsOne()
    {
        var sample = Directory.GetFiles(SharedData.CorpusText, "*.txt").Order(StringComparer.Ordinal).Where((_, i) => i % 45 == 0).ToArray();
        var one = Pipeline.Run(sample, Path.Combine(dir, "one"), new RunOptions { Workers = 1 });
        var two = Pipeline.Run(sample, Path.Combine(dir, "two"), new RunOptions { Workers = 2 });

        Assert.Equal(2, two.Workers);
        Assert.True(one.Dataset.Figures.Length > 100);
        foreach (var name in new[] { "figures.csv", "dates.csv", "series.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(dir, "one", name)), File.ReadAllText(Path.Combine(dir, "two", name)));
        }
    }

    [Fact]
    public void Run_FailureWhileWritingTheNewSet_LeavesTheOldSetWholeAndNoStaging()
    {
        var inputs = Inputs(("a.txt", Report));
        var output = Path.Combine(dir, "out");
        Pipeline.Run([inputs], output);
        var before = Hashes(output);
        File.WriteAllText(Path.Combine(inputs, "b.txt"), Report.Replace("160", "170", StringComparison.Ordinal));

        var failing = new RunOptions { AfterEachOutput = path => throw new IOException($"injected failure after {Path.GetFileName(path)}") };
        var e = Assert.Throws<IOException>(() => Pipeline.Run([inputs], output, failing));

        Assert.Equal("injected failure after figures.csv", e.Message);
        Assert.Equal(before, Hashes(output));
        Assert.Equal(["lock", "owner"], Directory.EnumerateFileSystemEntries(Path.Combine(dir, ".out.migstats")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_WhileAnotherRunHoldsTheFolder_FailsAtOnceNamingItAndLeavesItsFilesAlone()
    {
        var inputs = Inputs(("a.txt", Report));
        var output = Path.Combine(dir, "out");
        Pipeline.Run([inputs], output);
        var before = Hashes(output);

        using (OutputFolder.Open(output))
        {
            var e = Assert.Throws<InputException>(() => Pipeline.Run([inputs], output));
            Assert.StartsWith($"{output}: is in use by another migstats run (process {Environment.ProcessId} since ", e.Message, StringComparison.Ordinal);
            Assert.EndsWith("; wait for it to finish or choose another --out", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, Hashes(output));
        Pipeline.Run([inputs], output); // the lock is released with the first run
    }

    [Fact]
    public void Run_OutputFolderWithOtherFiles_CarriesThemIntoTheNewSet()
    {
        var inputs = Inputs(("a.txt", Report));
        var output = Path.Combine(dir, "out");
        Pipeline.Run([inputs], output);
        Directory.CreateDirectory(Path.Combine(output, "trend"));
        File.WriteAllText(Path.Combine(output, "trend", "trend-x.csv"), "kept");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");

        Pipeline.Run([inputs], output);

        Assert.Equal("kept", File.ReadAllText(Path.Combine(output, "trend", "trend-x.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.False(File.Exists(Path.Combine(output, ".carried")));
    }

    [Fact]
    public void Open_StagingLeftWhileCarryingFiles_PutsThemBack()
    {
        var output = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var stale = Directory.CreateDirectory(Path.Combine(dir, ".out.migstats", "staging-1-x")).FullName;
        File.WriteAllText(Path.Combine(stale, "notes.txt"), "mine");
        File.WriteAllLines(Path.Combine(stale, ".carried"), ["notes.txt"]);

        using (OutputFolder.Open(output))
        {
            Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
            Assert.False(Directory.Exists(stale));
        }
    }

    [Fact]
    public void Run_SameReportTwice_ReadsItOnceAndSaysWhich()
    {
        var inputs = Inputs(("a.txt", Report), ("copy of a.txt", Report));

        var result = Pipeline.Run([inputs], Path.Combine(dir, "out"));

        Assert.Single(result.Dataset.Documents);
        var dup = Assert.Single(result.Duplicates);
        Assert.Equal((Path.Combine(inputs, "copy of a.txt"), Path.Combine(inputs, "a.txt")), (dup.FilePath, dup.SameAs));
        Assert.False(result.SkippedAny);
    }

    [Fact]
    public void Run_Subfolders_ReadsThemButNotHiddenOnesOrOutputSets()
    {
        var inputs = Inputs(
            ("a.txt", Report),
            ("2004/b.txt", Report.Replace("160", "170", StringComparison.Ordinal)),
            ("2004/june/c.txt", Report.Replace("160", "180", StringComparison.Ordinal)),
            (".hidden/d.txt", Report.Replace("160", "190", StringComparison.Ordinal)),
            ("old-output/sources/e.txt", Report.Replace("160", "195", StringComparison.Ordinal)),
            ("old-output/dataset.json", "{}"));

        var result = Pipeline.Run([inputs], Path.Combine(dir, "out"));

        Assert.Equal(["a", "b", "c"], result.Dataset.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, result.Folders);
    }

    [Fact]
    public void Run_SameFileNameInTwoFolders_GivesEachItsOwnId()
    {
        var inputs = Inputs(("2003/report.txt", Report), ("2004/report.txt", Report.Replace("160", "170", StringComparison.Ordinal)));

        var result = Pipeline.Run([inputs], Path.Combine(dir, "out"));

        Assert.Equal(["report", "report-2"], result.Dataset.Documents.Select(d => d.Id));
        Assert.Equal(result.Dataset.Figures.Length, result.Dataset.Figures.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Run_SeveralBadPaths_ListsEveryOneAndReadsTheGoodOnes()
    {
        var inputs = Inputs(("a.txt", Report));
        var missing1 = Path.Combine(dir, "nope1.txt");
        var missing2 = Path.Combine(dir, "nope2");

        var result = Pipeline.Run([missing1, inputs, missing2, "/dev/null"], Path.Combine(dir, "out"));

        Assert.Single(result.Dataset.Documents);
        Assert.Equal(
            [$"{missing1}: {InputErrors.NotFound}", $"{missing2}: {InputErrors.NotFound}", $"/dev/null: {InputErrors.NotRegular}"],
            result.Skipped.Select(e => e.Message));
    }

    [Fact]
    public void Run_ManyDocumentsOnAuto_DrawsTheCorpusTimelineButNoneEach()
    {
        var files = Enumerable.Range(1, RunOptions.AutoTimelineLimit + 1)
            .Select(i => ($"r{i:00}.txt", $"S/2004/{i}\n\n1. The Council met on {i} May 2004 and {i} June 2004.\n")).ToArray();
        var inputs = Inputs(files);

        var auto = Pipeline.Run([inputs], Path.Combine(dir, "auto"), new RunOptions { Timelines = TimelineChoice.Auto });
        var all = Pipeline.Run([inputs], Path.Combine(dir, "all"), new RunOptions { Timelines = TimelineChoice.All, Workers = 1 });

        Assert.False(auto.DocumentTimelines);
        Assert.Equal(["timeline-corpus.png"], Directory.GetFiles(Path.Combine(dir, "auto", "charts"), "timeline-*.png").Select(Path.GetFileName));
        Assert.Equal(files.Length + 1, Directory.GetFiles(Path.Combine(dir, "all", "charts"), "timeline-*.png").Length);
    }

    [Fact]
    public void Run_ParagraphOf50KBWithoutFullStop_ReadsItInBoundedPieces()
    {
        var clause = "some 1,200 refugees returned to the district in May 2004 while 35 per cent of them";
        var inputs = Inputs(("long.txt", "S/2004/1\n\n1. " + string.Join(", ", Enumerable.Repeat(clause, 600)) + "\n"));

        var result = Pipeline.Run([inputs], Path.Combine(dir, "out"));

        Assert.True(result.Dataset.Figures.Length >= 600);
        Assert.All(result.Dataset.Figures, f => Assert.InRange(f.Source.Sentence.Length, 1, global::MigrationStats.Interpret.SentenceSplitter.MaxLength));
        Assert.True(File.Exists(Path.Combine(dir, "out", "MigrationStats.xlsx")));
    }
}

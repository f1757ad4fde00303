namespace MigrationStats.Tests;

/// <summary>
/// The team's shared data (../shared beside the clone, read-only in CI): the second development
/// set and the corpus. Tests read it, never write there.
/// </summary>
internal static class SharedData
{
    /// <summary>The shared folder: ../shared next to the folder that holds MigrationStats.sln.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MigrationStats.sln")))
                {
                    var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                    return Directory.Exists(shared) ? shared : throw new DirectoryNotFoundException($"{shared}: the shared data folder is missing (expected beside the clone)");
                }
            }

            throw new DirectoryNotFoundException("MigrationStats.sln not found above the test binaries");
        }
    }

    public static string DevDocs => Path.Combine(Root, "dev", "docs");

    public static string DevGold(string file) => Path.Combine(Root, "dev", "gold", file);

    public static string CorpusText => Path.Combine(Root, "corpus", "text");

    public static string CorpusPdf => Path.Combine(Root, "corpus", "pdf");
}

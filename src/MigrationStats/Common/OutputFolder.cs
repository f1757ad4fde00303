using System.Globalization;
using System.Runtime.InteropServices;

namespace MigrationStats.Common;

/// <summary>
/// An output folder replaced as a whole: a run writes its files into a staging folder and
/// <see cref="Commit"/> swaps it in, so a run killed at any point leaves the old set or the new one,
/// never a mix. A lock makes a second run into the same folder fail at once with a clear message
/// instead of both deleting each other's files.
/// </summary>
/// <remarks>
/// The lock and the staging folders live beside the output folder, in <c>.&lt;name&gt;.migstats/</c>
/// (on the same file system, so the swap is a rename). On Linux the swap is one atomic exchange of
/// the two folders (<c>renameat2(RENAME_EXCHANGE)</c>); elsewhere two renames in a row. Files and
/// folders of the old output that the run does not write (a <c>trend/</c> folder, a user's notes)
/// are carried into the new set before the swap; a marker lists them, so a run killed while
/// carrying them is undone by the next run before it starts. The lock is an OS file lock, released
/// by the system when a run dies.
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    private const string CarriedMarker = ".carried";
    private readonly FileStream lockStream;
    private bool committed;

    private OutputFolder(string target, string work, FileStream lockStream, string staging)
    {
        Target = target;
        Work = work;
        this.lockStream = lockStream;
        Staging = staging;
    }

    /// <summary>The output folder (full path).</summary>
    public string Target { get; }

    /// <summary>Where the new set is written until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>The folder beside the output that holds the lock and the staging folders.</summary>
    private string Work { get; }

    /// <summary>
    /// Locks <paramref name="outputDirectory"/> for this run and makes an empty staging folder.
    /// Throws <see cref="InputException"/> when another run holds the lock, when the path is a file,
    /// or when it holds the current folder (which cannot be swapped).
    /// </summary>
    public static OutputFolder Open(string outputDirectory)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(target);
        if (parent is null)
        {
            throw new InputException(outputDirectory, "cannot write outputs to the root folder; choose a folder for them");
        }

        if (File.Exists(target))
        {
            throw new InputException(outputDirectory, "is a file, not a folder; choose a folder for the outputs");
        }

        var cwd = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory.GetCurrentDirectory()));
        if (cwd == target || cwd.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InputException(outputDirectory, "holds the current folder, which a run cannot replace; choose another output folder");
        }

        var work = Path.Combine(parent, "." + Path.GetFileName(target) + ".migstats");
        Directory.CreateDirectory(work);
        var lockPath = Path.Combine(work, "lock");
        FileStream lockStream;
        try
        {
            lockStream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var owner = ReadOwner(work);
            throw new InputException(outputDirectory, $"is in use by another migstats run{owner}; wait for it to finish or choose another --out");
        }

        try
        {
            File.WriteAllText(Path.Combine(work, "owner"), string.Create(CultureInfo.InvariantCulture, $"process {Environment.ProcessId} since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC"));
            Recover(work, target);
            var staging = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"staging-{Environment.ProcessId}-{Guid.NewGuid():N}"));
            Directory.CreateDirectory(staging);
            return new OutputFolder(target, work, lockStream, staging);
        }
        catch
        {
            lockStream.Dispose();
            throw;
        }
    }

    /// <summary>Swaps the staging folder in as the output folder; the old set is deleted.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
            committed = true;
            return;
        }

        var written = Directory.EnumerateFileSystemEntries(Staging).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var carried = Directory.EnumerateFileSystemEntries(Target).Select(e => Path.GetFileName(e)!).Where(n => !written.Contains(n)).ToList();
        if (carried.Count > 0)
        {
            File.WriteAllLines(Path.Combine(Staging, CarriedMarker), carried);
            foreach (var name in carried)
            {
                Directory.Move(Path.Combine(Target, name), Path.Combine(Staging, name));
            }
        }

        if (!Exchange(Staging, Target))
        {
            var old = Staging + ".old";
            Directory.Move(Target, old);
            Directory.Move(Staging, Target);
            Directory.Move(old, Staging);
        }

        committed = true;
        File.Delete(Path.Combine(Target, CarriedMarker));
        TryDelete(Staging);
    }

    /// <summary>Deletes the staging folder if the run did not commit, and releases the lock.</summary>
    public void Dispose()
    {
        if (!committed)
        {
            TryDelete(Staging);
        }

        lockStream.Dispose();
    }

    /// <summary>Undoes what a killed run left: carried entries go back, staging folders are deleted.</summary>
    private static void Recover(string work, string target)
    {
        foreach (var stale in Directory.EnumerateDirectories(work))
        {
            var marker = Path.Combine(stale, CarriedMarker);
            if (File.Exists(marker) && Directory.Exists(target))
            {
                foreach (var name in File.ReadAllLines(marker))
                {
                    var from = Path.Combine(stale, name);
                    var to = Path.Combine(target, name);
                    if (Path.Exists(from) && !Path.Exists(to))
                    {
                        Directory.Move(from, to);
                    }
                }
            }

            TryDelete(stale);
        }
    }

    private static string ReadOwner(string work)
    {
        try
        {
            return " (" + File.ReadAllText(Path.Combine(work, "owner")).Trim() + ")";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's recovery.
        }
    }

    /// <summary>Atomically exchanges two folders (Linux); false where the system cannot.</summary>
    private static bool Exchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code; the call is made once per run.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
#pragma warning restore SYSLIB1054
}

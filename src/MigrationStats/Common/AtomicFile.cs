namespace MigrationStats.Common;

/// <summary>
/// Writes outputs so that a reader never sees half a file: the content goes to a temporary file
/// in the same folder, which is then moved over the target in one step.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes text as UTF-8 without a byte order mark, atomically.</summary>
    public static void WriteText(string path, string text) => WriteText(path, w => w.Write(text));

    /// <summary>Writes text as UTF-8 without a byte order mark through <paramref name="write"/>, atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, s =>
        {
            using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
            write(w);
        });
}

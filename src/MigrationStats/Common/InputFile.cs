using System.Globalization;
using System.Runtime.InteropServices;

namespace MigrationStats.Common;

/// <summary>What a path names, as far as reading it goes.</summary>
public enum PathKind
{
    /// <summary>Nothing there.</summary>
    Missing,

    /// <summary>A regular file (a link to one counts as one).</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A device, pipe or socket: reading it may never end.</summary>
    Special,
}

/// <summary>
/// Reads input files with guards a batch tool needs: only regular files (a device such as
/// <c>/dev/zero</c> never ends and a pipe may block forever), and no more bytes than a limit.
/// Problems throw <see cref="InputException"/> naming the file.
/// </summary>
public static class InputFile
{
    /// <summary>Largest report file read (64 MiB): the biggest UN report PDFs are a few MB.</summary>
    public const long MaxReportBytes = 64L * 1024 * 1024;

    /// <summary>Largest output file (workbook, CSV, dataset.json) <c>verify</c> reads (1 GiB).</summary>
    public const long MaxOutputBytes = 1024L * 1024 * 1024;

    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;

    /// <summary>What the path names; links are followed.</summary>
    public static PathKind KindOf(string path)
    {
        if (Directory.Exists(path))
        {
            return PathKind.Directory;
        }

        if (!File.Exists(path))
        {
            return PathKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            return PathKind.Regular;
        }

        return UnixType(path) switch
        {
            RegularType => PathKind.Regular,
            DirectoryType => PathKind.Directory,
            null => new FileInfo(path).Length > 0 ? PathKind.Regular : PathKind.Special,
            _ => PathKind.Special,
        };
    }

    /// <summary>The problem with reading the path as an input file, or null when it is a regular file.</summary>
    public static string? ProblemOf(string path) => KindOf(path) switch
    {
        PathKind.Missing => InputErrors.NotFound,
        PathKind.Directory => InputErrors.IsFolder,
        PathKind.Special => InputErrors.NotRegular,
        _ => null,
    };

    /// <summary>Reads a regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes = MaxReportBytes)
    {
        if (ProblemOf(path) is { } problem)
        {
            throw new InputException(path, problem);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > maxBytes)
            {
                throw new InputException(path, InputErrors.TooLarge(stream.Length, maxBytes));
            }

            // The length is read again from the stream: a file that grows while read is cut at the limit and refused.
            var buffer = new MemoryStream((int)Math.Min(stream.Length, maxBytes));
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    throw new InputException(path, InputErrors.TooLarge(buffer.Length + n, maxBytes));
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
        catch (FileNotFoundException)
        {
            throw new InputException(path, InputErrors.NotFound);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, InputErrors.Unreadable(e.Message));
        }
    }

    /// <summary>Reads a regular file as UTF-8 text (byte order mark dropped), at most <paramref name="maxBytes"/> bytes.</summary>
    public static string ReadAllText(string path, long maxBytes = MaxOutputBytes)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, maxBytes)), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>A size in the unit a reader takes in at a glance.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    /// <summary>
    /// The file type bits of <c>stat</c> through the .NET runtime's own native shim (the call
    /// <see cref="File"/> uses); null when the shim cannot be called.
    /// </summary>
    private static int? UnixType(string path)
    {
        try
        {
            // FileStatus: Flags, Mode, ... (a few dozen bytes); the buffer leaves room for more fields.
            var status = new byte[512];
            return SystemNativeStat(path, status) == 0 ? BitConverter.ToInt32(status, 4) & TypeMask : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code; this call marshals only a string and a byte array.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int SystemNativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] output);
#pragma warning restore SYSLIB1054
}

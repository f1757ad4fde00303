using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using MigrationStats.Common;

namespace MigrationStats.Ingest;

/// <summary>Finds report files and reads them as strict UTF-8 into <see cref="ReportDocument"/>s.</summary>
public static class ReportReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Expands files and folders into the report files they name (see <see cref="Resolve"/>).
    /// Throws <see cref="InputException"/> for the first path that names no report.
    /// </summary>
    public static ImmutableArray<string> ResolveInputs(IEnumerable<string> paths)
    {
        var set = Resolve(paths);
        return set.Problems.IsEmpty ? set.Files : throw set.Problems[0];
    }

    /// <summary>
    /// Expands files and folders into the report files they name. A folder gives its <c>*.txt</c>
    /// and <c>*.pdf</c> files and those of its subfolders, sorted by path; hidden files and folders
    /// (names starting with '.') are left out, and so are folders holding a MigrationStats output set
    /// (a dataset.json), whose sources/ are copies of reports. Every path that names nothing to read
    /// (missing, a device, a folder without reports) is a problem; the others are still found.
    /// </summary>
    public static InputSet Resolve(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = ImmutableArray.CreateBuilder<InputException>();
        var folders = 0;
        foreach (var path in paths)
        {
            switch (InputFile.KindOf(path))
            {
                case PathKind.Directory:
                    var found = ReportsUnder(path, ref folders);
                    if (found.Count == 0)
                    {
                        problems.Add(new InputException(path, InputErrors.NoTextFiles));
                    }

                    files.AddRange(found);
                    break;
                case PathKind.Regular:
                    files.Add(path);
                    break;
                case PathKind.Special:
                    problems.Add(new InputException(path, InputErrors.NotRegular));
                    break;
                default:
                    problems.Add(new InputException(path, InputErrors.NotFound));
                    break;
            }
        }

        return new InputSet([.. files.Distinct(StringComparer.Ordinal)], problems.ToImmutable(), folders);
    }

    /// <summary>Report files in a folder and its subfolders (see <see cref="Resolve"/>), counting the folders read.</summary>
    private static List<string> ReportsUnder(string root, ref int folders)
    {
        var found = new List<string>();
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var folder))
        {
            if (folder != root && File.Exists(Path.Combine(folder, "dataset.json")))
            {
                continue;
            }

            folders++;
            try
            {
                found.AddRange(Directory.EnumerateFiles(folder)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".pdf")
                    .Where(f => InputFile.KindOf(f) == PathKind.Regular));
                foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')))
                {
                    pending.Push(sub);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable subfolder holds nothing we can read; the root's own failure shows as "no reports".
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>
    /// Reads and checks one file: exists, not empty, not binary, valid UTF-8; a PDF gives the text
    /// of its text layer (<see cref="PdfText"/>). The hash is of the file's bytes.
    /// </summary>
    public static (string Text, string Sha256) ReadText(string path)
    {
        var (text, sha, _) = ReadFile(path);
        return (text, sha);
    }

    /// <summary><see cref="ReadText"/>, with what a PDF's text layer gives beside its text (null for a text file).</summary>
    private static (string Text, string Sha256, PdfReading? Pdf) ReadFile(string path)
    {
        // Only a regular file, and no more than a report's size: a device or a pipe is refused, not read forever.
        var bytes = InputFile.ReadAllBytes(path, InputFile.MaxReportBytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (IsPdf(path) || PdfText.LooksLikePdf(bytes))
        {
            var pdf = PdfText.Extract(path, bytes);
            return (pdf.Text, sha, pdf);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new InputException(path, InputErrors.Binary);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(path, InputErrors.NotUtf8(FirstBadByte(bytes)));
        }

        if (string.IsNullOrWhiteSpace(text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal)))
        {
            throw new InputException(path, InputErrors.Empty);
        }

        return (text, sha, null);
    }

    /// <summary>True for a path named .pdf (any case).</summary>
    public static bool IsPdf(string path) => Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one report file into a document model; its id is the file name without extension unless given.</summary>
    public static ReportDocument Read(string path, string? id = null)
    {
        var (text, sha, pdf) = ReadFile(path);
        var document = DocumentParser.Parse(id ?? IdOf(path), path, text, sha, pdf?.Layout, metadata: pdf?.Metadata);
        return document with { Topic = TopicFinder.Find(text, pdf?.Metadata?.Title) };
    }

    /// <summary>A document's default id: its file name without extension.</summary>
    public static string IdOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Hex SHA-256 of a file's bytes, or null when it cannot be read as a report file (see <see cref="InputFile.ReadAllBytes"/>).</summary>
    public static string? HashFile(string path)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(InputFile.ReadAllBytes(path, InputFile.MaxReportBytes)));
        }
        catch (InputException)
        {
            return null;
        }
    }

    /// <summary>Feeds the bytes one at a time so the failure points at the offending byte.</summary>
    private static long FirstBadByte(byte[] bytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: i == bytes.Length - 1);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }

        return bytes.Length;
    }
}

/// <summary>What a list of input paths names (<see cref="ReportReader.Resolve"/>).</summary>
/// <param name="Files">The report files, each once, in order.</param>
/// <param name="Problems">Paths that name nothing to read, each with its problem.</param>
/// <param name="Folders">Folders read, subfolders included.</param>
public sealed record InputSet(ImmutableArray<string> Files, ImmutableArray<InputException> Problems, int Folders);

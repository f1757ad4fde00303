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
    /// Expands files and folders into the report files they name (a folder: its <c>*.txt</c> and
    /// <c>*.pdf</c> files, sorted by name). Throws <see cref="InputException"/> for a missing path or a
    /// folder with no text files.
    /// </summary>
    public static ImmutableArray<string> ResolveInputs(IEnumerable<string> paths)
    {
        var files = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path).Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".pdf").Order(StringComparer.Ordinal).ToArray();
                if (found.Length == 0)
                {
                    throw new InputException(path, InputErrors.NoTextFiles);
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new InputException(path, InputErrors.NotFound);
            }
        }

        return files.Distinct().ToImmutableArray();
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

    /// <summary>Reads one report file into a document model.</summary>
    public static ReportDocument Read(string path)
    {
        var (text, sha, pdf) = ReadFile(path);
        var document = DocumentParser.Parse(Path.GetFileNameWithoutExtension(path), path, text, sha, pdf?.Layout, metadata: pdf?.Metadata);
        return document with { Topic = TopicFinder.Find(text, pdf?.Metadata?.Title) };
    }

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

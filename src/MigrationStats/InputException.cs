namespace MigrationStats;

/// <summary>
/// Bad input: a file or folder that cannot be read as a report. The message is one line that
/// names the path and what is wrong; the CLI prints it and exits with code 2.
/// </summary>
public sealed class InputException(string path, string problem) : Exception($"{path}: {problem}")
{
    /// <summary>The file or folder at fault.</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong with it, without the path.</summary>
    public string Problem { get; } = problem;
}

/// <summary>All input error texts, in one place so tests can assert them.</summary>
public static class InputErrors
{
    /// <summary>The path does not exist.</summary>
    public const string NotFound = "no such file or folder";
    /// <summary>A folder without report texts.</summary>
    public const string NoTextFiles = "folder holds no .txt or .pdf files";
    /// <summary>A file with no bytes or only white space.</summary>
    public const string Empty = "file is empty";
    /// <summary>A file with NUL bytes.</summary>
    public const string Binary = "file is binary, not text (it contains NUL bytes)";
    /// <summary>Invalid UTF-8.</summary>
    public static string NotUtf8(long byteOffset) => $"file is not valid UTF-8 (bad byte at offset {byteOffset})";
    /// <summary>A file named .pdf that is not one.</summary>
    public const string NotPdf = "file is named .pdf but is not a PDF (no %PDF- header)";
    /// <summary>A password-protected PDF.</summary>
    public const string Encrypted = "PDF is encrypted (password-protected); save an unprotected copy first";
    /// <summary>A PDF whose structure cannot be read.</summary>
    public static string DamagedPdf(string reason) => $"PDF is damaged and cannot be read ({reason})";
    /// <summary>A scanned PDF with no text layer.</summary>
    public static string NoTextLayer(int pages) => $"PDF has no text layer ({pages} page(s) of images: a scan); it needs OCR first";
    /// <summary>A folder where a file was expected.</summary>
    public const string IsFolder = "is a folder, not a file";
    /// <summary>A device, pipe or socket.</summary>
    public const string NotRegular = "not a regular file (a device, pipe or socket); only files are read";
    /// <summary>A file over the size limit.</summary>
    public static string TooLarge(long bytes, long limit) => $"file is too large ({Common.InputFile.Size(bytes)}; the limit is {Common.InputFile.Size(limit)})";
    /// <summary>Unreadable file.</summary>
    public static string Unreadable(string reason) => $"cannot read file ({reason})";
}

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
    /// <summary>A file named .xlsx that is not a workbook, or a damaged one.</summary>
    public static string NotWorkbook(string reason) => $"not an Excel workbook ({reason})";
    /// <summary>What <see cref="NotWorkbook"/> says of a file that is not a zip at all.</summary>
    public const string NotZip = "it is not a zip package, as every .xlsx file is";
    /// <summary>What <see cref="NotWorkbook"/> says of an OLE compound file (an .xls, or an encrypted workbook).</summary>
    public const string OleFile = "it is an Excel 97-2003 .xls file or a password-protected workbook; save it as an unprotected .xlsx";
    /// <summary>A workbook without a sheet verify needs.</summary>
    public static string NoSheet(string sheet) => $"workbook has no '{sheet}' sheet";
    /// <summary>A sheet without a column verify needs.</summary>
    public static string NoColumn(string sheet, string column) => $"sheet '{sheet}' has no column '{column}' in its first row";
    /// <summary>A cell whose value cannot be read; <paramref name="cell"/> is its address ("K5").</summary>
    public static string BadCell(string sheet, string cell, string column, string problem) => $"sheet '{sheet}' cell {cell} (column '{column}'): {problem}";
    /// <summary>What <see cref="BadCell"/> says of a formula never calculated.</summary>
    public const string FormulaWithoutValue = "a formula with no saved value; recalculate and save the workbook, or type the value";
    /// <summary>What <see cref="BadCell"/> says of an error value ("#REF!").</summary>
    public static string ErrorValue(string error) => $"the error value {error} where a value is expected";
}

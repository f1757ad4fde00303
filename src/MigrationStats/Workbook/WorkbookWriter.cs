using MigrationStats.Dataset;

namespace MigrationStats.Workbook;

/// <summary>Writes the dataset as an Excel workbook for analysts.</summary>
public static class WorkbookWriter
{
    /// <summary>Writes <paramref name="path"/> atomically.</summary>
    public static void Write(ExtractedDataset data, string path)
    {
        // Implemented by the workbook stage (issue 4).
        _ = (data, path);
    }
}

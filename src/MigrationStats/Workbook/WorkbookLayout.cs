using System.Collections.Immutable;

namespace MigrationStats.Workbook;

/// <summary>
/// Sheet, table and column names of the workbook, shared by <see cref="WorkbookWriter"/> and
/// <see cref="WorkbookReader"/>. The reader finds columns by these header names, so a person may
/// reorder, hide or add columns without breaking verification.
/// </summary>
public static class WorkbookLayout
{
    /// <summary>File name of the workbook in an output folder.</summary>
    public const string FileName = "MigrationStats.xlsx";

    /// <summary>What was read, counts, version, and how to verify.</summary>
    public const string SummarySheet = "Summary";

    /// <summary>One row per figure.</summary>
    public const string FiguresSheet = "Figures";

    /// <summary>One row per dated event, sorted by start.</summary>
    public const string TimelineSheet = "Timeline";

    /// <summary>One block per measure.</summary>
    public const string SeriesSheet = "Series";

    /// <summary>One row per document, with the content hash verify checks.</summary>
    public const string DocumentsSheet = "Documents";

    /// <summary>Row names in verify's messages: this letter and the Excel row number ("F17").</summary>
    public const char FigureRowLetter = 'F';

    /// <summary>Row names of Timeline rows ("D5").</summary>
    public const char DateRowLetter = 'D';

    /// <summary>
    /// Columns of the Figures sheet: those of figures.csv, then currency and the row id. <c>open</c>
    /// and <c>as_of</c> hold the same text as in figures.csv ("since", "2004-09-03").
    /// </summary>
    public static readonly ImmutableArray<string> FigureColumns =
        ["document", "symbol", "paragraph", "quote", "kind", "value", "currency", "unit", "qualifier", "time_start", "time_end", "open", "as_of", "measure", "scope", "measure_type", "sentence", "char_start", "char_end", "page", "box", "id"];

    /// <summary>
    /// Columns of the Timeline sheet. <c>start</c> and <c>end</c> are Excel dates (or year
    /// numbers for a year); <c>open</c> is "since" or "by" for an open form; <c>period</c> is the
    /// same as ISO text at the text's grain, after the open word ("since 1998", see <see cref="TimeText"/>).
    /// </summary>
    public static readonly ImmutableArray<string> TimelineColumns =
        ["start", "end", "open", "period", "kind", "event", "quote", "document", "symbol", "paragraph", "char_start", "char_end", "page", "box", "id"];

    /// <summary>Columns of each block of the Series sheet.</summary>
    public static readonly ImmutableArray<string> SeriesColumns =
        ["time_start", "time_end", "as_of", "value", "qualifier", "document", "symbol", "paragraph", "quote", "figure_id", "conflict"];

    /// <summary>
    /// Columns of the Documents sheet; the hash comes last so it can run past the table's edge.
    /// <c>status</c> is <see cref="StatusRead"/> for a document read, or <see cref="StatusSkipped"/>
    /// and the reason for an input the run could not read (its row has only id, status and file).
    /// </summary>
    public static readonly ImmutableArray<string> DocumentColumns =
        ["id", "status", "symbol", "date", "topic", "file", "paragraphs", "text_blocks", "footnotes", "warnings", "sha256"];

    /// <summary>Status of a document the run read.</summary>
    public const string StatusRead = "read";

    /// <summary>Start of the status of an input the run skipped ("skipped: PDF has no text layer ...").</summary>
    public const string StatusSkipped = "skipped";

    /// <summary>"skipped: &lt;reason&gt;".</summary>
    public static string SkippedStatus(string reason) => $"{StatusSkipped}: {reason}";

    /// <summary>True for a Documents row whose status says the run skipped it: not a source to check.</summary>
    public static bool IsSkippedStatus(string status) =>
        status.Trim().StartsWith(StatusSkipped, StringComparison.OrdinalIgnoreCase);
}

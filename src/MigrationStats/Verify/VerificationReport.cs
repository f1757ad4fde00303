using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Workbook;

namespace MigrationStats.Verify;

/// <summary>The outcome of checking one row (or, for <see cref="Conflict"/>, a set of rows).</summary>
public enum RowStatus
{
    /// <summary>The source says what the row says.</summary>
    Ok,
    /// <summary>The row disagrees with its source (value, kind, qualifier, time, or where the quote stands).</summary>
    Mismatch,
    /// <summary>The row cannot be checked: no quote, quote not found, source missing or unreadable.</summary>
    Unverifiable,
    /// <summary>The source file's content differs from when the rows were made.</summary>
    SourceChanged,
    /// <summary>Different documents give different values for the same measure and time.</summary>
    Conflict,
}

/// <summary>The check of one row.</summary>
/// <param name="Row">Row name ("F17"; for a conflict, the rows involved).</param>
/// <param name="Status">Outcome.</param>
/// <param name="Id">The row's stable id, when it has one.</param>
/// <param name="Document">The document the row names.</param>
/// <param name="Paragraph">The paragraph the row names.</param>
/// <param name="Message">What is wrong, naming both values ("workbook 17,500,000 but source ... says '175 million' = 175,000,000"); empty when ok.</param>
public sealed record RowCheck(string Row, RowStatus Status, string? Id, string Document, int? Paragraph, string Message)
{
    /// <summary>"row F17: workbook 17,500,000 but source ..."</summary>
    public override string ToString() => $"row {Row}: {Message}";
}

/// <summary>What <c>migstats verify</c> found.</summary>
/// <param name="Origin">The workbook, export or folder checked.</param>
/// <param name="Rows">Every row checked, in input order (Figures, then Timeline).</param>
/// <param name="Conflicts">Cross-document conflicts between rows.</param>
/// <param name="Notes">What the user should know that is not a problem (rows the sources give but the input lacks, hashes not recorded).</param>
public sealed record VerificationReport(string Origin, ImmutableArray<RowCheck> Rows, ImmutableArray<RowCheck> Conflicts, ImmutableArray<string> Notes)
{
    /// <summary>Columns of the problems table (console, CSV and sheet).</summary>
    public static readonly ImmutableArray<string> Columns = ["row", "status", "document", "paragraph", "id", "message"];

    /// <summary>Rows that are not ok, then conflicts.</summary>
    public IEnumerable<RowCheck> Problems => Rows.Where(r => r.Status != RowStatus.Ok).Concat(Conflicts);

    /// <summary>True when every row checks and there is no conflict (exit code 0).</summary>
    public bool AllOk => !Problems.Any();

    /// <summary>"412 rows checked: 409 ok, 2 mismatches, 1 unverifiable" (source changes and conflicts added when there are any).</summary>
    public string Summary
    {
        get
        {
            int Count(RowStatus s) => Rows.Count(r => r.Status == s);
            var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
                $"{Plural(Rows.Length, "row")} checked: {Count(RowStatus.Ok)} ok, {Plural(Count(RowStatus.Mismatch), "mismatch", "mismatches")}, {Count(RowStatus.Unverifiable)} unverifiable"));
            if (Count(RowStatus.SourceChanged) is var changed and > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $", {changed} with a changed source");
            }

            if (Conflicts.Length > 0)
            {
                text.Append("; ").Append(Plural(Conflicts.Length, "cross-document conflict"));
            }

            return text.ToString();
        }
    }

    /// <summary>Lower-case status name as printed ("source-changed").</summary>
    public static string Name(RowStatus status) => status == RowStatus.SourceChanged ? "source-changed" : status.ToString().ToLowerInvariant();

    /// <summary>The problems table as rows of text, header first.</summary>
    public List<string[]> ProblemTable() =>
    [
        [.. Columns],
        .. Problems.Select(p => new[] { p.Row, Name(p.Status), p.Document, p.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, p.Id ?? string.Empty, p.Message }),
    ];

    /// <summary>The problems as an aligned text table (row, status, message), or an empty string when there are none.</summary>
    public string ProblemText()
    {
        var problems = Problems.ToList();
        if (problems.Count == 0)
        {
            return string.Empty;
        }

        var rowWidth = Math.Max("row".Length, problems.Max(p => p.Row.Length));
        var statusWidth = Math.Max("status".Length, problems.Max(p => Name(p.Status).Length));
        var text = new StringBuilder();
        text.Append("row".PadRight(rowWidth)).Append("  ").Append("status".PadRight(statusWidth)).Append("  problem\n");
        foreach (var p in problems)
        {
            text.Append(p.Row.PadRight(rowWidth)).Append("  ").Append(Name(p.Status).PadRight(statusWidth)).Append("  ").Append(p.Message).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes the problems table to <paramref name="path"/>, atomically: a sheet when it ends in
    /// .xlsx, CSV when it ends in .csv.
    /// </summary>
    public void WriteProblems(string path)
    {
        var table = ProblemTable();
        if (IsWorkbookPath(path))
        {
            WorkbookWriter.WriteTable(path, "Verify", table[0], table.Skip(1).ToList());
        }
        else
        {
            AtomicFile.WriteText(path, CsvExport.Table(table[0], table.Skip(1)));
        }
    }

    /// <summary>True for a report path verify can write (.csv or .xlsx).</summary>
    public static bool IsReportPath(string path) => IsWorkbookPath(path) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsWorkbookPath(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}

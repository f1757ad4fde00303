using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Verify;

/// <summary>All texts verify prints about rows, in one place so tests can assert them.</summary>
public static partial class VerifyMessages
{
    /// <summary>A row without a quote.</summary>
    public const string NoQuote = "no quote, so nothing to check against the source";

    /// <summary>A row without a document.</summary>
    public const string NoDocument = "no document: the row does not say which report it comes from";

    /// <summary>A row without usable offsets.</summary>
    public const string NoOffsets = "no char_start/char_end to find the quote by";

    /// <summary>Appended to a source change when the row still agrees.</summary>
    public const string StillAgrees = "the quote and values still agree";

    /// <summary>Shown for an empty field.</summary>
    public const string Empty = "(empty)";

    /// <summary>Shown for a figure without a time.</summary>
    public const string NoTime = "(none)";

    /// <summary>No file found for a document.</summary>
    public static string SourceMissing(string document, IEnumerable<string> lookedFor) =>
        $"source file of {document} not found (looked for {string.Join(", ", lookedFor)})";

    /// <summary>A source file that is there but cannot be read as a report.</summary>
    public static string SourceUnreadable(string path, string problem) => $"cannot read source {path}: {problem}";

    /// <summary>A source file whose hash differs from the recorded one.</summary>
    public static string SourceChanged(string path) => $"source {path} has changed since the rows were made (SHA-256 differs)";

    /// <summary>The quote is not at its offsets but stands elsewhere in the source.</summary>
    public static string QuoteMoved(string quote, string document, int start, int end, int foundStart, int foundEnd, int? foundParagraph) =>
        Invariant($"quote '{Fold(quote)}' is not at char {start}..{end} of {document}; it stands at char {foundStart}..{foundEnd}{Para(foundParagraph)}");

    /// <summary>The quote occurs nowhere in the source.</summary>
    public static string QuoteNotFound(string quote, string document) => $"quote '{Fold(quote)}' not found in {document}";

    /// <summary>Added to <see cref="QuoteNotFound"/>: what the source holds at the row's offsets.</summary>
    public static string OffsetsRead(int start, int end, string text) => Invariant($"; char {start}..{end} reads '{Fold(text)}'");

    /// <summary>Added to <see cref="NoOffsets"/> when the quote occurs in the source.</summary>
    public static string QuoteOccurs(int start, int end, int? paragraph) => Invariant($"; the quote occurs at char {start}..{end}{Para(paragraph)}");

    /// <summary>The quote stands at its offsets, but the extraction reads nothing there.</summary>
    public static string NothingRead(string source, string quote, string what) => $"source {source} has '{Fold(quote)}' there, but no {what} is read from it";

    /// <summary>The value differs: "workbook 17,500,000 but source A/59/325 para 4 says '175 million' = 175,000,000".</summary>
    public static string ValueDiffers(string holder, string rowValue, string source, string quote, string sourceValue) =>
        $"{holder} {rowValue} but source {source} says '{Fold(quote)}' = {sourceValue}";

    /// <summary>The value cell holds no number.</summary>
    public static string NotANumber(string holder, string rowText, string source, string quote, string sourceValue) =>
        $"{holder} value '{(rowText.Length == 0 ? Empty : rowText)}' is not a number; source {source} says '{Fold(quote)}' = {sourceValue}";

    /// <summary>Another field differs: "workbook qualifier exact but source A/59/325 para 4 gives over for 'over 20'".</summary>
    public static string FieldDiffers(string holder, string field, string rowValue, string source, string sourceValue, string quote) =>
        $"{holder} {field} {(rowValue.Length == 0 ? Empty : rowValue)} but source {source} gives {sourceValue} for '{Fold(quote)}'";

    /// <summary>Where a row comes from in messages: "A/59/325 para 4".</summary>
    public static string Source(string? symbol, string document, int? paragraph) => (symbol ?? document) + Para(paragraph);

    /// <summary>A cross-document conflict.</summary>
    public static string Conflict(string measure, string time, IEnumerable<string> points) =>
        $"'{measure}' at {time}: {string.Join(" vs ", points)}";

    /// <summary>One side of a conflict: "175,000,000 (A/59/325 para 4, row F2)".</summary>
    public static string ConflictPoint(string value, string source, string row) => $"{value} ({source}, row {row})";

    /// <summary>Rows the sources give that the input does not hold (not a problem: a person may delete rows).</summary>
    public static string NotInInput(int figures, int dates, string holder)
    {
        var what = new[] { Count(figures, "figure"), Count(dates, "date") }.Where(s => s.Length > 0);
        return $"note: the sources give {string.Join(" and ", what)} that the {holder} does not hold (deleted rows, or rows of a newer extraction)";
    }

    private static string Count(int n, string noun) => n switch
    {
        0 => string.Empty,
        1 => $"1 {noun}",
        _ => Invariant($"{n} {noun}s"),
    };

    /// <summary>The input records no hashes.</summary>
    public const string NoHashes = "note: the input records no content hashes (no Documents sheet or dataset.json), so changed sources are found only by their quotes";

    /// <summary>Whitespace folded to single spaces, so quotes across line breaks read on one line.</summary>
    public static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Para(int? paragraph) => paragraph is { } p ? Invariant($" para {p}") : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Common;

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

    /// <summary>
    /// No file found for a document in the folders verify reads: the file it looked for, where,
    /// where the run read it (never opened: a checked file may name any path), and what to do.
    /// </summary>
    public static string SourceMissing(string document, string fileName, IEnumerable<string> folders, string? recordedPath)
    {
        var looked = folders.ToList();
        var where = looked.Count == 0 ? "no folder to look in" : "looked in " + string.Join(", ", looked);
        var read = recordedPath is { Length: > 0 } ? $"; the run read {Excerpt.Of(recordedPath, MaxPathChars)}" : string.Empty;
        return $"source file {Q(fileName)} of {Q(document)} not found ({where}{read}); pass --sources with the folder that holds it";
    }

    /// <summary>A note after the table: how many documents' sources were not found, and where verify looks.</summary>
    public static string SourcesNotFound(int documents, int total) =>
        Invariant($"note: the source files of {documents} of {total} document(s) were not found; verify reads sources only from the --sources folders, the outputs' sources/ folder and seeds/, by file name: pass --sources with the folder that holds them (the folder the run read)");

    /// <summary>A document whose recorded file name is not a plain name (a path, "..", a control character): no file is looked for.</summary>
    public static string NotAFileName(string document, string recorded) =>
        $"source of {Q(document)} not looked for: its recorded file name '{Q(recorded)}' is not a plain file name";

    /// <summary>A source file that is there but cannot be read as a report.</summary>
    public static string SourceUnreadable(string path, string problem) => $"cannot read source {path}: {problem}";

    /// <summary>A source file whose hash differs from the recorded one.</summary>
    public static string SourceChanged(string path) => $"source {path} has changed since the rows were made (SHA-256 differs)";

    /// <summary>The quote is not at its offsets but stands elsewhere in the source.</summary>
    public static string QuoteMoved(string quote, string document, int start, int end, int foundStart, int foundEnd, int? foundParagraph) =>
        Invariant($"quote '{Q(quote)}' is not at char {start}..{end} of {Q(document)}; it stands at char {foundStart}..{foundEnd}{Para(foundParagraph)}");

    /// <summary>The quote occurs nowhere in the source.</summary>
    public static string QuoteNotFound(string quote, string document) => $"quote '{Q(quote)}' not found in {Q(document)}";

    /// <summary>
    /// Added to <see cref="QuoteNotFound"/>: what the source holds at the row's offsets, no longer
    /// than the quote (the offsets are the row's, so they could span a whole file) and at most
    /// <see cref="Excerpt.MaxChars"/> characters, with an ellipsis when cut.
    /// </summary>
    public static string OffsetsRead(int start, int end, string source, string quote)
    {
        var length = Math.Min(end - start, Math.Max(1, quote.Length));
        var shown = Excerpt.Of(source.Substring(start, length));
        if (length < end - start && !shown.EndsWith(Excerpt.Ellipsis, StringComparison.Ordinal))
        {
            shown += Excerpt.Ellipsis;
        }

        return Invariant($"; char {start}..{end} reads '{shown}'");
    }

    /// <summary>Added to <see cref="QuoteNotFound"/> when the offsets run past the source's end.</summary>
    public static string OffsetsPastEnd(int start, int end, int length) =>
        Invariant($"; char {start}..{end} is past the end of the source ({length} characters)");

    /// <summary>A note: documents checked against the text a PDF run wrote, not against the PDF.</summary>
    public static string CheckedExtractedText(IEnumerable<string> documents, string folder)
    {
        var names = documents.Select(d => Q(d)).ToList();
        var shown = names.Count <= 3 ? string.Join(", ", names) : string.Join(", ", names.Take(3)) + Invariant($" and {names.Count - 3} more");
        return $"note: {shown} checked against the text the run extracted from the PDF ({folder}); the PDF's SHA-256 is not checked: pass --sources with the folder of the PDF files to check them";
    }

    /// <summary>Added to <see cref="NoOffsets"/> when the quote occurs in the source.</summary>
    public static string QuoteOccurs(int start, int end, int? paragraph) => Invariant($"; the quote occurs at char {start}..{end}{Para(paragraph)}");

    /// <summary>The quote stands at its offsets, but the extraction reads nothing there.</summary>
    public static string NothingRead(string source, string quote, string what) => $"source {source} has '{Q(quote)}' there, but no {what} is read from it";

    /// <summary>The value differs: "workbook 17,500,000 but source A/59/325 para 4 says '175 million' = 175,000,000".</summary>
    public static string ValueDiffers(string holder, string rowValue, string source, string quote, string sourceValue) =>
        $"{holder} {Q(rowValue)} but source {source} says '{Q(quote)}' = {sourceValue}";

    /// <summary>The value cell holds no number.</summary>
    public static string NotANumber(string holder, string rowText, string source, string quote, string sourceValue) =>
        $"{holder} value '{(rowText.Length == 0 ? Empty : Q(rowText))}' is not a number; source {source} says '{Q(quote)}' = {sourceValue}";

    /// <summary>Another field differs: "workbook qualifier exact but source A/59/325 para 4 gives over for 'over 20'".</summary>
    public static string FieldDiffers(string holder, string field, string rowValue, string source, string sourceValue, string quote) =>
        $"{holder} {field} {(rowValue.Length == 0 ? Empty : Q(rowValue))} but source {source} gives {Q(sourceValue)} for '{Q(quote)}'";

    /// <summary>Where a row comes from in messages: "A/59/325 para 4".</summary>
    public static string Source(string? symbol, string document, int? paragraph) => Q(symbol ?? document) + Para(paragraph);

    /// <summary>A cross-document conflict.</summary>
    public static string Conflict(string measure, string time, IEnumerable<string> points) =>
        $"'{Q(measure)}' at {Q(time)}: {string.Join(" vs ", points)}";

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

    /// <summary>Most characters of a recorded path a message shows (paths run longer than quotes).</summary>
    private const int MaxPathChars = 300;

    /// <summary>Text from the checked file or the source as a message shows it (<see cref="Excerpt.Of"/>).</summary>
    private static string Q(string text) => Excerpt.Of(text);

    private static string Para(int? paragraph) => paragraph is { } p ? Invariant($" para {p}") : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

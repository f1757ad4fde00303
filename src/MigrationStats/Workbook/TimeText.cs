using MigrationStats.Dataset;

namespace MigrationStats.Workbook;

/// <summary>
/// A period as the workbook writes it in one cell: ISO 8601 at the text's grain ("2003",
/// "1975/2003"), after the word of an open time ("since 1998", "by 2011"), so a reader of the
/// sheet does not take "since 1998" for the year 1998. Verify parses the same text back.
/// </summary>
public static class TimeText
{
    /// <summary>The words of a time open at one end, as <see cref="Figure.Open"/> and <see cref="DatedEvent.Open"/> give them.</summary>
    public static readonly string[] OpenWords = ["since", "by", "until"];

    /// <summary>"1975/2003", or "since 1998" when <paramref name="open"/> is set.</summary>
    public static string Show(Period period, string? open) =>
        open is { Length: > 0 } ? $"{open} {period}" : period.ToString();

    /// <summary>
    /// Parses what <see cref="Show"/> writes: an optional open word (any case; null when there
    /// is none) and a period "2003" or "2002/2004".
    /// </summary>
    public static bool TryParse(string? text, out string? open, out Period? period)
    {
        open = null;
        period = null;
        var rest = (text ?? string.Empty).Trim();
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && OpenWord(rest[..space]) is { } word)
        {
            open = word;
            rest = rest[(space + 1)..].Trim();
        }

        var parts = rest.Split('/');
        if (parts.Length is < 1 or > 2 || !PartialDate.TryParse(parts[0], out var start) || !PartialDate.TryParse(parts[^1], out var end))
        {
            open = null;
            return false;
        }

        period = new Period(start, end);
        return true;
    }

    /// <summary>The open word <paramref name="text"/> names, lower case; null when it names none.</summary>
    private static string? OpenWord(string? text) =>
        OpenWords.FirstOrDefault(w => string.Equals(w, (text ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase));
}

using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// Finds section headings in the stretches between paragraphs: labelled headings ("II. Recent
/// work", "A.\nSecretariat", "3. Goal on equality") at the tail of a region (a markdown heading's
/// "## " marks are furniture, so "## II. Recent work" is found the same way).
/// </summary>
internal static partial class HeadingFinder
{
    /// <summary>A heading label: roman numeral, capital letter or small number, then a full stop.</summary>
    [GeneratedRegex(@"(?<=^|\s)(?<label>[IVX]{1,5}|[A-Z]|\d{1,2})\.(?=\s+[“""(]?[A-Z])")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"[.!?][”""’)]?\s")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// Where the headings at the end of a region begin (the region's end when there are none):
    /// the earliest heading label after a sentence end or a line break from which the rest of the
    /// region is short and holds no sentence.
    /// </summary>
    public static int TailStart(string s, int from, int to, int maxLength)
    {
        foreach (Match m in HeadingMarker().Matches(s[..to], from))
        {
            if (!AfterBreak(s, m.Index, from))
            {
                continue;
            }

            var rest = s[m.Index..to];
            if (rest.Length > maxLength)
            {
                continue;
            }

            var titles = HeadingMarker().Replace(rest, " ").Trim();
            if (titles.Length > 0 && !".;:,!?".Contains(titles[^1], StringComparison.Ordinal) && !SentenceEnd().IsMatch(titles))
            {
                return m.Index;
            }
        }

        return to;
    }

    /// <summary>The labelled headings in <c>[from, to)</c> of the stream, with the title text of each.</summary>
    public static IEnumerable<Heading> Split(TextStream stream, int from, int to, HashSet<string> vocabulary)
    {
        var s = stream.Text;
        var markers = HeadingMarker().Matches(s[..to], from).Where(m => m.Index == from || char.IsWhiteSpace(s[m.Index - 1])).ToList();
        for (var i = 0; i < markers.Count; i++)
        {
            var m = markers[i];
            var end = i + 1 < markers.Count ? markers[i + 1].Index : to;
            var title = CleanTextBuilder.Build(stream, m.Index + m.Length, end, vocabulary);
            if (title.Value.Length == 0)
            {
                continue;
            }

            var label = m.Groups["label"].Value;
            var level = char.IsAsciiDigit(label[0]) ? 3 : label.All(c => c is 'I' or 'V' or 'X') ? 1 : 2;
            yield return new Heading(label, title.Value, level, new OriginalSpan(stream.Map[m.Index], title.Map[^1] + 1));
        }
    }

    /// <summary>True when position i starts a line or follows the end of a sentence.</summary>
    private static bool AfterBreak(string s, int i, int regionStart)
    {
        if (i == regionStart || TextStream.IsLineStart(s, i))
        {
            return true;
        }

        var j = i;
        while (j > regionStart && char.IsWhiteSpace(s[j - 1]))
        {
            j--;
        }

        return j > regionStart && j < i && ".!?:;”\"’)]".Contains(s[j - 1], StringComparison.Ordinal);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// Finds footnote markers glued to words or punctuation ("Revision,1", "2003,2", "per cent.3",
/// "Rights17"). Footnote numbers run 1, 2, 3, ... through a report; that run is what tells a
/// marker from a number that belongs to the text.
/// </summary>
internal static partial class FootnoteFinder
{
    [GeneratedRegex(@"(?<=[A-Za-z)\]”""’.,;:%])(?<n>\d{1,3})(?=[\s.,;:)\]”""’]|$)")]
    private static partial Regex Candidate();

    /// <summary>Reference abbreviations whose number is not a footnote ("Corr.1", "No. 97").</summary>
    [GeneratedRegex(@"(?:\b(?:Corr|Rev|Add|No|Nos|Vol|para|paras|Art|art|p|pp|Sect|Ch|chap|Amend|Suppl|Part)\.)$")]
    private static partial Regex ReferenceBefore();

    public static ImmutableArray<FootnoteMarker> Find(string source, bool[] removed)
    {
        var candidates = new List<(int Number, int Index, int Length)>();
        foreach (Match m in Candidate().Matches(source))
        {
            if (removed[m.Index] || !Plausible(source, m))
            {
                continue;
            }

            candidates.Add((int.Parse(m.Value, CultureInfo.InvariantCulture), m.Index, m.Length));
        }

        var chain = NumberChain.Best(candidates.Select(c => new NumberChain.Candidate(c.Number, 1.0)).ToList(), maxGap: 2, gapPenalty: 0.6);
        if (chain.Count == 0 || (chain.Count == 1 && !Lone(source, candidates[chain[0]])))
        {
            return [];
        }

        return chain.Select(i => new FootnoteMarker(candidates[i].Number, new OriginalSpan(candidates[i].Index, candidates[i].Index + candidates[i].Length)))
            .ToImmutableArray();
    }

    /// <summary>
    /// A lone marker (no run to confirm it) is kept when it is footnote 1, or glued to the
    /// punctuation after a word ("per cent.3"), where a number of the text cannot stand.
    /// </summary>
    private static bool Lone(string s, (int Number, int Index, int Length) c) =>
        c.Number == 1 || (c.Index >= 2 && ".,;:”".Contains(s[c.Index - 1], StringComparison.Ordinal) && char.IsLetter(s[c.Index - 2]));

    private static bool Plausible(string s, Match m)
    {
        var before = s[m.Index - 1];
        var start = Math.Max(0, m.Index - 12);
        if (ReferenceBefore().IsMatch(s.AsSpan(start, m.Index - start).ToString()))
        {
            return false;
        }

        // After a digit and a separator: "2003,2" and "in 2003.4 The" are markers, but "1,500"
        // and "1.5 million" are numbers.
        if (before is '.' or ',' && m.Index >= 2 && char.IsAsciiDigit(s[m.Index - 2]))
        {
            if (before == ',')
            {
                return m.Length != 3;
            }

            var j = m.Index + m.Length;
            if (j < s.Length && !char.IsWhiteSpace(s[j]))
            {
                return false;
            }

            while (j < s.Length && char.IsWhiteSpace(s[j]))
            {
                j++;
            }

            return j >= s.Length || !char.IsLower(s[j]);
        }

        // A code such as "G77", "H5N1" or "CO2" is a name, not a word with a marker.
        var k = m.Index;
        while (k > 0 && char.IsLetter(s[k - 1]))
        {
            k--;
        }

        var word = s[k..m.Index];
        return !(word.Length is > 0 and <= 3 && word.All(char.IsUpper));
    }
}

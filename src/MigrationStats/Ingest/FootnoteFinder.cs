using MigrationStats.Common;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// Finds footnote markers glued to words or punctuation ("Revision,1", "2003,2", "per cent.3",
/// "Rights17") or detached by a space ("in the near future. 5", "development. 8 Migrants",
/// "stakeholders, 4 including"). Two kinds of evidence tell a marker from a number of the text:
/// footnote numbers run 1, 2, 3, ... through a report, and a marker stands where a number of the
/// text cannot (after a sentence's full stop, before the next sentence's capital or a line end).
/// </summary>
internal static partial class FootnoteFinder
{
    [GeneratedRegex(@"(?<=[A-Za-z)\]”""’.,;:%])(?<n>\d{1,3})(?=[\s.,;:)\]”""’]|$)")]
    private static partial Regex Glued();

    /// <summary>A marker a converter put between bars: "Libya |1|".</summary>
    [GeneratedRegex(@"\|(?<n>\d{1,3})\|")]
    private static partial Regex Barred();

    [GeneratedRegex(@"(?<=[A-Za-z)\]”""’.,;:!?][ \t]+)(?<n>\d{1,3})(?=[ \t]*(?:\r?\n|$)|[ \t]+\S)")]
    private static partial Regex Detached();

    /// <summary>Reference abbreviations whose number is not a footnote ("Corr.1", "No. 97", "para. 5").</summary>
    [GeneratedRegex(@"(?:\b(?:Corr|Rev|Add|No|Nos|Vol|para|paras|Art|art|p|pp|Sect|Ch|chap|Amend|Suppl|Part|Ser|Sales|Fig|fig|Table|table|Annex|annex|op|cit)\.\s*)$")]
    private static partial Regex ReferenceBefore();

    /// <summary>
    /// Words that follow a detached marker in mid-sentence ("stakeholders, 4 including", "found 18
    /// that"); a counted noun or a verb ("12 were") means the number is a figure.
    /// </summary>
    [GeneratedRegex(@"^(?:that|which|who|and|or|but|the|a|an|in|of|to|for|with|as|including|on|by|at|from|while|whereas|although|since|where|when|if|whether)\b")]
    private static partial Regex FunctionWordAfter();

    /// <summary>A word after which a number names something: "articles 4", "resolution 12", "on 12" (a day).</summary>
    [GeneratedRegex(@"\b(?:articles?|paragraphs?|paras?|resolutions?|decisions?|annex(?:es)?|chapters?|sections?|goals?|targets?|items?|rules?|principles?|recommendations?|gates?|zones?|sectors?|points?|phases?|levels?|on|of|from|between|to|and|than|by|at|some|about|over|under|nearly|almost|only|all|per|with|in|which|whom|whose|them|these|those|total|least|most)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamingWordBefore();

    /// <summary>After a number: more numbers ("and 13", "to 15") or a month (a day of a date).</summary>
    [GeneratedRegex(@"^(?:(?:were|was|are|is|have|has|had|be|been|will|would|could|may|might|per|percent|million|billion|thousand|hundred|more|fewer|less|new|other|additional)\b|(?:and|or|to|through)\s+\d|(?:and\s+\d{1,2}\s+)?" + Vocabulary.MonthNames + @"\b)")]
    private static partial Regex NumberListAfter();

    private enum Place
    {
        Glued,
        DetachedAfterSentence,
        DetachedInSentence,
        DetachedLoose,
    }

    private readonly record struct Candidate(int Number, int Index, int Length, Place Place);

    /// <summary>
    /// The footnote markers of a text. <paramref name="raised"/>, a PDF's raised runs of small type,
    /// settles what the text alone cannot: a raised number is a marker, and a number a space sets
    /// apart on the baseline ("70 indictments; 34 persons") never is one. Markers glued to a word
    /// are kept by the text's rules, for text layers (OCR) that lost the raise.
    /// </summary>
    public static ImmutableArray<FootnoteMarker> Find(string source, bool[] removed, IngestOptions options, ImmutableArray<OriginalSpan>? raised = null)
    {
        var fromText = FromText(source, removed, options);
        if (raised is not { } spans)
        {
            return fromText;
        }

        var fromLayout = Raised(source, removed, spans);
        return fromLayout.Concat(fromText.Where(m => !m.Detached && !fromLayout.Any(r => r.Span.Start < m.Span.End && m.Span.Start < r.Span.End)))
            .OrderBy(m => m.Span.Start).ToImmutableArray();
    }

    private static ImmutableArray<FootnoteMarker> FromText(string source, bool[] removed, IngestOptions options)
    {
        var candidates = new List<Candidate>();
        foreach (Match m in Glued().Matches(source))
        {
            if (!removed[m.Index] && !removed[m.Index - 1] && PlausibleGlued(source, m))
            {
                candidates.Add(new Candidate(int.Parse(m.Value, CultureInfo.InvariantCulture), m.Index, m.Length, Place.Glued));
            }
        }

        foreach (Match m in Detached().Matches(source))
        {
            if (!removed[m.Index] && DetachedPlace(source, removed, m) is { } place)
            {
                candidates.Add(new Candidate(int.Parse(m.Value, CultureInfo.InvariantCulture), m.Index, m.Length, place));
            }
        }

        foreach (Match m in Barred().Matches(source))
        {
            if (!removed[m.Index])
            {
                var n = m.Groups["n"];
                candidates.Add(new Candidate(int.Parse(n.Value, CultureInfo.InvariantCulture), m.Index, m.Length, Place.DetachedAfterSentence));
            }
        }

        candidates.Sort((a, b) => a.Index.CompareTo(b.Index));
        var chain = NumberChain.Best(
            candidates.Select(c => new NumberChain.Candidate(c.Number, c.Place switch { Place.DetachedInSentence => 0.5, Place.DetachedLoose => 0.3, _ => 1.0 })).ToList(),
            options.FootnoteMaxGap,
            options.FootnoteGapPenalty).ToHashSet();
        // The run confirms markers only when at least two of its members stand where markers
        // stand (glued, or after a sentence end): numbers in mid-sentence never confirm each other.
        var strong = chain.Where(i => candidates[i].Place is Place.Glued or Place.DetachedAfterSentence).ToList();
        var confirmed = strong.Count >= 2;
        var markers = ImmutableArray.CreateBuilder<FootnoteMarker>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var inChain = chain.Contains(i);
            var keep = c.Place switch
            {
                Place.DetachedAfterSentence => true,
                Place.DetachedLoose => inChain && confirmed && TightInChain(candidates, chain, i),
                Place.DetachedInSentence => inChain && confirmed && strong.Any(j => Math.Abs(candidates[j].Number - c.Number) <= 2),
                _ => inChain ? confirmed || Lone(source, c) : Standalone(source, c),
            };
            if (keep)
            {
                markers.Add(new FootnoteMarker(c.Number, new OriginalSpan(c.Index, c.Index + c.Length), c.Place != Place.Glued));
            }
        }

        return markers.ToImmutable();
    }

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex MarkerNumber();

    /// <summary>Raised numbers of one to three digits that are not furniture: the markers the layout shows.</summary>
    private static ImmutableArray<FootnoteMarker> Raised(string source, bool[] removed, ImmutableArray<OriginalSpan> raised) =>
        raised.Where(r => r.Length > 0 && !removed[r.Start] && MarkerNumber().IsMatch(source.AsSpan(r.Start, r.Length)))
            .Select(r => new FootnoteMarker(int.Parse(source.AsSpan(r.Start, r.Length), CultureInfo.InvariantCulture), r, r.Start > 0 && source[r.Start - 1] is ' ' or '\t'))
            .ToImmutableArray();

    /// <summary>
    /// A marker outside the run (a footnote cited again, or a run too short to confirm) is kept when
    /// its place alone says so: detached after a sentence end, or glued to the punctuation after a word.
    /// </summary>
    private static bool Standalone(string s, Candidate c) =>
        c.Place == Place.DetachedAfterSentence || (c.Place == Place.Glued && GluedToPunctuationAfterWord(s, c));

    /// <summary>
    /// A detached number followed by any word ("”, 8 written by") is a marker only when the run
    /// holds the numbers just before and just after it: the sequence alone must say so.
    /// </summary>
    private static bool TightInChain(List<Candidate> candidates, HashSet<int> chain, int i)
    {
        var members = chain.Order().ToList();
        var k = members.IndexOf(i);
        return k > 0 && k + 1 < members.Count
            && candidates[members[k - 1]].Number == candidates[i].Number - 1
            && candidates[members[k + 1]].Number == candidates[i].Number + 1;
    }

    [GeneratedRegex(@"^\d{1,3}\.[ \t]+[“""(]?[A-Z]")]
    private static partial Regex ParagraphNumberStart();

    /// <summary>True when a paragraph number ("31. While") starts at position n.</summary>
    private static bool ParagraphNumberAt(string s, int n) => n < s.Length && char.IsAsciiDigit(s[n]) && ParagraphNumberStart().IsMatch(s.AsSpan(n, Math.Min(8, s.Length - n)).ToString());

    /// <summary>A lone marker is kept when it is footnote 1 or its place alone says so.</summary>
    private static bool Lone(string s, Candidate c) => (c.Number == 1 && c.Place == Place.Glued) || Standalone(s, c);

    private static bool GluedToPunctuationAfterWord(string s, Candidate c) =>
        c.Index >= 2 && ".,;:”".Contains(s[c.Index - 1], StringComparison.Ordinal) && char.IsLetter(s[c.Index - 2]);

    /// <summary>Where a detached number stands, or null when a number of the text may stand there.</summary>
    private static Place? DetachedPlace(string s, bool[] removed, Match m)
    {
        var p = m.Index - 1;
        while (p >= 0 && s[p] is ' ' or '\t')
        {
            p--;
        }

        if (p < 0 || removed[p])
        {
            return null;
        }

        var start = Math.Max(0, p - 11);
        if (ReferenceBefore().IsMatch(s.AsSpan(start, p + 1 - start).ToString()))
        {
            return null;
        }

        var n = m.Index + m.Length;
        while (n < s.Length && s[n] is ' ' or '\t')
        {
            n++;
        }

        var lineEnd = n >= s.Length || s[n] is '\n' or '\r';
        var afterSentence = s[p] is '.' or '!' or '?' || (s[p] is '”' or '"' or '’' or ')' && p > 0 && s[p - 1] is '.' or '!' or '?');
        if (afterSentence && p > 0 && char.IsAsciiDigit(s[p - 1]))
        {
            // "in 2003. 4" is a marker after a year, but "No. 1. 2" or "1.5. 3" are lists and numbers.
            var q = p - 1;
            while (q >= 0 && char.IsAsciiDigit(s[q]))
            {
                q--;
            }

            afterSentence = p - 1 - q == 4;
        }

        // The end of a list item ("on a sustainable basis; 20") ends a sentence for this purpose.
        afterSentence |= s[p] == ';' && (lineEnd || s[n] == '(');
        if (afterSentence && (lineEnd || char.IsUpper(s[n]) || (s[n] is '“' or '"' or '(' && n + 1 < s.Length && char.IsUpper(s[n + 1])) || ParagraphNumberAt(s, n)))
        {
            return Place.DetachedAfterSentence;
        }

        if (!lineEnd && (char.IsLetter(s[p]) || s[p] is ',' or ';' or ')' or '”' or '’') && char.IsLower(s[n]))
        {
            // "articles 4 and 5", "on 12 and 13 May", "paragraph 3 of": a number of the text.
            var ahead = s.AsSpan(n, Math.Min(40, s.Length - n)).ToString();
            if (NamingWordBefore().IsMatch(s.AsSpan(Math.Max(0, p - 24), p + 1 - Math.Max(0, p - 24)).ToString()) || NumberListAfter().IsMatch(ahead))
            {
                return null;
            }

            return FunctionWordAfter().IsMatch(s.AsSpan(n, Math.Min(12, s.Length - n)).ToString()) ? Place.DetachedInSentence : Place.DetachedLoose;
        }

        return null;
    }

    /// <summary>True when the four characters before <paramref name="separator"/> are a year (19xx, 20xx) standing alone.</summary>
    private static bool AfterYear(string s, int separator)
    {
        var k = separator;
        while (k > 0 && char.IsAsciiDigit(s[k - 1]))
        {
            k--;
        }

        return separator - k == 4 && s[k] is '1' or '2' && s[k + 1] is '9' or '0' && (k == 0 || !(char.IsLetterOrDigit(s[k - 1]) || s[k - 1] is '.' or ','));
    }

    private static bool PlausibleGlued(string s, Match m)
    {
        var before = s[m.Index - 1];
        var start = Math.Max(0, m.Index - 12);
        if (ReferenceBefore().IsMatch(s.AsSpan(start, m.Index - start).ToString()))
        {
            return false;
        }

        // After a digit and a separator: "2003,2" and "in 2003.4 The" are markers after a year,
        // but "1,500", "1.5 million", "Kosovo Serbs 9.4" and "(10.3" are numbers.
        if (before is '.' or ',' && m.Index >= 2 && char.IsAsciiDigit(s[m.Index - 2]))
        {
            if (!AfterYear(s, m.Index - 1))
            {
                return false;
            }

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

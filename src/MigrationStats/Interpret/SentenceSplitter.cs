using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationStats.Interpret;

/// <summary>
/// Splits clean paragraph text into sentences without breaking at abbreviations. A sentence longer
/// than <see cref="MaxLength"/> (a paragraph without full stops, a run-on list) is cut into pieces at
/// safe points, so the recognizers, the rules and the rows' sentence column always see bounded text.
/// </summary>
public static partial class SentenceSplitter
{
    /// <summary>
    /// Longest sentence passed on whole. The longest sentence in 272 Security Council reports and the
    /// development reports is about 1,850 characters; the date recognizer's time grows faster than
    /// the length of its input, and Excel cells hold at most 32,767 characters.
    /// </summary>
    public const int MaxLength = 2000;

    [GeneratedRegex(@"(?<=[.!?][”""’)]?)\s+(?=[“""‘(]?[A-Z0-9])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b" + Common.Vocabulary.Abbreviations + @"|\b[A-Z])\.[”""’)]?$")]
    private static partial Regex Abbreviation();

    /// <summary>The sentences of a text, in order, covering all its non-space characters.</summary>
    public static ImmutableArray<Sentence> Split(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            if (Abbreviation().IsMatch(text.AsSpan(Math.Max(start, m.Index - 12), m.Index - Math.Max(start, m.Index - 12)).ToString()))
            {
                continue;
            }

            AddBounded(result, text, start, m.Index);
            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            AddBounded(result, text, start, text.Length);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// Adds <c>text[start..end]</c> as one sentence, or as pieces of at most <see cref="MaxLength"/>
    /// characters cut at the last safe point of each: after a semicolon, else after a comma, else at
    /// a space that is not between two digits ("1 200"), else anywhere.
    /// </summary>
    private static void AddBounded(ImmutableArray<Sentence>.Builder result, string text, int start, int end)
    {
        while (end - start > MaxLength)
        {
            var cut = SafeCut(text, start, start + MaxLength);
            var pieceEnd = cut;
            while (pieceEnd > start && char.IsWhiteSpace(text[pieceEnd - 1]))
            {
                pieceEnd--;
            }

            result.Add(new Sentence(start, pieceEnd, text[start..pieceEnd]));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            result.Add(new Sentence(start, end, text[start..end]));
        }
    }

    /// <summary>Where to cut a piece that starts at <paramref name="start"/> and may not reach past <paramref name="limit"/>.</summary>
    private static int SafeCut(string text, int start, int limit)
    {
        var floor = start + (MaxLength / 4);
        foreach (var mark in (ReadOnlySpan<char>)[';', ','])
        {
            for (var i = limit - 1; i > floor; i--)
            {
                if (text[i] == mark && char.IsWhiteSpace(text[i + 1]))
                {
                    return i + 1;
                }
            }
        }

        for (var i = limit - 1; i > floor; i--)
        {
            if (char.IsWhiteSpace(text[i]) && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                return i;
            }
        }

        return limit;
    }
}

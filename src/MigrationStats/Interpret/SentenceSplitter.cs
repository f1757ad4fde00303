using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationStats.Interpret;

/// <summary>Splits clean paragraph text into sentences without breaking at abbreviations.</summary>
public static partial class SentenceSplitter
{
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

            result.Add(new Sentence(start, m.Index, text[start..m.Index]));
            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            result.Add(new Sentence(start, text.Length, text[start..]));
        }

        return result.ToImmutable();
    }
}

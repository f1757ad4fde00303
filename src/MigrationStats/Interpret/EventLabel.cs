using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Interpret;

/// <summary>
/// A short label of what happened at a date, from its sentence: the clause around the date, less
/// the date itself, its preposition and connectives, cut to a dozen words.
/// </summary>
internal static partial class EventLabel
{
    private const int MaxWords = 12;

    [GeneratedRegex(@"^(?:(?:(?:Subsequently|Thus|However|Furthermore|Moreover|For instance|For example|Similarly|Hence|Accordingly|In this connection|In this regard|Also|Then|Since then|Finally)\s*,?|In addition\s*,)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"(?:\s*\b(?:in|on|at|during|since|by|of|from|between|until|as of|as at|held|dated|its|the|their|starting)\b)+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingPreposition();

    [GeneratedRegex(@"\s*,\s*(?:,\s*)+|\(\s*\)")]
    private static partial Regex EmptyPunctuation();

    public static string For(string sentence, int start, int end, string? body, int? ordinal)
    {
        var before = DanglingPreposition().Replace(sentence[..start], string.Empty).TrimEnd();
        var after = sentence[end..].TrimStart();

        // "the entry into force, on 1 July 2003, of the Convention": the date was set off by
        // commas; without it the commas go too.
        if (before.EndsWith(',') && after.StartsWith(','))
        {
            (before, after) = (before[..^1], after[1..]);
        }

        var text = (before + " " + after).Trim();
        text = EmptyPunctuation().Replace(text, ", ");
        text = LeadingConnective().Replace(text.TrimStart(',', ' '), string.Empty);
        text = Regex.Replace(Regex.Replace(Regex.Replace(text, @"\s+", " "), @" ([,;:.])", "$1"), @",(?:\s*,)+", ",").Trim(' ', ',', ';', '.', ':');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var label = words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words.Take(MaxWords)).TrimEnd(',', ';', ':') + "…";
        if (label.Length > 0)
        {
            label = char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];
        }

        return ordinal is { } n ? $"{body ?? "Body"}, session {n}: {label}".TrimEnd(':', ' ') : label;
    }
}

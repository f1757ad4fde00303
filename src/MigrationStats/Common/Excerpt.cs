using System.Text;

namespace MigrationStats.Common;

/// <summary>
/// Text from an input file as messages show it: on one line, without control characters (a
/// crafted cell could hold terminal escapes), and cut short, so a 200 MB field is never echoed.
/// </summary>
public static class Excerpt
{
    /// <summary>Most characters of input text a message shows.</summary>
    public const int MaxChars = 100;

    /// <summary>Marks text that was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> with runs of white space folded to one space, trimmed, control
    /// characters shown as U+FFFD, and cut to <paramref name="max"/> characters followed by
    /// <see cref="Ellipsis"/> when longer.
    /// </summary>
    public static string Of(string? text, int max = MaxChars)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var shown = new StringBuilder(Math.Min(text.Length, max + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = shown.Length > 0;
                continue;
            }

            if (shown.Length + (space ? 1 : 0) >= max)
            {
                return shown.Append(Ellipsis).ToString();
            }

            if (space)
            {
                shown.Append(' ');
                space = false;
            }

            shown.Append(char.IsControl(c) || IsBidiControl(c) ? '\uFFFD' : c);
        }

        return shown.ToString();
    }

    /// <summary>Characters that reorder text on a terminal (an overridden direction can hide what a line says).</summary>
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}

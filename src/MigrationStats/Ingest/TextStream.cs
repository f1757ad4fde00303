using System.Text;

namespace MigrationStats.Ingest;

/// <summary>
/// The original text with furniture and footnote markers taken out, line breaks kept, and a map
/// from each of its characters back to the original offset. Structure is read on this stream.
/// </summary>
internal sealed class TextStream
{
    private TextStream(string text, int[] map)
    {
        Text = text;
        Map = map;
    }

    public string Text { get; }

    /// <summary>Original offset of each stream character (strictly increasing).</summary>
    public int[] Map { get; }

    public static TextStream Build(string source, bool[] removed)
    {
        var sb = new StringBuilder(source.Length);
        var map = new List<int>(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (!removed[i])
            {
                sb.Append(source[i] == '\f' ? '\n' : source[i]);
                map.Add(i);
            }
        }

        return new TextStream(sb.ToString(), map.ToArray());
    }

    /// <summary>The first position at or after <paramref name="i"/> that is not white space.</summary>
    public static int SkipWhite(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>True when only spaces or tabs stand between the line's start and <paramref name="i"/>.</summary>
    public static bool IsLineStart(string s, int i)
    {
        while (i > 0 && s[i - 1] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        return i == 0 || s[i - 1] == '\n';
    }

    /// <summary>The stream position of the first character at or after an original offset.</summary>
    public int PositionOf(int originalOffset)
    {
        var i = Array.BinarySearch(Map, originalOffset);
        return i >= 0 ? i : ~i;
    }

    /// <summary>The original offset of a stream position (the end maps past the last character).</summary>
    public int OriginalOf(int position) => position < Map.Length ? Map[position] : (Map.Length == 0 ? 0 : Map[^1] + 1);
}

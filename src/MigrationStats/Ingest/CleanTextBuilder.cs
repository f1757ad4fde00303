using System.Collections.Immutable;
using System.Text;

namespace MigrationStats.Ingest;

/// <summary>
/// Builds the clean text the recognizers read from a stretch of the stream: each run of white
/// space (a line break included) becomes one space, and a word hyphenated across a line break
/// is joined, dropping the hyphen only when the document spells the word without it elsewhere.
/// </summary>
internal static class CleanTextBuilder
{
    public static CleanText Build(TextStream stream, int from, int to, HashSet<string> vocabulary)
    {
        var s = stream.Text;
        var sb = new StringBuilder(to - from);
        var map = ImmutableArray.CreateBuilder<int>(to - from);
        var i = from;
        while (i < to)
        {
            var ch = s[i];
            if (!IsSpace(ch))
            {
                sb.Append(ch);
                map.Add(stream.Map[i]);
                i++;
                continue;
            }

            var j = i;
            var lineBreak = false;
            while (j < to && IsSpace(s[j]))
            {
                lineBreak |= s[j] == '\n';
                j++;
            }

            if (lineBreak && sb.Length >= 2 && sb[^1] == '-' && char.IsLetter(sb[^2]) && j < to && char.IsLower(s[j]))
            {
                if (DropHyphen(sb, s, j, vocabulary))
                {
                    sb.Length--;
                    map.RemoveAt(map.Count - 1);
                }
            }
            else if (sb.Length > 0 && j < to)
            {
                sb.Append(' ');
                map.Add(stream.Map[i]);
            }

            i = j;
        }

        return new CleanText(sb.ToString(), map.ToImmutable());
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    private static bool DropHyphen(StringBuilder sb, string s, int next, HashSet<string> vocabulary)
    {
        var k = sb.Length - 1;
        while (k > 0 && char.IsLetter(sb[k - 1]))
        {
            k--;
        }

        var head = sb.ToString(k, sb.Length - 1 - k);
        var e = next;
        while (e < s.Length && char.IsLetter(s[e]))
        {
            e++;
        }

        var tail = s[next..e];
        return vocabulary.Contains(head + tail) && !vocabulary.Contains(head + "-" + tail);
    }
}

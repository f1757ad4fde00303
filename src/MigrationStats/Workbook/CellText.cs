using System.Globalization;
using System.Text;

namespace MigrationStats.Workbook;

/// <summary>
/// Text as a cell can hold it: at most <see cref="MaxLength"/> characters (Excel's limit, past
/// which Excel refuses the file or drops the rest silently), and only characters XML 1.0 allows,
/// the others written as Excel's <c>_xHHHH_</c> escapes (which Excel and <see cref="WorkbookReader"/> read back).
/// </summary>
public static class CellText
{
    /// <summary>Most characters an Excel cell holds.</summary>
    public const int MaxLength = 32_767;

    /// <summary>The marker that ends a cut text: "… [cut: 40,000 characters in all]".</summary>
    public static string CutMarker(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"… [cut: {length:N0} characters in all]");

    /// <summary>
    /// The text itself when it fits in a cell; else as much of it as fits before the marker that
    /// says it was cut and how long it was, <see cref="MaxLength"/> characters in all.
    /// </summary>
    public static string Fit(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var marker = CutMarker(text.Length);
        var keep = MaxLength - marker.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), marker);
    }

    /// <summary>
    /// The text with characters XML cannot hold written as <c>_xHHHH_</c> (a lone surrogate
    /// becomes U+FFFD), and a literal <c>_xHHHH_</c> kept literal by escaping its underscore.
    /// </summary>
    internal static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                escaped.Append('\uFFFD');
            }
            else if (NeedsEscape(text, i))
            {
                escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/>: <c>_xHHHH_</c> becomes the character it names.</summary>
    internal static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        var i = 0;
        while (at >= 0)
        {
            if (IsEscape(text, at))
            {
                plain.Append(text, i, at - i).Append((char)int.Parse(text.AsSpan(at + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i = at + 7;
            }
            else
            {
                plain.Append(text, i, at + 2 - i);
                i = at + 2;
            }

            at = text.IndexOf("_x", i, StringComparison.Ordinal);
        }

        return plain.Append(text, i, text.Length - i).ToString();
    }

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' or '\uFFFE' or '\uFFFF' => true,
            '_' => IsEscape(text, i),
            _ => char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])),
        };
    }

    /// <summary>True when <c>_xHHHH_</c> starts at <paramref name="i"/>.</summary>
    private static bool IsEscape(string text, int i) =>
        i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3]) && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}

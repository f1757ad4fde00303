using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MigrationStats.Common;

namespace MigrationStats.Recognize;

/// <summary>A stretch of a sentence a model is run on; offsets end exclusive.</summary>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset (exclusive).</param>
public readonly record struct TextWindow(int Start, int End);

/// <summary>
/// Where in a sentence the recognizers need to look. Their cost grows with the length of what they
/// are given, and most of a sentence is neither a date nor a number. So each cue (a year or month
/// name for dates; a digit or number word for numbers) is widened over the words such an expression
/// is made of, up to <see cref="MaxContextWords"/> each side, then by one more word of any kind;
/// overlapping windows are merged. A result that reaches a window's cut edge is read again on the
/// whole sentence (see <see cref="TextRecognizer"/>).
/// </summary>
public static partial class TextWindows
{
    /// <summary>Most expression words taken on each side of a cue.</summary>
    public const int MaxContextWords = 8;

    /// <summary>Windows for the date model: around each year from 1600 or month name, over date words
    /// ("from", "until", "the first half of", day numbers, other months, weekdays, seasons).</summary>
    public static ImmutableArray<TextWindow> Dates(string text) => Around(text, DateCue(), DateWord());

    /// <summary>Windows for the number model: around each digit, number word or fraction word, over
    /// number words ("two hundred and fifty", "1.5 million", "a third").</summary>
    public static ImmutableArray<TextWindow> Numbers(string text) => Around(text, NumberCue(), NumberWord());

    private static ImmutableArray<TextWindow> Around(string text, Regex cuePattern, Regex expressionWord)
    {
        var cue = cuePattern.Match(text);
        if (!cue.Success)
        {
            return [];
        }

        var words = Word().Matches(text);
        var windows = ImmutableArray.CreateBuilder<TextWindow>();
        var w = 0;
        for (; cue.Success; cue = cue.NextMatch())
        {
            if (windows.Count > 0 && cue.Index + cue.Length <= windows[^1].End)
            {
                continue; // already inside the last window
            }

            while (words[w].Index + words[w].Length <= cue.Index)
            {
                w++;
            }

            var last = w;
            while (last + 1 < words.Count && words[last + 1].Index < cue.Index + cue.Length)
            {
                last++;
            }

            var first = Widen(words, w, -1, expressionWord);
            last = Widen(words, last, +1, expressionWord);
            var window = new TextWindow(words[first].Index, words[last].Index + words[last].Length);
            if (windows.Count > 0 && window.Start <= windows[^1].End)
            {
                windows[^1] = windows[^1] with { End = Math.Max(window.End, windows[^1].End) };
            }
            else
            {
                windows.Add(window);
            }
        }

        return windows.ToImmutable();
    }

    private static int Widen(MatchCollection words, int at, int step, Regex expressionWord)
    {
        var taken = 0;
        while (taken < MaxContextWords && at + step >= 0 && at + step < words.Count && expressionWord.IsMatch(words[at + step].Value))
        {
            at += step;
            taken++;
        }

        return Math.Clamp(at + step, 0, words.Count - 1); // one more word of any kind
    }

    private const string Open = @"^[(\[""“‘'$€£]*";

    private const string Close = @"[)\]""”’',.;:%]*$";

    private const string Fractions = "(?:half|halves|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)";

    private const string VulgarFractions = "[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]";

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    // A year from 1600 (a bare "1500" is far more often a time of day or a table cell) or a month name.
    [GeneratedRegex(@"\b(?:1[6-9]|20|21)\d\d\b|\b" + Vocabulary.MonthNames + @"\b")]
    private static partial Regex DateCue();

    // Words of the recognizer's English date grammar, with brackets, quotes and punctuation around them.
    [GeneratedRegex(
        Open + @"(?:from|between|to|and|or|through|thru|till|until|til|since|by|before|after|on|in|at|during|of|the|this|that|these|those|next|last|past|previous|coming|following|upcoming|early|earlier|late|later|mid|middle|beginning|start|end|first|second|third|fourth|fifth|sixth|half|quarter|week|weeks|weekend|month|months|year|years|period|day|days|no|not|than|prior|as|within|around|about|approximately|ago|dated|now|present|today|current|spring|summer|autumn|fall|winter|fiscal|financial|calendar|" +
        @"\d+(?:st|nd|rd|th)?|\d+[-–]\d+|" + Vocabulary.NumberWords + "|" + Vocabulary.MonthNames +
        @"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[-–—/,&])" + Close,
        RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\d|" + VulgarFractions + @"|\b(?:" + Vocabulary.NumberWords + "|" + Fractions + ")", RegexOptions.IgnoreCase)]
    private static partial Regex NumberCue();

    // Words numbers are written with: digits and their separators, number and fraction words, "and", "a", "point".
    [GeneratedRegex(
        Open + @"(?:[\d.,:/\-–%]+(?:st|nd|rd|th|s)?|and|a|an|point|of|per|cent|percent|zero|nil|trillion|" + Fractions + "|" + VulgarFractions + "|" +
        Vocabulary.NumberWords + @"(?:[-–]" + Vocabulary.NumberWords + @")?(?:s|th|ths)?)" + Close,
        RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Interpret;

/// <summary>English ordinals ("fifty-ninth", "37th") and number words.</summary>
internal static partial class Ordinals
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Pattern of an ordinal, in words or digits.</summary>
    public const string Pattern = @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|\d{1,3}(?:st|nd|rd|th))";

    /// <summary>The value of an ordinal, or null.</summary>
    public static int? Parse(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        var digits = DigitOrdinal().Match(w);
        if (digits.Success)
        {
            return int.Parse(digits.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        if (Units.TryGetValue(w, out var u))
        {
            return u;
        }

        var dash = w.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Tens.TryGetValue(w[..dash], out var t) && Units.TryGetValue(w[(dash + 1)..], out var u2) && u2 < 10 ? t + u2 : null;
    }

    [GeneratedRegex(@"^(\d{1,3})(?:st|nd|rd|th)$")]
    private static partial Regex DigitOrdinal();
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace MigrationStats.Recognize;

/// <summary>A number the recognizers found; offsets are into the text given, end exclusive.</summary>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Value">The resolved value (percent points for percentages).</param>
/// <param name="IsPercentage">True when found by the percentage model ("21 per cent").</param>
public sealed record RecognizedNumber(int Start, int End, decimal Value, bool IsPercentage);

/// <summary>One resolution of a date mention, as the recognizer gives it.</summary>
/// <param name="Timex">TIMEX expression ("2003-10", "(1960-01-01,2000-01-01,P40Y)", "PRESENT_REF").</param>
/// <param name="Type">"date", "daterange", "duration", "set", ...</param>
/// <param name="Start">Range start, when given (ISO date).</param>
/// <param name="End">Range end, when given (ISO date, exclusive).</param>
/// <param name="Value">Point value, when given.</param>
/// <param name="Mod">Modifier: "since", "before", "after", "mid", ...</param>
public sealed record DateResolution(string Timex, string Type, string? Start, string? End, string? Value, string? Mod);

/// <summary>A date or time mention the recognizer found; offsets into the text given, end exclusive.</summary>
public sealed record RecognizedDate(int Start, int End, ImmutableArray<DateResolution> Resolutions);

/// <summary>What the recognizers found in one piece of text.</summary>
public sealed record Recognition(ImmutableArray<RecognizedNumber> Numbers, ImmutableArray<RecognizedDate> Dates);

/// <summary>
/// Wraps Microsoft.Recognizers.Text: models are built once, results are converted into our own
/// records at this boundary (offsets end-exclusive, values parsed with the invariant culture),
/// and the expensive date model only runs on text that can hold a date.
/// Not thread-safe in the sense of ordering; the underlying models are shared and read-only.
/// </summary>
public sealed partial class TextRecognizer
{
    private readonly IModel numbers;
    private readonly IModel percentages;
    private readonly DateTimeModel dates;

    /// <summary>Builds the English models.</summary>
    public TextRecognizer()
    {
        var numberRecognizer = new NumberRecognizer(Culture.English);
        numbers = numberRecognizer.GetNumberModel();
        percentages = numberRecognizer.GetPercentageModel();
        dates = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
    }

    /// <summary>One shared instance (model construction is costly).</summary>
    public static TextRecognizer Shared { get; } = new();

    /// <summary>Recognizes numbers, percentages and dates in a sentence.</summary>
    public Recognition Recognize(string text, DateTime reference)
    {
        var found = ImmutableArray.CreateBuilder<RecognizedNumber>();
        if (MayHoldNumber().IsMatch(text))
        {
            var pct = MayHoldPercentage().IsMatch(text) ? percentages.Parse(text) : [];
            foreach (var r in pct)
            {
                if (TryValue(r, "value", out var v))
                {
                    found.Add(new RecognizedNumber(r.Start, r.End + 1, v, IsPercentage: true));
                }
            }

            foreach (var r in numbers.Parse(text))
            {
                if (TryValue(r, "value", out var v))
                {
                    found.Add(new RecognizedNumber(r.Start, r.End + 1, v, IsPercentage: false));
                }
            }
        }

        var dated = ImmutableArray.CreateBuilder<RecognizedDate>();
        if (MayHoldDate().IsMatch(text))
        {
            foreach (var r in dates.Parse(text, reference))
            {
                dated.Add(new RecognizedDate(r.Start, r.End + 1, Resolutions(r)));
            }
        }

        return new Recognition(found.ToImmutable(), dated.ToImmutable());
    }

    private static bool TryValue(ModelResult r, string key, out decimal value)
    {
        value = 0;
        if (r.Resolution is null || !r.Resolution.TryGetValue(key, out var raw) || raw is not string s)
        {
            return false;
        }

        s = s.TrimEnd('%');
        return decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static ImmutableArray<DateResolution> Resolutions(ModelResult r)
    {
        if (r.Resolution is null || !r.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<object> values)
        {
            return [];
        }

        var list = ImmutableArray.CreateBuilder<DateResolution>();
        foreach (var v in values)
        {
            if (v is IDictionary<string, string> d)
            {
                list.Add(new DateResolution(
                    d.TryGetValue("timex", out var t) ? t : string.Empty,
                    d.TryGetValue("type", out var ty) ? ty : string.Empty,
                    d.TryGetValue("start", out var s) ? s : null,
                    d.TryGetValue("end", out var e) ? e : null,
                    d.TryGetValue("value", out var val) ? val : null,
                    d.TryGetValue("Mod", out var m) ? m : null));
            }
        }

        return list.ToImmutable();
    }

    [GeneratedRegex(@"\d|\b" + Common.Vocabulary.NumberWords, RegexOptions.IgnoreCase)]
    private static partial Regex MayHoldNumber();

    [GeneratedRegex(@"per\s?cent|percent|%", RegexOptions.IgnoreCase)]
    private static partial Regex MayHoldPercentage();

    // Years from 1600: a bare "1500" is far more often a time of day or a table cell than a year.
    [GeneratedRegex(@"\b(?:1[6-9]|20|21)\d\d\b|\b" + Common.Vocabulary.MonthNames + @"\b")]
    private static partial Regex MayHoldDate();
}

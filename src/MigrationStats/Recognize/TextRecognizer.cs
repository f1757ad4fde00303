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
/// and the number and date models only run on the windows of a sentence that can hold a number or
/// a date (<see cref="TextWindows"/>), the date model without the extractors of times of day
/// (<see cref="DatesOnlyModel"/>). The pipeline gives each worker its own instance.
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
        dates = DatesOnlyModel.Create();
    }

    /// <summary>One shared instance (model construction is costly).</summary>
    public static TextRecognizer Shared { get; } = new();

    /// <summary>Recognizes numbers, percentages and dates in a sentence.</summary>
    public Recognition Recognize(string text, DateTime reference) => Recognize(text, reference, whole: false);

    /// <summary>The same, with each model run on the whole sentence (the windows' oracle, for tests).</summary>
    internal Recognition RecognizeWhole(string text, DateTime reference) => Recognize(text, reference, whole: true);

    private Recognition Recognize(string text, DateTime reference, bool whole)
    {
        ImmutableArray<TextWindow> All(ImmutableArray<TextWindow> windows) => whole && !windows.IsEmpty ? [new TextWindow(0, text.Length)] : windows;

        var found = ImmutableArray.CreateBuilder<RecognizedNumber>();
        if (MayHoldPercentage().IsMatch(text))
        {
            foreach (var r in percentages.Parse(text))
            {
                if (TryValue(r, "value", out var v))
                {
                    found.Add(new RecognizedNumber(r.Start, r.End + 1, v, IsPercentage: true));
                }
            }
        }

        foreach (var (start, end, r) in InWindows(text, All(TextWindows.Numbers(text)), numbers.Parse))
        {
            if (TryValue(r, "value", out var v))
            {
                found.Add(new RecognizedNumber(start, end, v, IsPercentage: false));
            }
        }

        var dated = ImmutableArray.CreateBuilder<RecognizedDate>();
        foreach (var (start, end, r) in InWindows(text, All(TextWindows.Dates(text)), t => dates.Parse(t, reference)))
        {
            dated.Add(new RecognizedDate(start, end, Resolutions(r)));
        }

        return new Recognition(found.ToImmutable(), dated.ToImmutable());
    }

    /// <summary>
    /// Runs a model on each window; offsets come back into the sentence, end exclusive. A result that
    /// reaches a cut edge may go on past the window, so that window is read in the whole sentence.
    /// </summary>
    private static List<(int Start, int End, ModelResult Result)> InWindows(string text, ImmutableArray<TextWindow> windows, Func<string, List<ModelResult>> parse)
    {
        var found = new List<(int Start, int End, ModelResult Result)>();
        foreach (var window in windows)
        {
            var (results, shift) = (parse(text[window.Start..window.End]), window.Start);
            if (results.Any(r => ReachesCut(r, window, text.Length)))
            {
                (results, shift) = ([.. parse(text).Where(r => r.Start < window.End && r.End + 1 > window.Start)], 0);
            }

            foreach (var r in results.Where(r => found.Count == 0 || shift + r.Start >= found[^1].End))
            {
                found.Add((shift + r.Start, shift + r.End + 1, r));
            }
        }

        return found;
    }

    private static bool ReachesCut(ModelResult r, TextWindow window, int length) =>
        (r.Start == 0 && window.Start > 0) || (window.Start + r.End + 1 == window.End && window.End < length);

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

    [GeneratedRegex(@"per\s?cent|percent|%", RegexOptions.IgnoreCase)]
    private static partial Regex MayHoldPercentage();

}

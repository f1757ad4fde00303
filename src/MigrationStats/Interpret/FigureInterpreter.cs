using MigrationStats.Common;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;
using MigrationStats.Recognize;
using static MigrationStats.Interpret.RuleTable;

namespace MigrationStats.Interpret;

/// <summary>
/// Reads the statistical figures of a sentence as a sequence of annotators over a
/// <see cref="SentenceDoc"/>: the recognizers' numbers, then the vetoes (each with its reason),
/// kinds and currencies, qualifiers, units and measures, times; then a resolver takes, for each
/// number no veto holds for, the strongest reading of every layer.
/// </summary>
internal static partial class FigureInterpreter
{
    /// <summary>Rules about a pair of numbers, and the word folds.</summary>
    public static readonly RuleInfo[] OtherRules =
    [
        Info("number.recognizer", Layer.Number, "a number or percentage Microsoft.Recognizers.Text found", "a figure candidate",
            ["The Mission deployed [120] observers."], ["The Mission deployed [observers]."]),
        Info("number.fold-word", Layer.Number, "'twofold' ... 'tenfold' written as one word", "a figure candidate of kind rate",
            ["Exports of services grew [threefold] over the decade."], ["Exports of services grew [three] times."]),
        Info("veto.in-date", Layer.Veto, "a number inside a date the date rules read ('30 and 31 May 1996')", "not a figure: part of a date",
            ["The Conference was held on [30] and 31 May 1996."], ["The Conference was attended by [30] States in May 1996."]),
        Info("kind.percent-pair", Layer.Kind, "a number joined by 'to', 'and', 'or' or a dash to a percentage ('from 7 to 21 per cent')", "percent",
            ["The share had risen from [7] to 21 per cent."], ["The share of [7] States rose to 21 per cent."]),
        Info("kind.duration-pair", Layer.Kind, "a number joined by 'to', 'or' or a dash to a duration ('five to six months')", "duration",
            ["The process will take [five] to six months."], ["The [five] observers stayed six months."]),
    ];

    private const double KindDefault = 0.1;

    private static readonly Dictionary<string, double> KindScores = new(StringComparer.Ordinal)
    {
        ["kind.percent"] = 0.95, ["kind.percentage-points"] = 1.0, ["kind.proportion"] = 0.95, ["kind.fold"] = 0.95,
        ["kind.money-before"] = 0.9, ["kind.money-after"] = 0.9, ["kind.duration"] = 0.85, ["kind.percent-pair"] = 0.8, ["kind.duration-pair"] = 0.8,
    };

    private static readonly Dictionary<string, FigureKind> KindOfRule = new(StringComparer.Ordinal)
    {
        ["kind.percent"] = FigureKind.Percent, ["kind.percentage-points"] = FigureKind.Percent, ["kind.proportion"] = FigureKind.Percent,
        ["kind.fold"] = FigureKind.Rate, ["kind.money-before"] = FigureKind.Money, ["kind.money-after"] = FigureKind.Money,
        ["kind.duration"] = FigureKind.Duration, ["kind.percent-pair"] = FigureKind.Percent, ["kind.duration-pair"] = FigureKind.Duration, ["kind.count"] = FigureKind.Count,
    };

    private static readonly Dictionary<string, decimal> FoldWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>Reads the figures of one sentence, writing every step to <paramref name="doc"/>.</summary>
    public static ImmutableArray<FigureReading> Read(SentenceDoc doc, Recognition recognized, ImmutableArray<DateReading> dates, TimeContext time)
    {
        var text = doc.Text;
        var offset = doc.Sentence.Start;
        var relativeDates = dates.Select(d => d with { Start = d.Start - offset, End = d.End - offset }).ToList();

        AnnotateNumbers(doc, recognized, relativeDates);
        var numbers = doc.Numbers;
        foreach (var n in numbers)
        {
            var c = Context(text, n);
            foreach (var rule in NumberRules.Vetoes)
            {
                if (rule.Apply(c) is not null)
                {
                    doc.Add(new Annotation(n.Start, n.End, Layer.Veto, "veto", rule.Info.Yields, rule.Id, 1, n.Target));
                }
            }

            if (!doc.IsVetoed(n.Target))
            {
                AnnotateKind(doc, n, c);
            }
        }

        SharePercentAcrossPairs(doc, numbers.Where(n => !doc.IsVetoed(n.Target)).ToList());
        var figures = new List<FigureContext>();
        foreach (var n in numbers.Where(n => !doc.IsVetoed(n.Target)))
        {
            var kind = doc.Best(n.Target, Layer.Kind)!;
            var figureKind = KindOfRule[kind.Rule];
            var currency = figureKind == FigureKind.Money ? kind.Value : null;
            var start = Math.Min(n.Start, kind.Start);
            var qualifier = AnnotateQualifier(doc, n, text, start);
            start = Math.Min(start, qualifier?.Start ?? start);
            var end = Math.Max(n.End, kind.End);
            figures.Add(new FigureContext(doc, n.Target, start, end, figureKind, currency, figures));
        }

        UnitRules.Annotate(figures);
        TimeRules.Annotate(figures, relativeDates, time);
        return figures.Select(f => Resolve(doc, f, time)).ToImmutableArray();
    }

    private static FigureReading Resolve(SentenceDoc doc, FigureContext f, TimeContext context)
    {
        var number = doc.Numbers[f.Target];
        var value = decimal.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var kind = doc.Best(f.Target, Layer.Kind)!;
        if (kind.Rule == "kind.proportion")
        {
            value *= 100;
        }

        var qualifier = doc.Best(f.Target, Layer.Qualifier)?.Label switch
        {
            "over" => Qualifier.Over,
            "under" => Qualifier.Under,
            "approx" => Qualifier.Approx,
            _ => Qualifier.Exact,
        };
        var unit = doc.Best(f.Target, Layer.Unit)?.Value ?? string.Empty;
        var measure = doc.Best(f.Target, Layer.Measure)?.Value;
        Period? time = null;
        string? open = null;
        if (doc.Best(f.Target, Layer.Time, "time") is { } t)
        {
            (time, open) = TimeRules.ParseValue(t.Value);
        }

        var asOf = time is null && doc.For(f.Target, Layer.AsOf).Any() ? context.AsOf : null;
        var offset = doc.Sentence.Start;
        return new FigureReading(offset + f.Start, offset + f.End, f.Kind, value, f.Currency, unit, qualifier, time, measure, doc.Index, open, asOf);
    }

    private static NumberContext Context(string text, Annotation n) =>
        new(text, n.Start, n.End, decimal.Parse(n.Value, NumberStyles.Float, CultureInfo.InvariantCulture), n.Label == "percent");

    // ---- numbers -------------------------------------------------------------------------------

    private static void AnnotateNumbers(SentenceDoc doc, Recognition recognized, List<DateReading> dates)
    {
        var text = doc.Text;
        var kept = new List<(int Start, int End, decimal Value, string Label, string Rule, bool InDate)>();
        var percentages = recognized.Numbers.Where(n => n.IsPercentage).ToList();
        foreach (var n in recognized.Numbers.OrderBy(n => n.Start).ThenByDescending(n => n.IsPercentage))
        {
            if (!n.IsPercentage && percentages.Any(p => p.Start <= n.Start && n.End <= p.End))
            {
                continue;
            }

            if (kept.Any(k => k.Start < n.End && n.Start < k.End))
            {
                continue;
            }

            var inDate = dates.Any(d => d.Start < n.End && n.Start < d.End);
            kept.Add((n.Start, n.End, n.Value, n.IsPercentage ? "percent" : "number", "number.recognizer", inDate));
        }

        foreach (Match m in WordFold().Matches(text))
        {
            if (!kept.Any(k => k.Start < m.Index + m.Length && m.Index < k.End))
            {
                kept.Add((m.Index, m.Index + m.Length, FoldWords[m.Groups["w"].Value], "fold", "number.fold-word", false));
            }
        }

        var target = 0;
        foreach (var k in kept.OrderBy(k => k.Start))
        {
            var n = doc.Add(new Annotation(k.Start, k.End, Layer.Number, k.Label, k.Value.ToString(CultureInfo.InvariantCulture), k.Rule, 1, target++));
            if (k.InDate)
            {
                doc.Add(new Annotation(n.Start, n.End, Layer.Veto, "veto", "not a figure: part of a date", "veto.in-date", 1, n.Target));
            }
        }
    }

    private static void AnnotateKind(SentenceDoc doc, Annotation n, NumberContext c)
    {
        doc.Add(new Annotation(n.Start, n.End, Layer.Kind, "count", string.Empty, "kind.count", KindDefault, n.Target));
        if (n.Label == "fold")
        {
            doc.Add(new Annotation(n.Start, n.End, Layer.Kind, "rate", string.Empty, "kind.fold", KindScores["kind.fold"], n.Target));
            return;
        }

        foreach (var rule in NumberRules.Kinds)
        {
            if (rule.Apply(c) is not { } start)
            {
                continue;
            }

            var kind = KindOfRule[rule.Id];
            var (from, to, value) = (n.Start, n.End, string.Empty);
            switch (rule.Id)
            {
                case "kind.money-before":
                    from = start;
                    value = CurrencyCode(c.Before[start..].Trim());
                    break;
                case "kind.money-after":
                    var m = CachedRegex.Match(c.After, @"^\s*" + Common.Vocabulary.CurrencyAfter, RegexOptions.IgnoreCase);
                    value = m.Groups["usd"].Success ? "USD" : m.Groups["eur"].Success ? "EUR" : m.Groups["gbp"].Success ? "GBP" : m.Groups["chf"].Success ? "CHF"
                        : m.Groups["hrk"].Success ? "HRK" : m.Groups["dem"].Success ? "DEM" : CachedRegex.Replace(m.Groups["other"].Value, @"\s+", " ");
                    break;
                case "kind.percentage-points":
                    to = n.End + NumberRules.PercentagePoints(c);
                    break;
                case "kind.fold":
                    to = n.End + CachedRegex.Match(c.After, @"^\s*-?\s*fold\b", RegexOptions.IgnoreCase).Length;
                    break;
            }

            doc.Add(new Annotation(from, to, Layer.Kind, Names.Of(kind), value, rule.Id, KindScores[rule.Id], n.Target));
        }
    }

    /// <summary>"from 7 to 21 per cent", "five to six months": the first number takes the second's kind.</summary>
    private static void SharePercentAcrossPairs(SentenceDoc doc, List<Annotation> numbers)
    {
        for (var i = numbers.Count - 2; i >= 0; i--)
        {
            var (a, b) = (numbers[i], numbers[i + 1]);
            var next = doc.Best(b.Target, Layer.Kind)!;
            if (doc.Best(a.Target, Layer.Kind)!.Label == "count" && next.Label is "percent" or "duration"
                && CachedRegex.IsMatch(doc.Text[a.End..b.Start], @"^\s*(?:to|and|or|-|–)\s*$"))
            {
                var rule = next.Label == "percent" ? "kind.percent-pair" : "kind.duration-pair";
                doc.Add(new Annotation(a.Start, a.End, Layer.Kind, next.Label, string.Empty, rule, KindScores[rule], a.Target));
            }
        }
    }

    private static Annotation? AnnotateQualifier(SentenceDoc doc, Annotation n, string text, int start)
    {
        var c = new NumberContext(text, start, n.End, 0, false);
        Annotation? first = null;
        foreach (var rule in NumberRules.Qualifiers)
        {
            if (rule.Apply(c) is { } from)
            {
                var a = doc.Add(new Annotation(from, n.End, Layer.Qualifier, rule.Info.Yields, text[from..start].Trim(), rule.Id, 1, n.Target));
                first ??= a;
            }
        }

        return first;
    }

    private static string CurrencyCode(string symbol) => symbol.Replace(" ", string.Empty, StringComparison.Ordinal) switch
    {
        "EUR" or "€" => "EUR",
        "£" or "GBP" => "GBP",
        "CHF" or "SwF" => "CHF",
        "¥" or "JPY" => "JPY",
        _ => "USD",
    };

    [GeneratedRegex(@"\b(?<w>two|three|four|five|six|seven|eight|nine|ten)fold\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordFold();
}

using System.Globalization;
using MigrationStats.Dataset;

namespace MigrationStats.Charts;

/// <summary>How values of a series are scaled for an axis: 175000000 shown as 175 with the word "million".</summary>
/// <param name="Divisor">What values are divided by.</param>
/// <param name="Word">"thousand", "million", "billion" or empty.</param>
internal readonly record struct ValueScale(double Divisor, string Word)
{
    /// <summary>No scaling.</summary>
    public static ValueScale None => new(1, string.Empty);

    /// <summary>The scale that keeps the largest value readable (counts and money only).</summary>
    public static ValueScale For(FigureKind kind, double maxAbs) =>
        kind is not (FigureKind.Count or FigureKind.Money) ? None
        : maxAbs >= 1e9 ? new(1e9, "billion")
        : maxAbs >= 1e6 ? new(1e6, "million")
        : maxAbs >= 1e5 ? new(1e3, "thousand")
        : None;
}

/// <summary>Numbers and units as a chart prints them.</summary>
internal static class ValueFormat
{
    /// <summary>A plain number: up to two decimals, thousands separated, invariant culture.</summary>
    public static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "#,0" : Math.Abs(value) >= 10 ? "#,0.#" : "#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A value label: "175 million", "21%", "US$ 4.5 billion", "26", with the qualifier as a sign ("≈", "&gt;", "&lt;").</summary>
    public static string Label(decimal value, FigureKind kind, ValueScale scale, string? currency, Qualifier qualifier = Qualifier.Exact)
    {
        var n = Number((double)value / scale.Divisor);
        var word = scale.Word.Length > 0 ? " " + scale.Word : string.Empty;
        var text = kind switch
        {
            FigureKind.Percent => n + "%",
            FigureKind.Money => $"{currency ?? string.Empty} {n}{word}".Trim(),
            FigureKind.Rate => n + "×",
            _ => n + word,
        };
        return qualifier switch
        {
            Qualifier.Approx => "≈ " + text,
            Qualifier.Over => "> " + text,
            Qualifier.Under => "< " + text,
            _ => text,
        };
    }

    /// <summary>The value axis title: the unit and the scale ("International migrants (millions)", "% of Governments").</summary>
    public static string AxisTitle(Series series, ValueScale scale, string? currency)
    {
        // The measure is the chart title; the axis names only what is counted, so a unit such as
        // "% of Governments that viewed immigration levels as too high" becomes "% of Governments".
        var unit = series.Unit.Trim();
        foreach (var clause in new[] { " that ", " which ", " who ", " whose " })
        {
            var at = unit.IndexOf(clause, StringComparison.OrdinalIgnoreCase);
            unit = at > 0 ? unit[..at] : unit;
        }

        var plural = scale.Word.Length > 0 ? $" ({scale.Word}s)" : string.Empty;
        var title = series.Kind switch
        {
            FigureKind.Percent => unit.Contains('%', StringComparison.Ordinal) ? unit : unit.Length > 0 && !unit.StartsWith("per", StringComparison.OrdinalIgnoreCase) ? "% of " + unit : "%",
            FigureKind.Money => $"{currency ?? unit}{plural}",
            FigureKind.Rate => "times",
            _ => (unit.Length > 0 ? unit : "number") + plural,
        };
        return Capitalise(title);
    }

    /// <summary>Upper-cases the first letter.</summary>
    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A period as a reader says it: "7 Oct 2003", "Oct 2003", "2003", "1990–2000", "the 1990s", "c. 1977–1979", "since 1998".</summary>
    public static string Date(DatedEvent e)
    {
        var p = e.Period;
        var text = e.Kind == DateKind.Decade && p.Start.Month is null && p.Start.Year % 10 == 0 && p.End.Year == p.Start.Year + 9
            ? $"{p.Start.Year}s"
            : Period(p);
        if (e.Kind == DateKind.Approx)
        {
            text = "c. " + text;
        }

        return e.Open is { Length: > 0 } open ? $"{open} {text}" : text;
    }

    /// <summary>"2003", "Oct 2003", "7 Oct 2003", or a range of these with an en dash.</summary>
    public static string Period(Period p)
    {
        if (p.IsPoint)
        {
            return Point(p.Start);
        }

        // Share the year when both ends are in it: "Jan–Mar 2004", "7–9 Oct 2003".
        if (p.Start.Year == p.End.Year && p.Start.Month is not null && p.End.Month is not null)
        {
            if (p.Start.Month == p.End.Month && p.Start.Day is not null && p.End.Day is not null)
            {
                return $"{p.Start.Day}–{p.End.Day} {Month(p.Start.Month.Value)} {p.Start.Year}";
            }

            if (p.Start.Day is null && p.End.Day is null)
            {
                return $"{Month(p.Start.Month.Value)}–{Month(p.End.Month.Value)} {p.Start.Year}";
            }
        }

        var sep = p.Start.Month is null && p.End.Month is null ? "–" : " – ";
        return Point(p.Start) + sep + Point(p.End);
    }

    private static string Point(PartialDate d) =>
        d.Day is not null ? $"{d.Day} {Month(d.Month!.Value)} {d.Year}"
        : d.Month is not null ? $"{Month(d.Month.Value)} {d.Year}"
        : AxisTicks.YearLabel(d.Year);

    private static string Month(int m) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m);
}

using System.Collections.Immutable;
using System.Globalization;
using MigrationStats.Dataset;

namespace MigrationStats.Charts;

/// <summary>A labelled tick: position in axis units and its text.</summary>
internal readonly record struct AxisTick(double Position, string Label);

/// <summary>
/// Time as a number for the x axes: year Y covers [Y, Y + 1), a day sits at its fraction of the
/// year. A year, a month or a range is therefore an interval, never its first day.
/// </summary>
internal static class TimeScale
{
    /// <summary>The coordinate of the start of a day.</summary>
    public static double At(DateOnly day) => day.Year + (day.DayOfYear - 1) / (double)DaysIn(day.Year);

    /// <summary>Where a partial date begins (1 January of a year, the 1st of a month, the day itself).</summary>
    public static double StartOf(PartialDate date) => At(date.First);

    /// <summary>Where a partial date ends (exclusive): the day after its last day.</summary>
    public static double EndOf(PartialDate date) => At(date.Last) + 1.0 / DaysIn(date.Last.Year);

    /// <summary>The centre of a period: where a year-grain value sits.</summary>
    public static double Centre(Period period) => (StartOf(period.Start) + EndOf(period.End)) / 2;

    private static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;
}

/// <summary>Tick choices for the chart axes; pure arithmetic so it can be tested without drawing.</summary>
internal static class AxisTicks
{
    private static readonly int[] YearSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

    /// <summary>
    /// Integer-year ticks for a time axis from <paramref name="min"/> to <paramref name="max"/>
    /// (coordinates as <see cref="TimeScale"/>), labelled "1960" — never "1,960" — and placed at
    /// the middle of each year, where a year's value is drawn. The step (1, 2, 5, 10, 20, 25, 50
    /// ... years) is the smallest that keeps labels <paramref name="minSpacing"/> pixels apart.
    /// </summary>
    public static ImmutableArray<AxisTick> Years(double min, double max, double pixelWidth, double minSpacing = 70)
    {
        if (!(max > min) || pixelWidth <= 0)
        {
            return [];
        }

        var pixelsPerYear = pixelWidth / (max - min);
        var step = YearSteps.FirstOrDefault(s => s * pixelsPerYear >= minSpacing, YearSteps[^1]);
        var first = (int)Math.Ceiling((min - 0.5) / step) * step;
        var ticks = ImmutableArray.CreateBuilder<AxisTick>();
        for (var year = first; year + 0.5 <= max; year += step)
        {
            if (year + 0.5 >= min)
            {
                ticks.Add(new AxisTick(year + 0.5, YearLabel(year)));
            }
        }

        return ticks.ToImmutable();
    }

    private static readonly int[] MonthSteps = [1, 3, 6];

    /// <summary>
    /// Ticks for a time axis whose points sit at their days (coordinates as <see cref="TimeScale"/>):
    /// at 1 January, labelled "2005", every 1, 2, 5, 10 ... years; or, when fewer than four year
    /// starts fall on the axis, at the first of a month, labelled "Apr 2005", every 1, 3 or 6
    /// months. The step is the smallest that keeps labels <paramref name="minSpacing"/> pixels
    /// apart (month labels are wider, so they need <paramref name="minMonthSpacing"/>).
    /// </summary>
    public static ImmutableArray<AxisTick> Dates(double min, double max, double pixelWidth, double minSpacing = 70, double minMonthSpacing = 90)
    {
        if (!(max > min) || pixelWidth <= 0)
        {
            return [];
        }

        var pixelsPerYear = pixelWidth / (max - min);
        var (firstYear, lastYear) = ((int)Math.Ceiling(min), (int)Math.Floor(max));
        var ticks = ImmutableArray.CreateBuilder<AxisTick>();
        if (lastYear - firstYear + 1 >= 4)
        {
            var step = YearSteps.FirstOrDefault(s => s * pixelsPerYear >= minSpacing, YearSteps[^1]);
            for (var year = (int)Math.Ceiling(firstYear / (double)step) * step; year <= lastYear; year += step)
            {
                ticks.Add(new AxisTick(year, YearLabel(year)));
            }

            return ticks.ToImmutable();
        }

        var months = MonthSteps.FirstOrDefault(s => s * pixelsPerYear / 12 >= minMonthSpacing, 12);
        for (var (year, month) = ((int)Math.Floor(min), 1); year <= lastYear; (year, month) = month + months > 12 ? (year + 1, 1) : (year, month + months))
        {
            var at = TimeScale.At(new DateOnly(year, month, 1));
            if (at >= min && at <= max)
            {
                ticks.Add(new AxisTick(at, months == 12 ? YearLabel(year) : MonthLabel(year, month)));
            }
        }

        return ticks.ToImmutable();
    }

    /// <summary>"Apr 2005".</summary>
    public static string MonthLabel(int year, int month) =>
        $"{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month)} {YearLabel(year)}";

    /// <summary>A year as printed on an axis: digits only.</summary>
    public static string YearLabel(int year) => year.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>
    /// A value axis from zero: the top is the first "nice" number (1, 2, 2.5 or 5 times a power
    /// of ten, times the step count) at or above <paramref name="top"/>, with about
    /// <paramref name="count"/> steps. Returns the top and the ticks.
    /// </summary>
    public static (double Top, ImmutableArray<AxisTick> Ticks) Values(double top, int count = 5, Func<double, string>? format = null)
    {
        format ??= v => v.ToString("#,0.##", CultureInfo.InvariantCulture);
        if (!(top > 0))
        {
            top = 1;
        }

        var raw = top / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw * 0.999);
        var niceTop = Math.Ceiling(top / step - 1e-9) * step;
        var ticks = ImmutableArray.CreateBuilder<AxisTick>();
        for (var i = 0; i * step <= niceTop + step * 1e-9; i++)
        {
            var v = Math.Round(i * step, 10);
            ticks.Add(new AxisTick(v, format(v)));
        }

        return (niceTop, ticks.ToImmutable());
    }

    /// <summary>Whole-number ticks for counts: steps of 1, 2, 5, 10, 20, 50 ... with at most <paramref name="count"/> steps.</summary>
    public static (double Top, ImmutableArray<AxisTick> Ticks) Counts(int top, int count = 5)
    {
        top = Math.Max(top, 1);
        var step = 1;
        for (var i = 0; top > (long)step * count; i++)
        {
            step = (i % 3 == 1 ? 5 : i % 3 == 2 ? 10 : 2) * (int)Math.Pow(10, i / 3); // 2, 5, 10, 20, 50, 100 ...
        }

        var niceTop = (top + step - 1) / step * step;
        var ticks = Enumerable.Range(0, niceTop / step + 1)
            .Select(i => new AxisTick(i * step, (i * step).ToString("#,0", CultureInfo.InvariantCulture)))
            .ToImmutableArray();
        return (niceTop, ticks);
    }
}

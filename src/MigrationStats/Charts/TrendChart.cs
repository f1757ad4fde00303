using System.Collections.Immutable;
using System.Globalization;
using MigrationStats.Dataset;
using MigrationStats.Trends;
using ScottPlot;

namespace MigrationStats.Charts;

/// <summary>
/// One series over time: markers at the real time of each value (a day at its day, a year in the
/// middle of its year; a period a value covers as a bar), a line through the values no report
/// contradicts, the value with its unit and scale on y (from zero, so slopes are honest), the
/// measure as title, values labelled where they fit, and a caption naming the documents by symbol
/// and paragraph. A value the text gives no date for (it stands at the report's date) is a hollow
/// marker; values reports disagree on are orange-red diamonds, each drawn and listed with its source.
/// </summary>
internal static class TrendChart
{
    /// <summary>Image width.</summary>
    public const int Width = 1000;

    /// <summary>Height of the plot part (the caption goes below it).</summary>
    public const int PlotHeight = 580;

    /// <summary>A series needs this many points for a chart: two points make a line, not a trend.</summary>
    public const int MinPoints = 3;

    private const double MarkerRadius = 5;
    private const double Right = 48, Top = 84, Bottom = 64;
    private const double SubtitleSize = 13;
    private const int MaxListed = 8;

    /// <summary>A stretch without values longer than this (in years, and than three typical steps) is bridged by a dashed line.</summary>
    private const double GapYears = 2;

    /// <summary>The chart of a series, or null when it has fewer than <see cref="MinPoints"/> points.</summary>
    /// <param name="series">The series.</param>
    /// <param name="figures">Figures by id (their qualifier and currency label the values).</param>
    /// <param name="stem">File name stem.</param>
    /// <param name="topicName">Full name of the series' topic ("United Nations Observer Mission in Georgia"), for the subtitle.</param>
    public static ChartSpec? Create(Series series, IReadOnlyDictionary<string, Figure> figures, string stem, string? topicName = null)
    {
        var points = series.Points.OrderBy(p => TimeScale.Centre(p.Time)).ThenBy(p => p.Value).ToList();
        if (points.Count < MinPoints)
        {
            return null;
        }

        var conflictTimes = series.Conflicts.Select(c => c.Time).ToHashSet();
        var disputed = points.Select(p => conflictTimes.Contains(p.Time)).ToArray();
        var currency = points.Select(p => figures.GetValueOrDefault(p.FigureId)).FirstOrDefault(f => f is not null)?.Currency;
        var scale = ValueScale.For(series.Kind, points.Max(p => Math.Abs((double)p.Value)));
        var xs = points.Select(p => TimeScale.Centre(p.Time)).ToArray();
        var ys = points.Select(p => (double)p.Value / scale.Divisor).ToArray();
        // Each label at its own scale: a small value on a chart of billions reads "EUR 2.5 million", not "EUR 0 billion".
        var labels = points.Select(p => Compact(p, series.Kind, currency, figures)).ToArray();

        // A series of whole years keeps year ticks in the middle of each year, where its values
        // sit; any finer time puts ticks at 1 January (or the first of a month) and each value at its day.
        var byYear = points.All(p => p.Time.Start.Month is null && p.Time.End.Month is null);
        var spans = points.Select(p => (From: TimeScale.StartOf(p.Time.Start), To: TimeScale.EndOf(p.Time.End))).ToArray();
        var bars = points.Select((p, i) => !p.Time.IsPoint || (!byYear && spans[i].To - spans[i].From > 1.5 / 365)).ToArray();
        var lo = Math.Min(xs.Min(), spans.Where((_, i) => bars[i]).Select(s => s.From).DefaultIfEmpty(double.MaxValue).Min());
        var hi = Math.Max(xs.Max(), spans.Where((_, i) => bars[i]).Select(s => s.To).DefaultIfEmpty(double.MinValue).Max());
        var pad = byYear ? Math.Max(1.2, (hi - lo) * 0.07) : Math.Max(20 / 365.0, (hi - lo) * 0.04);
        var (xMin, xMax) = (lo - pad, hi + pad);

        var yMax = ys.Max();
        var (yTop, yTicks) = series.Kind == FigureKind.Percent && yMax <= 100 && yMax * 1.15 > 80
            ? AxisTicks.Values(100)
            : AxisTicks.Values(Math.Max(yMax * 1.15, yMax + 1e-9));
        var left = ChartStyle.LeftPadding(yTicks);
        var data = new Box(left, Top, Width - left - Right, PlotHeight - Top - Bottom);
        var xTicks = byYear ? AxisTicks.Years(xMin, xMax, data.Width) : AxisTicks.Dates(xMin, xMax, data.Width);

        // Regular weight, as ScottPlot draws the other charts' titles.
        var title = ChartFonts.Fit(Title(series), Width - 60, ChartStyle.TitleSize);
        var subtitle = ChartFonts.Fit(Subtitle(series, points, topicName), Width - 60, SubtitleSize);
        var plot = new Plot();
        var yTitle = ChartFonts.Fit(ValueFormat.AxisTitle(series, scale, currency), PlotHeight - Top - Bottom, ChartStyle.AxisTitleSize);
        ChartStyle.Apply(plot, string.Empty, byYear ? "Year" : "Date", yTitle, new PixelPadding((float)left, (float)Right, (float)Bottom, (float)Top));

        // The line joins only the values no report contradicts: a time with two values has no one
        // value to pass through. It is dashed across a long stretch without values (no report of
        // those years was read), so it does not pass for a measured change.
        var undisputed = Enumerable.Range(0, points.Count).Where(i => !disputed[i]).ToList();
        var steps = undisputed.Zip(undisputed.Skip(1), (a, b) => xs[b] - xs[a]).ToList();
        var typical = steps.Count == 0 ? 0 : steps.Order().ElementAt(steps.Count / 2);
        var gaps = steps.Select(d => d > Math.Max(GapYears, 3 * typical)).ToList();

        plot.Axes.SetLimits(xMin, xMax, 0, yTop);
        ChartStyle.SetTicks(plot.Axes.Bottom, xTicks);
        ChartStyle.SetTicks(plot.Axes.Left, yTicks);

        // Value labels, placed where they touch nothing else; contradicted values, the ends and the extremes first.
        double Px(double x) => data.Left + (x - xMin) / (xMax - xMin) * data.Width;
        double Py(double y) => data.Bottom - y / yTop * data.Height;
        var m = TextMeasure.Of(ChartStyle.LabelSize);
        var pixels = xs.Select((x, i) => new Px(Px(x), Py(ys[i]))).ToList();

        // Disagreeing values whose markers overlap share one label, lowest to highest ("120 / 122"),
        // on the topmost marker: two labels there could not say which marker is which.
        var carried = new bool[points.Count];
        foreach (var group in Enumerable.Range(0, points.Count).Where(i => disputed[i]).GroupBy(i => points[i].Time))
        {
            var members = group.OrderBy(i => ys[i]).ToList();
            if (members.Count > 1 && pixels[members[0]].Y - pixels[members[^1]].Y < 3 * MarkerRadius)
            {
                labels[members[^1]] = string.Join(" / ", members.Select(i => labels[i]).Distinct(StringComparer.Ordinal));
                members.SkipLast(1).ToList().ForEach(i => carried[i] = true);
            }
        }

        var boxes = PointLabels.Place(
            pixels,
            labels.Select(l => (m.Width(l, true) + 4, m.LineHeight + 2)).ToList(),
            data.Inflate(-2),
            MarkerRadius * 1.3,
            undisputed.Select(i => pixels[i]).ToList(),
            LabelOrder(ys, disputed).Where(i => !carried[i]).ToList());

        var unlabelled = Enumerable.Range(0, points.Count).Count(i => boxes[i] is null && !carried[i]);
        var notes = Notes(series, points, bars.Any(b => b), gaps.Any(g => g), unlabelled, currency, figures);
        var caption = new ChartCaption(Width, notes);
        var height = (int)Math.Ceiling(PlotHeight + caption.Height);
        var blue = ChartStyle.Skia(ChartStyle.PaletteColour(0));
        var warning = ChartStyle.Skia(ChartStyle.WarningHex);
        var picture = ChartPicture.Compose(title, plot, Width, PlotHeight, height, canvas =>
        {
            using (var solid = new SkiaSharp.SKPaint { Color = blue, IsAntialias = true, Style = SkiaSharp.SKPaintStyle.Stroke, StrokeWidth = 2.5f, StrokeJoin = SkiaSharp.SKStrokeJoin.Round })
            using (var dashed = new SkiaSharp.SKPaint { Color = blue.WithAlpha(170), IsAntialias = true, Style = SkiaSharp.SKPaintStyle.Stroke, StrokeWidth = 2f, PathEffect = SkiaSharp.SKPathEffect.CreateDash([7, 6], 0) })
            {
                for (var k = 0; k < gaps.Count; k++)
                {
                    var (a, b) = (pixels[undisputed[k]], pixels[undisputed[k + 1]]);
                    canvas.DrawLine((float)a.X, (float)a.Y, (float)b.X, (float)b.Y, gaps[k] ? dashed : solid);
                }
            }

            ChartStyle.DrawText(canvas, title, Width / 2.0, 32, ChartStyle.TitleSize, ChartStyle.InkHex, align: SkiaSharp.SKTextAlign.Center);
            ChartStyle.DrawText(canvas, subtitle, Width / 2.0, 56, SubtitleSize, ChartStyle.MutedHex, align: SkiaSharp.SKTextAlign.Center);
            for (var i = 0; i < points.Count; i++)
            {
                if (bars[i])
                {
                    var (x0, x1, y) = (Px(spans[i].From), Px(spans[i].To), pixels[i].Y);
                    var colour = (disputed[i] ? warning : blue).WithAlpha(150);
                    ChartStyle.Line(canvas, x0, y, x1, y, colour, 2);
                    ChartStyle.Line(canvas, x0, y - 4, x0, y + 4, colour, 1.5);
                    ChartStyle.Line(canvas, x1, y - 4, x1, y + 4, colour, 1.5);
                }
            }

            for (var i = 0; i < points.Count; i++)
            {
                ChartStyle.Marker(canvas, pixels[i].X, pixels[i].Y, MarkerRadius, disputed[i] ? warning : blue, points[i].AsOf, disputed[i]);
            }

            for (var i = 0; i < boxes.Length; i++)
            {
                if (boxes[i] is { } b)
                {
                    ChartStyle.DrawText(canvas, labels[i], b.Left + b.Width / 2, b.Top + 1 + m.Ascent, ChartStyle.LabelSize, disputed[i] ? ChartStyle.WarningHex : ChartStyle.InkHex, bold: true, align: SkiaSharp.SKTextAlign.Center);
                }
            }

            caption.Draw(canvas, PlotHeight);
        });

        return new ChartSpec(stem, ChartKind.Trend, title, series.Measure, picture, Table(series, figures)) { Series = series };
    }

    /// <summary>
    /// The title: the measure, and its unit in parentheses when the measure does not already say
    /// what is counted ("UNOMIG: military observers"; "Kosovo Serbs as share of the force (% of officers)").
    /// </summary>
    public static string Title(Series series)
    {
        var measure = ValueFormat.Capitalise(series.Measure.Trim());
        var said = Words(series.Measure).ToHashSet(StringComparer.Ordinal);
        var unit = Words(series.Unit).Where(w => w is not ("of" or "the" or "a" or "an" or "in" or "per" or "cent")).ToList();
        return unit.Count == 0 || unit.All(said.Contains) ? measure : $"{measure} ({series.Unit.Trim()})";
    }

    /// <summary>
    /// The series' data table for index.html: time, value, as of, source symbol, paragraph,
    /// quote and, for a value other reports contradict, the other values (those rows highlighted).
    /// </summary>
    public static ChartTable Table(Series series, IReadOnlyDictionary<string, Figure> figures)
    {
        var currency = series.Points.Select(p => figures.GetValueOrDefault(p.FigureId)).FirstOrDefault(f => f is not null)?.Currency;
        var points = series.Points.OrderBy(p => TimeScale.Centre(p.Time)).ThenBy(p => p.Value).ToList();
        var rows = points.Select(p => ImmutableArray.Create(
            ValueFormat.Period(p.Time),
            ValueFormat.Label(p.Value, series.Kind, ValueScale.None, currency, QualifierOf(p, figures)),
            p.AsOf ? "yes" : "no",
            Sources.Name(p.Source.Document, p.Source.Symbol),
            p.Source.Paragraph?.ToString(CultureInfo.InvariantCulture) ?? "–",
            p.Source.Quote,
            Disagreement(series, p, ValueScale.None, currency))).ToImmutableArray();
        var highlighted = points.Select((p, i) => (p, i)).Where(x => series.Conflicts.Any(c => c.Time == x.p.Time)).Select(x => x.i).ToImmutableHashSet();
        return new ChartTable(["Time", "Value", "As of", "Source", "Paragraph", "Quote", "Conflict"], rows) { Highlighted = highlighted };
    }

    /// <summary>A value at the scale that suits it alone: "121", "45,000", "2.5 million", "EUR 1.03 billion".</summary>
    private static string Compact(SeriesPoint p, FigureKind kind, string? currency, IReadOnlyDictionary<string, Figure> figures) =>
        ValueFormat.Label(p.Value, kind, ValueScale.For(kind, Math.Abs((double)p.Value)), currency, QualifierOf(p, figures));

    private static Qualifier QualifierOf(SeriesPoint p, IReadOnlyDictionary<string, Figure> figures) =>
        figures.GetValueOrDefault(p.FigureId)?.Qualifier ?? Qualifier.Exact;

    /// <summary>"disagrees with 121 (S/2005/657, para. 2)": the other values for the point's time and their sources; empty when none.</summary>
    private static string Disagreement(Series series, SeriesPoint point, ValueScale scale, string? currency) =>
        series.Conflicts.FirstOrDefault(c => c.Time == point.Time) is { } conflict
            ? "disagrees with " + string.Join("; ", conflict.Points.Where(o => o.Value != point.Value).Select(o => $"{ValueFormat.Label(o.Value, series.Kind, scale, currency)} ({Where(o.Source)})"))
            : string.Empty;

    private static string Where(Provenance p) =>
        Sources.Name(p.Document, p.Symbol) + (p.Paragraph is { } n ? string.Create(CultureInfo.InvariantCulture, $", para. {n}") : string.Empty);

    /// <summary>"United Nations Observer Mission in Georgia (UNOMIG) · stock · 25 values from 24 reports, 7 Oct 1993 – 31 Jan 2009".</summary>
    private static string Subtitle(Series series, IReadOnlyList<SeriesPoint> points, string? topicName)
    {
        var parts = new List<string>();
        if (series.Of?.Topic is { } topic)
        {
            parts.Add(topicName is { Length: > 0 } name && name != topic ? $"{name} ({topic})" : topic);
        }

        if (series.Of is { } of)
        {
            parts.Add(of.Type.ToString().ToLowerInvariant() + (of.Scope is { } scope ? $" in {scope}" : string.Empty));
        }

        var reports = points.Select(p => p.Source.Document).Distinct(StringComparer.Ordinal).Count();
        var (first, last) = (points.Min(p => p.Time.Start), points.Max(p => p.Time.End));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{points.Count} values from {reports} report{(reports == 1 ? string.Empty : "s")}, {ValueFormat.Period(new Period(first, last))}"));
        return string.Join(" · ", parts);
    }

    /// <summary>Caption paragraphs: sources, then what hollow markers, diamonds, bars and dashes mean here, then labels left out.</summary>
    private static List<string> Notes(Series series, IReadOnlyList<SeriesPoint> points, bool bars, bool dashed, int unlabelled, string? currency, IReadOnlyDictionary<string, Figure> figures)
    {
        string Value(SeriesPoint p) => Compact(p, series.Kind, currency, figures);
        var notes = new List<string> { Sources.Caption(points.Select(p => p.Source)) };
        var asOf = points.Where(p => p.AsOf).ToList();
        if (asOf.Count > 0)
        {
            var listed = asOf.Take(MaxListed).Select(p => $"{Value(p)} on {ValueFormat.Period(p.Time)} ({Sources.Name(p.Source.Document, p.Source.Symbol)})");
            var more = asOf.Count > MaxListed ? $" and {asOf.Count - MaxListed} more" : string.Empty;
            notes.Add($"Hollow markers: the report gives no date for the value, so it stands at the report's date: {string.Join("; ", listed)}{more}.");
        }

        if (series.Conflicts.Length > 0)
        {
            notes.Add("Orange-red diamonds: reports disagree on the value for that time; every value is drawn, none is averaged, and the line leaves them out.");
            notes.AddRange(series.Conflicts.OrderBy(c => c.Time.Start).Take(MaxListed).Select(c =>
                $"Reports disagree for {ValueFormat.Period(c.Time)}: " + string.Join(" vs ", c.Points.Select(p => $"{Value(p)} ({Where(p.Source)})")) + "."));
            if (series.Conflicts.Length > MaxListed)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"Reports disagree for {series.Conflicts.Length - MaxListed} more times: the data table (index.html, or the trend CSV) lists every value with its source."));
            }
        }

        if (bars)
        {
            notes.Add("A bar through a marker spans the period its value covers.");
        }

        if (dashed)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"A dashed line bridges more than {GapYears} years without a value in the reports read: it shows no measured change."));
        }

        if (unlabelled > 0)
        {
            notes.Add($"{unlabelled} of {points.Count} values have no label on the chart (no room); the data table (index.html, or the trend CSV) lists every value.");
        }

        return notes;
    }

    /// <summary>Which labels are placed first: contradicted values, the last and first, the highest and lowest, then left to right.</summary>
    private static List<int> LabelOrder(double[] ys, bool[] disputed)
    {
        var n = ys.Length;
        var first = Enumerable.Range(0, n).Where(i => disputed[i])
            .Concat([n - 1, 0, Array.IndexOf(ys, ys.Max()), Array.IndexOf(ys, ys.Min())]);
        return first.Concat(Enumerable.Range(0, n)).Distinct().ToList();
    }

    private static IEnumerable<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), "[a-z0-9]+").Select(m => MeasureReader.Singular(m.Value));
}

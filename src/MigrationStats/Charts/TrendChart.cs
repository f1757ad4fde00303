using System.Collections.Immutable;
using MigrationStats.Dataset;
using ScottPlot;

namespace MigrationStats.Charts;

/// <summary>
/// One series over time: a line with markers, years on x, the value with its unit and scale on y
/// (from zero, so slopes are honest), the measure as title, each point labelled with its value, and
/// a caption naming the documents and paragraphs the points come from.
/// </summary>
internal static class TrendChart
{
    /// <summary>Image width.</summary>
    public const int Width = 1000;

    /// <summary>Height of the plot part (the caption goes below it).</summary>
    public const int PlotHeight = 560;

    private const double MarkerRadius = 5;
    private const double Right = 48, Top = 56, Bottom = 64;

    /// <summary>The chart of a series, or null when it has fewer than two points.</summary>
    public static ChartSpec? Create(Series series, IReadOnlyDictionary<string, Figure> figures, string stem)
    {
        var points = series.Points.OrderBy(p => TimeScale.Centre(p.Time)).ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var first = points.Select(p => figures.GetValueOrDefault(p.FigureId)).FirstOrDefault(f => f is not null);
        var currency = first?.Currency;
        var scale = ValueScale.For(series.Kind, points.Max(p => Math.Abs((double)p.Value)));
        var xs = points.Select(p => TimeScale.Centre(p.Time)).ToArray();
        var ys = points.Select(p => (double)p.Value / scale.Divisor).ToArray();
        var labels = points.Select(p => ValueFormat.Label(p.Value, series.Kind, scale, currency, figures.GetValueOrDefault(p.FigureId)?.Qualifier ?? Qualifier.Exact)).ToArray();

        // Axes: years with a margin either side; values from zero with room above for labels.
        var span = xs[^1] - xs[0];
        var pad = Math.Max(1.2, span * 0.07);
        var (xMin, xMax) = (xs[0] - pad, xs[^1] + pad);
        var yMax = ys.Max();
        var (yTop, yTicks) = series.Kind == FigureKind.Percent && yMax <= 100 && yMax * 1.15 > 80
            ? AxisTicks.Values(100)
            : AxisTicks.Values(Math.Max(yMax * 1.15, yMax + 1e-9));
        var left = ChartStyle.LeftPadding(yTicks);
        var data = new Box(left, Top, Width - left - Right, PlotHeight - Top - Bottom);
        var xTicks = AxisTicks.Years(xMin, xMax, data.Width);

        var title = ValueFormat.Capitalise(series.Measure);
        var plot = new Plot();
        var yTitle = ChartFonts.Fit(ValueFormat.AxisTitle(series, scale, currency), PlotHeight - Top - Bottom, ChartStyle.AxisTitleSize);
        ChartStyle.Apply(plot, FitTitle(title), "Year", yTitle, new PixelPadding((float)left, (float)Right, (float)Bottom, (float)Top));
        var line = plot.Add.Scatter(xs, ys);
        line.Color = ChartStyle.Scott(ChartStyle.PaletteColour(0));
        line.LineWidth = 2.5f;
        line.MarkerSize = (float)(2 * MarkerRadius);
        line.MarkerShape = MarkerShape.FilledCircle;
        plot.Axes.SetLimits(xMin, xMax, 0, yTop);
        ChartStyle.SetTicks(plot.Axes.Bottom, xTicks);
        ChartStyle.SetTicks(plot.Axes.Left, yTicks);

        // Value labels, placed where they touch nothing else.
        double Px(double x) => data.Left + (x - xMin) / (xMax - xMin) * data.Width;
        double Py(double y) => data.Bottom - y / yTop * data.Height;
        var m = TextMeasure.Of(ChartStyle.LabelSize);
        var pixels = xs.Select((x, i) => new Px(Px(x), Py(ys[i]))).ToList();
        var boxes = PointLabels.Place(pixels, labels.Select(l => (m.Width(l, true) + 4, m.LineHeight + 2)).ToList(), data.Inflate(-2), MarkerRadius);

        var notes = new List<string> { Sources.Caption(points.Select(p => p.Source)) };
        notes.AddRange(series.Conflicts.Select(c =>
            $"Reports disagree for {ValueFormat.Period(c.Time)}: " +
            string.Join(" vs ", c.Points.Select(p => $"{ValueFormat.Label(p.Value, series.Kind, scale, currency)} ({Sources.Name(p.Source.Document, p.Source.Symbol)}{(p.Source.Paragraph is { } n ? $", para. {n}" : string.Empty)})")) + "."));
        if (boxes.Any(b => b is null))
        {
            notes.Add("Values without a label on the chart (no room) are listed in index.html.");
        }

        var caption = new ChartCaption(Width, notes);
        var height = (int)Math.Ceiling(PlotHeight + caption.Height);
        var picture = ChartPicture.Compose(title, plot, Width, PlotHeight, height, canvas =>
        {
            for (var i = 0; i < boxes.Length; i++)
            {
                if (boxes[i] is { } b)
                {
                    ChartStyle.DrawText(canvas, labels[i], b.Left + b.Width / 2, b.Top + 1 + m.Ascent, ChartStyle.LabelSize, ChartStyle.InkHex, bold: true, align: SkiaSharp.SKTextAlign.Center);
                }
            }

            caption.Draw(canvas, PlotHeight);
        });

        var table = new ChartTable(
            ["Time", "Value", "Unit", .. Sources.Columns],
            points.Select(p => ImmutableArray.Create<string>([ValueFormat.Period(p.Time), ValueFormat.Label(p.Value, series.Kind, ValueScale.None, currency), series.Unit, .. Sources.Cells(p.Source)])).ToImmutableArray());
        return new ChartSpec(stem, ChartKind.Trend, title, series.Measure, picture, table);
    }

    /// <summary>Titles longer than the chart is wide are shortened.</summary>
    private static string FitTitle(string title) => ChartFonts.Fit(title, Width - 60, ChartStyle.TitleSize, bold: true);
}

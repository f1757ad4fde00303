using System.Collections.Immutable;
using MigrationStats.Dataset;
using ScottPlot;
using SkiaSharp;

namespace MigrationStats.Charts;

/// <summary>
/// Dated events on a time axis. A band across the middle carries the years; each event's label
/// sits above or below it on a stem from its date. Days are dots on the band's edge; months, years
/// and ranges are bars under their label covering exactly their time (approximate ones lighter),
/// so a year is never drawn as its 1 January. Labels are placed by <see cref="TimelineLayout"/>:
/// they never overlap and never leave the image, which grows as tall as the events need.
/// </summary>
internal static class TimelineChart
{
    /// <summary>Image width.</summary>
    public const int Width = 1200;

    private const double TitleArea = 52, Margin = 24;

    /// <summary>A laid-out timeline and the picture drawn from it.</summary>
    public sealed record Result(ChartSpec Spec, TimelinePlan Plan);

    /// <summary>The timeline of <paramref name="events"/>; <paramref name="colourOf"/> gives each document its palette colour.</summary>
    public static Result Create(string stem, string title, string? key, IReadOnlyList<DatedEvent> events, Func<string, int> colourOf, IReadOnlyList<(string Name, int Colour)> legend)
    {
        var entries = events.Select(e => new TimelineEntry(
            TimeScale.StartOf(e.Period.Start),
            TimeScale.EndOf(e.Period.End),
            !(e.Period.IsPoint && e.Period.Start.Day is not null),
            ValueFormat.Date(e),
            e.Event.Trim(),
            colourOf(e.Source.Document),
            e.Kind == DateKind.Approx)).ToList();

        var notes = new List<string>
        {
            "Each label hangs on a stem from its date. Dots mark days; the bar under a label spans its month, year or period (lighter when approximate).",
            Sources.Caption(events.Select(e => e.Source)),
        };
        var caption = new ChartCaption(Width, notes, legend.Count > 1 ? legend.Select(l => (l.Name, ChartStyle.PaletteColour(l.Colour))).ToList() : null);
        var captionHeight = caption.Height;

        var measure = TextMeasure.Of(ChartStyle.LabelSize);
        var frame = new TimelineFrame(Width, TitleArea, captionHeight, Margin, Margin);
        var plan = TimelineLayout.Plan(entries, frame, measure);
        var height = (int)Math.Ceiling(plan.Height);
        var plotHeight = (int)Math.Ceiling(plan.Height - captionHeight);

        // ScottPlot draws the title; the band, stems and labels are our own layer.
        var plot = new Plot();
        ChartStyle.Apply(plot, ChartFonts.Fit(title, Width - 60, ChartStyle.TitleSize, bold: true), null, null,
            new PixelPadding((float)Margin, (float)Margin, 1, (float)TitleArea));
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Frame(false);
        plot.HideGrid();

        var ticks = AxisTicks.Years(plan.AxisMin, plan.AxisMax, plan.DataRight - plan.DataLeft);
        var picture = ChartPicture.Compose(title, plot, Width, plotHeight, height, canvas =>
        {
            DrawBand(canvas, plan, ticks);
            foreach (var label in plan.Labels)
            {
                DrawLabel(canvas, plan, label);
            }

            caption.Draw(canvas, plotHeight);
        });

        var table = new ChartTable(
            ["Date", "Event", "Kind", .. Sources.Columns],
            events.OrderBy(e => e.Period.Start).ThenBy(e => e.Period.End)
                .Select(e => ImmutableArray.Create<string>([ValueFormat.Date(e), e.Event, e.Kind.ToString().ToLowerInvariant(), .. Sources.Cells(e.Source)]))
                .ToImmutableArray());
        return new Result(new ChartSpec(stem, ChartKind.Timeline, title, key, picture, table), plan);
    }

    /// <summary>The ruler: a light band across the data width with the year labels in it.</summary>
    private static void DrawBand(SKCanvas canvas, TimelinePlan plan, IReadOnlyList<AxisTick> ticks)
    {
        var band = new Box(plan.DataLeft, plan.BandTop, plan.DataRight - plan.DataLeft, plan.BandBottom - plan.BandTop);
        ChartStyle.Fill(canvas, band, ChartStyle.Skia("#EEEEEE"), 3);
        var m = ChartFonts.Metrics(ChartStyle.TickSize);
        var baseline = band.Top + (band.Height - m.Height) / 2 + m.Ascent;
        foreach (var t in ticks)
        {
            var x = plan.X(t.Position);
            ChartStyle.DrawText(canvas, t.Label, x, baseline, ChartStyle.TickSize, ChartStyle.InkHex, align: SKTextAlign.Center);
        }
    }

    private static void DrawLabel(SKCanvas canvas, TimelinePlan plan, TimelineLabel label)
    {
        var hex = ChartStyle.PaletteColour(label.Colour);
        var colour = ChartStyle.Skia(hex);
        var (from, to) = TimelinePlan.Stem(label, plan);
        ChartStyle.Line(canvas, label.AnchorX, from, label.AnchorX, to, colour.WithAlpha(200), 1.2);
        if (label.Entries.Any(e => !e.IsSpan))
        {
            ChartStyle.Dot(canvas, label.AnchorX, from, 3.2, colour);
        }

        foreach (var (bar, approximate) in label.Bars)
        {
            ChartStyle.Fill(canvas, bar, colour.WithAlpha(approximate ? (byte)90 : (byte)210), 1.5);
        }

        foreach (var run in label.Runs)
        {
            ChartStyle.DrawText(canvas, run.Text, run.X, run.Baseline, ChartStyle.LabelSize, run.Bold ? hex : ChartStyle.InkHex, run.Bold);
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using MigrationStats.Dataset;
using ScottPlot;

namespace MigrationStats.Charts;

/// <summary>How many dated events and figures fall in each year: two bars per year.</summary>
internal static class OverviewChart
{
    /// <summary>Image width.</summary>
    public const int Width = 1000;

    /// <summary>Height of the plot part.</summary>
    public const int PlotHeight = 460;

    private const double Right = 30, Top = 56, Bottom = 64;
    private const string EventsHex = "#0072B2", FiguresHex = "#E69F00";

    /// <summary>The overview, or null when no event or figure has a year.</summary>
    public static ChartSpec? Create(ExtractedDataset data, string stem)
    {
        var events = data.Dates.GroupBy(e => e.Period.Start.Year).ToDictionary(g => g.Key, g => g.Count());
        var figures = data.Figures.Where(f => f.Time is not null).GroupBy(f => f.Time!.Start.Year).ToDictionary(g => g.Key, g => g.Count());
        var undated = data.Figures.Count(f => f.Time is null);
        if (events.Count + figures.Count == 0)
        {
            return null;
        }

        var years = events.Keys.Concat(figures.Keys).ToList();
        var (from, to) = (years.Min(), years.Max());
        var (top, yTicks) = AxisTicks.Counts((int)Math.Ceiling(Math.Max(events.Values.DefaultIfEmpty().Max(), figures.Values.DefaultIfEmpty().Max()) * 1.1));
        var left = ChartStyle.LeftPadding(yTicks);
        var (xMin, xMax) = (from - 0.6, to + 1.6);
        var dataWidth = Width - left - Right;

        const string title = "Dated events and figures per year";
        var plot = new Plot();
        ChartStyle.Apply(plot, title, "Year", "Number of mentions", new PixelPadding((float)left, (float)Right, (float)Bottom, (float)Top));
        var bars = new List<Bar>();
        for (var y = from; y <= to; y++)
        {
            bars.Add(new Bar { Position = y + 0.5 - 0.21, Value = events.GetValueOrDefault(y), Size = 0.4, FillColor = ChartStyle.Scott(EventsHex), LineWidth = 0 });
            bars.Add(new Bar { Position = y + 0.5 + 0.21, Value = figures.GetValueOrDefault(y), Size = 0.4, FillColor = ChartStyle.Scott(FiguresHex), LineWidth = 0 });
        }

        plot.Add.Bars(bars.Where(b => b.Value > 0).ToList());
        plot.Axes.SetLimits(xMin, xMax, 0, top);
        ChartStyle.SetTicks(plot.Axes.Bottom, AxisTicks.Years(xMin, xMax, dataWidth));
        ChartStyle.SetTicks(plot.Axes.Left, yTicks);
        plot.Grid.XAxisStyle.IsVisible = false;

        var notes = new List<string>
        {
            "Dated events are counted in the year they begin; figures in the year they refer to."
                + (undated > 0 ? $" {undated.ToString(CultureInfo.InvariantCulture)} figure(s) give no year and are not shown." : string.Empty),
            Sources.Caption(data.Dates.Select(d => d.Source).Concat(data.Figures.Select(f => f.Source)), "Documents"),
        };
        var legend = new List<(string, string)> { ($"Dated events ({data.Dates.Length})", EventsHex), ($"Figures with a year ({data.Figures.Length - undated})", FiguresHex) };
        var caption = new ChartCaption(Width, notes, legend);
        var height = (int)Math.Ceiling(PlotHeight + caption.Height);
        var picture = ChartPicture.Compose(title, plot, Width, PlotHeight, height, canvas => caption.Draw(canvas, PlotHeight));

        // One row per counted mention, so every bar can be traced to its quotes.
        var rows = data.Dates.Select(e => (Year: e.Period.Start.Year, Sort: e.Period.Start.First, Kind: "dated event", What: $"{ValueFormat.Date(e)}: {e.Event}", e.Source))
            .Concat(data.Figures.Where(f => f.Time is not null).Select(f => (Year: f.Time!.Start.Year, Sort: f.Time.Start.First, Kind: "figure", What: $"{ValueFormat.Label(f.Value, f.Kind, ValueScale.None, f.Currency, f.Qualifier)} {f.Unit}".Trim(), f.Source)))
            .OrderBy(r => r.Year).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Sort)
            .Select(r => ImmutableArray.Create<string>([AxisTicks.YearLabel(r.Year), r.Kind, r.What, .. Sources.Cells(r.Source)]))
            .ToImmutableArray();
        var table = new ChartTable(["Year", "Counted as", "What", .. Sources.Columns], rows);
        return new ChartSpec(stem, ChartKind.Overview, title, null, picture, table);
    }
}

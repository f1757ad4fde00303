using ScottPlot;
using SkiaSharp;

namespace MigrationStats.Charts;

/// <summary>
/// The look shared by every chart: one colour-blind-safe palette (Okabe and Ito), white
/// background, light grid, dark grey text in the embedded font, and the text sizes.
/// </summary>
internal static class ChartStyle
{
    /// <summary>Okabe–Ito colours, without the yellow that vanishes on white.</summary>
    private static readonly string[] PaletteHex = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    /// <summary>Text colour.</summary>
    public const string InkHex = "#222222";

    /// <summary>Values that other reports contradict (the palette's vermilion).</summary>
    public const string WarningHex = "#D55E00";

    /// <summary>Secondary text (captions, notes).</summary>
    public const string MutedHex = "#555555";

    /// <summary>Grid lines.</summary>
    public const string GridHex = "#E6E6E6";

    /// <summary>Title size in pixels.</summary>
    public const double TitleSize = 19;

    /// <summary>Axis title size.</summary>
    public const double AxisTitleSize = 14;

    /// <summary>Tick label size.</summary>
    public const double TickSize = 13;

    /// <summary>Labels on the data (values, timeline events).</summary>
    public const double LabelSize = 12;

    /// <summary>Source caption and notes below a chart.</summary>
    public const double CaptionSize = 11.5;

    /// <summary>Palette colour <paramref name="index"/> (wrapping), as hex.</summary>
    public static string PaletteColour(int index) => PaletteHex[((index % PaletteHex.Length) + PaletteHex.Length) % PaletteHex.Length];

    /// <summary>A ScottPlot colour from hex.</summary>
    public static Color Scott(string hex, double alpha = 1) => Color.FromHex(hex).WithAlpha(alpha);

    /// <summary>A Skia colour from hex.</summary>
    public static SKColor Skia(string hex, double alpha = 1) => SKColor.Parse(hex).WithAlpha((byte)Math.Round(alpha * 255));

    /// <summary>
    /// Sets the font, colours, title and axis titles of a plot, and a fixed layout so the data
    /// area is exactly where the caller planned it.
    /// </summary>
    public static void Apply(Plot plot, string title, string? xTitle, string? yTitle, PixelPadding padding)
    {
        ChartFonts.Register();
        plot.Font.Set(ChartFonts.Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Layout.Fixed(padding);

        plot.Title(title, (float)TitleSize);
        var titleLabel = plot.Axes.Title.Label;
        titleLabel.FontName = ChartFonts.Family;
        titleLabel.Bold = true;
        titleLabel.ForeColor = Scott(InkHex);

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ChartFonts.Family;
            axis.Label.FontSize = (float)AxisTitleSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Scott(InkHex);
            axis.TickLabelStyle.FontName = ChartFonts.Family;
            axis.TickLabelStyle.FontSize = (float)TickSize;
            axis.TickLabelStyle.ForeColor = Scott(InkHex);
            axis.FrameLineStyle.Color = Scott("#888888");
            axis.MajorTickStyle.Color = Scott("#888888");
            axis.MinorTickStyle.Length = 0;
        }

        plot.Axes.Bottom.Label.Text = xTitle ?? string.Empty;
        plot.Axes.Left.Label.Text = yTitle ?? string.Empty;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Scott(GridHex);
        plot.Grid.MinorLineWidth = 0;
    }

    /// <summary>Uses exactly these ticks on an axis.</summary>
    public static void SetTicks(IAxis axis, IEnumerable<AxisTick> ticks)
    {
        var manual = new ScottPlot.TickGenerators.NumericManual();
        foreach (var t in ticks)
        {
            manual.AddMajor(t.Position, t.Label);
        }

        axis.TickGenerator = manual;
    }

    /// <summary>Draws one line of text with its baseline at <paramref name="baseline"/>.</summary>
    public static void DrawText(SKCanvas canvas, string text, double x, double baseline, double size, string hex, bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = ChartFonts.Font(size, bold);
        using var paint = new SKPaint { Color = Skia(hex), IsAntialias = true };
        canvas.DrawText(text, (float)x, (float)baseline, align, font, paint);
    }

    /// <summary>Fills a rectangle.</summary>
    public static void Fill(SKCanvas canvas, Box box, SKColor colour, double radius = 0)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawRoundRect(SKRect.Create((float)box.Left, (float)box.Top, (float)box.Width, (float)box.Height), (float)radius, (float)radius, paint);
    }

    /// <summary>Draws a straight line.</summary>
    public static void Line(SKCanvas canvas, double x0, double y0, double x1, double y1, SKColor colour, double width = 1)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)width };
        canvas.DrawLine((float)x0, (float)y0, (float)x1, (float)y1, paint);
    }

    /// <summary>Draws a filled circle with a white ring, so neighbouring markers stay distinct.</summary>
    public static void Dot(SKCanvas canvas, double x, double y, double radius, SKColor colour)
    {
        using var ring = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var fill = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawCircle((float)x, (float)y, (float)(radius + 1.2), ring);
        canvas.DrawCircle((float)x, (float)y, (float)radius, fill);
    }

    /// <summary>
    /// A data marker with a white ring: a circle or, for values other reports contradict, a
    /// diamond (told apart by shape, not by colour alone); hollow (white inside, a coloured
    /// outline) for a value the text gives no date for.
    /// </summary>
    public static void Marker(SKCanvas canvas, double x, double y, double radius, SKColor colour, bool hollow, bool diamond)
    {
        using var path = new SKPath();
        void Shape(double r)
        {
            path.Reset();
            if (diamond)
            {
                var d = r * 1.3;
                path.MoveTo((float)x, (float)(y - d));
                path.LineTo((float)(x + d), (float)y);
                path.LineTo((float)x, (float)(y + d));
                path.LineTo((float)(x - d), (float)y);
                path.Close();
            }
            else
            {
                path.AddCircle((float)x, (float)y, (float)r);
            }
        }

        using var ring = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        Shape(radius + 1.5);
        canvas.DrawPath(path, ring);
        Shape(radius);
        using var fill = new SKPaint { Color = hollow ? SKColors.White : colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, fill);
        if (hollow)
        {
            Shape(radius - 1);
            using var outline = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
            canvas.DrawPath(path, outline);
        }
    }

    /// <summary>Height of one caption line, spacing included.</summary>
    public static double CaptionLineHeight => ChartFonts.Metrics(CaptionSize).Height + 3;

    /// <summary>Caption paragraphs wrapped to <paramref name="width"/> pixels.</summary>
    public static IReadOnlyList<string> WrapCaption(IEnumerable<string> paragraphs, double width) =>
        paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).SelectMany(p => ChartFonts.Wrap(p, width, CaptionSize)).ToList();

    /// <summary>Draws caption lines from <paramref name="top"/> down.</summary>
    public static void DrawCaption(SKCanvas canvas, IReadOnlyList<string> lines, double x, double top)
    {
        var ascent = ChartFonts.Metrics(CaptionSize).Ascent;
        for (var i = 0; i < lines.Count; i++)
        {
            DrawText(canvas, lines[i], x, top + i * CaptionLineHeight + ascent, CaptionSize, MutedHex);
        }
    }

    /// <summary>A row of colour swatches with their names, from <paramref name="top"/>.</summary>
    public static void DrawLegend(SKCanvas canvas, IReadOnlyList<(string Name, string Hex)> items, double x, double top)
    {
        var m = ChartFonts.Metrics(CaptionSize);
        foreach (var (name, hex) in items)
        {
            Fill(canvas, new Box(x, top + (m.Height - 10) / 2, 10, 10), Skia(hex), 2);
            DrawText(canvas, name, x + 15, top + m.Ascent, CaptionSize, InkHex);
            x += 15 + ChartFonts.Width(name, CaptionSize) + 22;
        }
    }

    /// <summary>Left padding of a plot with a value axis: its title plus the widest tick label.</summary>
    public static double LeftPadding(IEnumerable<AxisTick> ticks) => 40 + ticks.Max(t => ChartFonts.Width(t.Label, TickSize)) + 14;
}

/// <summary>What goes under a chart: an optional legend row, then wrapped notes and the source.</summary>
internal sealed class ChartCaption
{
    private const double Margin = 16, Gap = 8;
    private readonly IReadOnlyList<(string Name, string Hex)> legend;
    private readonly IReadOnlyList<string> lines;

    /// <summary>A caption for a chart <paramref name="width"/> pixels wide.</summary>
    public ChartCaption(double width, IEnumerable<string> notes, IReadOnlyList<(string Name, string Hex)>? legend = null)
    {
        this.legend = legend ?? [];
        lines = ChartStyle.WrapCaption(notes, width - 2 * Margin);
    }

    private double LegendHeight => legend.Count > 0 ? ChartStyle.CaptionLineHeight + 4 : 0;

    /// <summary>Pixels the caption takes below the plot.</summary>
    public double Height => Gap + LegendHeight + lines.Count * ChartStyle.CaptionLineHeight + Margin;

    /// <summary>Draws the caption with its top at <paramref name="top"/>.</summary>
    public void Draw(SKCanvas canvas, double top)
    {
        if (legend.Count > 0)
        {
            ChartStyle.DrawLegend(canvas, legend, Margin, top + Gap);
        }

        ChartStyle.DrawCaption(canvas, lines, Margin, top + Gap + LegendHeight);
    }
}

using System.Net;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace MigrationStats.Charts;

/// <summary>
/// A finished chart: its size and how to draw it. The same drawing goes to a PNG and to an SVG,
/// so the two always agree. The ScottPlot part is drawn first, then our own layer (labels we placed
/// ourselves, the caption) on the same canvas.
/// </summary>
internal sealed class ChartPicture(string title, int width, int height, Action<SKCanvas> drawing)
{

    /// <summary>Folder, relative to the SVGs, holding the font files their @font-face names.</summary>
    public const string FontFolder = "fonts";

    /// <summary>The chart title (also the SVG &lt;title&gt;).</summary>
    public string Title { get; } = title;

    /// <summary>Width in pixels.</summary>
    public int Width { get; } = width;

    /// <summary>Height in pixels.</summary>
    public int Height { get; } = height;

    /// <summary>Composes a ScottPlot plot, drawn into the top <paramref name="plotHeight"/> pixels, with an overlay drawn after it.</summary>
    public static ChartPicture Compose(string title, Plot plot, int width, int plotHeight, int height, Action<SKCanvas> overlay) =>
        new(title, width, height, canvas =>
        {
            // ScottPlot draws a plot again when a render changes its axis limits, as the first
            // always does: a first pass that draws nothing settles them, so the picture is drawn
            // once (an SVG would otherwise hold every element twice).
            if (plot.RenderManager.RenderCount == 0)
            {
                using var settle = new SKNoDrawCanvas(width, plotHeight);
                plot.Render(settle, new PixelRect(0, width, plotHeight, 0));
            }

            canvas.Clear(SKColors.White);
            plot.Render(canvas, new PixelRect(0, width, plotHeight, 0));
            overlay(canvas);
        });

    private void Play(SKCanvas canvas) => drawing(canvas);

    /// <summary>
    /// The chart as a PNG and as SVG (see <see cref="ToSvg"/>), drawn once: one pass of the drawing
    /// goes to the pixels and to the SVG writer together.
    /// </summary>
    public (byte[] Png, string Svg) Render()
    {
        using var surface = NewSurface();
        using var stream = new MemoryStream();
        using (var svg = SKSvgCanvas.Create(SKRect.Create(Width, Height), stream))
        using (var both = new SKNWayCanvas(Width, Height))
        {
            both.AddCanvas(surface.Canvas);
            both.AddCanvas(svg);
            Play(both);
        }

        return (Encode(surface), WithHead(stream));
    }

    /// <summary>The chart as a PNG.</summary>
    public byte[] ToPng()
    {
        using var surface = NewSurface();
        Play(surface.Canvas);
        return Encode(surface);
    }

    private SKSurface NewSurface() => SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
        ?? throw new InvalidOperationException("could not create a drawing surface");

    // Charts are flat colours: the Up filter at zlib level 3 encodes them six times faster than
    // Skia's default (every filter, level 6), for files about 9 per cent larger (measured on the
    // corpus run's charts).
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Up, 3);

    private static byte[] Encode(SKSurface surface)
    {
        using var pixmap = surface.PeekPixels();
        using var data = pixmap.Encode(PngOptions) ?? throw new InvalidOperationException("could not encode the chart as PNG");
        return data.ToArray();
    }

    /// <summary>The pixels, for tests: RGBA rows.</summary>
    public SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        Play(canvas);
        return bitmap;
    }

    /// <summary>
    /// The chart as SVG. Text stays text (&lt;text&gt; elements, searchable and selectable), each
    /// glyph at the position the PNG has; a @font-face names the shipped DejaVu Sans files in
    /// <see cref="FontFolder"/> (after any installed copy), so a viewer without the font still
    /// draws the same letters.
    /// </summary>
    public string ToSvg()
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(Width, Height), stream))
        {
            Play(canvas);
        }

        return WithHead(stream);
    }

    /// <summary>The SVG writer's output with a viewBox, the title and the @font-face rules.</summary>
    private string WithHead(MemoryStream stream)
    {
        var svg = Encoding.UTF8.GetString(stream.ToArray());
        var open = svg.IndexOf("<svg", StringComparison.Ordinal);
        var close = open < 0 ? -1 : svg.IndexOf('>', open);
        if (close < 0)
        {
            throw new InvalidOperationException("the SVG writer produced no <svg> element");
        }

        var head = new StringBuilder();
        head.Append($" viewBox=\"0 0 {Width} {Height}\">\n");
        head.Append($"\t<title>{WebUtility.HtmlEncode(Title)}</title>\n");
        head.Append("\t<style>\n");
        head.Append($"\t\t@font-face {{ font-family: \"{ChartFonts.Family}\"; font-weight: normal; src: local(\"{ChartFonts.Family}\"), local(\"DejaVuSans\"), url(\"{FontFolder}/DejaVuSans.ttf\") format(\"truetype\"); }}\n");
        head.Append($"\t\t@font-face {{ font-family: \"{ChartFonts.Family}\"; font-weight: bold; src: local(\"{ChartFonts.Family} Bold\"), local(\"DejaVuSans-Bold\"), url(\"{FontFolder}/DejaVuSans-Bold.ttf\") format(\"truetype\"); }}\n");
        head.Append($"\t\ttext {{ font-family: \"{ChartFonts.Family}\", Verdana, sans-serif; }}\n");
        head.Append("\t</style>");
        return svg[..close] + head + svg[(close + 1)..];
    }
}

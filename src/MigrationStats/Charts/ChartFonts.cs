using ScottPlot;
using SkiaSharp;

namespace MigrationStats.Charts;

/// <summary>Width and vertical metrics of one line of text in the chart font.</summary>
/// <param name="Ascent">Distance from the top of the line to the baseline (positive).</param>
/// <param name="Descent">Distance from the baseline to the bottom of the line.</param>
internal readonly record struct LineMetrics(double Ascent, double Descent)
{
    /// <summary>Height of one line.</summary>
    public double Height => Ascent + Descent;
}

/// <summary>
/// The one font every chart uses: DejaVu Sans (regular and bold), shipped inside the assembly so
/// charts look the same on every machine. ScottPlot draws text with no error and no glyphs when a
/// font is missing, and its default is whatever serif the system has; so the embedded faces are
/// registered with ScottPlot ahead of the system fonts, and every chart sets this family on every
/// label.
/// </summary>
internal static class ChartFonts
{
    /// <summary>Family name of the embedded font (the name inside the font files).</summary>
    public const string Family = "DejaVu Sans";

    /// <summary>Resource names of the shipped files, as written next to the SVGs for their @font-face.</summary>
    public static readonly IReadOnlyList<string> Files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE.txt"];

    /// <summary>The regular face.</summary>
    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    private static readonly Lazy<bool> Registration = new(() =>
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        ScottPlot.Fonts.Default = Family;
        return true;
    });

    /// <summary>Registers the embedded faces with ScottPlot (once per process).</summary>
    public static void Register() => _ = Registration.Value;

    /// <summary>True when ScottPlot resolves <see cref="Family"/> to the embedded faces, not a system font.</summary>
    public static bool ScottPlotUsesEmbeddedFaces()
    {
        Register();
        return ReferenceEquals(ScottPlot.Fonts.GetTypeface(Family, bold: false, italic: false), Regular)
            && ReferenceEquals(ScottPlot.Fonts.GetTypeface(Family, bold: true, italic: false), Bold);
    }

    /// <summary>The bytes of a shipped file (one of <see cref="Files"/>).</summary>
    public static byte[] FileBytes(string name)
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream("MigrationStats.Charts.Fonts." + name)
            ?? throw new InvalidOperationException($"embedded font resource '{name}' is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A Skia font of the embedded family; the caller disposes it.</summary>
    public static SKFont Font(double size, bool bold = false) =>
        new(bold ? Bold : Regular, (float)size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None, Edging = SKFontEdging.Antialias };

    /// <summary>Advance width of <paramref name="text"/> in pixels.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        using var font = Font(size, bold);
        return font.MeasureText(text);
    }

    /// <summary>Line metrics at a size.</summary>
    public static LineMetrics Metrics(double size, bool bold = false)
    {
        using var font = Font(size, bold);
        font.GetFontMetrics(out var m);
        return new LineMetrics(-m.Ascent, m.Descent);
    }

    /// <summary>
    /// Shortens <paramref name="text"/> with an ellipsis so it is at most <paramref name="maxWidth"/>
    /// pixels wide, cutting at a word boundary when one is near.
    /// </summary>
    public static string Fit(string text, double maxWidth, double size, bool bold = false)
    {
        if (Width(text, size, bold) <= maxWidth)
        {
            return text;
        }

        var (lo, hi) = (0, text.Length);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Width(text[..mid].TrimEnd() + "…", size, bold) <= maxWidth)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var cut = text[..lo];
        var space = cut.LastIndexOf(' ');
        if (space > lo * 2 / 3)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '(') + "…";
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double size, bool bold = false)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, size, bold) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(Fit(line, maxWidth, size, bold));
        }

        return lines;
    }

    private static SKTypeface Load(string name)
    {
        using var data = SKData.CreateCopy(FileBytes(name));
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"embedded font '{name}' could not be loaded");
    }

    /// <summary>Answers ScottPlot's font requests for <see cref="Family"/> with the embedded faces.</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? Bold : Regular) : null;
    }
}

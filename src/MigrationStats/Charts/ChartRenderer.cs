using System.Collections.Immutable;
using System.Globalization;
using MigrationStats.Common;
using MigrationStats.Dataset;

namespace MigrationStats.Charts;

/// <summary>The chart files of one series: PNG and SVG, or none when it has too few points for a chart.</summary>
public sealed record TrendChartFiles(Series Series, ImmutableArray<string> Files);

/// <summary>What <see cref="ChartRenderer.RenderTrends"/> wrote: each series' files, and the font files (when they were missing or stale).</summary>
public sealed record TrendCharts(ImmutableArray<TrendChartFiles> Series, ImmutableArray<string> Fonts);

/// <summary>Draws the dataset's charts (trend per series, timelines, overview) as PNG and SVG.</summary>
public static class ChartRenderer
{
    /// <summary>Name of the page that shows every chart with its data.</summary>
    public const string IndexFile = "index.html";

    /// <summary>
    /// Renders every chart of the dataset into <paramref name="directory"/> (plus index.html) and
    /// returns the paths written. Filters select one series or one document's timeline.
    /// </summary>
    /// <remarks>
    /// Files: <c>trend-&lt;measure&gt;.png/.svg</c> for each series with three or more points,
    /// <c>timeline-&lt;document&gt;</c> for each document with dated events, <c>timeline-corpus</c> and
    /// <c>overview</c>; <c>fonts/</c> holds the font the SVGs name. With a filter only the selected
    /// charts are drawn (a series filter matches the measure, case-insensitively, or its file stem;
    /// a document filter matches the document id); index.html always lists every chart of the
    /// dataset whose PNG is in the folder. Without filters, chart files of earlier runs that this
    /// dataset no longer has are removed. Each file is written atomically. Charts are drawn on every
    /// processor, each once (the PNG and the SVG play back one recorded drawing).
    /// <paramref name="documentTimelines"/> false leaves out each document's timeline (a corpus of
    /// hundreds of reports would get hundreds); a document filter draws that one anyway.
    /// </remarks>
    public static ImmutableArray<string> RenderAll(ExtractedDataset data, string directory, string? seriesFilter = null, string? documentFilter = null, bool documentTimelines = true)
    {
        var specs = Plan(data, documentTimelines || documentFilter is not null);
        var filtered = seriesFilter is not null || documentFilter is not null;
        var selected = specs.Where(s => !filtered
            || (seriesFilter is not null && s.Kind == ChartKind.Trend && Matches(s, seriesFilter))
            || (documentFilter is not null && s.Kind == ChartKind.Timeline && string.Equals(s.Key, documentFilter, StringComparison.Ordinal))).ToList();

        var drawn = new ImmutableArray<string>[selected.Count];
        Parallel.For(0, selected.Count, i => drawn[i] = Write(selected[i], directory));
        var written = ImmutableArray.CreateBuilder<string>();
        written.AddRange(drawn.SelectMany(d => d));

        written.AddRange(WriteFonts(directory));

        if (!filtered)
        {
            RemoveStale(directory, specs);
        }

        var index = Path.Combine(directory, IndexFile);
        AtomicFile.WriteText(index, ChartIndexPage.Html(data, specs.Where(s => File.Exists(Path.Combine(directory, s.Stem + ".png"))).ToList()));
        written.Add(index);
        return written.ToImmutable();
    }

    /// <summary>Fewest points a series needs for a trend chart.</summary>
    public static int MinTrendPoints => TrendChart.MinPoints;

    /// <summary>Measures (as given in the dataset) of the series that get a trend chart.</summary>
    public static ImmutableArray<string> ChartedSeries(ExtractedDataset data) =>
        data.Series.Where(s => s.Points.Length >= TrendChart.MinPoints).Select(s => s.Measure).ToImmutableArray();

    /// <summary>
    /// Draws the trend chart of each series that has one into <paramref name="directory"/> as
    /// <c>&lt;stem&gt;.png/.svg</c> (the first series drawn gets <paramref name="stem"/>, the next
    /// ones <c>stem-2</c>, <c>stem-3</c> ...), with the font the SVGs name. Each file is written atomically.
    /// </summary>
    public static TrendCharts RenderTrends(ExtractedDataset data, IReadOnlyList<Series> series, string directory, string stem)
    {
        var figures = data.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var topics = TopicNames(data);
        var charts = ImmutableArray.CreateBuilder<TrendChartFiles>();
        var drawn = 0;
        foreach (var s in series)
        {
            var spec = TrendChart.Create(s, figures, drawn == 0 ? stem : string.Create(CultureInfo.InvariantCulture, $"{stem}-{drawn + 1}"), TopicOf(s, topics));
            if (spec is not null)
            {
                drawn++;
            }

            charts.Add(new TrendChartFiles(s, spec is null ? [] : Write(spec, directory)));
        }

        return new TrendCharts(charts.ToImmutable(), drawn > 0 ? WriteFonts(directory) : []);
    }

    /// <summary>Full names of the dataset's topics, by key, from the documents that name them.</summary>
    internal static IReadOnlyDictionary<string, string> TopicNames(ExtractedDataset data) =>
        data.Documents.Where(d => d.Topic is not null && !string.IsNullOrWhiteSpace(d.TopicName))
            .GroupBy(d => d.Topic!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().TopicName!, StringComparer.Ordinal);

    private static string? TopicOf(Series series, IReadOnlyDictionary<string, string> topics) =>
        series.Of?.Topic is { } key ? topics.GetValueOrDefault(key) : null;

    private static ImmutableArray<string> Write(ChartSpec spec, string directory)
    {
        var png = Path.Combine(directory, spec.Stem + ".png");
        var (pngBytes, svgText) = spec.Picture.Render();
        AtomicFile.Write(png, s => s.Write(pngBytes));
        var svg = Path.Combine(directory, spec.Stem + ".svg");
        AtomicFile.WriteText(svg, svgText);
        return [png, svg];
    }

    private static ImmutableArray<string> WriteFonts(string directory)
    {
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var name in ChartFonts.Files)
        {
            var path = Path.Combine(directory, ChartPicture.FontFolder, name);
            var bytes = ChartFonts.FileBytes(name);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                AtomicFile.Write(path, s => s.Write(bytes));
                written.Add(path);
            }
        }

        return written.ToImmutable();
    }

    /// <summary>True when <paramref name="seriesFilter"/> names a series that gets a trend chart.</summary>
    public static bool HasSeriesChart(ExtractedDataset data, string seriesFilter) =>
        Plan(data).Any(s => s.Kind == ChartKind.Trend && Matches(s, seriesFilter));

    /// <summary>Every chart of the dataset, not yet drawn (pictures draw when asked).</summary>
    internal static ImmutableArray<ChartSpec> Plan(ExtractedDataset data, bool documentTimelines = true)
    {
        var figures = data.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        string Stem(string prefix, string name)
        {
            var stem = $"{prefix}-{Slug(name)}";
            for (var n = 2; !stems.Add(stem); n++)
            {
                stem = $"{prefix}-{Slug(name)}-{n}";
            }

            return stem;
        }

        var specs = ImmutableArray.CreateBuilder<ChartSpec>();
        var topics = TopicNames(data);
        foreach (var series in data.Series)
        {
            if (series.Points.Length >= TrendChart.MinPoints && TrendChart.Create(series, figures, Stem("trend", series.Measure), TopicOf(series, topics)) is { } trend)
            {
                specs.Add(trend);
            }
        }

        // Each document keeps one colour in every chart.
        var documentIds = data.Documents.Select(d => d.Id).Concat(data.Dates.Select(e => e.Source.Document)).Distinct(StringComparer.Ordinal).ToList();
        int ColourOf(string id) => Math.Max(0, documentIds.IndexOf(id));
        var symbols = data.Documents.ToDictionary(d => d.Id, d => d.Symbol, StringComparer.Ordinal);
        string NameOf(string id) => Sources.Name(id, symbols.GetValueOrDefault(id) ?? data.Dates.FirstOrDefault(e => e.Source.Document == id)?.Source.Symbol);

        var corpusStem = Stem("timeline", "corpus"); // reserved first: a document called "corpus" gets "-2"
        var byDocument = data.Dates.GroupBy(e => e.Source.Document, StringComparer.Ordinal).OrderBy(g => ColourOf(g.Key)).ToList();
        foreach (var doc in documentTimelines ? byDocument : [])
        {
            var name = NameOf(doc.Key);
            var title = name == doc.Key ? $"Dated events in document {doc.Key}" : $"Dated events in {name} (document {doc.Key})";
            specs.Add(TimelineChart.Create(Stem("timeline", doc.Key), title, doc.Key, [.. doc], ColourOf, [(name, ColourOf(doc.Key))]).Spec);
        }

        if (data.Dates.Length > 0)
        {
            var legend = byDocument.Select(g => (NameOf(g.Key), ColourOf(g.Key))).ToList();
            var title = $"Dated events in all documents ({byDocument.Count})";
            specs.Add(TimelineChart.Create(corpusStem, title, null, data.Dates, ColourOf, legend).Spec);
        }

        if (OverviewChart.Create(data, "overview") is { } overview)
        {
            specs.Add(overview);
        }

        return specs.ToImmutable();
    }

    /// <summary>A file-name-safe form: lower case letters, digits and underscores joined by single hyphens.</summary>
    public static string Slug(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
        return slug.Length == 0 ? "unnamed" : slug;
    }

    private static bool Matches(ChartSpec spec, string filter) =>
        string.Equals(spec.Key, filter.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(spec.Stem, "trend-" + Slug(filter), StringComparison.Ordinal);

    private static void RemoveStale(string directory, IReadOnlyCollection<ChartSpec> specs)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        var keep = specs.Select(s => s.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var ext = Path.GetExtension(file);
            if (ext is ".png" or ".svg" && (name.StartsWith("trend-", StringComparison.Ordinal) || name.StartsWith("timeline-", StringComparison.Ordinal) || name == "overview") && !keep.Contains(name))
            {
                File.Delete(file);
            }
        }
    }
}

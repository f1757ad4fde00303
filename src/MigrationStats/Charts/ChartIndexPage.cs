using System.Globalization;
using System.Net;
using System.Text;
using MigrationStats.Dataset;

namespace MigrationStats.Charts;

/// <summary>
/// index.html: the series grouped by mission or topic (a section per topic under its full name,
/// series without a topic last), each with its chart when it has one and its table (time, value,
/// as of, source, paragraph, quote; values other reports contradict highlighted), then the
/// timelines and the overview with their data tables. One self-contained file (inline CSS, no
/// script, relative image links) that opens straight from disk; every text from the dataset is
/// HTML-escaped.
/// </summary>
internal static class ChartIndexPage
{
    private const int OpenTableRows = 40;

    /// <summary>The page for the dataset and the <paramref name="charts"/> drawn in its folder.</summary>
    public static string Html(ExtractedDataset data, IReadOnlyList<ChartSpec> charts)
    {
        var h = new StringBuilder();
        h.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>MigrationStats charts</title>
            <style>
              body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #222; margin: 2em auto; max-width: 1240px; padding: 0 1em; line-height: 1.4; }
              h1 { font-size: 1.5em; } h2 { font-size: 1.3em; margin-top: 2.5em; border-top: 2px solid #ccc; padding-top: 1em; }
              h3 { font-size: 1.1em; margin-top: 2em; border-top: 1px solid #eee; padding-top: 0.8em; }
              nav ul { columns: 2; margin-top: 0.2em; } nav p { margin-bottom: 0; font-weight: bold; }
              img { max-width: 100%; height: auto; border: 1px solid #eee; }
              table { border-collapse: collapse; font-size: 0.85em; width: 100%; margin-top: 0.8em; }
              th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
              th { background: #f4f4f4; } td.quote { font-style: italic; color: #444; } td.num { text-align: right; white-space: nowrap; }
              tr.conflict td { background: #fde3d6; } tr.conflict td.note { color: #a34000; font-weight: bold; }
              details { margin-top: 0.6em; } .meta { color: #555; font-size: 0.9em; } .warn { color: #a34000; font-weight: bold; }
            </style>
            </head>
            <body>
            <h1>MigrationStats charts</h1>

            """);
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{data.Documents.Length} document(s), {data.Figures.Length} figures, {data.Dates.Length} dated events, {data.Series.Length} series. Dataset made by MigrationStats {E(data.ToolVersion)} at {E(data.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}. Each chart links to its SVG; the table under it lists what it draws and where each row was read. A series gets a chart from {TrendChart.MinPoints} points; hollow markers are values the report gives no date for (drawn at the report's date), orange-red diamonds and highlighted rows are values reports disagree on.</p>\n");
        if (charts.Count == 0)
        {
            h.Append(CultureInfo.InvariantCulture, $"<p>No charts: the dataset has no series with {TrendChart.MinPoints} or more points, no dated events and no dated figures.</p>\n");
        }

        var figures = data.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var trendCharts = charts.Where(c => c.Series is not null).ToDictionary(c => (object)c.Series!, ReferenceEqualityComparer.Instance);
        var topicNames = ChartRenderer.TopicNames(data);
        var groups = data.Series.Select((s, i) => (Series: s, Anchor: Anchor(s, i, trendCharts)))
            .GroupBy(x => x.Series.Of?.Topic)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Heading: Heading(g.Key, topicNames), Items: g.OrderBy(x => x.Series.Of?.Type ?? MeasureType.Stock).ThenBy(x => x.Series.Measure, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
        var others = charts.Where(c => c.Series is null).ToList();

        if (groups.Count > 0 || others.Count > 0)
        {
            h.Append("<nav>\n");
            foreach (var g in groups)
            {
                h.Append($"<p><a href=\"#{E(TopicAnchor(g.Key))}\">{E(g.Heading)}</a></p>\n<ul>\n");
                foreach (var (series, anchor) in g.Items)
                {
                    var chart = trendCharts.ContainsKey(series) ? string.Empty : ", no chart";
                    h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{E(anchor)}\">{E(TrendChart.Title(series))}</a> <span class=\"meta\">({series.Points.Length} points{chart})</span></li>\n");
                }

                h.Append("</ul>\n");
            }

            if (others.Count > 0)
            {
                h.Append("<p><a href=\"#timelines\">Timelines and overview</a></p>\n<ul>\n");
                foreach (var c in others)
                {
                    h.Append($"<li><a href=\"#{E(c.Stem)}\">{E(c.Title)}</a></li>\n");
                }

                h.Append("</ul>\n");
            }

            h.Append("</nav>\n");
        }

        foreach (var g in groups)
        {
            var reports = g.Items.SelectMany(x => x.Series.Points).Select(p => p.Source.Document).Distinct(StringComparer.Ordinal).Count();
            h.Append(CultureInfo.InvariantCulture, $"<section class=\"topic\" id=\"{E(TopicAnchor(g.Key))}\">\n<h2>{E(g.Heading)}</h2>\n<p class=\"meta\">{g.Items.Count} series from {reports} report(s).</p>\n");
            foreach (var (series, anchor) in g.Items)
            {
                SeriesSection(h, series, anchor, trendCharts.GetValueOrDefault(series), figures);
            }

            h.Append("</section>\n");
        }

        if (others.Count > 0)
        {
            h.Append("<section id=\"timelines\">\n<h2>Timelines and overview</h2>\n");
            foreach (var c in others)
            {
                h.Append($"<section id=\"{E(c.Stem)}\">\n<h3>{E(c.Title)}</h3>\n");
                Picture(h, c);
                Table(h, c.Table, c.Table.Columns.Length);
                h.Append("</section>\n");
            }

            h.Append("</section>\n");
        }

        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    private static void SeriesSection(StringBuilder h, Series series, string anchor, ChartSpec? chart, IReadOnlyDictionary<string, Figure> figures)
    {
        h.Append($"<section class=\"series\" id=\"{E(anchor)}\">\n<h3>{E(TrendChart.Title(series))}</h3>\n");
        var facts = new List<string> { $"unit: {E(series.Unit)}" };
        if (series.Of is { } of)
        {
            facts.Add($"type: {E(of.Type.ToString().ToLowerInvariant())}");
            facts.Add($"scope: {E(of.Scope ?? "the whole area of the report")}");
        }

        facts.Add(string.Create(CultureInfo.InvariantCulture, $"{series.Points.Length} points from {series.Points.Select(p => p.Source.Document).Distinct(StringComparer.Ordinal).Count()} report(s)"));
        if (series.Conflicts.Length > 0)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"<span class=\"warn\">{series.Conflicts.Length} time(s) where reports disagree</span>"));
        }

        if (series.Id.Length > 0)
        {
            facts.Add($"id: {E(series.Id)}");
        }

        h.Append($"<p class=\"meta\">{string.Join(" · ", facts)}</p>\n");
        if (chart is not null)
        {
            Picture(h, chart);
        }
        else
        {
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{(series.Points.Length < TrendChart.MinPoints ? $"No chart: fewer than {TrendChart.MinPoints} points." : "No chart in this folder (redraw it with migstats chart).")}</p>\n");
        }

        var table = chart?.Table ?? TrendChart.Table(series, figures);
        Table(h, table, series.Conflicts.Length > 0 ? table.Columns.Length : table.Columns.Length - 1);
        h.Append("</section>\n");
    }

    private static void Picture(StringBuilder h, ChartSpec c)
    {
        h.Append($"<p><a href=\"{E(c.Stem)}.svg\"><img src=\"{E(c.Stem)}.png\" alt=\"{E(c.Title)}\" width=\"{c.Picture.Width}\" height=\"{c.Picture.Height}\"></a></p>\n");
        h.Append($"<p class=\"meta\">Files: <a href=\"{E(c.Stem)}.png\">{E(c.Stem)}.png</a>, <a href=\"{E(c.Stem)}.svg\">{E(c.Stem)}.svg</a></p>\n");
    }

    /// <summary>A data table; only its first <paramref name="columns"/> columns.</summary>
    private static void Table(StringBuilder h, ChartTable table, int columns)
    {
        h.Append(CultureInfo.InvariantCulture, $"<details{(table.Rows.Length <= OpenTableRows ? " open" : string.Empty)}><summary>Data ({table.Rows.Length} rows)</summary>\n<table>\n<thead><tr>");
        foreach (var col in table.Columns.Take(columns))
        {
            h.Append($"<th>{E(col)}</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            h.Append(table.Highlighted.Contains(r) ? "<tr class=\"conflict\">" : "<tr>");
            for (var i = 0; i < Math.Min(columns, row.Length); i++)
            {
                var cls = table.Columns[i] switch
                {
                    "Quote" => " class=\"quote\"",
                    "Value" => " class=\"num\"",
                    "Conflict" => " class=\"note\"",
                    _ => string.Empty,
                };
                h.Append($"<td{cls}>{E(row[i])}</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n</details>\n");
    }

    /// <summary>A topic's heading: its full name and key ("United Nations Observer Mission in Georgia (UNOMIG)"), or "Series without a topic".</summary>
    private static string Heading(string? key, IReadOnlyDictionary<string, string> names) =>
        key is null ? "Series without a topic"
        : names.GetValueOrDefault(key) is { } name && name != key ? $"{name} ({key})"
        : key;

    private static string TopicAnchor(string? key) => key is null ? "topic-none" : "topic-" + ChartRenderer.Slug(key);

    private static string Anchor(Series series, int index, IReadOnlyDictionary<object, ChartSpec> charts) =>
        series.Id.Length > 0 ? series.Id
        : charts.GetValueOrDefault(series) is { } chart ? chart.Stem
        : string.Create(CultureInfo.InvariantCulture, $"series-{index + 1}");

    private static string E(string s) => WebUtility.HtmlEncode(s);
}

using System.Globalization;
using System.Net;
using System.Text;
using MigrationStats.Dataset;

namespace MigrationStats.Charts;

/// <summary>
/// index.html: every chart with its data table and provenance (document, paragraph, quote).
/// One self-contained file (inline CSS, no script, relative image links) that opens straight from
/// disk; every text from the dataset is HTML-escaped.
/// </summary>
internal static class ChartIndexPage
{
    /// <summary>The page for <paramref name="charts"/>.</summary>
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
              h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2.5em; border-top: 1px solid #ddd; padding-top: 1em; }
              nav ul { columns: 2; } img { max-width: 100%; height: auto; border: 1px solid #eee; }
              table { border-collapse: collapse; font-size: 0.85em; width: 100%; margin-top: 0.8em; }
              th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
              th { background: #f4f4f4; } td.quote { font-style: italic; color: #444; }
              details { margin-top: 0.6em; } .meta { color: #555; font-size: 0.9em; }
            </style>
            </head>
            <body>
            <h1>MigrationStats charts</h1>

            """);
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{E(data.Documents.Length.ToString(CultureInfo.InvariantCulture))} document(s), {data.Figures.Length} figures, {data.Dates.Length} dated events, {data.Series.Length} series. Dataset made by MigrationStats {E(data.ToolVersion)} at {E(data.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}. Each chart links to its SVG; the table under it lists what it draws and where each row was read.</p>\n");
        if (charts.Count == 0)
        {
            h.Append("<p>No charts: the dataset has no series with two or more points, no dated events and no dated figures.</p>\n");
        }
        else
        {
            h.Append("<nav><ul>\n");
            foreach (var c in charts)
            {
                h.Append($"<li><a href=\"#{E(c.Stem)}\">{E(c.Title)}</a></li>\n");
            }

            h.Append("</ul></nav>\n");
        }

        foreach (var c in charts)
        {
            h.Append($"<section id=\"{E(c.Stem)}\">\n<h2>{E(c.Title)}</h2>\n");
            h.Append($"<p><a href=\"{E(c.Stem)}.svg\"><img src=\"{E(c.Stem)}.png\" alt=\"{E(c.Title)}\" width=\"{c.Picture.Width}\" height=\"{c.Picture.Height}\"></a></p>\n");
            h.Append($"<p class=\"meta\">Files: <a href=\"{E(c.Stem)}.png\">{E(c.Stem)}.png</a>, <a href=\"{E(c.Stem)}.svg\">{E(c.Stem)}.svg</a></p>\n");
            h.Append(CultureInfo.InvariantCulture, $"<details{(c.Table.Rows.Length <= 40 ? " open" : string.Empty)}><summary>Data ({c.Table.Rows.Length} rows)</summary>\n<table>\n<thead><tr>");
            foreach (var col in c.Table.Columns)
            {
                h.Append($"<th>{E(col)}</th>");
            }

            h.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in c.Table.Rows)
            {
                h.Append("<tr>");
                for (var i = 0; i < row.Length; i++)
                {
                    var isQuote = i < c.Table.Columns.Length && c.Table.Columns[i] == "Quote";
                    h.Append(isQuote ? $"<td class=\"quote\">{E(row[i])}</td>" : $"<td>{E(row[i])}</td>");
                }

                h.Append("</tr>\n");
            }

            h.Append("</tbody>\n</table>\n</details>\n</section>\n");
        }

        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}

using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Charts;
using MigrationStats.Dataset;
using MigrationStats.Trends;

namespace MigrationStats.Cli;

/// <summary><c>migstats trend</c>: one measure across the reports, printed with its sources, as CSV and as a chart.</summary>
internal static partial class TrendCommand
{
    /// <summary>Exit code when no series matches the measure.</summary>
    private const int NoMatch = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var measure = new Argument<string>("measure") { Description = "The measure, as a report names it (\"military observers\"); a leading topic key (\"UNOMIG military observers\") keeps to that mission" };
        var inputs = Arguments.InputsOrDefault();
        var output = new Option<string>("--out") { Description = $"Output folder (default: {Pipeline.DefaultTrendOutput}/)", DefaultValueFactory = _ => Pipeline.DefaultTrendOutput };
        var command = new Command("trend", "Find the series of one measure across the reports: print every point with its source, write it as CSV and draw its chart.");
        command.Arguments.Add(measure);
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var query = parse.GetValue(measure)!;
            var data = Pipeline.Extract(Pipeline.Read(Arguments.InputsOf(parse, inputs)));
            var result = TrendQuery.Find(data, query);
            if (!result.Found)
            {
                var nearest = result.Nearest.IsEmpty ? "the inputs have no series" : "nearest: " + string.Join(", ", result.Nearest.Select(n => $"'{n}'"));
                stderr.WriteLine($"error: no series of '{query}' in the inputs ({nearest})");
                return NoMatch;
            }

            var topics = TrendQuery.Topics(data);
            var figures = data.Figures.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var series in result.Series)
            {
                Print(series, topics, figures, stdout);
            }

            var outDir = parse.GetValue(output)!;
            var files = Pipeline.WriteTrend(data, result, outDir);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {files.Csv} ({result.Series.Sum(s => s.Points.Length)} rows)"));
            foreach (var chart in files.Charts)
            {
                if (chart.Files.IsEmpty)
                {
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"no chart for '{chart.Series.Measure}': {chart.Series.Points.Length} points (a chart needs {ChartRenderer.MinTrendPoints})"));
                }

                foreach (var file in chart.Files)
                {
                    stdout.WriteLine(result.Series.Length == 1 ? $"wrote {file}" : $"wrote {file} ({chart.Series.Measure})");
                }
            }

            return Cli.Ok;
        });
        return command;
    }

    private static void Print(Series series, IReadOnlyDictionary<string, string?> topics, IReadOnlyDictionary<string, Figure> figures, TextWriter o)
    {
        o.WriteLine(series.Id.Length > 0 ? $"{series.Measure}  [{series.Id}]" : series.Measure);
        var topic = series.Of?.Topic is { } key ? topics.GetValueOrDefault(key) is { } name && name != key ? $"{key} ({name})" : key : "none";
        var type = series.Of?.Type.ToString().ToLowerInvariant() ?? "not read";
        o.WriteLine($"  topic: {topic}; type: {type}; scope: {series.Of?.Scope ?? "whole area"}; unit: {series.Unit}");
        var reports = series.Points.Select(p => p.Source.Document).Distinct(StringComparer.Ordinal).Count();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {series.Points.Length} points from {reports} report{(reports == 1 ? string.Empty : "s")}, {series.Conflicts.Length} conflict{(series.Conflicts.Length == 1 ? string.Empty : "s")}"));
        var disputed = series.Conflicts.Select(c => c.Time).ToHashSet();
        var rows = series.Points.Select(p => (
            Mark: disputed.Contains(p.Time) ? "!" : " ",
            Time: p.Time.ToString(),
            Value: Value(p, series.Kind, figures),
            AsOf: p.AsOf ? "as of" : string.Empty,
            Symbol: p.Source.Symbol ?? p.Source.Document,
            Paragraph: p.Source.Paragraph is { } n ? string.Create(CultureInfo.InvariantCulture, $"para {n}") : "no para",
            Quote: Space().Replace(p.Source.Quote, " ").Trim())).ToList();
        var widths = (Time: rows.Max(r => r.Time.Length), Value: rows.Max(r => r.Value.Length), Symbol: rows.Max(r => r.Symbol.Length), Paragraph: rows.Max(r => r.Paragraph.Length));
        foreach (var r in rows)
        {
            o.WriteLine($"  {r.Mark} {r.Time.PadRight(widths.Time)}  {r.Value.PadLeft(widths.Value)}  {r.AsOf,-5}  {r.Symbol.PadRight(widths.Symbol)}  {r.Paragraph.PadRight(widths.Paragraph)}  \"{r.Quote}\"");
        }

        if (series.Points.Any(p => p.AsOf))
        {
            o.WriteLine("    (as of: the text gives no date; the time is the report's date)");
        }

        foreach (var c in series.Conflicts)
        {
            var values = c.Points.Select(p => $"{Value(p, series.Kind, figures)} ({p.Source.Symbol ?? p.Source.Document}{(p.Source.Paragraph is { } n ? string.Create(CultureInfo.InvariantCulture, $" para {n}") : string.Empty)})");
            o.WriteLine($"  ! conflict at {c.Time}: {string.Join(" vs ", values)}");
        }

        o.WriteLine();
    }

    /// <summary>"121", "21%", "~5,000" (an approximate figure).</summary>
    private static string Value(SeriesPoint p, FigureKind kind, IReadOnlyDictionary<string, Figure> figures)
    {
        var text = p.Value.ToString("#,0.##########", CultureInfo.InvariantCulture) + (kind == FigureKind.Percent ? "%" : string.Empty);
        return figures.GetValueOrDefault(p.FigureId)?.Qualifier == Qualifier.Approx ? "~" + text : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

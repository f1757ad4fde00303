using System.CommandLine;
using MigrationStats.Charts;
using MigrationStats.Dataset;

namespace MigrationStats.Cli;

/// <summary><c>migstats chart</c>: redraws the charts from an existing dataset.json, without re-extracting.</summary>
internal static class ChartCommand
{
    /// <summary>Exit code when a filter names no series or document of the dataset.</summary>
    private const int UsageError = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var defaultDataset = Path.Combine(Pipeline.DefaultOutput, "dataset.json");
        var defaultOut = Path.Combine(Pipeline.DefaultOutput, "charts");
        var dataset = new Option<string>("--dataset") { Description = $"The dataset to draw (default: {defaultDataset})", DefaultValueFactory = _ => defaultDataset };
        var series = new Option<string?>("--series") { Description = "Draw only the trend chart of this series (its measure, or its file name stem)" };
        var document = new Option<string?>("--document") { Description = "Draw only the timeline of this document (its id)" };
        var output = new Option<string>("--out") { Description = $"Chart folder (default: {defaultOut}/)", DefaultValueFactory = _ => defaultOut };
        var command = new Command("chart", "Redraw the charts (PNG, SVG and index.html) from an existing dataset.json.");
        command.Options.Add(dataset);
        command.Options.Add(series);
        command.Options.Add(document);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dataset)!;
            var data = DatasetJson.Read(path);
            var seriesName = parse.GetValue(series);
            var documentId = parse.GetValue(document);
            if (seriesName is not null && !ChartRenderer.HasSeriesChart(data, seriesName))
            {
                var known = ChartRenderer.ChartedSeries(data);
                stderr.WriteLine($"error: {path}: no series '{seriesName}' with {ChartRenderer.MinTrendPoints} or more points (series: {(known.IsEmpty ? "none" : string.Join(", ", known.Select(k => $"'{k}'")))})");
                return UsageError;
            }

            if (documentId is not null && !data.Dates.Any(d => d.Source.Document == documentId))
            {
                var known = data.Dates.Select(d => d.Source.Document).Distinct().ToList();
                stderr.WriteLine($"error: {path}: no dated events for document '{documentId}' (documents with events: {(known.Count == 0 ? "none" : string.Join(", ", known))})");
                return UsageError;
            }

            var outDir = parse.GetValue(output)!;
            var files = ChartRenderer.RenderAll(data, outDir, seriesName, documentId);
            foreach (var file in files.Where(f => Path.GetExtension(f) is ".png" or ".svg" or ".html"))
            {
                stdout.WriteLine($"wrote {file}");
            }

            stdout.WriteLine($"{files.Length} files written to {outDir}/");
            return Cli.Ok;
        });
        return command;
    }
}

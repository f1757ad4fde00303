using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace MigrationStats.Cli;

/// <summary><c>migstats run</c>: the main job.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = Arguments.InputsOrDefault();
        var output = new Option<string>("--out", "-o") { Description = $"Output folder (default: {Pipeline.DefaultOutput}/); replaced as a whole when the run ends", DefaultValueFactory = _ => Pipeline.DefaultOutput };
        var timelines = new Option<TimelineChoice>("--timelines")
        {
            Description = $"Draw each document's timeline: Auto (up to {RunOptions.AutoTimelineLimit} documents), All or None; the corpus timeline is always drawn",
            DefaultValueFactory = _ => TimelineChoice.Auto,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr" };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object instead of text" };
        var command = new Command("run", "Extract figures, dates and series; write CSV, JSON, the workbook and charts.");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(timelines);
        command.Options.Add(quiet);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var progress = parse.GetValue(quiet) ? null : new ProgressPrinter(stderr, Cli.IsConsole(stderr));
            var options = new RunOptions { Timelines = parse.GetValue(timelines), Progress = progress };
            var result = Pipeline.Run(Arguments.InputsOf(parse, inputs), parse.GetValue(output)!, options);
            progress?.Finish();
            foreach (var skipped in result.Skipped)
            {
                stderr.WriteLine($"skipped: {skipped.Message}");
            }

            var exit = result.SkippedAny ? Cli.SomeSkipped : Cli.Ok;
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSummary(result, parse.GetValue(output)!, exit));
            }
            else
            {
                WriteText(stdout, result, parse.GetValue(output)!);
            }

            return exit;
        });
        return command;
    }

    private static void WriteText(TextWriter stdout, RunResult result, string output)
    {
        var d = result.Dataset;
        var warnings = d.Diagnostics.Length + d.Documents.Sum(x => x.Warnings.Length);
        foreach (var doc in d.Documents)
        {
            foreach (var w in doc.Warnings)
            {
                stdout.WriteLine($"  warning: {doc.Id}: {w}");
            }
        }

        foreach (var diag in d.Diagnostics)
        {
            stdout.WriteLine($"  warning: {diag.Document}{(diag.Paragraph is { } p ? $" para {p}" : string.Empty)}: {diag.Message}");
        }

        foreach (var dup in result.Duplicates)
        {
            stdout.WriteLine($"  note: {dup.FilePath} is the same file as {dup.SameAs} (same SHA-256); read once");
        }

        if (result.Folders > 1)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  note: read {result.Folders} folders (subfolders included)"));
        }

        if (!result.DocumentTimelines)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  note: no per-document timelines for {d.Documents.Length} documents (over {RunOptions.AutoTimelineLimit}); --timelines All draws them"));
        }

        if (result.SkippedAny)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {result.Skipped.Length} input(s) skipped (listed on stderr); exit code {Cli.SomeSkipped}"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{d.Documents.Length} documents{(d.Skipped.IsEmpty ? string.Empty : $" ({d.Skipped.Length} input(s) skipped)")}, {d.Documents.Sum(x => x.Paragraphs)} paragraphs: {d.Figures.Length} figures, {d.Dates.Length} dates, {d.Series.Length} series, {warnings} warnings; wrote {result.Files.Length} files to {output}/ in {result.Elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>The run's summary for scripts: counts, skipped inputs with their problem, duplicates, files, time and exit code.</summary>
    private static string JsonSummary(RunResult result, string output, int exit)
    {
        var d = result.Dataset;
        var summary = new
        {
            output,
            documents = d.Documents.Length,
            paragraphs = d.Documents.Sum(x => x.Paragraphs),
            figures = d.Figures.Length,
            dates = d.Dates.Length,
            series = d.Series.Length,
            warnings = d.Diagnostics.Length + d.Documents.Sum(x => x.Warnings.Length),
            skipped = result.Skipped.Select(s => new { path = s.Path, problem = s.Problem }),
            duplicates = result.Duplicates.Select(x => new { path = x.FilePath, same_as = x.SameAs }),
            folders = result.Folders,
            workers = result.Workers,
            document_timelines = result.DocumentTimelines,
            files = result.Files.Length,
            seconds = Math.Round(result.Elapsed.TotalSeconds, 2),
            exit_code = exit,
        };
        return JsonSerializer.Serialize(summary);
    }
}

using System.CommandLine;
using System.Globalization;

namespace MigrationStats.Cli;

/// <summary><c>migstats run</c>: the main job.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = Arguments.InputsOrDefault();
        var output = new Option<string>("--out") { Description = $"Output folder (default: {Pipeline.DefaultOutput}/)", DefaultValueFactory = _ => Pipeline.DefaultOutput };
        var command = new Command("run", "Extract figures, dates and series; write CSV, JSON, the workbook and charts.");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var result = Pipeline.Run(Arguments.InputsOf(parse, inputs), parse.GetValue(output)!);
            var d = result.Dataset;
            var warnings = d.Diagnostics.Length + d.Documents.Sum(x => x.Warnings.Length);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.Documents.Length} documents{(d.Skipped.IsEmpty ? string.Empty : $" ({d.Skipped.Length} input(s) skipped)")}, {d.Documents.Sum(x => x.Paragraphs)} paragraphs: {d.Figures.Length} figures, {d.Dates.Length} dates, {d.Series.Length} series, {warnings} warnings ({result.Elapsed.TotalSeconds:0.0} s)"));
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

            stdout.WriteLine($"wrote {result.Files.Length} files to {parse.GetValue(output)}/");
            if (result.SkippedAny)
            {
                foreach (var skipped in result.Skipped)
                {
                    stderr.WriteLine($"skipped: {skipped.Message}");
                }

                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Skipped.Length} input(s) skipped (listed on stderr); exit code {Cli.SomeSkipped}"));
                return Cli.SomeSkipped;
            }

            return Cli.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using MigrationStats.Verify;

namespace MigrationStats.Cli;

/// <summary><c>migstats verify</c>: checks every row of a workbook or export against its source files.</summary>
internal static class VerifyCommand
{
    /// <summary>Exit code for a usage error.</summary>
    private const int Usage = 1;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input")
        {
            Description = $"A workbook (.xlsx), figures.csv/dates.csv, dataset.json, or an output folder (default: {Pipeline.DefaultOutput}/)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Pipeline.DefaultOutput,
        };
        var sources = new Option<string[]>("--sources")
        {
            Description = $"Folders holding the report files, searched by file name before the outputs' {SourceVerifier.RunSourcesFolder}/ and {SourceVerifier.DefaultSources}/ (the only places sources are read from)",
            AllowMultipleArgumentsPerToken = true,
        };
        var report = new Option<string?>("--report") { Description = "Also write the problems table to this file (.csv or .xlsx)" };
        var command = new Command("verify", "Check every row against its source: file unchanged, quote at its offsets, value, kind, qualifier and time as the quote says; cross-document conflicts.");
        command.Arguments.Add(input);
        command.Options.Add(sources);
        command.Options.Add(report);
        command.SetAction(parse =>
        {
            var reportPath = parse.GetValue(report);
            if (reportPath is not null && !VerificationReport.IsReportPath(reportPath))
            {
                stderr.WriteLine($"error: --report {reportPath}: the report must be a .csv or .xlsx file");
                return Usage;
            }

            var path = parse.GetValue(input)!;
            VerificationReport result;
            try
            {
                result = SourceVerifier.Verify(path, parse.GetValue(sources) ?? []);
            }
            catch (Exception e) when (e is not InputException and not OutOfMemoryException)
            {
                // Whatever a crafted or damaged file makes a reader throw, the user gets one line, not a stack trace.
                throw new InputException(path, $"cannot be verified ({e.GetType().Name}: {e.Message})");
            }

            stdout.Write(result.ProblemText());
            foreach (var note in result.Notes)
            {
                stdout.WriteLine(note);
            }

            stdout.WriteLine(result.Summary);
            if (reportPath is not null)
            {
                try
                {
                    result.WriteProblems(reportPath);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new InputException(reportPath, $"cannot write the report ({e.Message})");
                }

                stdout.WriteLine($"wrote {reportPath}");
            }

            return result.AllOk ? Cli.Ok : Cli.InputProblem;
        });
        return command;
    }
}

using System.CommandLine;

namespace MigrationStats.Cli;

/// <summary>
/// Parses arguments and prints: every command calls one library function. Exit codes: 0 ok,
/// 1 usage, 2 bad input or failed verification, 3 a run or bench that skipped some inputs.
/// </summary>
public static class Cli
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;
    /// <summary>Exit code for a usage error (an unknown option, a bad option value).</summary>
    public const int Usage = 1;
    /// <summary>Exit code for bad input or a failed check.</summary>
    public const int InputProblem = 2;
    /// <summary>Exit code of a batch run that wrote its outputs (or a bench that measured) but skipped some inputs it could not read.</summary>
    public const int SomeSkipped = 3;

    /// <summary>True when <paramref name="writer"/> is the process's stderr and that is a terminal (progress is then rewritten in place).</summary>
    internal static bool IsConsole(TextWriter writer) => ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Runs a command line, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("MigrationStats: figures, dates and trend series from UN report texts, each checked against its source.");
        root.Subcommands.Add(RunCommand.Create(stdout, stderr));
        root.Subcommands.Add(InspectCommand.Create(stdout));
        root.Subcommands.Add(BenchCommand.Create(stdout, stderr));
        root.Subcommands.Add(ChartCommand.Create(stdout, stderr));
        root.Subcommands.Add(TrendCommand.Create(stdout, stderr));
        root.Subcommands.Add(VerifyCommand.Create(stdout, stderr));
        var result = root.Parse(args);
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            // One line, whatever the problem's text holds (a line break or an escape from a crafted file).
            stderr.WriteLine($"error: {Common.Excerpt.Of(e.Message, 1000)}");
            return InputProblem;
        }
    }
}

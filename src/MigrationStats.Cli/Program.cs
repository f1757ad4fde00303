namespace MigrationStats.Cli;

/// <summary>Entry point of <c>migstats</c>.</summary>
public static class Program
{
    /// <summary>Runs the CLI on the real console.</summary>
    public static int Main(string[] args) => Cli.Run(args, Console.Out, Console.Error);
}

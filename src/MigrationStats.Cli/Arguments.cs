using System.CommandLine;

namespace MigrationStats.Cli;

/// <summary>Arguments shared by several commands.</summary>
internal static class Arguments
{
    /// <summary>Report files or folders; empty means the default input folder.</summary>
    public static Argument<string[]> InputsOrDefault() =>
        new("inputs") { Description = $"Report text files or folders (default: {Pipeline.DefaultInputs}/)", Arity = ArgumentArity.ZeroOrMore };

    /// <summary>The inputs given, or the default input folder.</summary>
    public static string[] InputsOf(ParseResult parse, Argument<string[]> inputs) =>
        parse.GetValue(inputs) is { Length: > 0 } given ? given : [Pipeline.DefaultInputs];
}

using System.CommandLine;

namespace MigrationStats.Cli;

/// <summary>Arguments shared by several commands.</summary>
internal static class Arguments
{
    /// <summary>Report files or folders; empty means the default input folder. A token that looks like an option is refused (see <see cref="RefuseOptionLike{T}"/>).</summary>
    public static Argument<string[]> InputsOrDefault() =>
        RefuseOptionLike(new Argument<string[]>("inputs") { Description = $"Report text or PDF files, or folders of them (subfolders included; default: {Pipeline.DefaultInputs}/)", Arity = ArgumentArity.ZeroOrMore });

    /// <summary>The inputs given, or the default input folder.</summary>
    public static string[] InputsOf(ParseResult parse, Argument<string[]> inputs) =>
        parse.GetValue(inputs) is { Length: > 0 } given ? given : [Pipeline.DefaultInputs];

    /// <summary>
    /// An argument that takes any number of paths would take an unknown option ("-x", "--verbose")
    /// as a path; such a token is a usage error instead (exit 1). A file whose name starts with '-'
    /// is named "./-name".
    /// </summary>
    public static Argument<T> RefuseOptionLike<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"unknown option '{token.Value}' (see --help; a file whose name starts with '-' is given as ./{token.Value})");
            }
        });
        return argument;
    }
}

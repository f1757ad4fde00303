using System.CommandLine;
using System.Globalization;

namespace MigrationStats.Cli;

/// <summary><c>migstats bench</c>: extraction speed as a ratio against the raw recognizers.</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter stdout)
    {
        var inputs = Arguments.InputsOrDefault();
        var command = new Command("bench", "Time extraction against a baseline measured in the same run (raw recognizers on each paragraph).");
        command.Arguments.Add(inputs);
        command.SetAction(parse =>
        {
            var results = Benchmark.Run(Pipeline.Read(Arguments.InputsOf(parse, inputs)));
            var baseline = results[0];
            foreach (var r in results)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Seconds,7:0.000} s  {r.KilobytesPerSecond,7:0.0} KB/s  {r.Seconds / baseline.Seconds,5:0.00}x baseline  {r.Paragraphs} paragraphs  {r.Name}"));
            }

            return Cli.Ok;
        });
        return command;
    }
}

using System.Globalization;

namespace MigrationStats.Cli;

/// <summary>
/// Progress of a run on stderr: documents done of total, the file just finished, elapsed time and
/// an estimate of the time left. Nothing is printed for a run shorter than <see cref="Delay"/>. On a
/// terminal one line is rewritten in place; into a file or pipe a line is printed when the delay has
/// passed, then at most every <see cref="LogInterval"/>, for the last document and when writing starts.
/// </summary>
internal sealed class ProgressPrinter(TextWriter stderr, bool terminal) : IProgress<RunProgress>
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private readonly Lock gate = new();
    private TimeSpan lastPrinted = TimeSpan.MinValue;
    private int lastDone;
    private bool rewriting;

    public void Report(RunProgress value)
    {
        lock (gate)
        {
            if (value.Done < lastDone)
            {
                return; // a worker's report overtaken by a later one
            }

            lastDone = value.Done;
            if (lastPrinted == TimeSpan.MinValue && value.Elapsed < Delay)
            {
                return;
            }

            var line = Line(value);
            if (terminal)
            {
                var width = Math.Min(120, Math.Max(line.Length, 80));
                stderr.Write("\r" + line.PadRight(width)[..width]);
                rewriting = true;
                lastPrinted = value.Elapsed;
                return;
            }

            var due = lastPrinted == TimeSpan.MinValue || value.Done == value.Total || value.Stage != "reading" || value.Elapsed - lastPrinted >= LogInterval;
            if (due)
            {
                stderr.WriteLine(line);
                lastPrinted = value.Elapsed;
            }
        }
    }

    /// <summary>Ends the rewritten line, so what follows starts on its own.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (rewriting)
            {
                stderr.WriteLine();
                rewriting = false;
            }
        }
    }

    internal static string Line(RunProgress p)
    {
        if (p.Stage != "reading")
        {
            return string.Create(CultureInfo.InvariantCulture, $"[{p.Done}/{p.Total}] {Clock(p.Elapsed)} elapsed: writing outputs");
        }

        var left = p.Remaining is { } r && p.Done < p.Total ? $", about {Clock(r)} left" : string.Empty;
        var percent = p.Total == 0 ? 100 : p.Done * 100 / p.Total;
        return string.Create(CultureInfo.InvariantCulture, $"[{p.Done}/{p.Total}] {percent}% {Clock(p.Elapsed)} elapsed{left}: {Path.GetFileName(p.Current)}");
    }

    private static string Clock(TimeSpan t) => t.TotalHours >= 1
        ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}

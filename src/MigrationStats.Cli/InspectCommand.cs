using System.CommandLine;
using System.Globalization;
using MigrationStats.Ingest;

namespace MigrationStats.Cli;

/// <summary><c>migstats inspect</c>: how each document was read.</summary>
internal static class InspectCommand
{
    public static Command Create(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Report text files or folders of them", Arity = ArgumentArity.OneOrMore };
        var command = new Command("inspect", "Show how each document was read: symbol, date, paragraphs, headings, footnote markers, oddities.");
        command.Arguments.Add(inputs);
        command.SetAction(parse =>
        {
            foreach (var file in ReportReader.ResolveInputs(parse.GetValue(inputs) ?? []))
            {
                Print(ReportReader.Read(file), stdout);
            }

            return Cli.Ok;
        });
        return command;
    }

    private static void Print(ReportDocument doc, TextWriter o)
    {
        var numbered = doc.NumberedParagraphs.Select(p => p.Number!.Value).ToList();
        o.WriteLine($"{doc.Id}");
        o.WriteLine($"  file:        {doc.FilePath}");
        o.WriteLine($"  symbol:      {doc.Symbol ?? "(none shown)"}");
        o.WriteLine($"  date:        {doc.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none shown)"}");
        o.WriteLine(numbered.Count == 0
            ? $"  paragraphs:  no numbered paragraphs; {doc.Paragraphs.Length} unnumbered text block(s)"
            : $"  paragraphs:  {numbered.Count} numbered ({numbered[0]}..{numbered[^1]}), {doc.Paragraphs.Length - numbered.Count} unnumbered block(s)");
        o.WriteLine($"  headings:    {doc.Headings.Length}");
        foreach (var h in doc.Headings)
        {
            o.WriteLine($"    {new string(' ', 2 * (h.Level - 1))}{Shorten(h.Display, 76)}");
        }

        o.WriteLine(doc.Footnotes.Length == 0
            ? "  footnotes:   none found"
            : $"  footnotes:   {doc.Footnotes.Length} markers ({string.Join(", ", doc.Footnotes.Select(f => $"{f.Number}@{Quote(doc, f.Span)}"))})");
        o.WriteLine(doc.Artefacts.Length == 0
            ? "  artefacts:   none found"
            : $"  artefacts:   {string.Join("; ", doc.Artefacts.GroupBy(a => a.Kind).Select(g => $"{g.Count()} {Describe(g.Key)} ({string.Join(", ", g.Select(a => $"'{a.Text}'").Distinct().Take(3))})"))}");
        if (doc.Warnings.Length == 0)
        {
            o.WriteLine("  oddities:    none");
        }
        else
        {
            foreach (var w in doc.Warnings)
            {
                o.WriteLine($"  oddity:      {w.Message}");
            }
        }
    }

    private static string Quote(ReportDocument doc, OriginalSpan span)
    {
        var from = Math.Max(0, span.Start - 8);
        return $"'{doc.Source[from..span.End].Replace('\n', ' ').TrimStart()}'";
    }

    private static string Describe(ArtefactKind kind) => kind switch
    {
        ArtefactKind.RunningHead => "running head(s)",
        ArtefactKind.PageNumber => "page number(s)",
        ArtefactKind.JobNumber => "job number(s)/barcode(s)",
        ArtefactKind.FootnoteText => "footnote text block(s)",
        _ => "web-viewer residue",
    };

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

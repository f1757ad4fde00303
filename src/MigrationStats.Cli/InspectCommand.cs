using System.CommandLine;
using MigrationStats.Ingest;
using MigrationStats.Interpret;

namespace MigrationStats.Cli;

/// <summary><c>migstats inspect</c>: how each document was read.</summary>
internal static class InspectCommand
{
    private const int MaxListed = 12;

    public static Command Create(TextWriter stdout)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Report text files or folders of them", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write the readings as a JSON array instead of text" };
        var summary = new Option<bool>("--summary") { Description = "One line per document (its verdict), then totals: for checking a whole folder" };
        var explain = new Option<bool>("--explain") { Description = "Every number of each paragraph, kept as a figure or dropped, with the rule ids and reasons, and where each figure's kind, unit and time came from" };
        var paragraph = new Option<int?>("--paragraph") { Description = "With --explain: only the paragraph with this printed number" };
        var command = new Command("inspect", "Show how each document was read: symbol, date, paragraph numbering (runs, jumps, restarts), headings, footnote markers, page furniture, and a verdict.");
        command.Arguments.Add(inputs);
        command.Options.Add(json);
        command.Options.Add(summary);
        command.Options.Add(explain);
        command.Options.Add(paragraph);
        command.SetAction(parse =>
        {
            if (parse.GetValue(explain) || parse.GetValue(paragraph) is not null)
            {
                var explained = ReportReader.ResolveInputs(parse.GetValue(inputs) ?? [])
                    .SelectMany(f => Explainer.Explain(ReportReader.Read(f), parse.GetValue(paragraph))).ToList();
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(Explainer.ToJson(explained));
                }
                else if (explained.Count == 0)
                {
                    throw new InputException(string.Join(", ", parse.GetValue(inputs) ?? []), $"no paragraph numbered {parse.GetValue(paragraph)}");
                }
                else
                {
                    explained.ForEach(p => PrintExplanation(p, stdout));
                }

                return Cli.Ok;
            }

            var summaries = ReportReader.ResolveInputs(parse.GetValue(inputs) ?? []).Select(f => ReadingSummary.Of(ReportReader.Read(f)));
            if (parse.GetValue(json))
            {
                stdout.WriteLine(ReadingSummary.ToJson(summaries));
            }
            else if (parse.GetValue(summary))
            {
                PrintTotals(summaries.ToList(), stdout);
            }
            else
            {
                foreach (var summary in summaries)
                {
                    Print(summary, stdout);
                }
            }

            return Cli.Ok;
        });
        return command;
    }

    private static void PrintExplanation(ParagraphExplanation p, TextWriter o)
    {
        o.WriteLine($"{p.Document} paragraph {p.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(unnumbered)"}");
        foreach (var s in p.Sentences)
        {
            o.WriteLine($"  sentence {s.Index + 1}: {s.Text}");
            foreach (var d in s.Dates)
            {
                o.WriteLine(d.Chosen ? $"    date '{d.Quote}' {d.Label} {d.Value}  [{d.Rule}]" : $"    date '{d.Quote}' dropped: {d.Value}  [{d.Rule}]");
            }

            foreach (var n in s.Numbers)
            {
                o.WriteLine(n.Kept ? $"    KEPT    {n.Figure}" : $"    DROPPED '{n.Quote}'");
                foreach (var e in n.Evidence)
                {
                    var mark = e.Layer == "veto" ? "x" : e.Chosen ? "*" : e.Label == "blocked" ? "-" : " ";
                    var what = e.Label is "blocked" ? $"blocked by '{e.Quote}': {e.Value}" : e.Layer == "veto" ? e.Value : $"{e.Label} {e.Value}".Trim() + (e.Quote.Length > 0 ? $"  ('{e.Quote}')" : string.Empty);
                    o.WriteLine($"      {mark} {e.Layer,-9} {e.Rule,-28} {what}");
                }
            }
        }

        o.WriteLine("  (* chosen, x veto, - a date that was not taken and why)");
    }

    private static void Print(ReadingSummary d, TextWriter o)
    {
        o.WriteLine(d.Id);
        o.WriteLine($"  file:        {d.File}");
        o.WriteLine($"  symbol:      {d.Symbol ?? "(none shown)"}");
        o.WriteLine($"  date:        {d.Date ?? "(none shown)"}");
        o.WriteLine($"  pages:       {d.Pages}");
        var n = d.Numbering;
        o.WriteLine(d.NumberedParagraphs == 0
            ? $"  paragraphs:  no numbered paragraphs; {d.UnnumberedBlocks} unnumbered text block(s)"
            : $"  paragraphs:  {d.NumberedParagraphs} numbered, {d.UnnumberedBlocks} unnumbered block(s)");
        if (n.Runs.Length > 0)
        {
            o.WriteLine($"  numbering:   {Runs(n)}");
            foreach (var jump in n.Jumps)
            {
                o.WriteLine($"    jump {jump.From} -> {jump.To}: {jump.Reason}");
            }

            foreach (var restart in n.Restarts)
            {
                o.WriteLine($"    restart at 1: {restart}");
            }

            if (n.Inferred.Length > 0)
            {
                o.WriteLine($"    inferred (the text lost them; each given to the one paragraph break where it must stand): {string.Join(", ", n.Inferred)}");
            }

            if (n.Renumbered)
            {
                o.WriteLine("    web copy: the page's list numbers replaced by the report's own");
            }

            if (n.Rejected > 0)
            {
                o.WriteLine($"    {n.Rejected} number(s) at line starts not taken as paragraphs (sub-headings, list items, out of sequence)");
            }
        }

        o.WriteLine($"  headings:    {d.Headings.Length}");
        foreach (var h in d.Headings.Take(MaxListed))
        {
            o.WriteLine($"    {Shorten(h, 76)}");
        }

        if (d.Headings.Length > MaxListed)
        {
            o.WriteLine("      …");
        }

        o.WriteLine(d.Footnotes.Length == 0
            ? "  footnotes:   none found"
            : $"  footnotes:   {d.Footnotes.Length} markers, {d.Footnotes.Count(f => f.Detached)} detached ({string.Join(", ", d.Footnotes.Take(MaxListed).Select(f => $"{f.Number}@'{f.Context}'"))}{(d.Footnotes.Length > MaxListed ? ", …" : "")})");
        if (d.Furniture.Length == 0)
        {
            o.WriteLine("  furniture:   none found");
        }
        else
        {
            o.WriteLine("  furniture:");
            foreach (var f in d.Furniture)
            {
                o.WriteLine($"    {f.Kind,-24}{f.Count,4}  ({string.Join(", ", f.Examples.Select(e => $"'{Shorten(e, 40)}'"))})");
            }
        }

        if (d.Oddities.Length == 0)
        {
            o.WriteLine("  oddities:    none");
        }
        else
        {
            foreach (var w in d.Oddities)
            {
                o.WriteLine($"  oddity:      {w}");
            }
        }

        o.WriteLine($"  verdict:     {d.Verdict}");
    }

    private static void PrintTotals(List<ReadingSummary> all, TextWriter o)
    {
        foreach (var d in all)
        {
            o.WriteLine($"{d.Id,-40} {d.Verdict}");
        }

        var clean = all.Count(d => d.Numbering.BodyRunsFromOne);
        var inferred = all.Count(d => d.Numbering.BodyRunsFromOne && d.Numbering.Inferred.Length > 0);
        var unnumbered = all.Count(d => d.Numbering.Runs.Length == 0);
        var others = all.Where(d => d.Numbering.Runs.Length > 0 && !d.Numbering.BodyRunsFromOne).ToList();
        o.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{all.Count} documents: {clean} with body numbering 1..N and no jump ({(all.Count - unnumbered == 0 ? 0 : 100.0 * clean / (all.Count - unnumbered)):0.0}% of the numbered; {inferred} of them with lost numbers inferred), {others.Count} with jumps or a late start, {unnumbered} without numbered paragraphs"));
        if (others.Count > 0)
        {
            o.WriteLine($"  not 1..N: {string.Join(" ", others.Select(d => d.Id))}");
        }
    }

    private static string Runs(NumberingReport n)
    {
        var runs = n.Runs.Select(r => (r.First == r.Last ? $"{r.First}" : $"{r.First}-{r.Last}") + (r.Part is null ? "" : $" ({r.Part})")).ToList();
        var listed = string.Join(", ", runs.Take(MaxListed)) + (runs.Count > MaxListed ? ", …" : "");
        return $"{runs.Count} run(s): {listed}";
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

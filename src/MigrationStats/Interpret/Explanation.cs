using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using MigrationStats.Dataset;
using MigrationStats.Ingest;

namespace MigrationStats.Interpret;

/// <summary>A piece of evidence about a number: which rule said what.</summary>
/// <param name="Layer">What it is about (veto, kind, qualifier, unit, measure, time, as_of).</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Label">Its reading ("over", "blocked", "time").</param>
/// <param name="Value">Its value or reason.</param>
/// <param name="Quote">The text it rests on.</param>
/// <param name="Score">Its weight; the resolver takes the highest of a layer.</param>
/// <param name="Chosen">True when the resolver took it.</param>
public sealed record Evidence(string Layer, string Rule, string Label, string Value, string Quote, double Score, bool Chosen);

/// <summary>One number of a sentence, kept as a figure or dropped, with the rules that decided.</summary>
/// <param name="Quote">The number as written.</param>
/// <param name="Kept">True when it became a figure.</param>
/// <param name="Figure">The figure, as written to figures.csv ("over 340 count, unit 'officials', time 2003").</param>
/// <param name="Evidence">Every annotation about it, in the order the annotators wrote them.</param>
public sealed record NumberExplanation(string Quote, bool Kept, string? Figure, ImmutableArray<Evidence> Evidence);

/// <summary>A sentence: its numbers and its dates (with the dates dropped and why).</summary>
public sealed record SentenceExplanation(int Index, string Text, ImmutableArray<NumberExplanation> Numbers, ImmutableArray<Evidence> Dates);

/// <summary>A paragraph explained.</summary>
public sealed record ParagraphExplanation(string Document, int? Number, ImmutableArray<SentenceExplanation> Sentences);

/// <summary>Builds <c>inspect --explain</c>: every number of a paragraph, kept or dropped, with rule ids and reasons.</summary>
public static class Explainer
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Explains the paragraphs of a document (all, or the one numbered <paramref name="paragraph"/>).</summary>
    public static ImmutableArray<ParagraphExplanation> Explain(ReportDocument document, int? paragraph = null)
    {
        var reading = ReportInterpreter.Read(document, trace: true);
        return reading.Paragraphs.Where(p => paragraph is null || p.Paragraph.Number == paragraph)
            .Select(p => Explain(document.Id, p)).ToImmutableArray();
    }

    /// <summary>Explains one traced paragraph reading.</summary>
    public static ParagraphExplanation Explain(string document, ParagraphReading reading)
    {
        var sentences = ImmutableArray.CreateBuilder<SentenceExplanation>();
        foreach (var doc in reading.Trace)
        {
            var figures = reading.Figures.Where(f => f.Sentence == doc.Index).ToList();
            var numbers = ImmutableArray.CreateBuilder<NumberExplanation>();
            foreach (var n in doc.Numbers)
            {
                var evidence = doc.Annotations.Where(a => a.Target == n.Target && a.Layer != Layer.Number)
                    .Select(a => Of(doc, a, Chosen(doc, a))).ToImmutableArray();
                var kept = !doc.IsVetoed(n.Target);
                var figure = kept ? figures.FirstOrDefault(f => f.Start - doc.Sentence.Start <= n.Start && n.End <= f.End - doc.Sentence.Start) : null;
                numbers.Add(new NumberExplanation(doc.Text[n.Start..n.End], kept, figure is null ? null : Describe(reading, figure), evidence));
            }

            var dates = doc.Of(Layer.Date).Select(a => Of(doc, a, a.Label != "dropped")).ToImmutableArray();
            sentences.Add(new SentenceExplanation(doc.Index, doc.Text, numbers.ToImmutable(), dates));
        }

        return new ParagraphExplanation(document, reading.Paragraph.Number, sentences.ToImmutable());
    }

    /// <summary>The explanations as JSON.</summary>
    public static string ToJson(IEnumerable<ParagraphExplanation> explanations) => JsonSerializer.Serialize(explanations.ToList(), Json);

    /// <summary>Every rule the interpreter has, with its examples: the rule book.</summary>
    public static ImmutableArray<RuleInfo> Rules { get; } =
        [.. FigureInterpreter.OtherRules, .. NumberRules.All, .. UnitRules.All.Select(r => r.Info), .. TimeRules.All.Select(r => r.Info), TimeRules.AsOfRule, .. DateInterpreter.All];

    private static bool Chosen(SentenceDoc doc, Annotation a) => a.Layer switch
    {
        Layer.Veto or Layer.AsOf or Layer.Qualifier => a.Layer != Layer.Qualifier || doc.Best(a.Target, Layer.Qualifier) == a,
        Layer.Time => a.Label == "time" && doc.Best(a.Target, Layer.Time, "time") == a,
        _ => doc.Best(a.Target, a.Layer) == a,
    };

    private static Evidence Of(SentenceDoc doc, Annotation a, bool chosen) =>
        new(a.Layer.ToString().ToLowerInvariant(), a.Rule, a.Label, a.Value, doc.Text[a.Start..a.End], a.Score, chosen);

    private static string Describe(ParagraphReading reading, FigureReading f)
    {
        var quote = reading.Paragraph.Text.Value[f.Start..f.End];
        var parts = new List<string> { $"'{quote}' = {CsvExport.Number(f.Value)} {Names.Of(f.Kind)}" };
        if (f.Qualifier != Qualifier.Exact)
        {
            parts.Add(Names.Of(f.Qualifier));
        }

        parts.Add(f.Unit.Length > 0 ? $"unit '{f.Unit}'" : "no unit");
        if (f.Measure is { } m)
        {
            parts.Add($"measure '{m}'");
        }

        parts.Add(f.Time is { } t ? $"time {(f.Open is { } o ? o + " " : string.Empty)}{t}" : f.AsOf is { } asOf ? $"no time, as of {asOf:yyyy-MM-dd}" : "no time");
        return string.Join(", ", parts);
    }
}

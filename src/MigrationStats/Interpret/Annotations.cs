using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationStats.Interpret;

/// <summary>What an annotation says about its span.</summary>
public enum Layer
{
    /// <summary>A number the recognizers (or the fold rule) found: a figure candidate.</summary>
    Number,
    /// <summary>A reason the number is not a figure (a year, a day of a date, a symbol...).</summary>
    Veto,
    /// <summary>A date mention.</summary>
    Date,
    /// <summary>What kind of figure the number is (count, percent, money, rate, duration).</summary>
    Kind,
    /// <summary>Over, under, approx, with the words that say so.</summary>
    Qualifier,
    /// <summary>The counted thing.</summary>
    Unit,
    /// <summary>A measure named by the sentence ("the number of refugees").</summary>
    Measure,
    /// <summary>When the figure holds, or why a date nearby does not date it (label "blocked").</summary>
    Time,
    /// <summary>The figure is a present-tense stock or cumulative count: it holds as of the report's date.</summary>
    AsOf,
}

/// <summary>
/// One reading of a span of a sentence, by one rule. Offsets into the sentence, end exclusive.
/// </summary>
/// <param name="Start">Start of the span.</param>
/// <param name="End">End of the span (exclusive).</param>
/// <param name="Layer">What the annotation says.</param>
/// <param name="Label">The reading ("over", "percent", "year", "time", "blocked").</param>
/// <param name="Value">Its value as text ("2016", "USD", "refugees", a reason).</param>
/// <param name="Rule">Id of the rule that made it.</param>
/// <param name="Score">How strong the evidence is; the resolver takes the highest of a layer.</param>
/// <param name="Target">Index of the number it is about, or -1.</param>
public sealed record Annotation(int Start, int End, Layer Layer, string Label, string Value, string Rule, double Score, int Target);

/// <summary>A word, number or punctuation mark of a sentence, with its offsets.</summary>
public sealed record Token(int Start, int End, string Text)
{
    /// <summary>True for a word of letters.</summary>
    public bool IsWord => Text.Length > 0 && char.IsLetter(Text[0]);
}

/// <summary>
/// A sentence being read: its text, tokens, and an append-only list of annotations written by the
/// annotators in turn. Nothing is removed: a later annotator adds, and the resolver chooses.
/// </summary>
public sealed partial class SentenceDoc
{
    private readonly List<Annotation> annotations = [];

    /// <summary>Creates the document of one sentence.</summary>
    public SentenceDoc(Sentence sentence, int index)
    {
        Sentence = sentence;
        Index = index;
        Tokens = TokenPattern().Matches(sentence.Text).Select(m => new Token(m.Index, m.Index + m.Length, m.Value)).ToImmutableArray();
    }

    /// <summary>The sentence (offsets into the paragraph's clean text).</summary>
    public Sentence Sentence { get; }

    /// <summary>Its text.</summary>
    public string Text => Sentence.Text;

    /// <summary>Index of the sentence in its paragraph.</summary>
    public int Index { get; }

    /// <summary>Its tokens.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Every annotation so far, in the order written.</summary>
    public IReadOnlyList<Annotation> Annotations => annotations;

    /// <summary>Adds an annotation; returns it.</summary>
    public Annotation Add(Annotation annotation)
    {
        annotations.Add(annotation);
        return annotation;
    }

    /// <summary>The annotations of a layer.</summary>
    public IEnumerable<Annotation> Of(Layer layer) => annotations.Where(a => a.Layer == layer);

    /// <summary>The annotations of a layer about one number.</summary>
    public IEnumerable<Annotation> For(int target, Layer layer) => annotations.Where(a => a.Target == target && a.Layer == layer);

    /// <summary>The strongest annotation of a layer about one number (the first written among equals), or null.</summary>
    public Annotation? Best(int target, Layer layer, string? label = null)
    {
        Annotation? best = null;
        foreach (var a in annotations)
        {
            if (a.Target == target && a.Layer == layer && (label is null || a.Label == label) && (best is null || a.Score > best.Score))
            {
                best = a;
            }
        }

        return best;
    }

    /// <summary>The numbers, in order (index = target of the annotations about them).</summary>
    public IReadOnlyList<Annotation> Numbers => annotations.Where(a => a.Layer == Layer.Number).ToList();

    /// <summary>True when a veto was written for the number.</summary>
    public bool IsVetoed(int target) => annotations.Any(a => a.Target == target && a.Layer == Layer.Veto);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}’'\-.,]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenPattern();
}

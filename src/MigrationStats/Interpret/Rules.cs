using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationStats.Interpret;

/// <summary>
/// A rule of interpretation as data: an id, what it looks for (in words, or the regex it uses),
/// what it yields, and sentences that show it. An example marks the span the rule is about in
/// brackets and may give the expected value after "=>" ("In 2013, migrants sent [$404 billion]. => 2013");
/// a counter-example marks a span the rule must leave alone. A test runs them all through the
/// whole interpreter.
/// </summary>
/// <param name="Id">Stable id ("veto.year"), shown by <c>inspect --explain</c>.</param>
/// <param name="Layer">The layer it writes.</param>
/// <param name="Pattern">What it looks for.</param>
/// <param name="Yields">What it writes.</param>
/// <param name="Examples">Sentences it must fire on.</param>
/// <param name="CounterExamples">Sentences it must not fire on.</param>
public sealed record RuleInfo(string Id, Layer Layer, string Pattern, string Yields, ImmutableArray<string> Examples, ImmutableArray<string> CounterExamples);

/// <summary>An example of a rule, parsed: the sentence, the bracketed span, the expected value.</summary>
public sealed record RuleExample(string Text, int Start, int End, string? Expected)
{
    /// <summary>Parses "text with [span] => expected".</summary>
    public static RuleExample Parse(string example)
    {
        var arrow = example.LastIndexOf(" => ", StringComparison.Ordinal);
        var expected = arrow >= 0 ? example[(arrow + 4)..].Trim() : null;
        var body = arrow >= 0 ? example[..arrow] : example;
        var open = body.IndexOf('[', StringComparison.Ordinal);
        var close = body.IndexOf(']', open + 1);
        if (open < 0 || close < 0)
        {
            throw new FormatException($"rule example without a [bracketed] span: {example}");
        }

        var text = body[..open] + body[(open + 1)..close] + body[(close + 1)..];
        return new RuleExample(text, open, close - 1, expected);
    }
}

/// <summary>A number and the sentence around it, as the number rules see it.</summary>
internal sealed record NumberContext(string Text, int Start, int End, decimal Value, bool IsPercentage)
{
    /// <summary>The sentence before the number.</summary>
    public string Before => Text[..Start];

    /// <summary>The number as written.</summary>
    public string Quote => Text[Start..End];

    /// <summary>The sentence after the number.</summary>
    public string After => Text[End..];

    /// <summary>True for a whole number written in digits only ("1996", "25").</summary>
    public bool IsPlainInteger => decimal.Truncate(Value) == Value && Quote.All(char.IsAsciiDigit);
}

/// <summary>
/// A rule about one number, matched on the text before it, the number itself and the text after
/// it (each optional), with an optional condition on the value. <see cref="Before"/> is anchored
/// at the number (it ends with <c>$</c>); its match is the span the rule adds to the figure (a
/// qualifier, a currency sign).
/// </summary>
internal sealed record NumberRule(RuleInfo Info, Regex? Before = null, Regex? Quote = null, Regex? After = null, Func<NumberContext, bool>? When = null)
{
    /// <summary>The rule's id.</summary>
    public string Id => Info.Id;

    /// <summary>Applies the rule: null when it does not hold, else the start of what it covers before the number.</summary>
    public int? Apply(NumberContext c)
    {
        if ((Quote is not null && !Quote.IsMatch(c.Quote)) || (After is not null && !After.IsMatch(c.After)) || (When is not null && !When(c)))
        {
            return null;
        }

        if (Before is null)
        {
            return c.Start;
        }

        var m = Before.Match(c.Before);
        return m.Success ? m.Index : null;
    }
}

/// <summary>Shorthand for writing rule tables.</summary>
internal static class RuleTable
{
    /// <summary>A rule's description.</summary>
    public static RuleInfo Info(string id, Layer layer, string pattern, string yields, string[] examples, string[] counterExamples) =>
        new(id, layer, pattern, yields, [.. examples], [.. counterExamples]);

    /// <summary>A compiled, culture-invariant regex.</summary>
    public static Regex Rx(string pattern, bool ignoreCase = false) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
}

using MigrationStats.Interpret;

namespace MigrationStats.Tests.Interpret;

/// <summary>
/// Every rule's examples and counter-examples, run through the whole interpreter: an example's
/// bracketed span must carry an annotation of that rule (with the expected value when one is
/// given); a counter-example's must not.
/// </summary>
public class RuleBookTests
{
    private static readonly DateOnly AsOf = new(2016, 9, 1);

    public static TheoryData<string> RuleIds => [.. Explainer.Rules.Select(r => r.Id)];

    private static RuleInfo Rule(string id) => Explainer.Rules.Single(r => r.Id == id);

    [Fact]
    public void Rules_EachRule_HasAnIdExamplesAndCounterExamples()
    {
        Assert.Equal(Explainer.Rules.Length, Explainer.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(Explainer.Rules, r =>
        {
            Assert.NotEmpty(r.Examples);
            Assert.NotEmpty(r.CounterExamples);
            Assert.False(string.IsNullOrWhiteSpace(r.Pattern), r.Id);
            Assert.False(string.IsNullOrWhiteSpace(r.Yields), r.Id);
        });
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_Examples_FireWithTheExpectedValue(string id)
    {
        var rule = Rule(id);
        foreach (var example in rule.Examples.Select(RuleExample.Parse))
        {
            var found = Fired(rule, example);
            Assert.True(found.Count > 0, $"{id} did not fire on [{example.Text[example.Start..example.End]}] in: {example.Text}\n{Trace(example)}");
            if (example.Expected is { } expected)
            {
                Assert.True(found.Any(a => a.Value.StartsWith(expected, StringComparison.Ordinal) || (rule.Layer == Layer.Unit && a.Value.Contains(expected, StringComparison.Ordinal))),
                    $"{id} on {example.Text}: expected '{expected}', got {string.Join(" | ", found.Select(a => a.Value))}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_CounterExamples_DoNotFire(string id)
    {
        var rule = Rule(id);
        foreach (var example in rule.CounterExamples.Select(RuleExample.Parse))
        {
            var found = Fired(rule, example);
            if (example.Expected is { } notExpected)
            {
                found = found.Where(a => a.Value.StartsWith(notExpected, StringComparison.Ordinal)).ToList();
            }

            Assert.True(found.Count == 0, $"{id} fired on [{example.Text[example.Start..example.End]}] in: {example.Text}: {string.Join(" | ", found.Select(a => a.Value))}\n{Trace(example)}");
        }
    }

    /// <summary>The annotations of the rule about the bracketed span.</summary>
    private static List<Annotation> Fired(RuleInfo rule, RuleExample example)
    {
        var reading = ReportInterpreter.ReadText(example.Text, asOf: AsOf);
        var result = new List<Annotation>();
        foreach (var doc in reading.Trace)
        {
            int Rel(int p) => p - doc.Sentence.Start;
            var (start, end) = (Rel(example.Start), Rel(example.End));
            if (start < 0 || end > doc.Text.Length)
            {
                continue;
            }

            bool Overlaps(int s, int e) => s < end && start < e;
            if (rule.Layer == Layer.Date)
            {
                result.AddRange(doc.Of(Layer.Date).Where(a => a.Rule == rule.Id && Overlaps(a.Start, a.End)));
                continue;
            }

            foreach (var n in doc.Numbers.Where(n => Overlaps(n.Start, n.End)))
            {
                result.AddRange(rule.Layer == Layer.Number
                    ? n.Rule == rule.Id ? [n] : []
                    : doc.For(n.Target, rule.Layer).Where(a => a.Rule == rule.Id && a.Label != "blocked"));
            }
        }

        return result;
    }

    private static string Trace(RuleExample example)
    {
        var reading = ReportInterpreter.ReadText(example.Text, asOf: AsOf);
        return string.Join("\n", reading.Trace.SelectMany(d => d.Annotations.Select(a => $"  {a.Layer} {a.Rule} {a.Label} '{d.Text[a.Start..a.End]}' {a.Value} -> #{a.Target}")));
    }
}

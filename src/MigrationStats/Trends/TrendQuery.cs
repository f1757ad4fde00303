using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;

namespace MigrationStats.Trends;

/// <summary>What a trend query found.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Topic">The topic its leading key restricts it to ("UNOMIG"), as the dataset spells it; null when none.</param>
/// <param name="What">What it counts, normalized as the run normalizes units ("military observer").</param>
/// <param name="Series">The matching series, stocks first; empty when none matches.</param>
/// <param name="Nearest">When none matches: up to <see cref="TrendQuery.MaxNearest"/> measures of the dataset nearest to the query, nearest first.</param>
public sealed record TrendQueryResult(string Query, string? Topic, string What, ImmutableArray<Series> Series, ImmutableArray<string> Nearest)
{
    /// <summary>True when at least one series matches.</summary>
    public bool Found => !Series.IsEmpty;
}

/// <summary>
/// Finds the series of a measure the way a person names it ("military observers", "UNOMIG
/// military observers", "UNOMIG: military observer"): the query is normalized with
/// <see cref="MeasureReader.What"/>, as the run normalizes every figure's unit, and matches every
/// series that counts the same thing (<see cref="TrendMeasure.What"/>), whatever its topic, scope
/// or type. A leading topic key of the dataset restricts the match to that topic. The measure's
/// full label or the series id ("S-unomig-military-observers") also match, that series alone.
/// </summary>
public static partial class TrendQuery
{
    /// <summary>How many nearest measures a query without a match lists.</summary>
    public const int MaxNearest = 5;

    [GeneratedRegex(@"^[\s:,;\-–—]+|^['’]s\b\s*")]
    private static partial Regex AfterTopic();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();

    /// <summary>The series of <paramref name="query"/> in <paramref name="data"/>: stocks first, then flows, cumulative totals, shares and targets; within a type, the topic's series, then by scope and size.</summary>
    public static TrendQueryResult Find(ExtractedDataset data, string query)
    {
        var text = query.Trim();
        var (topic, what) = Normalize(text, Topics(data));
        var named = data.Series.Where(s => string.Equals(s.Measure.Trim(), text, StringComparison.OrdinalIgnoreCase) || (s.Id.Length > 0 && string.Equals(s.Id, text, StringComparison.OrdinalIgnoreCase))).ToList();
        var matches = named.Count > 0
            ? named
            : data.Series.Where(s => what.Length > 0 && WhatOf(s) == what && (topic is null || string.Equals(s.Of?.Topic, topic, StringComparison.OrdinalIgnoreCase))).ToList();
        var ordered = matches
            .OrderBy(s => s.Of?.Type ?? MeasureType.Stock)
            .ThenBy(s => s.Of?.Topic is null)
            .ThenBy(s => s.Of?.Topic, StringComparer.Ordinal)
            .ThenBy(s => s.Of?.Scope is not null)
            .ThenBy(s => s.Of?.Scope, StringComparer.Ordinal)
            .ThenByDescending(s => s.Points.Length)
            .ThenBy(s => s.Measure, StringComparer.Ordinal)
            .ToImmutableArray();
        return new TrendQueryResult(query, topic, what, ordered, ordered.IsEmpty ? Nearest(data.Series, topic, what) : []);
    }

    /// <summary>
    /// The topic a query starts with (the longest of <paramref name="topics"/> that prefixes it as
    /// a whole word, any case, spelled as in the dataset) and what it counts, normalized as
    /// <see cref="MeasureReader.What"/> normalizes a unit of a report of that topic.
    /// </summary>
    public static (string? Topic, string What) Normalize(string query, IReadOnlyDictionary<string, string?> topics)
    {
        var text = query.Trim();
        var topic = topics.Keys
            .Where(k => text.StartsWith(k, StringComparison.OrdinalIgnoreCase) && (text.Length == k.Length || !char.IsLetterOrDigit(text[k.Length])))
            .OrderByDescending(k => k.Length)
            .FirstOrDefault();
        if (topic is null)
        {
            return (null, MeasureReader.What(text, ReportContext.None));
        }

        var rest = AfterTopic().Replace(text[topic.Length..], string.Empty, 1).Trim();
        return (topic, rest.Length == 0 ? string.Empty : MeasureReader.What(rest, new ReportContext(topic, topics[topic], null, null)));
    }

    /// <summary>The dataset's topic keys (from its documents and series) with their full names when known.</summary>
    public static IReadOnlyDictionary<string, string?> Topics(ExtractedDataset data)
    {
        var topics = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in data.Documents.Where(d => d.Topic is not null))
        {
            topics[d.Topic!] = topics.GetValueOrDefault(d.Topic!) ?? d.TopicName;
        }

        foreach (var key in data.Series.Select(s => s.Of?.Topic).OfType<string>())
        {
            topics.TryAdd(key, null);
        }

        return topics;
    }

    /// <summary>What a series counts: its measure's normalized what, or for a series made by hand its measure read as a unit.</summary>
    private static string WhatOf(Series series) => series.Of?.What ?? MeasureReader.What(series.Measure, ReportContext.None);

    /// <summary>The measures nearest to the query: shared words, then spelling (edit distance), the query's topic first; bigger series break ties.</summary>
    private static ImmutableArray<string> Nearest(IEnumerable<Series> series, string? topic, string what)
    {
        var words = Words().Matches(what).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        double Score(Series s)
        {
            var other = WhatOf(s);
            var theirs = Words().Matches(other).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            var union = words.Union(theirs).Count();
            var shared = union == 0 ? 0 : words.Intersect(theirs).Count() / (double)union;
            var longest = Math.Max(what.Length, other.Length);
            var spelling = longest == 0 ? 0 : 1 - Distance(what, other) / (double)longest;
            var sameTopic = topic is not null && string.Equals(s.Of?.Topic, topic, StringComparison.OrdinalIgnoreCase) ? 0.25 : 0;
            return (0.6 * shared) + (0.4 * spelling) + sameTopic;
        }

        return [.. series
            .Select(s => (s.Measure, Score: Score(s), s.Points.Length))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Length).ThenBy(x => x.Measure, StringComparer.Ordinal)
            .Select(x => x.Measure)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxNearest)];
    }

    /// <summary>Levenshtein distance.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

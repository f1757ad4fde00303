using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Trends;

/// <summary>A hand-made series point of ../shared/dev/series.tsv.</summary>
internal sealed record GoldPoint(string Series, string Measure, string Document, string Quote, decimal Value, string Time, bool AsOf);

/// <summary>What <see cref="SeriesScorer.Score"/> found: the numbers score_series.py prints.</summary>
internal sealed record SeriesScore(int Found, int Series, int Points, int Matched, int Mixed, int TimeRight, int Timed)
{
    public double Recall => Points == 0 ? 0 : (double)Matched / Points;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"series found {Found}/{Series} | points R={Recall:0.000} | mixed {Mixed} | time {TimeRight}/{Timed}");
}

/// <summary>
/// The scoring of ../shared/tools/score_series.py, in C#: a system point matches a gold point when
/// the document is the same, the folded quotes contain one another and the values are equal; each
/// gold series is scored against the one system series (by measure) holding most of its points.
/// </summary>
internal static partial class SeriesScorer
{
    public static IReadOnlyList<GoldPoint> Gold() =>
        File.ReadAllLines(Path.Combine(SharedData.Root, "dev", "series.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(c => new GoldPoint(c[0], c[1], c[3], c[5], decimal.Parse(c[6], CultureInfo.InvariantCulture), c[8], c[9] == "1")).ToList();

    public static SeriesScore Score(IReadOnlyList<GoldPoint> gold, ExtractedDataset data)
    {
        var system = data.Series.SelectMany(s => s.Points.Select(p => (s.Measure, Point: p))).ToList();
        var candidates = gold.Select(g => system.Select((s, i) => (s, i)).Where(x => Matches(g, x.s.Point)).Select(x => x.i).ToList()).ToList();
        var owners = new Dictionary<int, HashSet<string>>();
        for (var k = 0; k < gold.Count; k++)
        {
            foreach (var i in candidates[k])
            {
                (owners.TryGetValue(i, out var set) ? set : owners[i] = []).Add(gold[k].Series);
            }
        }

        var byMeasure = system.Select((s, i) => (s.Measure, i)).GroupBy(x => x.Measure, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToHashSet(), StringComparer.Ordinal);
        int found = 0, matched = 0, mixed = 0, timeRight = 0, timed = 0;
        var goldSeries = gold.Select((g, k) => (g, k)).GroupBy(x => x.g.Series).ToList();
        foreach (var series in goldSeries)
        {
            var best = (Count: 0, Measure: (string?)null, Pairs: new List<(GoldPoint, SeriesPoint)>());
            foreach (var (measure, pool) in byMeasure)
            {
                var used = new HashSet<int>();
                var pairs = new List<(GoldPoint, SeriesPoint)>();
                foreach (var (g, k) in series)
                {
                    if (candidates[k].FirstOrDefault(i => pool.Contains(i) && !used.Contains(i), -1) is var i and >= 0)
                    {
                        used.Add(i);
                        pairs.Add((g, system[i].Point));
                    }
                }

                if (pairs.Count > best.Count)
                {
                    best = (pairs.Count, measure, pairs);
                }
            }

            matched += best.Count;
            found += best.Count > 0 && (double)best.Count / series.Count() >= 0.5 ? 1 : 0;
            if (best.Measure is { } m)
            {
                mixed += byMeasure[m].Count(i => owners.TryGetValue(i, out var o) && !o.Contains(series.Key));
            }

            foreach (var (g, p) in best.Pairs.Where(x => !x.Item1.AsOf))
            {
                timed++;
                var st = p.Time.Start.ToString();
                timeRight += g.Time.Length > 0 && (g.Time.StartsWith(st, StringComparison.Ordinal) || st.StartsWith(g.Time, StringComparison.Ordinal)) ? 1 : 0;
            }
        }

        return new SeriesScore(found, goldSeries.Count, gold.Count, matched, mixed, timeRight, timed);
    }

    private static bool Matches(GoldPoint g, SeriesPoint s)
    {
        if (g.Document != s.Source.Document)
        {
            return false;
        }

        var (a, b) = (Fold(g.Quote), Fold(s.Source.Quote));
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) && g.Value == s.Value;
    }

    private static string Fold(string s) =>
        Space().Replace(s.Replace('\u2019', '\'').Replace('\u2013', '-').Replace('\u2014', '-'), " ").Trim().ToLowerInvariant().Trim(' ', '.', ',', ';', ':', '(', ')', '"', '\'');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

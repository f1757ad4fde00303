using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Tests.Dataset;

/// <summary>
/// The matching rules of ../shared/tools/score_extraction.py, in C#: a system row matches a gold
/// row of the same document and paragraph when the folded quotes contain one another and the
/// values agree. Used to hold extraction quality to the issue's thresholds in a test.
/// </summary>
internal static partial class GoldScorer
{
    public sealed record Score(int TruePositives, int FalsePositives, int Misses, double Precision, double Recall, List<(Dictionary<string, string> Gold, Dictionary<string, string> System)> Pairs, List<string> Report);

    public static List<Dictionary<string, string>> ReadTsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static List<Dictionary<string, string>> ReadCsv(string text)
    {
        var rows = MigrationStats.Dataset.CsvExport.Parse(text);
        var header = rows[0];
        return rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static string Fold(string s)
    {
        s = s.Replace('\u2019', '\'').Replace('\u2013', '-').Replace('\u2014', '-');
        return Spaces().Replace(s, " ").Trim().ToLowerInvariant().Trim(' ', '.', ',', ';', ':', '(', ')', '"', '\'');
    }

    private static bool QuotesMeet(string a, string b)
    {
        (a, b) = (Fold(a), Fold(b));
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    public static bool FigureValueOk(Dictionary<string, string> g, Dictionary<string, string> s) =>
        double.TryParse(g["value"], CultureInfo.InvariantCulture, out var gv) && double.TryParse(s["value"], CultureInfo.InvariantCulture, out var sv)
        && Math.Abs(gv - sv) <= 1e-9 * Math.Max(1.0, Math.Abs(gv));

    public static bool DateValueOk(Dictionary<string, string> g, Dictionary<string, string> s)
    {
        if (g["kind"] is "approx" or "session")
        {
            var (gs, ge) = (int.Parse(g["start"][..4], CultureInfo.InvariantCulture), int.Parse(g["end"][..4], CultureInfo.InvariantCulture));
            var (ss, se) = (int.Parse(s["start"][..4], CultureInfo.InvariantCulture), int.Parse((s["end"].Length > 0 ? s["end"] : s["start"])[..4], CultureInfo.InvariantCulture));
            return ss <= ge && gs <= se;
        }

        return s["start"].StartsWith(g["start"], StringComparison.Ordinal) && (s["end"].Length > 0 ? s["end"] : s["start"]).StartsWith(g["end"], StringComparison.Ordinal);
    }

    public static Score Match(List<Dictionary<string, string>> gold, List<Dictionary<string, string>> system, Func<Dictionary<string, string>, Dictionary<string, string>, bool> valueOk)
    {
        bool Edge(Dictionary<string, string> g, Dictionary<string, string> s) =>
            g["doc"] == s["document"] && (g["para"].Length == 0 || g["para"] == s["paragraph"]) && QuotesMeet(g["quote"], s["quote"]) && valueOk(g, s);

        var required = gold.Where(g => g["optional"] != "1").ToList();
        var optional = gold.Where(g => g["optional"] == "1").ToList();
        var owner = Bipartite(required, system, Edge);
        var rest = system.Where((_, i) => !owner.ContainsKey(i)).ToList();
        var optionalOwner = Bipartite(optional, rest, Edge);
        var tp = owner.Count;
        var fp = system.Count - tp - optionalOwner.Count;
        var fn = required.Count - tp;
        var report = required.Where((_, i) => !owner.ContainsValue(i)).Select(g => $"MISS para {g["para"]} '{g["quote"]}'")
            .Concat(rest.Where((_, i) => !optionalOwner.ContainsKey(i)).Select(s => $"FALSE para {s["paragraph"]} '{s["quote"]}'")).ToList();
        return new Score(tp, fp, fn, tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn),
            owner.Select(p => (required[p.Value], system[p.Key])).ToList(), report);
    }

    /// <summary>Maximum matching by augmenting paths; returns system index -> gold index.</summary>
    private static Dictionary<int, int> Bipartite(List<Dictionary<string, string>> gold, List<Dictionary<string, string>> system, Func<Dictionary<string, string>, Dictionary<string, string>, bool> edge)
    {
        var edges = gold.Select(g => Enumerable.Range(0, system.Count).Where(si => edge(g, system[si])).ToList()).ToList();
        var owner = new Dictionary<int, int>();
        bool Augment(int gi, HashSet<int> seen)
        {
            foreach (var si in edges[gi])
            {
                if (seen.Add(si) && (!owner.TryGetValue(si, out var other) || Augment(other, seen)))
                {
                    owner[si] = gi;
                    return true;
                }
            }

            return false;
        }

        foreach (var gi in Enumerable.Range(0, gold.Count).Where(i => edges[i].Count > 0).OrderBy(i => edges[i].Count))
        {
            Augment(gi, []);
        }

        return owner;
    }

    /// <summary>
    /// Attribute accuracy of matched figures, as score_extraction.py counts it: kind and
    /// qualifier equal, unit sharing a head word, time agreeing with the gold's, and left empty
    /// where the gold gives none.
    /// </summary>
    public sealed record Attributes(double Kind, double Qualifier, double Unit, double Time, List<string> Wrong);

    public static Attributes AttributesOf(Score figures)
    {
        var pairs = figures.Pairs;
        var n = Math.Max(1, pairs.Count);
        var wrong = new List<string>();
        bool TimeOk(Dictionary<string, string> g, Dictionary<string, string> s)
        {
            if (g["time"].Length == 0)
            {
                return s["time_start"].Length == 0 && s["time_end"].Length == 0;
            }

            var parts = g["time"].Split('/');
            var end = s["time_end"].Length > 0 ? s["time_end"] : s["time_start"];
            return s["time_start"].StartsWith(parts[0], StringComparison.Ordinal) && end.StartsWith(parts[^1], StringComparison.Ordinal);
        }

        int Count(Func<Dictionary<string, string>, Dictionary<string, string>, bool> ok, string name)
        {
            var bad = pairs.Where(p => !ok(p.Gold, p.System)).ToList();
            wrong.AddRange(bad.Select(p => $"{name}: {p.Gold["doc"]} '{p.Gold["quote"]}' gold {p.Gold[name]} got {(name == "time" ? p.System["time_start"] + "/" + p.System["time_end"] : p.System[name])}"));
            return pairs.Count - bad.Count;
        }

        return new Attributes(
            (double)Count((g, s) => g["kind"] == s["kind"], "kind") / n,
            (double)Count((g, s) => g["qualifier"] == s["qualifier"], "qualifier") / n,
            (double)Count((g, s) => HeadWords(g["unit"]).Overlaps(HeadWords(s["unit"])), "unit") / n,
            (double)Count(TimeOk, "time") / n,
            wrong);
    }

    public static HashSet<string> HeadWords(string s) =>
        [.. Regex.Matches(s.ToLowerInvariant(), "[a-z]+").Select(m => m.Value).Where(w => w.Length > 2 && w is not ("and" or "the" or "of")).Select(w => w.TrimEnd('s'))];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

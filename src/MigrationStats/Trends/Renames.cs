using System.Text.RegularExpressions;
using MigrationStats.Dataset;

namespace MigrationStats.Trends;

/// <summary>
/// A measure renamed across a mission's reports ("police officers" in 2007, "police advisers" from
/// 2008) is one series when the text makes them the same thing: the same modifiers with another
/// personnel noun, never both in one report, one name ending where the other begins, and stated in
/// the same sentence of the report (its words, numbers and dates aside, the same). Anything less
/// stays two series.
/// </summary>
internal static partial class Renames
{
    /// <summary>Nouns for people a mission counts; a rename swaps one for another.</summary>
    private static readonly HashSet<string> Personnel = new(StringComparer.Ordinal)
    {
        "officer", "adviser", "advisor", "monitor", "observer", "personnel", "staff", "expert", "trainer", "instructor", "member", "official", "agent",
    };

    /// <summary>Share of sentence words (numbers, dates and the measure's own words aside) two sentences must have in common.</summary>
    private const double SameSentence = 0.7;

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Words();

    /// <summary>The groups, with renamed measures merged under the later name's key.</summary>
    public static List<KeyValuePair<string, List<Figure>>> Merge(Dictionary<string, List<Figure>> groups)
    {
        var keys = groups.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var mergedInto = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in keys)
        {
            foreach (var b in keys)
            {
                if (a != b && !mergedInto.ContainsKey(a) && !mergedInto.ContainsKey(b) && IsRename(groups[a], groups[b]))
                {
                    mergedInto[a] = b;
                }
            }
        }

        string Root(string key) => mergedInto.TryGetValue(key, out var next) ? Root(next) : key;
        return keys.GroupBy(Root, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, List<Figure>>(g.Key, g.SelectMany(k => groups[k]).ToList()))
            .ToList();
    }

    /// <summary>True when <paramref name="earlier"/> is the same measure as <paramref name="later"/> under its former name.</summary>
    private static bool IsRename(List<Figure> earlier, List<Figure> later)
    {
        var (x, y) = (earlier[0].Trend!, later[0].Trend!);
        if (x.Topic is null || x.Topic != y.Topic || x.Type != y.Type || x.Scope != y.Scope || earlier[0].Kind != later[0].Kind || earlier[0].Cell is not null || later[0].Cell is not null)
        {
            return false;
        }

        var (wx, wy) = (x.What.Split(' '), y.What.Split(' '));
        if (wx.Length != wy.Length || wx.Length < 2 || !wx[..^1].SequenceEqual(wy[..^1]) || !Personnel.Contains(wx[^1]) || !Personnel.Contains(wy[^1]) || wx[^1] == wy[^1])
        {
            return false;
        }

        if (earlier.Select(f => f.Source.Document).Intersect(later.Select(f => f.Source.Document), StringComparer.Ordinal).Any())
        {
            return false;
        }

        var lastEarlier = earlier.MaxBy(TimeOf)!;
        var firstLater = later.MinBy(TimeOf)!;
        if (TimeOf(lastEarlier) >= TimeOf(firstLater))
        {
            return false;
        }

        return Overlap(Template(lastEarlier), Template(firstLater)) >= SameSentence;
    }

    private static DateOnly TimeOf(Figure f) => f.Time?.Start.First ?? f.AsOf ?? DateOnly.MinValue;

    /// <summary>The sentence's words without numbers, months and the figure's unit.</summary>
    private static HashSet<string> Template(Figure f)
    {
        var unit = Words().Matches(f.Unit.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return Words().Matches(f.Source.Sentence.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => !unit.Contains(w) && !Months.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();
}

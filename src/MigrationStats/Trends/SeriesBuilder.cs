using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;

namespace MigrationStats.Trends;

/// <summary>
/// Joins figures of the same measure (<see cref="TrendMeasure.Key"/>) from any number of reports
/// into series ordered by time. A figure with no date of its own takes its report's date
/// (<see cref="Figure.AsOf"/>) and the point says so. Bounds ("more than 20") are not values and stay
/// out. The same value read twice for one time in one report is one point; different values for one
/// time are a conflict, kept with every source, never averaged.
/// </summary>
public static partial class SeriesBuilder
{
    /// <summary>
    /// Series of every measure with at least two points in time (or a conflict). A running total
    /// "since 2000" stands at its report's date (<paramref name="reportDates"/>, by document id), as
    /// of that date: two reports' totals since 2000 are two points, not two values for 2000/2008.
    /// </summary>
    public static ImmutableArray<Series> Build(IEnumerable<Figure> figures, IReadOnlyDictionary<string, DateOnly>? reportDates = null)
    {
        reportDates ??= new Dictionary<string, DateOnly>();
        (Period Time, bool AsOf) TimeOf(Figure f) =>
            f.Trend!.Type == MeasureType.Cumulative && f.Open == "since" && reportDates.TryGetValue(f.Source.Document, out var day)
                ? (Day(day), true)
                : f.Time is { } t ? (t, false) : (Day(f.AsOf!.Value), true);

        var candidates = figures.Where(f => f.Trend is not null && f.Qualifier is Qualifier.Exact or Qualifier.Approx && (f.Time is not null || f.AsOf is not null)).ToList();
        var groups = Renames.Merge(candidates.GroupBy(f => f.Trend!.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        var result = new List<Series>();
        foreach (var group in groups)
        {
            var members = group.Value.Count > 1 && !group.Value[0].Trend!.What.Contains(' ', StringComparison.Ordinal) ? Recurring(group.Value) : group.Value;
            if (members.Count == 0)
            {
                continue;
            }

            var points = members
                .Select(f => TimeOf(f) is var (time, asOf) ? new SeriesPoint(time, f.Value, f.Id, f.Source, asOf) : null!)
                .GroupBy(p => (p.Source.Document, p.Time, p.Value))
                .Select(g => g.First())
                .OrderBy(p => p.Time.Start).ThenBy(p => p.Time.End).ThenBy(p => p.Source.Document, StringComparer.Ordinal).ThenBy(p => p.Source.CharStart)
                .ToImmutableArray();
            var conflicts = points.GroupBy(p => p.Time).Where(g => g.Select(p => p.Value).Distinct().Count() > 1)
                .Select(g => new SeriesConflict(g.Key, g.ToImmutableArray())).ToImmutableArray();
            if (points.Select(p => p.Time).Distinct().Count() < 2 && conflicts.IsEmpty)
            {
                continue;
            }

            var latest = members.MaxBy(f => (f.Time?.End.Last ?? f.AsOf!.Value, f.Source.Document))!;
            var measure = latest.Trend! with { Key = group.Key };
            var unit = MostCommon(members.Select(f => f.Unit));
            result.Add(new Series(measure.Label, latest.Kind == FigureKind.Percent ? $"% of {unit}" : unit, latest.Kind, points, conflicts) { Of = measure });
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        return [.. result.OrderBy(s => s.Measure, StringComparer.Ordinal).ThenBy(s => s.Of!.Key, StringComparer.Ordinal).Select(s => s with { Id = UniqueId(s, ids) })];
    }

    private static Period Day(DateOnly d) => Period.At(new PartialDate(d.Year, d.Month, d.Day));

    /// <summary>Share of sentence words a point of a one-word measure ("cases") must share with another point's sentence.</summary>
    private const double RecurringSentence = 0.45;

    /// <summary>
    /// For a measure of one word ("cases", "municipalities"), the points whose sentence recurs: the
    /// report series restates the same sentence each time, while one-off sentences about "cases"
    /// count different things. Points of one sentence ("5 million in 2000, up from 2 million in
    /// 1990") keep each other.
    /// </summary>
    private static List<Figure> Recurring(List<Figure> figures)
    {
        var words = figures.Select(f => Words().Matches(f.Source.Sentence.ToLowerInvariant()).Select(m => m.Value).Where(w => !char.IsDigit(w[0])).ToHashSet(StringComparer.Ordinal)).ToList();
        double Overlap(int a, int b) => words[a].Count == 0 || words[b].Count == 0 ? 0 : (double)words[a].Intersect(words[b]).Count() / words[a].Union(words[b]).Count();
        return figures.Where((f, i) => figures.Select((g, j) => (g, j)).Any(o => o.j != i && (o.g.Source.Document != f.Source.Document ? Overlap(i, o.j) >= RecurringSentence : o.g.Source.Sentence == f.Source.Sentence))).ToList();
    }

    /// <summary>Measures match across documents when their words match, ignoring case and articles (verify's conflict check).</summary>
    internal static string Key(string measure) =>
        string.Join(' ', Words().Matches(measure.ToLowerInvariant()).Select(m => m.Value).Where(w => w is not ("the" or "a" or "an")));

    /// <summary>
    /// "S-unomig-military-observers"; a table cell's id puts its row and column before a shortened
    /// caption ("S-unmik-kosovo-serbs-percentage-composition-of-the-kosovo"), so ids stay short and readable.
    /// </summary>
    private static string UniqueId(Series series, HashSet<string> ids)
    {
        static string Slug(string text, int words = int.MaxValue) => string.Join('-', Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).Take(words));
        var of = series.Of;
        var cell = of is not null && of.What.Contains(": ", StringComparison.Ordinal) && of.Key.Contains("|table|", StringComparison.Ordinal)
            ? of.What.Split(": ", 2) : null;
        var slug = cell is not null
            ? string.Join('-', new[] { Slug(of!.Topic ?? string.Empty), Slug(cell[1]), Slug(cell[0], 5) }.Where(x => x.Length > 0))
            : Slug(series.Measure);
        slug = slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
        var id = $"S-{slug}";
        for (var n = 2; !ids.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"S-{slug}-{n}");
        }

        return id;
    }

    private static string MostCommon(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;

namespace MigrationStats.Trends;

/// <summary>Groups figures that measure the same thing at different times into series.</summary>
public static partial class SeriesBuilder
{
    /// <summary>Series of every measure with at least two points in time (or a conflict).</summary>
    public static ImmutableArray<Series> Build(IEnumerable<Figure> figures)
    {
        var result = ImmutableArray.CreateBuilder<Series>();
        var groups = figures.Where(f => f.Measure is not null && f.Time is not null && f.Kind != FigureKind.Duration)
            .GroupBy(f => (Key: Key(f.Measure!), f.Kind));
        foreach (var group in groups)
        {
            var points = group.Select(f => new SeriesPoint(f.Time!, f.Value, f.Id, f.Source))
                .OrderBy(p => p.Time.Start).ThenBy(p => p.Time.End).ThenBy(p => p.Source.Document, StringComparer.Ordinal)
                .ToImmutableArray();
            var conflicts = points.GroupBy(p => p.Time).Where(g => g.Select(p => p.Value).Distinct().Count() > 1)
                .Select(g => new SeriesConflict(g.Key, g.ToImmutableArray())).ToImmutableArray();
            if (points.Select(p => p.Time).Distinct().Count() < 2 && conflicts.IsEmpty)
            {
                continue;
            }

            var first = group.First();
            var unit = group.Key.Kind == FigureKind.Percent ? $"% of {first.Unit}" : first.Unit;
            result.Add(new Series(first.Measure!, unit, group.Key.Kind, points, conflicts));
        }

        return [.. result.OrderBy(s => s.Measure, StringComparer.Ordinal)];
    }

    /// <summary>Measures match across documents when their words match, ignoring case and articles.</summary>
    internal static string Key(string measure) =>
        string.Join(' ', Words().Matches(measure.ToLowerInvariant()).Select(m => m.Value).Where(w => w is not ("the" or "a" or "an")));

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Words();
}

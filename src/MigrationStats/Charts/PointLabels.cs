using System.Collections.Immutable;

namespace MigrationStats.Charts;

/// <summary>A point in image pixels.</summary>
internal readonly record struct Px(double X, double Y);

/// <summary>
/// Places value labels next to the points of a line: above, below, right or left of each point (then diagonally),
/// the first place that stays inside the data area, is nearer its own point than any other, and
/// touches no other label, no marker and no line segment. A point with no free place gets no label (its value is in the data table).
/// Pure geometry.
/// </summary>
internal static class PointLabels
{
    private const double Gap = 7;

    /// <summary>For each point, the label rectangle chosen, or null.</summary>
    /// <param name="points">The markers, in pixels.</param>
    /// <param name="sizes">Each point's label size.</param>
    /// <param name="bounds">Where labels must stay.</param>
    /// <param name="markerRadius">Marker radius; labels keep clear of every marker.</param>
    /// <param name="line">The polyline drawn, when it is not simply the points in order (a line that skips some points).</param>
    /// <param name="order">The order in which points get their place (the first ones get the best places); default: left to right.</param>
    public static ImmutableArray<Box?> Place(IReadOnlyList<Px> points, IReadOnlyList<(double Width, double Height)> sizes, Box bounds, double markerRadius, IReadOnlyList<Px>? line = null, IReadOnlyList<int>? order = null)
    {
        line ??= points;
        var markers = points.Select(p => new Box(p.X - markerRadius - 1, p.Y - markerRadius - 1, 2 * markerRadius + 2, 2 * markerRadius + 2)).ToList();
        var placed = new List<Box>();
        var result = new Box?[points.Count];
        foreach (var i in order ?? Enumerable.Range(0, points.Count).ToList())
        {
            var (p, (w, h)) = (points[i], sizes[i]);
            Box[] candidates =
            [
                new(p.X - w / 2, p.Y - markerRadius - Gap - h, w, h),
                new(p.X - w / 2, p.Y + markerRadius + Gap, w, h),
                new(p.X + markerRadius + Gap, p.Y - h / 2, w, h),
                new(p.X - markerRadius - Gap - w, p.Y - h / 2, w, h),
                new(p.X + markerRadius + Gap / 2, p.Y - markerRadius - Gap - h, w, h),
                new(p.X - markerRadius - Gap / 2 - w, p.Y - markerRadius - Gap - h, w, h),
                new(p.X + markerRadius + Gap / 2, p.Y + markerRadius + Gap, w, h),
                new(p.X - markerRadius - Gap / 2 - w, p.Y + markerRadius + Gap, w, h),
            ];
            Box? chosen = null;
            foreach (var c in candidates)
            {
                if (c.IsInside(bounds)
                    && NearestIs(c, i, points)
                    && !placed.Any(c.Intersects)
                    && !markers.Any(c.Intersects)
                    && !Enumerable.Range(0, Math.Max(0, line.Count - 1)).Any(k => SegmentTouches(c.Inflate(2), line[k], line[k + 1])))
                {
                    chosen = c;
                    break;
                }
            }

            if (chosen is { } box)
            {
                placed.Add(box);
            }

            result[i] = chosen;
        }

        return [.. result];
    }

    /// <summary>True when no other point is nearer the label than its own: a reader pairs a label with the nearest marker.</summary>
    private static bool NearestIs(Box label, int own, IReadOnlyList<Px> points)
    {
        double Distance(Px p)
        {
            var dx = Math.Max(0, Math.Max(label.Left - p.X, p.X - label.Right));
            var dy = Math.Max(0, Math.Max(label.Top - p.Y, p.Y - label.Bottom));
            return Math.Sqrt(dx * dx + dy * dy);
        }

        var mine = Distance(points[own]);
        return !points.Where((_, k) => k != own).Any(p => Distance(p) < mine);
    }

    /// <summary>True when the segment from <paramref name="a"/> to <paramref name="b"/> passes through the box (Liang–Barsky clipping).</summary>
    public static bool SegmentTouches(Box box, Px a, Px b)
    {
        var (t0, t1) = (0.0, 1.0);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        foreach (var (p, q) in new[] { (-dx, a.X - box.Left), (dx, box.Right - a.X), (-dy, a.Y - box.Top), (dy, box.Bottom - a.Y) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var r = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, r);
            }
            else
            {
                t1 = Math.Min(t1, r);
            }

            if (t0 > t1)
            {
                return false;
            }
        }

        return true;
    }
}

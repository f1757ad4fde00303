using System.Collections.Immutable;

namespace MigrationStats.Charts;

/// <summary>A point in image pixels.</summary>
internal readonly record struct Px(double X, double Y);

/// <summary>
/// Places value labels next to the points of a line: above, below, right or left of each point,
/// the first place that stays inside the data area and touches no other label, no marker and no
/// line segment. A point with no free place gets no label (its value is in the data table).
/// Pure geometry.
/// </summary>
internal static class PointLabels
{
    private const double Gap = 7;

    /// <summary>For each point, the label rectangle chosen, or null.</summary>
    public static ImmutableArray<Box?> Place(IReadOnlyList<Px> points, IReadOnlyList<(double Width, double Height)> sizes, Box bounds, double markerRadius)
    {
        var markers = points.Select(p => new Box(p.X - markerRadius - 1, p.Y - markerRadius - 1, 2 * markerRadius + 2, 2 * markerRadius + 2)).ToList();
        var placed = new List<Box>();
        var result = ImmutableArray.CreateBuilder<Box?>(points.Count);
        for (var i = 0; i < points.Count; i++)
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
            ];
            Box? chosen = null;
            foreach (var c in candidates)
            {
                if (c.IsInside(bounds)
                    && !placed.Any(c.Intersects)
                    && !markers.Any(c.Intersects)
                    && !Enumerable.Range(0, Math.Max(0, points.Count - 1)).Any(k => SegmentTouches(c.Inflate(2), points[k], points[k + 1])))
                {
                    chosen = c;
                    break;
                }
            }

            if (chosen is { } box)
            {
                placed.Add(box);
            }

            result.Add(chosen);
        }

        return result.MoveToImmutable();
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

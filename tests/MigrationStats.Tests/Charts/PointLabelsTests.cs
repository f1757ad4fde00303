using MigrationStats.Charts;

namespace MigrationStats.Tests.Charts;

public sealed class PointLabelsTests
{
    [Fact]
    public void Place_RisingLine_LabelsAvoidEachOtherTheMarkersAndTheLine()
    {
        var points = Enumerable.Range(0, 12).Select(i => new Px(100 + i * 30, 400 - i * 25)).ToList();
        var sizes = points.Select(_ => (70.0, 16.0)).ToList();
        var bounds = new Box(50, 20, 500, 420);

        var boxes = PointLabels.Place(points, sizes, bounds, 5);

        var placed = boxes.Where(b => b is not null).Select(b => b!.Value).ToList();
        Assert.True(placed.Count >= 6, $"only {placed.Count} of 12 labelled");
        Assert.All(placed, b => Assert.True(b.IsInside(bounds)));
        for (var i = 0; i < placed.Count; i++)
        {
            Assert.DoesNotContain(placed.Skip(i + 1), other => other.Intersects(placed[i]));
            Assert.DoesNotContain(Enumerable.Range(0, points.Count - 1), k => PointLabels.SegmentTouches(placed[i], points[k], points[k + 1]));
        }
    }

    [Fact]
    public void Place_PointAtTheTopEdge_PutsTheLabelBelow()
    {
        var boxes = PointLabels.Place([new Px(200, 25), new Px(400, 25)], [(60.0, 16.0), (60.0, 16.0)], new Box(0, 20, 600, 400), 5);

        Assert.True(boxes[0]!.Value.Top > 25);
    }

    [Fact]
    public void SegmentTouches_SegmentPassingBeside_IsFalse()
    {
        Assert.False(PointLabels.SegmentTouches(new Box(0, 0, 10, 10), new Px(20, -5), new Px(20, 30)));
        Assert.True(PointLabels.SegmentTouches(new Box(0, 0, 10, 10), new Px(-5, 5), new Px(30, 5)));
    }
}

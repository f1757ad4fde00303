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
    public void Place_FirstPointAtTheLeftEdgeOfARisingLine_PutsTheLabelBelowRight()
    {
        // Above and to the right the line passes; centred below or to the left the label would leave the area.
        var points = new List<Px> { new(90, 380), new(290, 270), new(370, 200) };
        var bounds = new Box(80, 20, 500, 420);

        var boxes = PointLabels.Place(points, [(110.0, 17.0), (110.0, 17.0), (110.0, 17.0)], bounds, 6.5);

        var first = Assert.NotNull(boxes[0]);
        Assert.True(first.Left > 90 && first.Top > 380, $"label at {first}");
        Assert.True(first.IsInside(bounds));
    }

    [Fact]
    public void Place_LineThatSkipsAPoint_AvoidsTheDrawnLineNotTheSkippedSegments()
    {
        // The line is drawn from the first point to the last; the middle point stands off it.
        var points = new List<Px> { new(100, 300), new(200, 150), new(300, 300) };
        var line = new List<Px> { points[0], points[2] };

        var boxes = PointLabels.Place(points, [(40.0, 16.0), (40.0, 16.0), (40.0, 16.0)], new Box(0, 0, 400, 400), 5, line, [1, 0, 2]);

        Assert.All(boxes, b => Assert.NotNull(b));
        Assert.DoesNotContain(boxes, b => PointLabels.SegmentTouches(b!.Value, line[0], line[1]));
        Assert.True(boxes[1]!.Value.Bottom < 150, "the middle point, first in the order, takes the best place: above");
    }

    [Fact]
    public void SegmentTouches_SegmentPassingBeside_IsFalse()
    {
        Assert.False(PointLabels.SegmentTouches(new Box(0, 0, 10, 10), new Px(20, -5), new Px(20, 30)));
        Assert.True(PointLabels.SegmentTouches(new Box(0, 0, 10, 10), new Px(-5, 5), new Px(30, 5)));
    }
}

using MigrationStats.Charts;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Charts;

public sealed class TimelineLayoutTests
{
    private static void AssertClean(TimelinePlan plan, double width)
    {
        var image = plan.Image(width);
        var labels = plan.Labels;
        Assert.All(labels, l => Assert.True(l.Box.IsInside(image), $"label at {l.Box} leaves the image {image}"));
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                Assert.False(labels[i].Box.Intersects(labels[j].Box), $"labels {labels[i].Box} and {labels[j].Box} overlap");
            }

            var (from, to) = TimelinePlan.Stem(labels[i], plan);
            for (var j = 0; j < labels.Length; j++)
            {
                Assert.False(j != i && labels[j].Box.IsCrossedBy(labels[i].AnchorX, from, to), $"the stem at x={labels[i].AnchorX} passes through {labels[j].Box}");
            }

            Assert.All(labels[i].Runs, r => Assert.True(r.X >= labels[i].Box.Left && r.Baseline <= labels[i].Box.Bottom, "text outside its label"));
            Assert.All(labels[i].Bars, b => Assert.True(b.Bar.IsInside(labels[i].Box), "bar outside its label"));
            Assert.False(labels[i].Box.Intersects(new Box(0, plan.BandTop, width, plan.BandBottom - plan.BandTop)), "label on the date band");
        }
    }

    [Fact]
    public void Create_ThirtySixEventsPackedIntoTwoYears_LabelsNeitherOverlapNorLeaveTheImage()
    {
        var events = ChartData.PackedIntoTwoYears(36);

        var result = TimelineChart.Create("timeline-test", "Packed", null, events, d => d == "a" ? 0 : 1, [("a", 0), ("b", 1)]);

        var plan = result.Plan;
        Assert.Equal(36, plan.Labels.Sum(l => l.Entries.Length));
        AssertClean(plan, TimelineChart.Width);
        Assert.Equal((int)Math.Ceiling(plan.Height), result.Spec.Picture.Height);
        using var bitmap = result.Spec.Picture.ToBitmap();
        Assert.Equal(TimelineChart.Width, bitmap.Width);
    }

    [Fact]
    public void Plan_FiftyEventsOnOneDay_ShareOneLabelWithAMoreLine()
    {
        var entries = Enumerable.Range(0, 50).Select(i => new TimelineEntry(2003.5, 2003.503, false, "1 Jul 2003", $"event {i}", 0, false)).ToList();

        var plan = TimelineLayout.Plan(entries, new TimelineFrame(1200, 50, 40, 24, 24), TextMeasure.Of(12));

        var label = Assert.Single(plan.Labels);
        Assert.Equal(50, label.Entries.Length);
        Assert.Contains(label.Runs, r => r.Text == $"+ {50 - TimelineLayout.MaxEventsPerLabel + 1} more");
        AssertClean(plan, 1200);
    }

    [Fact]
    public void Plan_LongLabelAtTheRightEnd_WrapsAndStaysInside()
    {
        var text = string.Join(' ', Enumerable.Repeat("International Convention on the Protection of the Rights of All Migrant Workers", 4));
        var entries = new List<TimelineEntry>
        {
            new(1949, 1950, true, "1949", "ILO Convention No. 97", 0, false),
            new(2011.45, 2011.453, false, "16 Jun 2011", text, 0, false),
        };

        var plan = TimelineLayout.Plan(entries, new TimelineFrame(900, 50, 40, 24, 24), TextMeasure.Of(12));

        AssertClean(plan, 900);
        var last = plan.Labels.Single(l => l.Entries[0].Start > 2000);
        Assert.True(last.Runs.Count(r => !r.Bold) >= 2, "the long label wraps");
        Assert.EndsWith("…", last.Runs[^1].Text);
        Assert.True(plan.AxisMax < 2011.45 + 62 * 0.5, $"the axis is not stretched far past the last event (max {plan.AxisMax})");
    }

    [Fact]
    public void Plan_YearGrainEvent_IsABarOverTheWholeYear()
    {
        var start = TimeScale.StartOf(new PartialDate(1975));
        var end = TimeScale.EndOf(new PartialDate(1975));
        var entries = new List<TimelineEntry> { new(start, end, true, "1975", "7 per cent", 0, false), new(1960, 1961, true, "1960", "x", 0, false), new(1990, 1991, true, "1990", "y", 0, false) };

        var plan = TimelineLayout.Plan(entries, new TimelineFrame(1200, 50, 40, 24, 24), TextMeasure.Of(12));

        var (bar, _) = Assert.Single(plan.Labels.Single(l => l.Entries[0].DateText == "1975").Bars);
        Assert.Equal(plan.X(1975), bar.Left, 6);
        Assert.Equal(plan.X(1976), bar.Right, 6);
    }

    [Fact]
    public void Plan_NoEvents_IsEmptyAndHasAHeight()
    {
        var plan = TimelineLayout.Plan([], new TimelineFrame(1200, 50, 40, 24, 24), TextMeasure.Of(12));

        Assert.Empty(plan.Labels);
        Assert.True(plan.Height > 90);
    }
}

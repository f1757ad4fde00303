using System.Collections.Immutable;

namespace MigrationStats.Charts;

/// <summary>A rectangle in image pixels; y grows downwards.</summary>
internal readonly record struct Box(double Left, double Top, double Width, double Height)
{
    /// <summary>Right edge.</summary>
    public double Right => Left + Width;

    /// <summary>Bottom edge.</summary>
    public double Bottom => Top + Height;

    /// <summary>True when the two rectangles share any area (touching edges do not count).</summary>
    public bool Intersects(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    /// <summary>The rectangle grown by <paramref name="d"/> pixels on every side.</summary>
    public Box Inflate(double d) => new(Left - d, Top - d, Width + 2 * d, Height + 2 * d);

    /// <summary>True when this rectangle lies within <paramref name="bounds"/>.</summary>
    public bool IsInside(Box bounds) => Left >= bounds.Left && Top >= bounds.Top && Right <= bounds.Right && Bottom <= bounds.Bottom;

    /// <summary>True when the vertical segment at <paramref name="x"/> from <paramref name="y0"/> to <paramref name="y1"/> passes through the inside.</summary>
    public bool IsCrossedBy(double x, double y0, double y1) =>
        x > Left && x < Right && Math.Max(y0, y1) > Top && Math.Min(y0, y1) < Bottom;
}

/// <summary>Measures text for a layout: advance widths and the line box of the one size used.</summary>
/// <param name="Width">Width in pixels of a text, regular (false) or bold (true).</param>
/// <param name="Ascent">Pixels from the top of a line to its baseline.</param>
/// <param name="Descent">Pixels from the baseline to the bottom of a line.</param>
internal sealed record TextMeasure(Func<string, bool, double> Width, double Ascent, double Descent)
{
    /// <summary>Height of one line.</summary>
    public double LineHeight => Ascent + Descent;

    /// <summary>The chart font at a size.</summary>
    public static TextMeasure Of(double fontSize)
    {
        var m = ChartFonts.Metrics(fontSize);
        return new TextMeasure((text, bold) => ChartFonts.Width(text, fontSize, bold), m.Ascent, m.Descent);
    }

    /// <summary>Cuts <paramref name="text"/> to fit <paramref name="maxWidth"/>, ending it with an ellipsis.</summary>
    public string Fit(string text, double maxWidth, bool bold = false)
    {
        if (Width(text, bold) <= maxWidth)
        {
            return text;
        }

        var words = text.Split(' ');
        for (var n = words.Length - 1; n > 0; n--)
        {
            var candidate = string.Join(' ', words[..n]).TrimEnd(',', ';', ':', '(', '-', '–') + "…";
            if (Width(candidate, bold) <= maxWidth)
            {
                return candidate;
            }
        }

        for (var n = text.Length - 1; n > 0; n--)
        {
            if (Width(text[..n] + "…", bold) <= maxWidth)
            {
                return text[..n] + "…";
            }
        }

        return "…";
    }
}

/// <summary>One dated event to place on a timeline; times as <see cref="TimeScale"/> coordinates.</summary>
/// <param name="Start">Where the event begins.</param>
/// <param name="End">Where it ends (exclusive); equal to <paramref name="Start"/> plus one day for a day.</param>
/// <param name="IsSpan">True for a month, a year or a range, drawn as a bar; false for a day, drawn as a point.</param>
/// <param name="DateText">The date as a reader says it ("7 Oct 2003", "2003", "1990–2000").</param>
/// <param name="Text">What happened.</param>
/// <param name="Colour">Palette index (the document).</param>
/// <param name="Approximate">True for an approximate date ("late 1970s"), drawn lighter.</param>
internal sealed record TimelineEntry(double Start, double End, bool IsSpan, string DateText, string Text, int Colour, bool Approximate);

/// <summary>The frame a timeline is laid out in.</summary>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Top">Pixels reserved above the labels (title).</param>
/// <param name="Bottom">Pixels reserved below the lowest labels (caption).</param>
/// <param name="MarginLeft">Pixels left of the time axis.</param>
/// <param name="MarginRight">Pixels right of the time axis.</param>
internal sealed record TimelineFrame(double Width, double Top, double Bottom, double MarginLeft, double MarginRight);

/// <summary>A piece of label text at its baseline position.</summary>
internal sealed record TextRun(double X, double Baseline, string Text, bool Bold);

/// <summary>A placed label: its rectangle, the stem from the date band to it, its text and span bars.</summary>
/// <param name="Box">The label rectangle (text and bars).</param>
/// <param name="AnchorX">Where its stem leaves the date band; also the rectangle's left edge.</param>
/// <param name="Above">True above the date band, false below it.</param>
/// <param name="Colour">Palette index.</param>
/// <param name="Runs">The text.</param>
/// <param name="Bars">Span bars (months, years, ranges) under their text line, at their true extent.</param>
/// <param name="Entries">The events the label shows.</param>
internal sealed record TimelineLabel(Box Box, double AnchorX, bool Above, int Colour, ImmutableArray<TextRun> Runs, ImmutableArray<(Box Bar, bool Approximate)> Bars, ImmutableArray<TimelineEntry> Entries);

/// <summary>
/// A computed timeline: the axis range, the date band (the ruler with the year labels, across the
/// middle), the image height and the labels above and below the band.
/// </summary>
internal sealed record TimelinePlan(double AxisMin, double AxisMax, double DataLeft, double DataRight, double BandTop, double BandBottom, double Height, ImmutableArray<TimelineLabel> Labels)
{
    /// <summary>The pixel x of a time.</summary>
    public double X(double time) => DataLeft + (time - AxisMin) / (AxisMax - AxisMin) * (DataRight - DataLeft);

    /// <summary>The whole image.</summary>
    public Box Image(double width) => new(0, 0, width, Height);

    /// <summary>Where a label's stem runs: from the band edge to the far end of its rectangle.</summary>
    public static (double From, double To) Stem(TimelineLabel label, TimelinePlan plan) =>
        label.Above ? (plan.BandTop, label.Box.Top) : (plan.BandBottom, label.Box.Bottom);
}

/// <summary>
/// Places timeline labels: pure geometry, no drawing. A date band with the years runs across the
/// middle; every label sits above or below it on a vertical stem from its event's date, and the
/// stem is the label's left edge. Labels never overlap, no stem passes through another label, and
/// every label stays inside the image.
/// </summary>
/// <remarks>
/// Why this works: labels are processed right to left, and a label is moved away from the band
/// just past every label already placed on its side whose stem lies under it. A stem therefore
/// only passes labels that were moved past it, and two labels share a distance from the band only
/// when they share no x. Each label goes to the side where it ends up nearer the band, which
/// keeps the picture about half as tall as one side would. Events whose stems would be closer than
/// <see cref="MinStemGap"/> pixels share one label (one line each), so no two stems are drawn on
/// top of each other. The time axis is extended to the right just enough that the last labels
/// fit; labels near the right edge wrap onto more lines before that happens.
/// </remarks>
internal static class TimelineLayout
{
    /// <summary>Closest two stems may be, in pixels.</summary>
    public const double MinStemGap = 6;

    private const double Inset = 5;          // stem to text
    private const double Pad = 2;            // around the text inside a label
    private const double DateGap = 6;        // date to event text
    private const double BarHeight = 4;
    private const double BarGap = 2;         // text to its bar
    private const double RowGap = 2;
    private const double LabelGapX = 8;      // horizontal clearance between labels
    private const double LabelGapY = 5;      // vertical clearance between labels
    private const double FirstGap = 10;      // band edge to the nearest labels

    /// <summary>Height of the date band.</summary>
    public const double BandHeight = 24;
    private const double MinWrapWidth = 150; // labels are never squeezed narrower than this
    private const int MaxLinesPerEvent = 3;

    /// <summary>Most events one label lists; more become a "+ N more" line.</summary>
    public const int MaxEventsPerLabel = 6;

    /// <summary>Lays out <paramref name="entries"/> in <paramref name="frame"/>.</summary>
    public static TimelinePlan Plan(IReadOnlyList<TimelineEntry> entries, TimelineFrame frame, TextMeasure measure, double maxLabelWidth = 330)
    {
        var dataLeft = frame.MarginLeft;
        var dataRight = frame.Width - frame.MarginRight;
        var dataWidth = dataRight - dataLeft;
        maxLabelWidth = Math.Min(maxLabelWidth, dataWidth / 2);
        var sorted = entries.Where(e => e.End >= e.Start).OrderBy(e => e.Start).ThenBy(e => e.End).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            var top = frame.Top + FirstGap;
            return new TimelinePlan(0, 1, dataLeft, dataRight, top, top + BandHeight, top + BandHeight + FirstGap + frame.Bottom, []);
        }

        var (min, max) = Range(sorted, dataWidth, e => Math.Min(FullWidth(e, measure), MinWrapWidth) + LabelGapX);
        double X(double t) => dataLeft + (t - min) / (max - min) * dataWidth;

        // Group events whose stems would (nearly) coincide: one label, one stem, one line each.
        var groups = new List<List<TimelineEntry>>();
        foreach (var e in sorted)
        {
            if (groups.Count > 0 && X(e.Start) - X(groups[^1][0].Start) < MinStemGap)
            {
                groups[^1].Add(e);
            }
            else
            {
                groups.Add([e]);
            }
        }

        // Build each label at the origin, then move it into place right to left.
        var built = groups.Select(g => Build(g, X(g[0].Start), dataRight, measure, maxLabelWidth, X)).ToList();
        var offsets = new double[built.Count]; // distance from the band edge to the label's near side
        var above = new bool[built.Count];
        for (var i = built.Count - 1; i >= 0; i--)
        {
            var reach = built[i].Anchor + built[i].Width + LabelGapX;
            double Offset(bool side)
            {
                var offset = FirstGap;
                for (var j = i + 1; j < built.Count && built[j].Anchor <= reach; j++)
                {
                    if (above[j] == side)
                    {
                        offset = Math.Max(offset, offsets[j] + built[j].Height + LabelGapY);
                    }
                }

                return offset;
            }

            var (up, down) = (Offset(true), Offset(false));
            above[i] = up <= down;
            offsets[i] = above[i] ? up : down;
        }

        double Extent(bool side) => built.Select((b, i) => above[i] == side ? offsets[i] + b.Height : FirstGap).DefaultIfEmpty(FirstGap).Max() + Pad;
        var bandTop = frame.Top + Extent(true);
        var bandBottom = bandTop + BandHeight;
        var labels = built.Select((b, i) => b.PlaceAt(above[i] ? bandTop - offsets[i] - b.Height : bandBottom + offsets[i], above[i])).ToImmutableArray();
        return new TimelinePlan(min, max, dataLeft, dataRight, bandTop, bandBottom, bandBottom + Extent(false) + frame.Bottom, labels);
    }

    /// <summary>
    /// The axis range: a little room before the first event, and far enough after the last that
    /// every label, at its narrowest, fits to the right of its stem.
    /// </summary>
    private static (double Min, double Max) Range(List<TimelineEntry> sorted, double dataWidth, Func<TimelineEntry, double> narrowest)
    {
        var first = sorted.Min(e => e.Start);
        var last = sorted.Max(e => e.End);
        // Whole years at least, so a lone day still shows the year it is in.
        var (from, to) = (Math.Floor(first), Math.Max(Math.Ceiling(last), Math.Floor(first) + 1));
        var pad = Math.Max((to - from) * 0.015, 2.0 / 365);
        var min = Math.Min(first, from) - pad;
        var max = Math.Max(last, to) + pad;
        foreach (var e in sorted)
        {
            var need = narrowest(e) + MinStemGap * MaxEventsPerLabel;
            if (need < dataWidth)
            {
                max = Math.Max(max, min + (e.Start - min) * dataWidth / (dataWidth - need));
            }
        }

        return (min, max);
    }

    private static double FullWidth(TimelineEntry e, TextMeasure m) =>
        Inset + m.Width(e.DateText, true) + (e.Text.Length > 0 ? DateGap + m.Width(e.Text, false) : 0) + Pad;

    private sealed record Built(double Anchor, double Width, double Height, int Colour, List<TextRun> Runs, List<(Box, bool)> Bars, List<TimelineEntry> Entries)
    {
        public TimelineLabel PlaceAt(double top, bool above) => new(
            new Box(Anchor, top, Width, Height),
            Anchor,
            above,
            Colour,
            Runs.Select(r => r with { Baseline = r.Baseline + top }).ToImmutableArray(),
            Bars.Select(b => (b.Item1 with { Top = b.Item1.Top + top }, b.Item2)).ToImmutableArray(),
            [.. Entries]);
    }

    /// <summary>One label with y measured from its own top.</summary>
    private static Built Build(List<TimelineEntry> group, double anchor, double dataRight, TextMeasure m, double maxLabelWidth, Func<double, double> x)
    {
        var available = Math.Min(maxLabelWidth, dataRight - anchor);
        var textLeft = anchor + Inset;
        var textWidth = available - Inset - Pad;
        var runs = new List<TextRun>();
        var bars = new List<(Box, bool)>();
        var y = Pad;
        var right = textLeft;
        var shown = group.Count > MaxEventsPerLabel ? group.Take(MaxEventsPerLabel - 1).ToList() : group;
        foreach (var e in shown)
        {
            var date = m.Fit(e.DateText, textWidth, bold: true);
            var dateWidth = m.Width(date, true);
            runs.Add(new TextRun(textLeft, y + m.Ascent, date, true));
            var lineRight = textLeft + dateWidth;
            var lines = WrapAfterDate(e.Text, textWidth, dateWidth + DateGap, m);
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Length == 0)
                {
                    continue;
                }

                var lineX = i == 0 ? textLeft + dateWidth + DateGap : textLeft;
                runs.Add(new TextRun(lineX, y + i * m.LineHeight + m.Ascent, lines[i], false));
                lineRight = Math.Max(lineRight, lineX + m.Width(lines[i], false));
            }

            y += Math.Max(1, lines.Count) * m.LineHeight;
            right = Math.Max(right, lineRight);
            if (e.IsSpan)
            {
                var barLeft = Math.Max(anchor, x(e.Start));
                var barRight = Math.Min(dataRight, Math.Max(x(e.End), barLeft + 3));
                bars.Add((new Box(barLeft, y + BarGap, barRight - barLeft, BarHeight), e.Approximate));
                y += BarGap + BarHeight;
                right = Math.Max(right, barRight);
            }

            y += RowGap;
        }

        if (shown.Count < group.Count)
        {
            var more = $"+ {group.Count - shown.Count} more";
            runs.Add(new TextRun(textLeft, y + m.Ascent, more, false));
            right = Math.Max(right, textLeft + m.Width(more, false));
            y += m.LineHeight + RowGap;
        }

        var width = Math.Min(right + Pad, dataRight) - anchor;
        return new Built(anchor, width, y - RowGap + Pad, group[0].Colour, runs, bars, group);
    }

    /// <summary>Wraps event text whose first line follows the date; at most <see cref="MaxLinesPerEvent"/> lines, the last cut with an ellipsis.</summary>
    private static List<string> WrapAfterDate(string text, double width, double firstIndent, TextMeasure m)
    {
        var lines = new List<string>();
        var words = new Queue<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        while (words.Count > 0)
        {
            var room = lines.Count == 0 ? width - firstIndent : width;
            if (lines.Count == MaxLinesPerEvent - 1)
            {
                lines.Add(m.Fit(string.Join(' ', words), room));
                break;
            }

            var line = words.Dequeue();
            while (words.Count > 0 && m.Width(line + " " + words.Peek(), false) <= room)
            {
                line += " " + words.Dequeue();
            }

            if (m.Width(line, false) > room)
            {
                if (lines.Count == 0 && firstIndent > 0 && room < width)
                {
                    // The first word does not fit after the date: start the text on the next line.
                    lines.Add(string.Empty);
                    words = new Queue<string>(new[] { line }.Concat(words));
                    continue;
                }

                line = m.Fit(line, room);
            }

            lines.Add(line);
        }

        return lines;
    }
}

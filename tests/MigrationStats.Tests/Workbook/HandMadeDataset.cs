using System.Collections.Immutable;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Workbook;

/// <summary>A dataset written by hand: one figure of each kind, dates at every grain, open times, a series with a conflict.</summary>
internal static class HandMadeDataset
{
    public const string Sentence = "The number of international migrants worldwide stood at 175 million in 2000, a figure that is long enough to need wrapping in any sensible column of a workbook.";

    private static Provenance Source(string quote, int start, int? paragraph = 4) =>
        new("doc", "A/59/325", paragraph, quote, Sentence, start, start + quote.Length);

    private static Figure Figure(string id, string quote, int start, FigureKind kind, decimal value, string? currency = null, Qualifier qualifier = Qualifier.Exact, Period? time = null, string? measure = null, string? open = null, DateOnly? asOf = null) =>
        new(id, Source(quote, start), kind, value, currency, "things", qualifier, time, measure, open, asOf);

    private static DatedEvent Date(string id, string quote, int start, DateKind kind, PartialDate from, PartialDate to, string? open = null) =>
        new(id, Source(quote, start), kind, new Period(from, to), "something happened", null, null, open);

    public static readonly Figure Count = Figure("F-1", "175 million", 100, FigureKind.Count, 175_000_000m, time: Period.At(new(2000)), measure: "international migrants");
    public static readonly Figure Percent = Figure("F-2", "21 per cent", 200, FigureKind.Percent, 21m, qualifier: Qualifier.Over);
    public static readonly Figure PercentWithDecimals = Figure("F-3", "2.75 per cent", 300, FigureKind.Percent, 2.75m);

    /// <summary>Undated, present tense: the report's date is its as_of.</summary>
    public static readonly Figure Money = Figure("F-4", "US$ 1.5 million", 400, FigureKind.Money, 1_500_000m, currency: "USD", asOf: new DateOnly(2004, 9, 3));

    /// <summary>"threefold since 2001": from 2001 to the report's year, open since.</summary>
    public static readonly Figure Rate = Figure("F-5", "threefold", 500, FigureKind.Rate, 3m, time: new Period(new(2001), new(2004)), open: "since");

    public static readonly Figure OtherCount = Figure("F-6", "174 million", 600, FigureKind.Count, 174_000_000m, time: Period.At(new(2000)), measure: "international migrants");

    public static readonly DatedEvent Day = Date("D-1", "7 October 2003", 700, DateKind.Date, new(2003, 10, 7), new(2003, 10, 7));
    public static readonly DatedEvent Month = Date("D-2", "October 2003", 800, DateKind.Month, new(2003, 10), new(2003, 10));
    public static readonly DatedEvent Range = Date("D-3", "between 1975 and 2003", 900, DateKind.Range, new(1975), new(2003));
    public static readonly DatedEvent OldDay = Date("D-4", "1 June 1885", 1000, DateKind.Date, new(1885, 6, 1), new(1885, 6, 1));
    public static readonly DatedEvent Since = Date("D-5", "since 2004", 1100, DateKind.Year, new(2004), new(2004), open: "since");

    public static readonly DocumentInfo Document = new("doc", "reports/doc.txt", new string('a', 64), "A/59/325", new DateOnly(2004, 9, 3), null, "document date", 61, 2, 18, ["paragraph 12 appears twice"]);

    public static ExtractedDataset Build()
    {
        ImmutableArray<Figure> figures = [Count, Percent, PercentWithDecimals, Money, Rate, OtherCount];
        var points = ImmutableArray.Create(
            new SeriesPoint(Count.Time!, Count.Value, Count.Id, Count.Source),
            new SeriesPoint(OtherCount.Time!, OtherCount.Value, OtherCount.Id, OtherCount.Source));
        var series = new Series("international migrants", "things", FigureKind.Count, points, [new SeriesConflict(Count.Time!, points)]);
        return new ExtractedDataset([Document], figures, [Day, Month, Range, OldDay, Since], [series],
            [new Diagnostic("doc", 4, "series-conflict", "'international migrants' at 2000: 175000000 vs 174000000")],
            "9.9.9", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }
}

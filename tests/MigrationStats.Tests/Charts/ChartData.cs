using System.Collections.Immutable;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Charts;

/// <summary>Hand-made datasets for chart tests.</summary>
internal static class ChartData
{
    /// <summary>
    /// Two documents, 60 dated events from 1949 to 2011 at every grain, and the two seed series
    /// ("international migrants worldwide" 76 million in 1960 and 175 million in 2000, plus a
    /// hand-made third point, 154 million in 1990 from document "hand-made", so it gets a chart;
    /// "Governments viewing immigration levels as too high" 7 % in 1975 and 21 % in 2003: two
    /// points, no chart).
    /// </summary>
    public static ExtractedDataset Sample() =>
        DatasetJson.Read(Path.Combine(AppContext.BaseDirectory, "Data", "Charts", "sample-dataset.json"));

    public static Provenance Source(string document = "doc", int? paragraph = 1, string quote = "quote") =>
        new(document, null, paragraph, quote, quote, 0, quote.Length);

    public static DatedEvent Event(string id, PartialDate start, PartialDate end, string label, DateKind kind = DateKind.Date, string document = "doc") =>
        new(id, Source(document), kind, new Period(start, end), label, null, null, null);

    /// <summary>
    /// <paramref name="count"/> events packed into 2003 and 2004: days (some on the same day),
    /// months, the years themselves and ranges, with labels from short to very long.
    /// </summary>
    public static ImmutableArray<DatedEvent> PackedIntoTwoYears(int count)
    {
        string[] words = ["Convention", "enters", "into", "force", "after", "the", "twentieth", "ratification", "of", "States", "parties", "and", "regional", "consultations", "on", "migration"];
        var events = ImmutableArray.CreateBuilder<DatedEvent>();
        for (var i = 0; i < count; i++)
        {
            var year = 2003 + i % 2;
            var month = 1 + (i * 5) % 12;
            var label = $"Event {i}: " + string.Join(' ', Enumerable.Range(0, 2 + (i * 7) % 14).Select(k => words[(i + k) % words.Length]));
            var (start, end, kind) = (i % 6) switch
            {
                0 => (new PartialDate(year), new PartialDate(year), DateKind.Year),
                1 => (new PartialDate(year, month), new PartialDate(year, month), DateKind.Month),
                2 => (new PartialDate(2003, month, 1 + i % 27), new PartialDate(2004, 1 + (i * 3) % 12), DateKind.Range),
                3 => (new PartialDate(year, 7, 1), new PartialDate(year, 7, 1), DateKind.Date), // many on the same day
                _ => (new PartialDate(year, month, 1 + (i * 11) % 28), new PartialDate(year, month, 1 + (i * 11) % 28), DateKind.Date),
            };
            events.Add(Event($"D{i:000}", start, end, label, kind, i % 3 == 0 ? "a" : "b"));
        }

        return events.ToImmutable();
    }

    public static ExtractedDataset With(ImmutableArray<DatedEvent> dates, params Series[] series) =>
        new([], [], dates, [.. series], [], "test", DateTimeOffset.UnixEpoch);

    public static Series Series(string measure, string unit, FigureKind kind, params (int Year, decimal Value)[] points) =>
        new(measure, unit, kind, [.. points.Select((p, i) => new SeriesPoint(Period.At(new PartialDate(p.Year)), p.Value, $"F{i}", Source(paragraph: i + 1, quote: $"q{i}")))], []);
}

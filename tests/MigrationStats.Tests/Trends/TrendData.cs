using System.Collections.Immutable;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Trends;

/// <summary>Hand-made datasets of normalized series, as the Trends stage makes them.</summary>
internal static class TrendData
{
    public const string Unomig = "United Nations Observer Mission in Georgia";
    public const string Unmik = "United Nations Interim Administration Mission in Kosovo";

    public static DocumentInfo Document(string id, string symbol, string? topic, string? topicName) =>
        new(id, id + ".txt", new string('0', 64), symbol, null, null, "none", 3, 0, 0, []) { Topic = topic, TopicName = topicName };

    /// <summary>A point on a day, read from paragraph 2 of the document whose id is the symbol with underscores ("S_2005_269").</summary>
    public static SeriesPoint Point(string symbol, int year, int month, int day, decimal value, bool asOf = false, int paragraph = 2) =>
        new(Period.At(new PartialDate(year, month, day)), value, $"F-{symbol}-{value}", new Provenance(Id(symbol), symbol, paragraph, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "sentence", 0, 3), asOf);

    public static string Id(string symbol) => symbol.Replace('/', '_');

    public static Series Series(string id, string label, string what, string? topic, MeasureType type, string? scope, string unit, params SeriesPoint[] points)
    {
        var conflicts = points.GroupBy(p => p.Time).Where(g => g.Select(p => p.Value).Distinct().Count() > 1).Select(g => new SeriesConflict(g.Key, [.. g])).ToImmutableArray();
        return new Series(label, unit, FigureKind.Count, [.. points], conflicts)
        {
            Id = id,
            Of = new TrendMeasure(string.Join('|', topic ?? string.Empty, "count", type, what, scope ?? string.Empty), label, what, scope, type, topic),
        };
    }

    public static ExtractedDataset With(ImmutableArray<DocumentInfo> documents, params Series[] series) =>
        new(documents, [], [], [.. series], [], "test", DateTimeOffset.UnixEpoch);

    /// <summary>
    /// Military observers in two missions (UNOMIG: a stock, a stock in Gali district and a target;
    /// UNMIK: a stock), UNMIK police officers and returns, UNOMIG patrols, and a series with no topic.
    /// </summary>
    public static ExtractedDataset Missions() => With(
        [
            Document("UNOMIG_S_2005_269", "S/2005/269", "UNOMIG", Unomig),
            Document("UNMIK_S_2005_335", "S/2005/335", "UNMIK", Unmik),
            Document("A_58_275", "A/58/275", null, null),
        ],
        Series("S-unomig-military-observers", "UNOMIG: military observers", "military observer", "UNOMIG", MeasureType.Stock, null, "military observers",
            Point("S/2005/32", 2005, 1, 1, 117), Point("S/2005/269", 2005, 4, 1, 121), Point("S/2005/453", 2005, 7, 1, 120), Point("S/2005/657", 2005, 10, 1, 121)),
        Series("S-unomig-military-observers-target", "UNOMIG: military observers (target or authorized)", "military observer", "UNOMIG", MeasureType.Target, null, "military observers",
            Point("S/1994/529", 1994, 7, 1, 136), Point("S/1996/507", 1996, 7, 1, 136)),
        Series("S-unomig-military-observers-in-gali-district", "UNOMIG: military observers in Gali district", "military observer", "UNOMIG", MeasureType.Stock, "Gali district", "military observers",
            Point("S/2005/269", 2005, 4, 1, 30), Point("S/2005/453", 2005, 7, 1, 32), Point("S/2005/657", 2005, 10, 1, 31)),
        Series("S-unmik-military-observers", "UNMIK: military observers", "military observer", "UNMIK", MeasureType.Stock, null, "military liaison officers",
            Point("S/2005/88", 2005, 2, 1, 37), Point("S/2005/335", 2005, 5, 1, 36), Point("S/2005/665", 2005, 10, 1, 37)),
        Series("S-unmik-police-officers", "UNMIK: police officers", "police officer", "UNMIK", MeasureType.Stock, null, "police officers",
            Point("S/2005/88", 2005, 2, 1, 3400), Point("S/2005/335", 2005, 5, 1, 3300)),
        Series("S-unmik-returns-over-a-period", "UNMIK: returns (over a period)", "return", "UNMIK", MeasureType.Flow, null, "returns",
            Point("S/2005/88", 2005, 2, 1, 500), Point("S/2005/335", 2005, 5, 1, 700)),
        Series("S-unomig-patrols", "UNOMIG: patrols", "patrol", "UNOMIG", MeasureType.Stock, null, "patrols",
            Point("S/2005/269", 2005, 4, 1, 12), Point("S/2005/453", 2005, 7, 1, 14)),
        Series("S-international-migrants-worldwide", "international migrants worldwide", "migrant worldwide", null, MeasureType.Stock, null, "international migrants",
            Point("A/58/275", 1960, 1, 1, 76_000_000), Point("A/58/275", 2000, 1, 1, 175_000_000)));
}

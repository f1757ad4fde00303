using MigrationStats.Ingest;

namespace MigrationStats.Tests;

/// <summary>The seed reports, copied next to the test binaries.</summary>
internal static class Seeds
{
    public const string Unnumbered = "000_397259635170bbc5";
    public const string Numbered = "001_c5d6c3fc288e3ece";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string PathOf(string id) => Path.Combine(Folder, id + ".txt");

    private static readonly Dictionary<string, ReportDocument> Cache = [];

    public static ReportDocument Read(string id)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(id, out var doc))
            {
                Cache[id] = doc = ReportReader.Read(PathOf(id));
            }

            return doc;
        }
    }

    public static ReportDocument Parse(string text, string id = "test") =>
        DocumentParser.Parse(id, id + ".txt", text, "0");
}

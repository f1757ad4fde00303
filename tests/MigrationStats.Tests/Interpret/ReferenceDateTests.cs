using MigrationStats.Ingest;
using MigrationStats.Interpret;

namespace MigrationStats.Tests.Interpret;

/// <summary>The date a report's undated present-tense figures are placed at, when its cover shows no date.</summary>
public class ReferenceDateTests
{
    private const string Undated = "1. The Mission met the parties on 12 March 2004 and again on 30 April 2004.\n";

    public static TheoryData<string?, string?, string> Cases => new()
    {
        { null, "2004-04-30", "latest explicit date" },
        // The PDF was made a week after the latest date the text gives: it was issued then.
        { "2004-05-07", "2004-05-07", "PDF creation date" },
        // A scan made years later dates the scan, not the report.
        { "2009-01-01", "2004-04-30", "latest explicit date" },
        // A file made before the events it reports is no issue date.
        { "2004-01-01", "2004-04-30", "latest explicit date" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_NoCoverDate_TakesThePdfCreationDateOnlyWhenItFollowsTheText(string? created, string? expected, string source)
    {
        var metadata = created is null ? null : new FileMetadata(null, null, null, DateOnly.Parse(created, System.Globalization.CultureInfo.InvariantCulture));
        var document = DocumentParser.Parse("r", "r.pdf", Undated, "0", metadata: metadata);

        var reading = ReportInterpreter.Read(document);

        Assert.Equal(expected, reading.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(source, reading.ReferenceSource);
    }
}

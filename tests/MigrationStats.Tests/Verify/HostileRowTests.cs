using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Verify;

namespace MigrationStats.Tests.Verify;

/// <summary>
/// figures.csv rows a hostile or careless hand wrote: offsets that are not numbers, negative,
/// reversed or past the source's end, and fields of millions of characters or with control
/// characters. Each is one row's problem, and no message shows more than a quote's length of the
/// source or more than <see cref="Excerpt.MaxChars"/> characters of a field.
/// </summary>
public sealed class HostileRowTests : IDisposable
{
    private readonly TempRun run = new();

    public void Dispose() => run.Dispose();

    private string FiguresCsv => Path.Combine(run.Output, "figures.csv");

    private int SourceLength => File.ReadAllText(run.SourceFile()).Length;

    /// <summary>Sets fields of figures.csv's first row (F2: '175 million' at 69..80) and verifies the file.</summary>
    private RowCheck VerifyF2(params (string Column, string Value)[] fields)
    {
        var rows = CsvExport.Parse(File.ReadAllText(FiguresCsv));
        foreach (var (column, value) in fields)
        {
            rows[1][Array.IndexOf(rows[0], column)] = value;
        }

        File.WriteAllText(FiguresCsv, CsvExport.Table(rows[0], rows.Skip(1)));
        var report = run.Verify(FiguresCsv);
        Assert.All(report.Rows.Skip(1), r => Assert.Equal(RowStatus.Ok, r.Status));
        return report.Rows[0];
    }

    [Fact]
    public void Verify_OffsetsSpanningTheWholeSource_ShowNoMoreThanTheQuotesLength()
    {
        var row = VerifyF2(("quote", "zzz"), ("char_start", "0"), ("char_end", $"{SourceLength}"));

        Assert.Equal(RowStatus.Unverifiable, row.Status);
        Assert.Equal($"quote 'zzz' not found in A/59/999; char 0..{SourceLength} reads 'A/5…'", row.Message);
    }

    [Fact]
    public void Verify_LongQuoteOverTheWholeSource_ShowsAtMostAHundredCharactersOfEach()
    {
        var quote = new string('q', 500);

        var row = VerifyF2(("quote", quote), ("char_start", "0"), ("char_end", $"{SourceLength}"));

        var shown = File.ReadAllText(run.SourceFile())[..200];
        Assert.Equal($"quote '{Excerpt.Of(quote)}' not found in A/59/999; char 0..{SourceLength} reads '{Excerpt.Of(shown)}'", row.Message);
        Assert.EndsWith("…'", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_OffsetsPastTheSourcesEnd_SaySoWithTheSourcesLength()
    {
        var row = VerifyF2(("quote", "zzz"), ("char_start", "0"), ("char_end", "999999"));

        Assert.Equal($"quote 'zzz' not found in A/59/999; char 0..999999 is past the end of the source ({SourceLength} characters)", row.Message);
    }

    [Fact]
    public void Verify_OffsetsPastTheEndWithTheQuoteElsewhere_SayWhereItStands()
    {
        var row = VerifyF2(("char_end", "999999"));

        Assert.Equal((RowStatus.Mismatch, "quote '175 million' is not at char 69..999999 of A/59/999; it stands at char 69..80 para 1"), (row.Status, row.Message));
    }

    [Fact]
    public void Verify_NegativeOffset_IsNoOffsetsAndSaysWhereTheQuoteOccurs()
    {
        var row = VerifyF2(("char_start", "-5"));

        Assert.Equal((RowStatus.Unverifiable, VerifyMessages.NoOffsets + VerifyMessages.QuoteOccurs(69, 80, 1)), (row.Status, row.Message));
    }

    [Fact]
    public void Verify_OffsetNotANumber_IsNoOffsets()
    {
        var row = VerifyF2(("char_end", "eighty"));

        Assert.Equal((RowStatus.Unverifiable, VerifyMessages.NoOffsets + VerifyMessages.QuoteOccurs(69, 80, 1)), (row.Status, row.Message));
    }

    [Fact]
    public void Verify_OffsetTooLargeForAnInteger_IsNoOffsets()
    {
        var row = VerifyF2(("char_end", "99999999999999999999"));

        Assert.Equal((RowStatus.Unverifiable, VerifyMessages.NoOffsets + VerifyMessages.QuoteOccurs(69, 80, 1)), (row.Status, row.Message));
    }

    [Fact]
    public void Verify_OffsetsReversed_IsNoOffsets()
    {
        var row = VerifyF2(("char_start", "80"), ("char_end", "69"));

        Assert.Equal((RowStatus.Unverifiable, VerifyMessages.NoOffsets + VerifyMessages.QuoteOccurs(69, 80, 1)), (row.Status, row.Message));
    }

    [Fact]
    public void Verify_QuoteOfAMillionCharacters_IsEchoedCut()
    {
        var quote = new string('x', 1_000_000);

        var row = VerifyF2(("quote", quote));

        Assert.Equal($"quote '{Excerpt.Of(quote)}' not found in A/59/999; char 69..80 reads '175 million'", row.Message);
    }

    [Fact]
    public void Verify_ValueOfFiveMillionCharacters_IsEchoedCut()
    {
        var value = new string('x', 5_000_000);

        var row = VerifyF2(("value", value));

        Assert.Equal($"CSV value '{Excerpt.Of(value)}' is not a number; source A/59/999 para 1 says '175 million' = 175,000,000", row.Message);
    }

    [Fact]
    public void Verify_DocumentOfAMillionCharacters_IsCutInTheMessageAndTheReport()
    {
        var document = new string('d', 1_000_000);

        var row = VerifyF2(("document", document));

        Assert.Equal(Excerpt.Of(document), row.Document);
        Assert.StartsWith($"source file {Excerpt.Of(document + ".txt")} of {Excerpt.Of(document)} not found (looked in ", row.Message, StringComparison.Ordinal);
        Assert.True(row.Message.Length < 1000);
    }

    [Fact]
    public void Verify_QuoteWithATerminalEscape_ShowsItReplaced()
    {
        var row = VerifyF2(("quote", "\u001b[2J175 million"));

        Assert.Equal("quote '\uFFFD[2J175 million' not found in A/59/999; char 69..80 reads '175 million'", row.Message);
    }

    [Fact]
    public void Verify_KindWithLineBreaks_IsShownOnOneLine()
    {
        var row = VerifyF2(("kind", "count\r\nF3   ok  forged line"));

        Assert.Equal("CSV kind count F3 ok forged line but source A/59/999 para 1 gives count for '175 million'", row.Message);
    }
}

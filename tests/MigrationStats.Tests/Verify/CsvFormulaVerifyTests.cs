using MigrationStats.Dataset;

namespace MigrationStats.Tests.Verify;

/// <summary>
/// Report text that starts like a formula: the CSV exports write it with a leading apostrophe (so a
/// spreadsheet shows text, not a result), and verify reads it back as the report has it.
/// </summary>
public sealed class CsvFormulaVerifyTests : IDisposable
{
    private const string Report = """
        A/59/997

        1. =SUM(A1) The number of international migrants stood at 175 million in 2000.

        2. -20 per cent of Governments, +15 per cent of States and @3 offices were counted in 2003.

        3. @UNHCR counted -5,000 returns and +300 arrivals on 7 October 2004.

        """;

    private readonly TempRun run = new(("formula", Report));

    public void Dispose() => run.Dispose();

    private List<Dictionary<string, string>> Rows(string file)
    {
        var rows = CsvExport.Parse(File.ReadAllText(Path.Combine(run.Output, file)));
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Fact]
    public void Figures_SentenceStartingWithEquals_IsWrittenWithAnApostrophe()
    {
        var row = Rows("figures.csv").Single(r => r["quote"] == "175 million");

        Assert.Equal("'=SUM(A1) The number of international migrants stood at 175 million in 2000.", row["sentence"]);
    }

    [Fact]
    public void Figures_QuoteStartingWithMinus_IsWrittenWithAnApostropheAndItsValueAsANumber()
    {
        var row = Rows("figures.csv").Single(r => r["quote"] == "'-20 per cent");

        Assert.Equal("-20", row["value"]);
        Assert.StartsWith("'-20 per cent of Governments", row["sentence"], StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_SentenceStartingWithAt_IsWrittenWithAnApostrophe()
    {
        Assert.Contains(Rows("figures.csv"), r => r["sentence"].StartsWith("'@UNHCR counted", StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_SentenceStartingWithAt_IsWrittenWithAnApostrophe()
    {
        Assert.Contains(Rows("dates.csv"), r => r["sentence"].StartsWith("'@UNHCR counted", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_FiguresCsvWithNeutralizedCells_EveryRowOk()
    {
        var report = run.Verify(Path.Combine(run.Output, "figures.csv"));

        Assert.True(report.AllOk, string.Join("\n", report.Problems));
        Assert.Equal(run.Result.Dataset.Figures.Length, report.Rows.Length);
    }

    [Fact]
    public void Verify_DatesCsvWithNeutralizedCells_EveryRowOk()
    {
        var report = run.Verify(Path.Combine(run.Output, "dates.csv"));

        Assert.True(report.AllOk, string.Join("\n", report.Problems));
        Assert.Equal(run.Result.Dataset.Dates.Length, report.Rows.Length);
    }

    [Fact]
    public void Verify_CsvQuoteEditedToAFormula_IsReadAsText()
    {
        var csv = Path.Combine(run.Output, "figures.csv");
        File.WriteAllText(csv, File.ReadAllText(csv).Replace(",175 million,", ",'=175 million,", StringComparison.Ordinal));

        var problem = Assert.Single(run.Verify(csv).Problems);

        Assert.Equal("quote '=175 million' not found in A/59/997; char 68..79 reads '175 million'", problem.Message);
    }
}

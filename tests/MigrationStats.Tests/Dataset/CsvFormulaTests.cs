using MigrationStats.Dataset;

namespace MigrationStats.Tests.Dataset;

/// <summary>CSV formula injection (OWASP): text cells a spreadsheet would run as formulas are written as text, and read back as they were.</summary>
public class CsvFormulaTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+15 per cent", "'+15 per cent")]
    [InlineData("-20 per cent", "'-20 per cent")]
    [InlineData("@UNHCR", "'@UNHCR")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    public void Neutralize_FormulaStart_GetsALeadingApostrophe(string cell, string written)
    {
        Assert.Equal(written, CsvExport.Neutralize(cell));
    }

    [Theory]
    [InlineData("175 million")]
    [InlineData("a = b")]
    [InlineData("'quoted'")]
    [InlineData("")]
    public void Neutralize_OtherText_IsUnchanged(string cell)
    {
        Assert.Equal(cell, CsvExport.Neutralize(cell));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("'=1+1")]
    [InlineData("''-5")]
    [InlineData("'text")]
    [InlineData("'")]
    [InlineData("-")]
    [InlineData("plain")]
    public void Restore_OfNeutralize_GivesBackTheText(string cell)
    {
        Assert.Equal(cell, CsvExport.Restore(CsvExport.Neutralize(cell)));
    }

    [Fact]
    public void Neutralize_ApostrophesBeforeAFormula_GetOneMore()
    {
        Assert.Equal("''=1+1", CsvExport.Neutralize("'=1+1"));
    }

    [Fact]
    public void Figures_NegativeValue_StaysANumberWhileTheQuoteIsNeutralized()
    {
        var figure = new Figure("F-1", new Provenance("doc", null, 1, "-5,000", "-5,000 returns were counted.", 0, 6), FigureKind.Count, -5000m, null, "returns", Qualifier.Exact, null, null);
        var data = new ExtractedDataset([], [figure], [], [], [], "0", DateTimeOffset.UnixEpoch);

        var rows = CsvExport.Parse(CsvExport.Figures(data));
        string Field(string column) => rows[1][Array.IndexOf(rows[0], column)];

        Assert.Equal("-5000", Field("value"));
        Assert.Equal("'-5,000", Field("quote"));
        Assert.Equal("'-5,000 returns were counted.", Field("sentence"));
        Assert.Equal(("0", "6", "1"), (Field("char_start"), Field("char_end"), Field("paragraph")));
    }

    [Fact]
    public void Dates_SentenceStartingWithAFormula_IsNeutralized()
    {
        var rows = CsvExport.Parse(CsvExport.Dates(Pipeline.Extract([Seeds.Parse("1. @Secretariat met on 7 October 2003.\n")])));

        Assert.Equal("'@Secretariat met on 7 October 2003.", rows[1][Array.IndexOf(rows[0], "sentence")]);
    }
}

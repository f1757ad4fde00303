using MigrationStats.Verify;

namespace MigrationStats.Tests.Verify;

public sealed class CrossDocumentConflictTests
{
    private const string Other = """
        A/60/111

        1. The number of international migrants worldwide stood at 174 million in 2000.

        """;

    private const string Agreeing = """
        A/60/222

        1. The number of international migrants worldwide stood at 175 million in 2000.

        """;

    [Fact]
    public void Verify_SameMeasureAndTimeWithDifferentValues_ReportsConflictWithBothSources()
    {
        using var run = new TempRun(("a", TempRun.Report), ("b", Other));

        var report = run.Verify();

        Assert.All(report.Rows, r => Assert.Equal(RowStatus.Ok, r.Status));
        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal("F2, F7", conflict.Row);
        Assert.Equal("'international migrants worldwide' at 2000: 175,000,000 (A/59/999 para 1, row F2) vs 174,000,000 (A/60/111 para 1, row F7)", conflict.Message);
        Assert.EndsWith("; 1 cross-document conflict", report.Summary, StringComparison.Ordinal);
        Assert.False(report.AllOk);
        Assert.Equal(2, TempRun.Cli("verify", run.Workbook, "--sources", run.Sources).Code);
    }

    [Fact]
    public void Verify_SameMeasureAndTimeWithTheSameValue_IsNoConflict()
    {
        using var run = new TempRun(("a", TempRun.Report), ("b", Agreeing));

        var report = run.Verify();

        Assert.Empty(report.Conflicts);
        Assert.True(report.AllOk);
    }
}

namespace MigrationStats.Tests.Cli;

public class InspectCommandTests
{
    [Fact]
    public void Inspect_SeedsFolder_PrintsEachDocumentSummary()
    {
        var (o, e) = (new StringWriter(), new StringWriter());

        var code = MigrationStats.Cli.Cli.Run(["inspect", Seeds.Folder], o, e);

        Assert.Equal(0, code);
        var text = o.ToString();
        Assert.Contains("symbol:      A/58/275", text, StringComparison.Ordinal);
        Assert.Contains("paragraphs:  61 numbered (1..61)", text, StringComparison.Ordinal);
        Assert.Contains("footnotes:   18 markers", text, StringComparison.Ordinal);
        Assert.Contains("1. Department of Economic and Social Affairs", text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, e.ToString());
    }
}

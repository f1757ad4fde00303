using System.Text.Json;

namespace MigrationStats.Tests.Cli;

public class InspectCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = MigrationStats.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Inspect_SeedsFolder_PrintsEachDocumentSummary()
    {
        var (code, text, err) = Run("inspect", Seeds.Folder);

        Assert.Equal(0, code);
        Assert.Contains("symbol:      A/58/275", text, StringComparison.Ordinal);
        Assert.Contains("paragraphs:  61 numbered, 0 unnumbered block(s)", text, StringComparison.Ordinal);
        Assert.Contains("numbering:   1 run(s): 1-61", text, StringComparison.Ordinal);
        Assert.Contains("footnotes:   18 markers, 0 detached", text, StringComparison.Ordinal);
        Assert.Contains("1. Department of Economic and Social Affairs", text, StringComparison.Ordinal);
        Assert.Contains("verdict:     read cleanly: paragraphs 1..61", text, StringComparison.Ordinal);
        Assert.Contains("verdict:     no numbered paragraphs", text, StringComparison.Ordinal);
        Assert.Equal(string.Empty, err);
    }

    [Fact]
    public void Inspect_Json_WritesTheSameReadingAsData()
    {
        var (code, text, _) = Run("inspect", "--json", Seeds.PathOf(Seeds.Numbered));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(text);
        var doc = json.RootElement[0];
        Assert.Equal(Seeds.Numbered, doc.GetProperty("id").GetString());
        Assert.Equal(61, doc.GetProperty("numberedParagraphs").GetInt32());
        var run = doc.GetProperty("numbering").GetProperty("runs")[0];
        Assert.Equal(1, run.GetProperty("first").GetInt32());
        Assert.Equal(61, run.GetProperty("last").GetInt32());
        Assert.Equal(18, doc.GetProperty("footnotes").GetArrayLength());
        Assert.StartsWith("read cleanly", doc.GetProperty("verdict").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_ExcerptWithElisions_ListsEachJumpWithItsReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"excerpt-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "1. The first paragraph is here.\n2. The second one follows.\n[...]\n7. After the skipped pages.\n8. And one more paragraph.\n");
        try
        {
            var (code, text, _) = Run("inspect", path);

            Assert.Equal(0, code);
            Assert.Contains("numbering:   2 run(s): 1-2, 7-8", text, StringComparison.Ordinal);
            Assert.Contains("jump 2 -> 7: an elision line ('[...]') marks skipped pages", text, StringComparison.Ordinal);
            Assert.Contains("verdict:     excerpt: paragraphs 1..8 with 1 jump(s)", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Inspect_ExplainDevParagraph_ShowsKeptAndDroppedNumbersWithRulesAndReasons()
    {
        var (code, text, err) = Run("inspect", Path.Combine(SharedData.DevDocs, "A_74_322.txt"), "--explain", "--paragraph", "1");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Contains("A_74_322 paragraph 1", text, StringComparison.Ordinal);
        Assert.Contains("DROPPED '2018'", text, StringComparison.Ordinal);
        Assert.Contains("veto.year                    not a figure: a year (it belongs in dates)", text, StringComparison.Ordinal);
        Assert.Contains("KEPT    '26.4 million' = 26400000 count, unit 'persons of concern in Africa', measure 'persons of concern in Africa', time 2018", text, StringComparison.Ordinal);
        Assert.Contains("* time      time.frame                   time 2018  ('the end of 2018')", text, StringComparison.Ordinal);
        Assert.Contains("- time      time.right-after             blocked by '2017': the date is a comparison or an aside, not the figure's time", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_ExplainJson_GivesEachNumberWithItsEvidence()
    {
        var (code, text, _) = Run("inspect", Path.Combine(SharedData.DevDocs, "A_74_322.txt"), "--explain", "--paragraph", "1", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(text);
        var numbers = json.RootElement[0].GetProperty("Sentences")[1].GetProperty("Numbers");
        var kept = numbers.EnumerateArray().Single(n => n.GetProperty("Quote").GetString() == "26.4 million");
        Assert.True(kept.GetProperty("Kept").GetBoolean());
        Assert.Contains(kept.GetProperty("Evidence").EnumerateArray(), e => e.GetProperty("Rule").GetString() == "time.frame" && e.GetProperty("Chosen").GetBoolean());
    }

    [Fact]
    public void Inspect_ExplainUnknownParagraph_IsAOneLineErrorNamingTheFile()
    {
        var path = Path.Combine(SharedData.DevDocs, "A_74_322.txt");

        var (code, text, err) = Run("inspect", path, "--explain", "--paragraph", "999");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, text);
        Assert.Equal($"error: {path}: no paragraph numbered 999", err.TrimEnd());
    }
}

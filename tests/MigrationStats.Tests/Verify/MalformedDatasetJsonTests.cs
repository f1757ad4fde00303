using System.Text.Json.Nodes;
using MigrationStats.Verify;

namespace MigrationStats.Tests.Verify;

/// <summary>
/// dataset.json files that are not datasets: each is one error naming the file, and for bad JSON
/// the line, position and member, never a null met later or a stack trace.
/// </summary>
public sealed class MalformedDatasetJsonTests : IDisposable
{
    private readonly TempRun run = new();

    public void Dispose() => run.Dispose();

    private string DatasetJson => Path.Combine(run.Output, "dataset.json");

    /// <summary>Writes <paramref name="text"/> as dataset.json and returns the problem verify reports.</summary>
    private string Problem(string text)
    {
        File.WriteAllText(DatasetJson, text);
        var e = Assert.Throws<InputException>(() => VerifyInput.Read(DatasetJson));
        Assert.Equal(DatasetJson, e.Path);
        Assert.DoesNotContain('\n', e.Message);
        return e.Problem;
    }

    /// <summary>The run's dataset.json changed by <paramref name="edit"/>, on one line (so positions are on line 1).</summary>
    private string Edited(Action<JsonNode> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(DatasetJson))!;
        edit(json);
        return json.ToJsonString();
    }

    [Fact]
    public void Read_EmptyObject_NamesTheMissingMembers()
    {
        Assert.Equal("not a MigrationStats dataset (line 1, position 3, at $: missing 'documents', 'figures', 'dates', 'series', 'diagnostics', 'toolVersion')", Problem("{}"));
    }

    [Fact]
    public void Read_Null_SaysTheFileHoldsNull()
    {
        Assert.Equal("not a MigrationStats dataset (the file holds null, not an object)", Problem("null"));
    }

    [Fact]
    public void Read_EmptyFile_SaysThereIsNoJson()
    {
        Assert.StartsWith("not a MigrationStats dataset (line 1, position 1, at $: The input does not contain any JSON tokens", Problem(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Array_IsAValueOfTheWrongType()
    {
        Assert.Equal("not a MigrationStats dataset (line 1, position 2, at $: a value of the wrong type or out of range)", Problem("[]"));
    }

    [Fact]
    public void Read_Truncated_GivesTheLineAndPositionWhereItEnds()
    {
        var text = File.ReadAllText(DatasetJson);
        var cut = text[..(text.Length / 2)];

        var problem = Problem(cut);

        Assert.Matches(@"^not a MigrationStats dataset \(line \d+, position \d+, at \$\.[a-z]+\[\d+\][^:]*: ", problem);
        Assert.Contains($"line {cut.Split('\n').Length}, ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullFigure_NamesItsIndex()
    {
        Assert.Equal("not a MigrationStats dataset (figures[0] is null)", Problem(Edited(j => j["figures"]![0] = null)));
    }

    [Fact]
    public void Read_NullDocuments_NamesTheMember()
    {
        Assert.Equal("not a MigrationStats dataset (line 1, position 18, at $.documents: a value of the wrong type or out of range)", Problem(Edited(j => j["documents"] = null)));
    }

    [Fact]
    public void Read_MissingDocuments_NamesTheMember()
    {
        Assert.EndsWith("at $: missing 'documents')", Problem(Edited(j => j.AsObject().Remove("documents"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NullSource_SaysNullWhereAValueIsNeeded()
    {
        Assert.Matches(@"^not a MigrationStats dataset \(line 1, position \d+, at \$\.figures\[0\]\.source: null where a value is needed\)$", Problem(Edited(j => j["figures"]![0]!["source"] = null)));
    }

    [Fact]
    public void Read_NullQuote_SaysNullWhereAValueIsNeeded()
    {
        Assert.Matches(@"at \$\.figures\[0\]\.source\.quote: null where a value is needed\)$", Problem(Edited(j => j["figures"]![0]!["source"]!["quote"] = null)));
    }

    [Fact]
    public void Read_MissingQuote_NamesTheMember()
    {
        Assert.Matches(@"at \$\.figures\[0\]\.source: missing 'quote'\)$", Problem(Edited(j => j["figures"]![0]!["source"]!.AsObject().Remove("quote"))));
    }

    [Fact]
    public void Read_NullFilePath_SaysNullWhereAValueIsNeeded()
    {
        Assert.Matches(@"at \$\.documents\[0\]\.filePath: null where a value is needed\)$", Problem(Edited(j => j["documents"]![0]!["filePath"] = null)));
    }

    [Fact]
    public void Read_NullWarning_NamesItsIndex()
    {
        Assert.Equal("not a MigrationStats dataset (documents[0]: warnings[0] is null)", Problem(Edited(j => j["documents"]![0]!["warnings"] = new JsonArray((JsonNode?)null))));
    }

    [Fact]
    public void Read_NullSeries_NamesItsIndex()
    {
        Assert.Equal("not a MigrationStats dataset (series[0] is null)", Problem(Edited(j => j["series"] = new JsonArray((JsonNode?)null))));
    }

    [Fact]
    public void Read_OffsetAsText_IsAValueOfTheWrongType()
    {
        Assert.Matches(@"at \$\.figures\[0\]\.source\.charStart: a value of the wrong type or out of range\)$", Problem(Edited(j => j["figures"]![0]!["source"]!["charStart"] = "abc")));
    }

    [Fact]
    public void Read_OffsetBeyondAnInteger_IsOutOfRange()
    {
        Assert.Matches(@"at \$\.figures\[0\]\.source\.charEnd: a value of the wrong type or out of range\)$", Problem(Edited(j => j["figures"]![0]!["source"]!["charEnd"] = 1_000_000_000_000L)));
    }

    [Fact]
    public void Read_ValueBeyondADecimal_IsOutOfRange()
    {
        var text = Edited(j => j["figures"]![0]!["value"] = 12345).Replace(":12345,", ":1e400,", StringComparison.Ordinal);

        Assert.Matches(@"at \$\.figures\[0\]\.value: a value of the wrong type or out of range\)$", Problem(text));
    }

    [Fact]
    public void Read_UnknownKind_IsAValueOfTheWrongType()
    {
        Assert.Matches(@"at \$\.figures\[0\]\.kind: a value of the wrong type or out of range\)$", Problem(Edited(j => j["figures"]![0]!["kind"] = "bogus")));
    }

    [Fact]
    public void Read_BadDate_SaysWhatADateLooksLike()
    {
        Assert.Matches(@"at \$\.figures\[0\]\.time\.start: not a date of the form YYYY, YYYY-MM or YYYY-MM-DD\)$", Problem(Edited(j => j["figures"]![0]!["time"]!["start"] = "2003-13")));
    }

    [Fact]
    public void Read_FiguresAsAnObject_IsAValueOfTheWrongType()
    {
        Assert.Matches(@"at \$\.figures: a value of the wrong type or out of range\)$", Problem(Edited(j => j["figures"] = new JsonObject())));
    }

    [Fact]
    public void Read_LongMemberName_IsCutInTheMessage()
    {
        var problem = Problem(Edited(j => j["figures"]![0]!["source"]!["charStart"] = "x").Replace("\"figures\"", "\"figures\",\"" + new string('k', 100_000) + "\":1,\"figures2\"", StringComparison.Ordinal));

        Assert.True(problem.Length < 500, problem);
    }

    [Fact]
    public void Verify_NegativeOffsetInJson_IsThatRowsProblem()
    {
        File.WriteAllText(DatasetJson, Edited(j => j["figures"]![0]!["source"]!["charStart"] = -5));

        var row = run.Verify(DatasetJson).Rows[0];

        Assert.Equal((RowStatus.Unverifiable, VerifyMessages.NoOffsets + VerifyMessages.QuoteOccurs(69, 80, 1)), (row.Status, row.Message));
    }
}

using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>
/// Furniture of scanned and older reports (hand-written pages): map pages, job-number stamps, OCR
/// barcodes and residue, annex tables whose cells stand one per line, target labels.
/// </summary>
public class ScanFurnitureTests
{
    private static string Pages(params string[] pages) => string.Join("\n\f", pages);

    private static readonly string Body = "1. The Mission continued to monitor the ceasefire line and reported no incidents.\n\n2. Patrols were carried out in all sectors during the period under review.\n";

    [Fact]
    public void Parse_MapPage_ItsLinesAreFurnitureAndItsNumbersInNoText()
    {
        var doc = Seeds.Parse(Pages(Body, "Sukhumi\n\n0\n\n5\n\n10\n\n25 km\n\n43o 30'\n\nMap No. 3837 Rev. 12 UNITED NATIONS\nCartographic Section\n", "3. The Mission will report again in three months.\n"));

        Assert.Contains(doc.Artefacts, a => a.Kind == ArtefactKind.Map && a.Text == "25 km");
        Assert.Equal([1, 2, 3], doc.NumberedParagraphs.Select(p => p.Number!.Value));
        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Value.Contains("km", StringComparison.Ordinal) || p.Text.Value.Contains("3837", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("260193")]
    [InlineData("26/01/93")]
    [InlineData("3824f")]
    public void Parse_StampBesideJobNumber_IsTheJobNumbers(string stamp)
    {
        var doc = Seeds.Parse(Pages(Body + "\n93-03255 (E)\n" + stamp + "\n", "3. The Council may wish to take note of the present report.\n"));

        Assert.Contains(doc.Artefacts, a => a.Kind == ArtefactKind.JobNumber && a.Text == stamp);
    }

    [Theory]
    [InlineData("90-13824 1 6 3 3 e (E)", ArtefactKind.JobNumber)]
    [InlineData("I 11111111111 11111 1111", ArtefactKind.JobNumber)]
    [InlineData("Paga 3", ArtefactKind.PageNumber)]
    [InlineData("Page 1 1", ArtefactKind.PageNumber)]
    [InlineData("~~AC %UP%%V~5~OR.", ArtefactKind.Noise)]
    [InlineData("6y8t%6b @^ |~", ArtefactKind.Noise)]
    public void ClassifyLine_ScanResidue_IsFurniture(string line, ArtefactKind kind) =>
        Assert.Equal(kind, FurniturePatterns.ClassifyLine(line, onCover: false, maxLength: 60));

    [Theory]
    [InlineData("The total rose to 5,247 by June.")]
    [InlineData("Patrols (120) were carried out.")]
    [InlineData("_______________")]
    public void ClassifyLine_TextWithFigures_IsNotNoise(string line) =>
        Assert.NotEqual(ArtefactKind.Noise, FurniturePatterns.ClassifyLine(line, onCover: false, maxLength: 60));

    [Fact]
    public void Parse_TableCellsOnePerLine_AreNotPageNumbers()
    {
        var table = "Annex\nComposition of the Mission\n\nCountry\n\nObservers\n\nAustria\n\n12\n\nBangladesh\n\n147\n\n159\n\nTotal\n\n318\n\nThe figures are as reported by the contributing countries.\n";
        var doc = Seeds.Parse(Pages(Body, table));

        Assert.DoesNotContain(doc.Artefacts, a => a.Kind == ArtefactKind.PageNumber && a.Text is "147" or "159");
        Assert.Contains(doc.Paragraphs, p => p.Text.Value == "147");
    }

    [Fact]
    public void Parse_PageNumberAtPageFoot_IsStillAPageNumber()
    {
        var doc = Seeds.Parse(Pages(Body + "\n2\n", "3. The Council may wish to take note of the present report.\n\n3\n"));

        Assert.Contains(doc.Artefacts, a => a.Kind == ArtefactKind.PageNumber && a.Text == "2");
    }

    [Theory]
    [InlineData("5.5 Ensure women's full and effective participation.", "5.5")]
    [InlineData("Target 10.7 Facilitate orderly, safe and regular migration.", "Target 10.7")]
    public void Parse_TargetLabelAtLineStart_IsAListLabel(string line, string label)
    {
        var doc = Seeds.Parse("1. The targets below concern migrants.\n" + line + "\n2. Another paragraph follows here.\n");

        Assert.Contains(doc.Artefacts, a => a.Kind == ArtefactKind.ListLabel && a.Text == label);
        Assert.DoesNotContain(label, string.Join(" ", doc.Paragraphs.Select(p => p.Text.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DecimalFigureAtLineStart_IsNotALabel()
    {
        var doc = Seeds.Parse("1. The number of displaced persons rose to\n5.5 million in 2004, the report says.\n");

        Assert.DoesNotContain(doc.Artefacts, a => a.Kind == ArtefactKind.ListLabel);
        Assert.Contains("5.5 million", doc.Paragraphs[0].Text.Value, StringComparison.Ordinal);
    }
}

/// <summary>Numbers a scan lost or garbled, inferred only where the text shows where they stand.</summary>
public class LostNumberTests
{
    [Fact]
    public void Parse_GarbledNumberWhereOneIsMissing_TakesTheMissingNumber()
    {
        var doc = Seeds.Parse("1.\nThe Mission patrolled the zone.\n2.\nIt reported no incidents.\nil.\nThe parties cooperated fully.\n4.\nThe Council may take note.\n5.\nIt may renew the mandate.\n");

        Assert.True(doc.NumberedParagraphs.Select(p => p.Number!.Value).SequenceEqual([1, 2, 3, 4, 5]), string.Join(",", doc.Paragraphs.Select(p => $"{p.Number}:{p.Text.Value}")));
        Assert.Equal([3], doc.Numbering.Inferred.ToArray());
        Assert.Equal("The parties cooperated fully.", doc.Paragraphs.Single(p => p.Number == 3).Text.Value);
        Assert.Contains(doc.Warnings, w => w.Code == "paragraph-inferred");
    }

    [Fact]
    public void Parse_MissingNumberWithTwoPossibleBreaks_StaysAJump()
    {
        var doc = Seeds.Parse("1. The Mission patrolled the zone.\n\n2. It reported no incidents.\n\nThe parties met.\n\nThey cooperated fully.\n\n4. The Council may take note.\n\n5. It may renew the mandate.\n");

        Assert.Empty(doc.Numbering.Inferred);
        Assert.Equal((2, 4), (Assert.Single(doc.Numbering.Jumps).From, doc.Numbering.Jumps[0].To));
    }
}

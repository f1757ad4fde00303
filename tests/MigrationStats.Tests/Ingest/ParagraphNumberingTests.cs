using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Paragraph numbering: jumps, elisions, restarts, out-of-order text, OCR damage, markdown lists, web lists.</summary>
public class ParagraphNumberingTests
{
    // ---- 1. a gap marked by an elision line ---------------------------------------------------

    [Fact]
    public void Parse_GapAtElisionLine_FindsNumbersAndReportsElidedJumpWithoutWarning()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Elision));

        Assert.Equal([1, 2, 7, 8], Layout.Numbers(doc));
        var jump = Assert.Single(doc.Numbering.Jumps);
        Assert.Equal((2, 7, NumberingReport.Elided), (jump.From, jump.To, jump.Reason));
        Assert.Equal(doc.Source.IndexOf("7. The Secretariat", StringComparison.Ordinal), jump.Offset);
        Assert.Equal([new NumberRun(1, 2, null), new NumberRun(7, 8, null)], doc.Numbering.Runs.ToArray());
        Assert.DoesNotContain(doc.Warnings, w => w.Code == "paragraph-gap");
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_TextAfterElisionLine_IsAnUnnumberedBlockNotPartOfThePreviousParagraph()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Elision));

        Assert.Equal("Delegations stressed that data on international migrants remain scarce in many regions.", Layout.TextOf(doc, 2));
        var orphan = doc.Paragraphs[2];
        Assert.Null(orphan.Number);
        Assert.Equal("of the remaining countries, most reported that their policies had not changed.", orphan.Text.Value);
        Assert.Equal(7, doc.Paragraphs[3].Number);
        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Value.Contains("[...]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, NumberingReport.Elided)]
    [InlineData(false, NumberingReport.NoMark)]
    public void Find_BreakBetweenNumbers_DecidesTheJumpReason(bool withBreak, string reason)
    {
        const string text = "1. First paragraph.\n\n2. Second paragraph.\n\n\n\n7. Seventh paragraph.\n\n8. Eighth paragraph.\n";
        var stream = TextStream.Build(text, new bool[text.Length]);
        var breaks = withBreak ? new List<int> { text.IndexOf("\n\n\n", StringComparison.Ordinal) + 2 } : [];

        var reading = ParagraphNumbering.Find(stream, breaks, [], _ => 1, IngestOptions.Default);

        Assert.Equal([1, 2, 7, 8], reading.Starts.Select(s => s.Number));
        var jump = Assert.Single(reading.Report.Jumps);
        Assert.Equal((2, 7, reason), (jump.From, jump.To, jump.Reason));
        Assert.Equal(withBreak ? 0 : 1, reading.Warnings.Count(w => w.Code == "paragraph-gap"));
    }

    // ---- 2. a gap with no mark -----------------------------------------------------------------

    [Fact]
    public void Parse_GapWithNoMark_ReportsJumpAndParagraphGapWarning()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.UnmarkedGap));

        Assert.Equal([1, 2, 3, 6, 7], Layout.Numbers(doc));
        var jump = Assert.Single(doc.Numbering.Jumps);
        Assert.Equal((3, 6, NumberingReport.NoMark), (jump.From, jump.To, jump.Reason));
        var warning = Assert.Single(doc.Warnings);
        Assert.Equal("paragraph-gap", warning.Code);
        Assert.Equal("paragraph numbering jumps from 3 to 6 (4-5 are missing)", warning.Message);
    }

    // ---- 3. restart in an annex ----------------------------------------------------------------

    [Fact]
    public void Parse_AnnexRestartingAtOne_FindsBothRunsAndMarksAnnexParagraphs()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Annex));

        Assert.Equal([1, 2, 3, 4, 1, 2, 3], Layout.Numbers(doc));
        Assert.Equal([null, null, null, null, "Annex I", "Annex I", "Annex I"], doc.NumberedParagraphs.Select(p => p.Part));
        Assert.Equal([new NumberRun(1, 4, null), new NumberRun(1, 3, "Annex I")], doc.Numbering.Runs.ToArray());
        Assert.Equal(["Annex I"], doc.Numbering.Restarts.ToArray());
        Assert.Empty(doc.Numbering.Jumps);
        Assert.Empty(doc.Warnings);
        Assert.Equal("A national committee on migration was established by decree in 2003.", Layout.TextOf(doc, 2, "Annex I"));
    }

    // ---- 4. numbers alone on their line, out of order -------------------------------------------

    [Fact]
    public void Parse_NumberAloneOnItsLine_TextIsTheNextLine()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.NumbersAloneOutOfOrder));

        Assert.Equal(1, doc.Paragraphs[0].Number);
        Assert.Equal("The first paragraph describes the mandate of the Special Rapporteur.", doc.Paragraphs[0].Text.Value);
        Assert.Equal(doc.Source.IndexOf("1.\n", StringComparison.Ordinal), doc.Paragraphs[0].Span.Start);
    }

    [Fact]
    public void Parse_OutOfOrderParagraphsNearTheEnd_FindsAllFiveWithOrderWarning()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.NumbersAloneOutOfOrder));

        Assert.Equal([1, 2, 4, 3, 5], Layout.Numbers(doc));
        Assert.Equal("The fourth paragraph sets out the conclusions of the missions.", Layout.TextOf(doc, 4));
        Assert.Equal("The third paragraph describes the methods of work that were followed.", Layout.TextOf(doc, 3));
        var order = Assert.Single(doc.Warnings, w => w.Code == "paragraph-order");
        Assert.Equal("paragraph 3 stands after paragraph 4 in the text (the text's order, not the report's)", order.Message);
        Assert.DoesNotContain(doc.Warnings, w => w.Code == "paragraph-gap");
    }

    [Theory]
    [InlineData("1.\nThe first one.\n\n2.\nThe second one.\n\n4.\nThe fourth one.\n\n3.\nThe third one.\n\n5.\nThe fifth one.\n\n6.\nThe sixth one.\n", new[] { 1, 2, 4, 3, 5, 6 })]
    [InlineData("1. The first one.\n\n2. The second one.\n\n3. The third one.\n\n5. The fifth one.\n\n4. The fourth one.\n\n6. The sixth one.\n\n7. The seventh one.\n", new[] { 1, 2, 3, 5, 4, 6, 7 })]
    public void Parse_OutOfOrderParagraphsWithMoreAfter_FindsAllWithOrderWarningAndNoGap(string text, int[] expected)
    {
        var doc = Seeds.Parse(text);

        Assert.Equal(expected, Layout.Numbers(doc));
        Assert.Single(doc.Warnings, w => w.Code == "paragraph-order");
        Assert.DoesNotContain(doc.Warnings, w => w.Code == "paragraph-gap");
        Assert.Equal([new NumberRun(1, expected.Max(), null)], doc.Numbering.Runs.ToArray());
        Assert.All(doc.NumberedParagraphs, p => Assert.Matches(@"^The \w+ one\.$", p.Text.Value));
    }

    // ---- 9. OCR noise --------------------------------------------------------------------------

    [Fact]
    public void Parse_OcrDamagedNumbers_SequenceStillFound()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.OcrNoise));

        Assert.Equal(Enumerable.Range(1, 10), Layout.Numbers(doc));
        Assert.Empty(doc.Numbering.Jumps);
        Assert.Empty(doc.Warnings);
        Assert.Equal("Voluntary repatriation remained the preferred durable solution.", Layout.TextOf(doc, 6));
        Assert.Equal("The Committee adopted its programme of work for the following year.", Layout.TextOf(doc, 9));
        Assert.Equal("The Executive Committee of the Programme met in Geneva in October 1991.", Layout.TextOf(doc, 1));
    }

    [Fact(Skip = "Known limit: OCR puts the number after the paragraph's first line; that line stays at the end of the paragraph before (README, Known limitations).")]
    public void Parse_NumberAfterFirstLineOfParagraph_FirstLineBelongsToThatParagraph()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.OcrNoise));

        Assert.Equal("The Committee welcomed the return of refugees to their countries.", Layout.TextOf(doc, 7));
        Assert.Equal("The Committee noted that the number of applications for asylum had risen sharply in several States during the year.", Layout.TextOf(doc, 8));
    }

    [Theory]
    [InlineData("1. The first paragraph of the scan.\n\n2,\nThe second paragraph of the scan.\n\n3. The third paragraph of the scan.\n")]
    [InlineData("1. The first paragraph of the scan.\n\n2 . The second paragraph of the scan.\n\n3. The third paragraph of the scan.\n")]
    [InlineData("1. The first paragraph of the scan.\n\n2 .\nThe second paragraph of the scan.\n\n3. The third paragraph of the scan.\n")]
    public void Parse_OcrNumberForms_AreReadAsParagraphTwo(string text)
    {
        var doc = Seeds.Parse(text);

        Assert.Equal([1, 2, 3], Layout.Numbers(doc));
        Assert.Equal("The second paragraph of the scan.", Layout.TextOf(doc, 2));
        Assert.Equal("The first paragraph of the scan.", Layout.TextOf(doc, 1));
    }

    // ---- 10. markdown ---------------------------------------------------------------------------

    [Fact]
    public void Parse_MarkdownListItems_NumbersFoundAndCarriedOnBlockJoined()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Markdown));

        Assert.Equal([11, 12, 13, 14], Layout.Numbers(doc));
        Assert.Equal("The text of its report was presented to the Secretary-General in October 2005.", Layout.TextOf(doc, 12));
        Assert.Equal("The Commission recommended that States should consider the interests of migrants in their national development plans.", Layout.TextOf(doc, 13));
        Assert.Empty(doc.Numbering.Jumps);
        Assert.Equal(4, doc.Paragraphs.Length);
    }

    // ---- 11. a web copy whose list renumbers paragraphs ----------------------------------------

    [Fact]
    public void Parse_WebListRenumberingParagraphs_IsRecognizedAndReadByTheReportsNumbers()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.WebList));

        Assert.True(doc.Numbering.Renumbered);
        Assert.Equal([1, 2, 3], Layout.Numbers(doc));
        Assert.Equal("International migration has grown in scale and complexity over the past decade. The number of international migrants continued to rise in 2018.", Layout.TextOf(doc, 1));
        Assert.Equal("By the end of 2018, the number of refugees had reached a new high.", Layout.TextOf(doc, 2));
        Assert.Equal("The Secretary-General encourages Member States to strengthen their cooperation.", Layout.TextOf(doc, 3));
        Assert.Single(doc.Warnings, w => w.Code == "renumbered-list");
        Assert.Equal([new NumberRun(1, 3, null)], doc.Numbering.Runs.ToArray());
    }

    [Fact]
    public void Parse_OrdinaryIndentedList_IsNotTakenForARenumberedWebCopy()
    {
        var doc = Seeds.Parse("  1. The first paragraph ends here.\n  2. The second paragraph ends here.\n  3. The third paragraph ends here.\n");

        Assert.False(doc.Numbering.Renumbered);
        Assert.Equal([1, 2, 3], Layout.Numbers(doc));
        Assert.Empty(doc.Warnings);
    }
}

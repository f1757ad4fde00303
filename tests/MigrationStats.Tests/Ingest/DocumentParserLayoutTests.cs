using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Small hand-written documents for layouts the seeds do not show.</summary>
public class DocumentParserLayoutTests
{
    private static IReadOnlyList<int> Numbers(ReportDocument doc) => doc.NumberedParagraphs.Select(p => p.Number!.Value).ToList();

    private static string TextOf(ReportDocument doc, int number) => doc.Paragraphs.Single(p => p.Number == number).Text.Value;

    [Fact]
    public void Parse_NumberAloneOnItsLine_TextStartsOnNextLine()
    {
        var doc = Seeds.Parse("1.\nThe first paragraph\ngoes on here.\n\n2.\nThe second one.\n");

        Assert.Equal([1, 2], Numbers(doc));
        Assert.Equal("The first paragraph goes on here.", TextOf(doc, 1));
        Assert.Equal("The second one.", TextOf(doc, 2));
    }

    [Fact]
    public void Parse_WholePageOnOneLine_FindsParagraphNumbersMidLine()
    {
        var page = "A/59/325 4. The Population Division reports that the share rose from 7 to 21 per cent.3 5. The General Assembly, in its resolution 58/208, requested a report. "
            + new string('x', 10) + " More text follows here to make this a long page line of the kind web viewers produce, "
            + "with enough words to pass the page-line length. It goes on and on with more words about migration and development. "
            + "It keeps going with yet more words, because a page of a report holds far more text than one printed line does. "
            + "6. A third paragraph starts mid-line and ends the page. 2";
        var doc = Seeds.Parse(page + "\n" + "A/59/325 7. The next page carries paragraph seven, which is long enough to be a page line as well, since it repeats words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, words, and a few more words to fill the page. 3\n");

        Assert.Equal("A/59/325", doc.Symbol);
        Assert.Equal([4, 5, 6, 7], Numbers(doc));
        Assert.Equal("The Population Division reports that the share rose from 7 to 21 per cent.", TextOf(doc, 4));
        Assert.StartsWith("The General Assembly, in its resolution 58/208", TextOf(doc, 5), StringComparison.Ordinal);
        Assert.Equal("A third paragraph starts mid-line and ends the page.", TextOf(doc, 6));
        Assert.EndsWith("a few more words to fill the page.", TextOf(doc, 7), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeadingsAndRestartingSubHeadings_AreNotParagraphs()
    {
        var doc = Seeds.Parse("""
            I. Introduction

            1. The report opens.

            II. Work of the system

            A. Secretariat

            1. Department of Economic and Social Affairs

            2. The Department works.

            2. Regional commissions

            3. The commissions work.

            B.
            Other bodies

            4. Other bodies work too.
            """);

        Assert.Equal([1, 2, 3, 4], Numbers(doc));
        Assert.Equal(
            ["I. Introduction", "II. Work of the system", "A. Secretariat", "1. Department of Economic and Social Affairs", "2. Regional commissions", "B. Other bodies"],
            doc.Headings.Select(h => h.Display));
        Assert.Equal(["II. Work of the system", "A. Secretariat", "2. Regional commissions"], doc.Paragraphs.Single(p => p.Number == 3).HeadingPath.ToArray());
        Assert.Equal(["II. Work of the system", "B. Other bodies"], doc.Paragraphs.Single(p => p.Number == 4).HeadingPath.ToArray());
    }

    [Fact]
    public void Parse_LineStartingWithYearAndFullStop_IsNotAParagraph()
    {
        var doc = Seeds.Parse("1. ESCAP held a meeting in August\n2003. The key topics discussed included migration.\n\n2. Another paragraph.\n");

        Assert.Equal([1, 2], Numbers(doc));
        Assert.Equal("ESCAP held a meeting in August 2003. The key topics discussed included migration.", TextOf(doc, 1));
    }

    [Fact]
    public void Parse_GoalAndTargetNumbers_AreNotParagraphs()
    {
        var doc = Seeds.Parse("1. Countries report on Goal 3 and\n3.2 of the targets.\n\n2. The second paragraph.\n");

        Assert.Equal([1, 2], Numbers(doc));
        Assert.Equal("Countries report on Goal 3 and 3.2 of the targets.", TextOf(doc, 1));
    }

    [Fact]
    public void Parse_PageHeadsJobNumbersAndBarcodes_AreKeptOutOfParagraphText()
    {
        var doc = Seeds.Parse("""
            1. The first paragraph runs
            across a page break
            
            A/58/275
            
            04-49356 (E) 150904
            *0449356*
            
            2
            
            and ends here.

            2. The second.
            04-49356 2/18
            """);

        Assert.Equal("The first paragraph runs across a page break and ends here.", TextOf(doc, 1));
        Assert.Equal("The second.", TextOf(doc, 2));
        Assert.Equal("A/58/275", doc.Symbol);
        Assert.Contains(doc.Artefacts, a => a is { Kind: ArtefactKind.JobNumber, Text: "*0449356*" });
        Assert.Contains(doc.Artefacts, a => a is { Kind: ArtefactKind.PageNumber, Text: "2" });
    }

    [Fact]
    public void Parse_FootnoteMarkersGluedToWords_AreRemovedButRealNumbersStay()
    {
        var doc = Seeds.Parse("1. The Convention on the Rights1 of migrants, adopted in 2003,2 covers 1,500 people at 2.5 per cent.3 and 91.6 million4 others. See A/57/387 and Corr.1.\n");

        Assert.Equal([1, 2, 3, 4], doc.Footnotes.Select(f => f.Number).Order());
        Assert.Equal("The Convention on the Rights of migrants, adopted in 2003, covers 1,500 people at 2.5 per cent. and 91.6 million others. See A/57/387 and Corr.1.", TextOf(doc, 1));
    }

    [Fact]
    public void Parse_HyphenAtLineEnd_JoinsWordAndDropsHyphenOnlyWhenDocumentSpellsItWithout()
    {
        var doc = Seeds.Parse("1. The popu-\nlation of the population and the gender-\nrelated issues.\n");

        Assert.Equal("The population of the population and the gender-related issues.", TextOf(doc, 1));
    }

    [Fact]
    public void Parse_DistributionLine_GivesDocumentDate()
    {
        var doc = Seeds.Parse("United Nations A/59/325\nGeneral Assembly Distr.: General\n3 September 2004\n\n1. Text.\n\n2. More.\n");

        Assert.Equal(new DateOnly(2004, 9, 3), doc.Date);
        Assert.Equal("A/59/325", doc.Symbol);
    }

    [Fact]
    public void Parse_GapInParagraphNumbers_IsReportedAsAnOddity()
    {
        var doc = Seeds.Parse("1. One.\n\n2. Two.\n\n4. Four.\n\n5. Five.\n");

        Assert.Equal([1, 2, 4, 5], Numbers(doc));
        Assert.Contains(doc.Warnings, w => w.Code == "paragraph-gap" && w.Message.Contains("from 2 to 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PageFooterSpreadAcrossTheLine_IsAnArtefact()
    {
        var doc = Seeds.Parse("1. Remittances amounted to US$ 167 billion.\n\n06-35367                                                                      3\nA/60/871\n\n2. The second paragraph.\n");

        Assert.Equal("Remittances amounted to US$ 167 billion.", TextOf(doc, 1));
        Assert.Contains(doc.Artefacts, a => a.Kind == ArtefactKind.JobNumber);
    }

    [Fact]
    public void Parse_FootnoteTextAtTheFootOfAPage_IsKeptOutOfTheParagraph()
    {
        var doc = Seeds.Parse("""
            1. The Division published World Population Policies, 2003,1 a compilation
            of views of 194 States.
            __________________
              1 United Nations publication, Sales No. E.04.XIII.8.
              2 See A/58/98, para. 12.

            04-49356                                                   3
            A/59/325

            2. Another paragraph with 12 figures.
            """);

        Assert.Equal("The Division published World Population Policies, 2003, a compilation of views of 194 States.", TextOf(doc, 1));
        Assert.Equal("Another paragraph with 12 figures.", TextOf(doc, 2));
        Assert.Contains(doc.Artefacts, a => a.Kind == ArtefactKind.FootnoteText && a.Text.StartsWith("1 United Nations publication", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FootnoteTextAtTheEndWithoutFooter_StopsBeforeTheNextParagraph()
    {
        var doc = Seeds.Parse("1. First paragraph.\n__________\n1 A note.\n\n2. Second paragraph.\n");

        Assert.Equal("First paragraph.", TextOf(doc, 1));
        Assert.Equal("Second paragraph.", TextOf(doc, 2));
    }
}

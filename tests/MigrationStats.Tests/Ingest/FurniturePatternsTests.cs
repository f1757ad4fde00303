using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Line patterns of page furniture, one line at a time.</summary>
public class FurniturePatternsTests
{
    [Theory]
    [InlineData("S/2005/123", false, ArtefactKind.RunningHead)]
    [InlineData("\fS/2005/123", false, ArtefactKind.RunningHead)]
    [InlineData("A/60/87 English Page 3", false, ArtefactKind.RunningHead)]
    [InlineData("Page 3", false, ArtefactKind.PageNumber)]
    [InlineData("  17  ", false, ArtefactKind.PageNumber)]
    [InlineData("- 4 -", false, ArtefactKind.PageNumber)]
    [InlineData("05-12345 (E) 120505", false, ArtefactKind.JobNumber)]
    [InlineData("05-12345 3/18", false, ArtefactKind.JobNumber)]
    [InlineData("*0512345*", false, ArtefactKind.JobNumber)]
    [InlineData("[...]", false, ArtefactKind.Elision)]
    [InlineData("[ . . . ]", false, ArtefactKind.Elision)]
    [InlineData("[…]", false, ArtefactKind.Elision)]
    [InlineData("Select target paragraph12", false, ArtefactKind.ViewerResidue)]
    [InlineData("Distr.: General", true, ArtefactKind.CoverPage)]
    [InlineData("Original: English", true, ArtefactKind.CoverPage)]
    [InlineData("Agenda item 54 (c)", true, ArtefactKind.CoverPage)]
    [InlineData("English", true, ArtefactKind.CoverPage)]
    public void ClassifyLine_FurnitureLine_GivesItsKind(string line, bool onCover, ArtefactKind kind)
    {
        Assert.Equal(kind, FurniturePatterns.ClassifyLine(line, onCover, IngestOptions.Default.FurnitureLineLength));
    }

    [Theory]
    [InlineData("Distr.: General", false)]
    [InlineData("Agenda item 54 (c)", false)]
    [InlineData("English", false)]
    [InlineData("1. The report was prepared by the Secretariat.", true)]
    [InlineData("In addition, 12 States ratified the Convention.", true)]
    [InlineData("1,500", true)]
    [InlineData("S/RES", false)]
    [InlineData("Annex I", true)]
    public void ClassifyLine_ContentLine_IsNotFurniture(string line, bool onCover)
    {
        Assert.Null(FurniturePatterns.ClassifyLine(line, onCover, IngestOptions.Default.FurnitureLineLength));
    }

    [Fact]
    public void ClassifyLine_LongerThanFurniture_IsNotFurniture()
    {
        Assert.Null(FurniturePatterns.ClassifyLine("Page 3", false, maxLength: 5));
    }

    [Fact]
    public void InlineSpans_CoverOnOneLine_FindsJobNumberBarcodeAndCoverPhrases()
    {
        const string line = "General Assembly Distr.: General 12 May 2005 Agenda item 54 (c) Migration 05-12345 (E) 120505 *0512345* Report of the Secretary-General";

        var spans = FurniturePatterns.InlineSpans(line, onCover: true).Select(s => (s.Kind, line.Substring(s.Start, s.Length))).ToList();

        Assert.Equal(
            [(ArtefactKind.JobNumber, "05-12345 (E) 120505"), (ArtefactKind.JobNumber, "*0512345*"), (ArtefactKind.CoverPage, "Distr.: General"), (ArtefactKind.CoverPage, "Agenda item 54 (c)")],
            spans);
    }

    [Fact]
    public void InlineSpans_OffTheCover_FindsNoCoverPhrases()
    {
        const string line = "The Distr.: General line and Agenda item 54 (c) are quoted here.";

        Assert.Empty(FurniturePatterns.InlineSpans(line, onCover: false));
    }

    [Theory]
    [InlineData("Original: English Sixtieth session Agenda item 54 (c) Globalization")]
    [InlineData("Original: English Agenda item 54 (c) Globalization")]
    public void InlineSpans_AgendaItemAfterLowerCaseWord_IsFoundOnTheCover(string line)
    {
        var spans = FurniturePatterns.InlineSpans(line, onCover: true).Select(s => line.Substring(s.Start, s.Length));

        Assert.Contains("Agenda item 54 (c)", spans);
    }

    [Theory]
    [InlineData("## I. Introduction", "I. Introduction")]
    [InlineData("- 12. The text of the report.", "12. The text of the report.")]
    [InlineData("- **12.** The text.", "12. The text.")]
    [InlineData("The **Global Commission** met.", "The Global Commission met.")]
    [InlineData("> 3. A quoted paragraph.", "3. A quoted paragraph.")]
    [InlineData("- a list item that is not a paragraph", "- a list item that is not a paragraph")]
    [InlineData("The high-level dialogue.", "The high-level dialogue.")]
    public void MarkdownSpans_MarkdownLine_LeavesTextWithoutMarks(string line, string expected)
    {
        var removed = new bool[line.Length];
        foreach (var (start, length) in FurniturePatterns.MarkdownSpans(line))
        {
            Array.Fill(removed, true, start, length);
        }

        Assert.Equal(expected, new string(line.Where((_, i) => !removed[i]).ToArray()));
    }

    [Theory]
    [InlineData("Annex I", "Annex I")]
    [InlineData("ANNEX II", "ANNEX II")]
    [InlineData("  Appendix A.", "Appendix A")]
    [InlineData("## Annex", "Annex")]
    [InlineData("Annex I to the report", null)]
    [InlineData("The annex contains the replies.", null)]
    public void PartOf_Line_GivesThePartItOpens(string line, string? part)
    {
        Assert.Equal(part, FurniturePatterns.PartOf(line));
    }
}

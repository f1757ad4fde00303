using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>Page furniture: cover pages (one item per line, or a whole page on one line), page breaks, markdown markup.</summary>
public class PageFurnitureTests
{
    // ---- 7. cover page, job numbers, barcodes ---------------------------------------------------

    [Theory]
    [InlineData("Distr.: General", ArtefactKind.CoverPage)]
    [InlineData("Original: English", ArtefactKind.CoverPage)]
    [InlineData("Agenda item 54 (c)", ArtefactKind.CoverPage)]
    [InlineData("United Nations", ArtefactKind.CoverPage)]
    [InlineData("General Assembly", ArtefactKind.CoverPage)]
    [InlineData("05-12345 (E) 120505", ArtefactKind.JobNumber)]
    [InlineData("*0512345*", ArtefactKind.JobNumber)]
    [InlineData("12 May 2005", ArtefactKind.CoverPage)]
    public void Parse_CoverLineByLine_EachLineIsAnArtefact(string line, ArtefactKind kind)
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Cover));

        var artefact = Assert.Single(doc.Artefacts, a => a.Text == line);
        Assert.Equal(kind, artefact.Kind);
        Assert.Equal(line, doc.Source[artefact.Span.Start..artefact.Span.End]);
    }

    [Theory]
    [InlineData("Distr.: General", ArtefactKind.CoverPage)]
    [InlineData("Original: English", ArtefactKind.CoverPage)]
    [InlineData("05-12345 (E) 120505", ArtefactKind.JobNumber)]
    [InlineData("*0512345*", ArtefactKind.JobNumber)]
    [InlineData("A/60/87", ArtefactKind.RunningHead)]
    [InlineData("2", ArtefactKind.PageNumber)]
    [InlineData("Agenda item 54 (c)", ArtefactKind.CoverPage)]
    public void Parse_CoverOnOneLine_InlineFurnitureIsAnArtefact(string text, ArtefactKind kind)
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.CoverOnOneLine));

        Assert.Contains(doc.Artefacts, a => a.Kind == kind && a.Text == text);
    }

    [Theory]
    [InlineData(nameof(LayoutDocuments.Cover), "05-12345")]
    [InlineData(nameof(LayoutDocuments.Cover), "120505")]
    [InlineData(nameof(LayoutDocuments.Cover), "0512345")]
    [InlineData(nameof(LayoutDocuments.Cover), "54")]
    [InlineData(nameof(LayoutDocuments.Cover), "Distr")]
    [InlineData(nameof(LayoutDocuments.Cover), "Original")]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), "05-12345")]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), "120505")]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), "0512345")]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), "Distr")]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), "Original")]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), "54")]
    public void Parse_Cover_FurnitureNumbersNotInAnyCleanText(string name, string furniture)
    {
        var doc = Layout.Parse(name);

        Assert.DoesNotContain(furniture, Layout.AllCleanText(doc), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(LayoutDocuments.Cover), new[] { 1, 2 })]
    [InlineData(nameof(LayoutDocuments.CoverOnOneLine), new[] { 1, 2, 3 })]
    public void Parse_Cover_BodyParagraphsStillFound(string name, int[] numbers)
    {
        var doc = Layout.Parse(name);

        Assert.Equal(numbers, Layout.Numbers(doc));
        Assert.Equal("The present report is submitted in accordance with resolution 58/208 of the General Assembly" + (name == nameof(LayoutDocuments.Cover) ? "." : ", in which the Assembly requested the Secretary-General to report on the preparations for the high-level dialogue."), Layout.TextOf(doc, 1));
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_CoverWordsInTheBody_AreNotFurniture()
    {
        var doc = Seeds.Parse("1. The first paragraph of the report is here.\n\nGeneral Assembly\n\n2. The General Assembly will consider agenda item 54 (c) at its next session.\n");

        Assert.Equal("The General Assembly will consider agenda item 54 (c) at its next session.", Layout.TextOf(doc, 2));
        Assert.DoesNotContain(doc.Artefacts, a => a.Kind == ArtefactKind.CoverPage);
    }

    // ---- 8. form feeds, running heads, footers --------------------------------------------------

    [Fact]
    public void Parse_PagesWithRunningHeadsAndFooters_AllAreFurniture()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.FormFeeds));

        Assert.Equal(4, doc.Artefacts.Count(a => a is { Kind: ArtefactKind.RunningHead, Text: "S/2005/123" }));
        Assert.Equal(["Page 2", "Page 3", "Page 4"], doc.Artefacts.Where(a => a.Kind == ArtefactKind.PageNumber).Select(a => a.Text));
        Assert.Equal(4, doc.Artefacts.Count(a => a.Text == "English"));
        Assert.Equal(3, doc.Artefacts.Count(a => a is { Kind: ArtefactKind.RunningFooter, Text: "English" }));
        Assert.DoesNotContain(doc.Paragraphs, p => p.Text.Value.Contains("S/2005/123", StringComparison.Ordinal) || p.Text.Value.Contains("Page", StringComparison.Ordinal) || p.Text.Value.Contains("English", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ParagraphAcrossPageBreak_TextJoinsAndPagesAreRight()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.FormFeeds));

        Assert.Equal([1, 2, 3, 4, 5], Layout.Numbers(doc));
        Assert.Equal(5, doc.Paragraphs.Length);
        Assert.Equal("The present report covers the period from January to April 2005 and describes the movement of persons across the border and the assistance they received.", Layout.TextOf(doc, 2));
        Assert.Equal([1, 1, 2, 3, 4], doc.Paragraphs.Select(p => p.Page));
        Assert.Empty(doc.Warnings);
        Assert.Empty(doc.Numbering.Jumps);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Parse_ShortLineAtPageTops_IsRunningHeadOnlyFromThreePages(int pages, bool furniture)
    {
        var text = string.Join("\n\f", Enumerable.Range(1, pages).Select(i => $"Refugee returns\n\n{i}. Paragraph number {i} of the report is printed here.\n")) + "\n";

        var doc = Seeds.Parse(text);

        Assert.Equal(furniture ? pages : 0, doc.Artefacts.Count(a => a is { Kind: ArtefactKind.RunningFooter, Text: "Refugee returns" }));
        Assert.Equal(furniture, !Layout.AllCleanText(doc).Contains("Refugee returns", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, pages), Layout.Numbers(doc));
    }

    // ---- 10. markdown markup ---------------------------------------------------------------------

    [Theory]
    [InlineData("**")]
    [InlineData("##")]
    [InlineData("- ")]
    [InlineData("#")]
    public void Parse_Markdown_MarkupNotInCleanText(string markup)
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Markdown));

        Assert.DoesNotContain(markup, Layout.AllCleanText(doc), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Headings, h => h.Display.Contains(markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MarkdownEmphasis_WordsKeptWithoutStars()
    {
        var doc = Layout.Parse(nameof(LayoutDocuments.Markdown));

        Assert.Equal("The Global Commission on International Migration was launched in December 2003.", Layout.TextOf(doc, 11));
    }

    // ---- the pass itself ------------------------------------------------------------------------

    [Fact]
    public void Find_ElisionLine_IsABreakAtItsLineStart()
    {
        var source = LayoutDocuments.Elision;
        var lines = SourceLines.Split(source);

        var reading = PageFurniture.Find(source, lines, null, IngestOptions.Default);

        Assert.Equal([source.IndexOf("[...]", StringComparison.Ordinal)], reading.Breaks.ToArray());
        var elision = Assert.Single(reading.Artefacts);
        Assert.Equal(ArtefactKind.Elision, elision.Kind);
        Assert.True(reading.Removed[source.IndexOf("[...]", StringComparison.Ordinal)]);
        Assert.False(reading.Removed[source.IndexOf("of the remaining", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Find_AnnexHeading_IsAPartWhereNumberingMayRestart()
    {
        var source = LayoutDocuments.Annex;
        var lines = SourceLines.Split(source);

        var reading = PageFurniture.Find(source, lines, null, IngestOptions.Default);

        Assert.Equal([(source.IndexOf("Annex I", StringComparison.Ordinal), "Annex I")], reading.Parts.ToArray());
        Assert.Empty(reading.Artefacts);
    }

    [Fact]
    public void Find_FormFeeds_RemovesEachPageEdgeBlockWholeButNotTheText()
    {
        var source = LayoutDocuments.FormFeeds;
        var lines = SourceLines.Split(source);

        var reading = PageFurniture.Find(source, lines, "S/2005/123", IngestOptions.Default);

        var kept = new string(source.Where((_, i) => !reading.Removed[i]).ToArray());
        Assert.DoesNotContain("S/2005/123", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("\f", kept, StringComparison.Ordinal);
        Assert.Contains("and describes the\nmovement of persons", kept, StringComparison.Ordinal);
    }
}

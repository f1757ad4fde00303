using MigrationStats.Dataset;
using MigrationStats.Ingest;

namespace MigrationStats.Tests.Dataset;

/// <summary>
/// End-to-end on the second development set (../shared/dev: seven real reports of other layouts):
/// every gold row lies in the paragraph the gold names, and no figure is page furniture or structure.
/// </summary>
public class DevSetExtractionTests
{
    private static readonly Lazy<(IReadOnlyList<ReportDocument> Docs, ExtractedDataset Data)> Run = new(() =>
    {
        var docs = Pipeline.Read([SharedData.DevDocs]);
        return (docs, Pipeline.Extract(docs));
    });

    private static List<Dictionary<string, string>> Blank(List<Dictionary<string, string>> rows, string column) =>
        rows.Select(r => r.ToDictionary(p => p.Key, p => p.Key == column ? string.Empty : p.Value)).ToList();

    public static TheoryData<string> Kinds => new() { "figures", "dates" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Extract_DevSet_ParagraphsAsTheGoldNamesThem(string kind)
    {
        var data = Run.Value.Data;
        var system = kind == "figures"
            ? GoldScorer.ReadCsv(CsvExport.Figures(data)).Where(r => r["kind"] != "duration").ToList()
            : GoldScorer.ReadCsv(CsvExport.Dates(data));
        var gold = GoldScorer.ReadTsv(SharedData.DevGold(kind + ".tsv"));
        Func<Dictionary<string, string>, Dictionary<string, string>, bool> ok = kind == "figures" ? GoldScorer.FigureValueOk : GoldScorer.DateValueOk;

        var withParagraphs = GoldScorer.Match(gold, system, ok);
        var without = GoldScorer.Match(Blank(gold, "para"), Blank(system, "paragraph"), ok);

        // Paragraph numbers may only cost nothing: with them, P and R are within 0.02 of the
        // scores with paragraphs ignored, or better (blanked, the matching has more ways to pair
        // optional rows, and may pair them worse).
        var report = string.Join("\n", withParagraphs.Report);
        Assert.True(without.Precision - withParagraphs.Precision <= 0.02, $"{kind} P {withParagraphs.Precision:0.000} with paragraphs, {without.Precision:0.000} without\n{report}");
        Assert.True(without.Recall - withParagraphs.Recall <= 0.02, $"{kind} R {withParagraphs.Recall:0.000} with paragraphs, {without.Recall:0.000} without\n{report}");
        Assert.True(withParagraphs.Recall >= (kind == "figures" ? 0.95 : 0.85), $"{kind} R={withParagraphs.Recall:0.000}\n{report}");
        Assert.True(withParagraphs.Precision >= 0.85, $"{kind} P={withParagraphs.Precision:0.000}\n{report}");
    }

    [Fact]
    public void Extract_DevSet_NoFigureIsStructureOrFurniture()
    {
        var (docs, data) = Run.Value;
        var byId = docs.ToDictionary(d => d.Id);
        static bool Overlap(int s1, int e1, int s2, int e2) => s1 < e2 && s2 < e1;

        Assert.True(data.Figures.Length >= 41);
        foreach (var f in data.Figures)
        {
            var doc = byId[f.Source.Document];
            var (start, end) = (f.Source.CharStart, f.Source.CharEnd);
            Assert.DoesNotContain(doc.Footnotes, m => Overlap(start, end, m.Span.Start, m.Span.End));
            Assert.DoesNotContain(doc.Artefacts, a => Overlap(start, end, a.Span.Start, a.Span.End));
            Assert.DoesNotContain(doc.Paragraphs, p => p.Number is not null && Overlap(start, end, p.Span.Start, p.Span.Start + p.Number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length));
            Assert.DoesNotContain(doc.Headings, h => Overlap(start, end, h.Span.Start, h.Span.Start + h.Label.Length));
        }
    }

    [Fact]
    public void Read_DevSet_NumberingAsPrinted()
    {
        var docs = Run.Value.Docs.ToDictionary(d => d.Id);

        // The excerpt with elisions: every printed paragraph number, and each jump explained.
        var excerpt = docs["A_69_302"];
        Assert.Equal(46, excerpt.NumberedParagraphs.Count());
        Assert.All(excerpt.Numbering.Jumps, j => Assert.Equal(NumberingReport.Elided, j.Reason));
        Assert.Equal(14, excerpt.Numbering.Runs[0].First);
        Assert.Equal(107, excerpt.Numbering.Runs[^1].Last);

        // A web copy whose list renumbers the paragraphs.
        Assert.True(docs["A_74_12"].Numbering.Renumbered);
        Assert.Equal([1, 2, 3], docs["A_74_12"].NumberedParagraphs.Select(p => p.Number!.Value));

        // The contents page is furniture, and the cover's job number and barcode too.
        Assert.Contains(docs["A_60_871"].Artefacts, a => a.Kind == ArtefactKind.ContentsPage);
        Assert.Contains(docs["A_60_871"].Artefacts, a => a.Kind == ArtefactKind.JobNumber && a.Text == "*0635354*");
        Assert.Equal("S/2016/766", docs["S_2016_766"].Symbol);
    }
}

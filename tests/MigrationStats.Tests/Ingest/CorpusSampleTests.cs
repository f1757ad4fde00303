using System.Text.RegularExpressions;
using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>
/// The structure reading over a sample of the 272 pdftotext reports of ../shared/corpus/text
/// (every ninth file, 1989-2018). The whole corpus is checked with
/// <c>migstats inspect --summary ../shared/corpus/text</c> (see the README).
/// </summary>
public partial class CorpusSampleTests
{
    private static readonly Lazy<List<ReportDocument>> Sample = new(() =>
        Directory.GetFiles(SharedData.CorpusText, "*.txt").Order(StringComparer.Ordinal).Where((_, i) => i % 9 == 0).Select(f => ReportReader.Read(f)).ToList());

    [GeneratedRegex(@"(?m)^\s*\d{1,3}\.\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"_S_(?<year>(?:19|20)\d\d)_")]
    private static partial Regex SymbolYear();

    [Fact]
    public void Read_CorpusSample_FindsNumberingWhereverTheTextHasIt()
    {
        var docs = Sample.Value;

        Assert.True(docs.Count >= 30);
        Assert.All(docs.Where(d => NumberedLine().Matches(d.Source).Count >= 3), d => Assert.NotEmpty(d.Numbering.Runs));
    }

    [Fact]
    public void Read_CorpusSample_BodyNumberingRunsFromOneWithoutJumps()
    {
        var numbered = Sample.Value.Where(d => d.Numbering.Runs.Length > 0).ToList();
        var clean = numbered.Where(d => d.Numbering.BodyRunsFromOne).ToList();
        var others = string.Join(", ", numbered.Except(clean).Select(d => $"{d.Id}: {ReadingSummary.Of(d).Verdict}"));

        Assert.True(clean.Count >= 0.85 * numbered.Count, $"{clean.Count} of {numbered.Count} run 1..N; others: {others}");

        // Reports from 1996 on have a text layer of their own (no OCR): all of them run 1..N.
        var recent = numbered.Where(d => SymbolYear().Match(d.Id) is { Success: true } m && int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1996).ToList();
        Assert.True(recent.Count >= 10);
        Assert.All(recent, d => Assert.True(d.Numbering.BodyRunsFromOne, $"{d.Id}: {ReadingSummary.Of(d).Verdict}"));
    }

    [Fact]
    public void Extract_CorpusSample_NoFigureIsFurnitureFootnoteOrParagraphNumber()
    {
        var docs = Sample.Value.Where((_, i) => i % 4 == 0).ToList();
        var data = Pipeline.Extract(docs);
        var byId = docs.ToDictionary(d => d.Id);
        static bool Overlap(int s1, int e1, int s2, int e2) => s1 < e2 && s2 < e1;

        Assert.True(data.Figures.Length > 50);
        foreach (var f in data.Figures)
        {
            var doc = byId[f.Source.Document];
            var (start, end) = (f.Source.CharStart, f.Source.CharEnd);
            Assert.Equal(f.Source.Quote, doc.Source[start..end]);
            Assert.DoesNotContain(doc.Footnotes, m => Overlap(start, end, m.Span.Start, m.Span.End));
            Assert.DoesNotContain(doc.Artefacts, a => Overlap(start, end, a.Span.Start, a.Span.End));
            Assert.DoesNotContain(doc.Paragraphs, p => p.Number is not null && Overlap(start, end, p.Span.Start, p.Span.Start + 1));
        }
    }
}

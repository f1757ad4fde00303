using System.Globalization;
using MigrationStats.Verify;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Verify;

/// <summary>
/// verify on a run over a real PDF (a copy of UNMOT_S_1995_105.pdf, so the tests may change it):
/// given the PDF's folder it re-reads the PDF, and a value edited in the workbook or a changed PDF
/// is found; without it, it checks the text the run wrote to sources/.
/// </summary>
public sealed class PdfVerifyTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-pdf-verify-").FullName;
    private readonly string pdf;
    private readonly string output;

    public PdfVerifyTests()
    {
        pdf = Path.Combine(Directory.CreateDirectory(Path.Combine(dir, "reports")).FullName, "UNMOT_S_1995_105.pdf");
        File.Copy(Path.Combine(SharedData.Root, "corpus", "pdf", "UNMOT_S_1995_105.pdf"), pdf);
        output = Path.Combine(dir, "output");
        Assert.Equal(0, TempRun.Cli("run", pdf, "--out", output).Code);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Workbook => Path.Combine(output, WorkbookLayout.FileName);

    private string Reports => Path.GetDirectoryName(pdf)!;

    [Fact]
    public void Verify_UntouchedPdfRun_EveryRowOkAndExitsZero()
    {
        var report = SourceVerifier.Verify(Workbook, [Reports]);
        var (code, text, _) = TempRun.Cli("verify", Workbook, "--sources", Reports);

        Assert.True(report.Rows.Length > 10);
        Assert.All(report.Rows, r => Assert.Equal(RowStatus.Ok, r.Status));
        Assert.Equal(0, code);
        Assert.Equal($"{report.Rows.Length} rows checked: {report.Rows.Length} ok, 0 mismatches, 0 unverifiable", text.Trim());
    }

    [Fact]
    public void Verify_FigureValueChangedInTheWorkbook_NamesThatRowAndExitsTwo()
    {
        decimal original = 0;
        TempRun.Edit(Workbook, w =>
        {
            var value = TempRun.Cell(w.Worksheet(WorkbookLayout.FiguresSheet), 2, "value");
            original = value.GetValue<decimal>();
            value.SetValue(original + 1);
        });

        var (code, text, _) = TempRun.Cli("verify", Workbook, "--sources", Reports);
        var problem = Assert.Single(SourceVerifier.Verify(Workbook, [Reports]).Problems);

        Assert.Equal(2, code);
        Assert.Equal(("F2", RowStatus.Mismatch), (problem.Row, problem.Status));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"workbook {original + 1:#,0} but source S/1995/105 para "), problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $" = {original:#,0}"), problem.Message, StringComparison.Ordinal);
        Assert.Contains($"F2   mismatch  {problem.Message}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PdfChangedAfterTheRun_EveryRowIsSourceChangedAndExitsTwo()
    {
        // Bytes after %%EOF: the PDF still opens and its text is the same, but the file is not the one the rows were made from.
        File.AppendAllText(pdf, "% edited\n");

        var report = SourceVerifier.Verify(Workbook, [Reports]);
        var (code, text, _) = TempRun.Cli("verify", Workbook, "--sources", Reports);

        Assert.NotEmpty(report.Rows);
        Assert.All(report.Rows, r => Assert.Equal(RowStatus.SourceChanged, r.Status));
        Assert.All(report.Rows, r => Assert.Equal(VerifyMessages.SourceChanged(pdf) + "; " + VerifyMessages.StillAgrees, r.Message));
        Assert.Equal(2, code);
        Assert.EndsWith($"{report.Rows.Length} with a changed source", text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PdfRunWithoutSources_ChecksTheExtractedTextAndSaysSo()
    {
        var (code, text, _) = TempRun.Cli("verify", Workbook);
        var report = SourceVerifier.Verify(Workbook, []);

        Assert.True(report.AllOk, string.Join("\n", report.Problems));
        Assert.Equal(VerifyMessages.CheckedExtractedText(["S/1995/105"], Path.Combine(output, "sources")), Assert.Single(report.Notes));
        Assert.Equal(0, code);
        Assert.Contains("pass --sources with the folder of the PDF files", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_PdfRunWithoutSources_ExtractedTextEdited_FindsTheEditedQuote()
    {
        var extracted = Path.Combine(output, "sources", "UNMOT_S_1995_105.txt");
        var first = SourceVerifier.Verify(Workbook, []).Rows[0];
        string quote;
        using (var workbook = new ClosedXML.Excel.XLWorkbook(Workbook))
        {
            quote = TempRun.Cell(workbook.Worksheet(WorkbookLayout.FiguresSheet), 2, "quote").GetString();
        }

        var before = File.ReadAllText(extracted);
        File.WriteAllText(extracted, before.Replace(quote, new string('#', quote.Length), StringComparison.Ordinal));
        Assert.NotEqual(before, File.ReadAllText(extracted));

        var problem = SourceVerifier.Verify(Workbook, []).Problems.First();

        Assert.Equal(RowStatus.Ok, first.Status);
        Assert.Equal(("F2", RowStatus.Unverifiable), (problem.Row, problem.Status));
        Assert.StartsWith($"quote '{quote}' not found in S/1995/105", problem.Message, StringComparison.Ordinal);
    }
}

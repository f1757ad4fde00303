using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>PDF input: the text layer read through PdfPig into the same reading as text, and one test per PDF error.</summary>
public class PdfTextTests
{
    private static string Pdf(string id) => Path.Combine(SharedData.Root, "corpus", "pdf", id + ".pdf");

    private static string Temp(byte[] bytes, string name = "bad.pdf")
    {
        var dir = Directory.CreateTempSubdirectory("migstats-pdf");
        var path = Path.Combine(dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Read_PdfWithTextLayer_NumbersParagraphsAsItsPdftotextText()
    {
        var fromPdf = ReportReader.Read(Pdf("UNMIK_S_2016_666"));
        var fromText = ReportReader.Read(Path.Combine(SharedData.CorpusText, "UNMIK_S_2016_666.txt"));

        Assert.Equal(fromText.NumberedParagraphs.Select(p => p.Number), fromPdf.NumberedParagraphs.Select(p => p.Number));
        Assert.Equal("S/2016/666", fromPdf.Symbol);
        Assert.Equal(fromText.Date, fromPdf.Date);
        Assert.True(fromPdf.NumberedParagraphs.Last().Page > 1);
    }

    [Fact]
    public void Extract_PdfRows_QuoteIsTheExtractedTextAtItsOffsetsWithAPage()
    {
        var doc = ReportReader.Read(Pdf("UNPREDEP_S_1996_373"));
        var data = Pipeline.Extract([doc]);

        Assert.NotEmpty(data.Figures);
        Assert.All(data.Figures, f => Assert.Equal(doc.Source[f.Source.CharStart..f.Source.CharEnd], f.Source.Quote));
        Assert.Contains(data.Figures, f => f.Value == 1050);
    }

    [Fact]
    public void Read_ScannedPdf_SaysItNeedsOcr()
    {
        var e = Assert.Throws<InputException>(() => ReportReader.Read(Pdf("UNIKOM_S_1997_255")));

        Assert.Equal(InputErrors.NoTextLayer(4), e.Problem);
        Assert.EndsWith("UNIKOM_S_1997_255.pdf", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextFileNamedPdf_SaysItIsNotAPdf()
    {
        var e = Assert.Throws<InputException>(() => ReportReader.Read(Temp("1. Some text.\n"u8.ToArray())));

        Assert.Equal(InputErrors.NotPdf, e.Problem);
    }

    [Fact]
    public void Read_FixturePdf_GivesTheTextOfItsTextLayer()
    {
        var doc = ReportReader.Read(Temp(PdfFixtures.Text("1. Some 160 people attended in May 2004."), "fixture.pdf"));

        Assert.Equal("1. Some 160 people attended in May 2004.\n\f", doc.Source);
        Assert.Equal([1], doc.NumberedParagraphs.Select(p => p.Number));
    }

    [Fact]
    public void Read_EncryptedPdf_SaysItIsEncrypted()
    {
        var path = Temp(PdfFixtures.Encrypted("1. Some 160 people attended in May 2004."), "locked.pdf");

        var e = Assert.Throws<InputException>(() => ReportReader.Read(path));

        Assert.Equal(InputErrors.Encrypted, e.Problem);
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Read_TruncatedPdf_SaysItIsDamaged()
    {
        var bytes = File.ReadAllBytes(Pdf("UNPREDEP_S_1996_373"));
        var e = Assert.Throws<InputException>(() => ReportReader.Read(Temp(bytes[..400])));

        Assert.StartsWith("PDF is damaged and cannot be read", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBatch_FolderWithAScan_SkipsItAndReadsTheOthers()
    {
        var dir = Directory.CreateTempSubdirectory("migstats-batch").FullName;
        File.Copy(Pdf("UNIKOM_S_1997_255"), Path.Combine(dir, "scan.pdf"));
        File.Copy(Pdf("UNPREDEP_S_1996_373"), Path.Combine(dir, "report.pdf"));

        var (documents, skipped) = Pipeline.ReadBatch([dir]);

        Assert.Equal(["report"], documents.Select(d => d.Id));
        Assert.Equal(InputErrors.NoTextLayer(4), Assert.Single(skipped).Problem);
    }
}

using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using MigrationStats.Tests.Verify;
using MigrationStats.Workbook;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace MigrationStats.Tests.Workbook;

/// <summary>Malformed or foreign files given to <see cref="WorkbookReader"/>: each one a one-line <see cref="InputException"/>, never a crash.</summary>
public sealed class WorkbookReaderInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("migstats-reader-input-").FullName;
    private readonly string path;

    public WorkbookReaderInputTests()
    {
        path = Path.Combine(dir, WorkbookLayout.FileName);
        WorkbookWriter.Write(HandMadeDataset.Build(), path);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private InputException Refused(string file)
    {
        var e = Assert.Throws<InputException>(() => WorkbookReader.Read(file));
        Assert.Equal(file, e.Path);
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }

    /// <summary>Changes one cell of the Figures sheet with the Open XML SDK, as another program might have saved it.</summary>
    private void EditFiguresCell(string reference, Action<S.Cell> edit)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == WorkbookLayout.FiguresSheet);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        edit(part.Worksheet.Descendants<S.Cell>().Single(c => c.CellReference == reference));
        part.Worksheet.Save();
    }

    /// <summary>The address of a Figures column in row 2 ("F2" for value).</summary>
    private static string Row2(string column) => SheetStream.CellReference(2, WorkbookLayout.FigureColumns.IndexOf(column) + 1);

    [Fact]
    public void Read_EmptyFile_SaysItIsEmpty()
    {
        File.WriteAllBytes(path, []);

        Assert.Equal(InputErrors.Empty, Refused(path).Problem);
    }

    [Fact]
    public void Read_TextFileNamedXlsx_SaysItIsNotAZip()
    {
        File.WriteAllText(path, "document,value\n");

        Assert.Equal(InputErrors.NotWorkbook(InputErrors.NotZip), Refused(path).Problem);
    }

    [Fact]
    public void Read_OldXlsFileNamedXlsx_SaysToSaveItAsXlsx()
    {
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        Assert.Equal(InputErrors.NotWorkbook(InputErrors.OleFile), Refused(path).Problem);
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_SaysItIsNotAWorkbook()
    {
        File.Delete(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var w = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            w.Write("not a workbook");
        }

        Assert.StartsWith("not an Excel workbook (", Refused(path).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WordDocumentNamedXlsx_SaysItIsNotAWorkbook()
    {
        File.Delete(path);
        using (var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        Assert.StartsWith("not an Excel workbook (", Refused(path).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedZip_SaysTheWorkbookIsDamaged()
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        Assert.StartsWith("not an Excel workbook (", Refused(path).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptSheetData_SaysTheWorkbookIsDamaged()
    {
        // Overwrites the middle of the Figures sheet's compressed data, leaving the zip directory intact.
        long start, length;
        using (var zip = ZipFile.OpenRead(path))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet2.xml")!;
            length = entry.CompressedLength;
            start = LocalDataOffset(path, entry.FullName);
        }

        var bytes = File.ReadAllBytes(path);
        for (var i = start + (length / 4); i < start + (3 * length / 4); i++)
        {
            bytes[i] = (byte)(bytes[i] ^ 0x5A);
        }

        File.WriteAllBytes(path, bytes);

        Assert.StartsWith("not an Excel workbook (", Refused(path).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookWithoutFiguresSheet_NamesTheSheet()
    {
        TempRun.Edit(path, w => w.Worksheet(WorkbookLayout.FiguresSheet).Delete());

        Assert.Equal(InputErrors.NoSheet(WorkbookLayout.FiguresSheet), Refused(path).Problem);
    }

    [Fact]
    public void Read_TimelineWithoutStartColumn_NamesSheetAndColumn()
    {
        TempRun.Edit(path, w =>
        {
            var timeline = w.Worksheet(WorkbookLayout.TimelineSheet);
            timeline.Column(TempRun.Column(timeline, "start")).Delete();
        });

        Assert.Equal(InputErrors.NoColumn(WorkbookLayout.TimelineSheet, "start"), Refused(path).Problem);
    }

    [Fact]
    public void Read_FormulaWithSavedValue_ReadsTheValue()
    {
        EditFiguresCell(Row2("value"), c => c.CellFormula = new S.CellFormula("175*1000000"));
        EditFiguresCell(Row2("quote"), c =>
        {
            c.CellFormula = new S.CellFormula("\"175 million\"");
            c.DataType = S.CellValues.String;
            c.CellValue = new S.CellValue("175 million");
        });

        var figure = WorkbookReader.Read(path).Figures[0];

        Assert.Equal(175_000_000m, figure.Value);
        Assert.Equal("175 million", figure.Source.Quote);
    }

    [Fact]
    public void Read_FormulaWithoutSavedValue_NamesSheetCellAndColumn()
    {
        EditFiguresCell(Row2("value"), c =>
        {
            c.CellFormula = new S.CellFormula("175*1000000");
            c.CellValue = null;
        });

        Assert.Equal(InputErrors.BadCell(WorkbookLayout.FiguresSheet, Row2("value"), "value", InputErrors.FormulaWithoutValue), Refused(path).Problem);
    }

    [Fact]
    public void Read_ErrorValueWhereANumberIsExpected_NamesTheError()
    {
        EditFiguresCell(Row2("value"), c =>
        {
            c.CellFormula = new S.CellFormula("1/0");
            c.DataType = S.CellValues.Error;
            c.CellValue = new S.CellValue("#DIV/0!");
        });

        Assert.Equal(InputErrors.BadCell(WorkbookLayout.FiguresSheet, Row2("value"), "value", InputErrors.ErrorValue("#DIV/0!")), Refused(path).Problem);
    }

    [Fact]
    public void Read_SharedStringThatDoesNotExist_NamesTheCell()
    {
        EditFiguresCell(Row2("document"), c =>
        {
            c.DataType = S.CellValues.SharedString;
            c.CellValue = new S.CellValue("999999");
        });

        Assert.Equal(InputErrors.BadCell(WorkbookLayout.FiguresSheet, Row2("document"), "document", "shared string '999999' does not exist"), Refused(path).Problem);
    }

    [Fact]
    public void Read_ErrorInAColumnVerifyDoesNotRead_StillReadsTheRows()
    {
        TempRun.Edit(path, w => w.Worksheet(WorkbookLayout.FiguresSheet).Cell(1, WorkbookLayout.FigureColumns.Length + 1).SetValue("note"));
        using (var document = SpreadsheetDocument.Open(path, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == WorkbookLayout.FiguresSheet);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var row = part.Worksheet.Descendants<S.Row>().Single(r => r.RowIndex! == 2);
            row.Append(new S.Cell(new S.CellFormula("1/0"), new S.CellValue("#DIV/0!")) { CellReference = SheetStream.CellReference(2, WorkbookLayout.FigureColumns.Length + 1), DataType = S.CellValues.Error });
            part.Worksheet.Save();
        }

        Assert.Equal(6, WorkbookReader.Read(path).Figures.Length);
    }

    [Fact]
    public async Task Read_Fifo_IsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(dir, "pipe.xlsx");
        using (var mk = Process.Start("mkfifo", fifo))
        {
            mk.WaitForExit();
        }

        var read = Task.Run(() => Refused(fifo));
        var first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(first == read, "reading a FIFO must not block");
        Assert.Equal(InputErrors.NotRegular, (await read).Problem);
    }

    [Fact]
    public void Read_LinkToDevZero_IsRefusedWithoutReading()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var link = Path.Combine(dir, "zero.xlsx");
        File.CreateSymbolicLink(link, "/dev/zero");

        Assert.Equal(InputErrors.NotRegular, Refused(link).Problem);
    }

    [Fact]
    public void Verify_TextFileNamedXlsx_PrintsOneLineAndExitsTwo()
    {
        File.WriteAllText(path, "not a workbook");

        var (code, output, error) = TempRun.Cli("verify", path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"error: {path}: {InputErrors.NotWorkbook(InputErrors.NotZip)}", error.Trim());
    }

    /// <summary>Where an entry's compressed data starts: after its local header, whose name and extra field lengths are read from the file.</summary>
    private static long LocalDataOffset(string zipPath, string entryName)
    {
        var bytes = File.ReadAllBytes(zipPath);
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 30 + name.Length <= bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4
                && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                var nameLength = BitConverter.ToUInt16(bytes, i + 26);
                var extraLength = BitConverter.ToUInt16(bytes, i + 28);
                return i + 30 + nameLength + extraLength;
            }
        }

        throw new InvalidOperationException($"no local header for {entryName}");
    }
}

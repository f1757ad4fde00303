using ClosedXML.Excel;
using MigrationStats.Verify;
using MigrationStats.Workbook;

namespace MigrationStats.Tests.Verify;

/// <summary>
/// A small hand-written report run through the whole pipeline into a temporary folder, with
/// helpers to edit the workbook the way a person would and to verify it.
/// </summary>
internal sealed class TempRun : IDisposable
{
    /// <summary>
    /// Figures rows (Excel rows): F2 '175 million' (2000), F3 '76 million' (1960), F4 '7' per cent
    /// (1975), F5 '21 per cent' (2003), F6 'over 20' (2003-10). Timeline rows, sorted by start:
    /// D2 1960, D3 1975..2003, D4 2000, D5 2003-10, D6 2003-10-07.
    /// </summary>
    public const string Report = """
        A/59/999

        1. The number of international migrants worldwide stood at 175 million in 2000, up
        from 76 million in 1960.

        2. Between 1975 and 2003, the proportion of Governments that viewed immigration
        levels as too high had risen from 7 to 21 per cent.

        3. The second coordination meeting, held in October 2003, brought together
        representatives from over 20 organizations. The Commission met on 7 October 2003.

        """;

    public const string Symbol = "A/59/999";

    public TempRun(params (string Name, string Text)[] reports)
    {
        Root = Directory.CreateTempSubdirectory("migstats-verify-").FullName;
        Sources = Path.Combine(Root, "reports");
        Directory.CreateDirectory(Sources);
        foreach (var (name, text) in reports.Length == 0 ? [("report", Report)] : reports)
        {
            File.WriteAllText(Path.Combine(Sources, name + ".txt"), text);
        }

        Output = Path.Combine(Root, "output");
        Result = Pipeline.Run([Sources], Output);
    }

    public string Root { get; }

    public string Sources { get; }

    public string Output { get; }

    public RunResult Result { get; }

    public string Workbook => Path.Combine(Output, WorkbookLayout.FileName);

    public string SourceFile(string name = "report") => Path.Combine(Sources, name + ".txt");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Opens the workbook, lets <paramref name="edit"/> change a sheet, and saves it.</summary>
    public void Edit(string sheetName, Action<IXLWorksheet> edit) => Edit(Workbook, w => edit(w.Worksheet(sheetName)));

    /// <summary>Opens a workbook with ClosedXML, lets <paramref name="edit"/> change it, and saves it in place.</summary>
    public static void Edit(string workbookPath, Action<XLWorkbook> edit)
    {
        using var workbook = new XLWorkbook(workbookPath);
        edit(workbook);
        workbook.Save();
    }

    /// <summary>The column number of a header in the first row of a sheet.</summary>
    public static int Column(IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    /// <summary>The cell of a column (by header) in an Excel row.</summary>
    public static IXLCell Cell(IXLWorksheet sheet, int row, string header) => sheet.Cell(row, Column(sheet, header));

    /// <summary>Verifies <paramref name="input"/> (default: the workbook) with the given source folders, by default the folder the run read.</summary>
    public VerificationReport Verify(string? input = null, params string[] sourceFolders) =>
        SourceVerifier.Verify(input ?? Workbook, sourceFolders.Length == 0 ? [Sources] : sourceFolders);

    public static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = MigrationStats.Cli.Cli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}

using System.Collections.Immutable;
using System.Globalization;
using MigrationStats.Dataset;
using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>
/// Annex tables as pdftotext linearizes them (one cell per line, blank lines between cells): the
/// cells read, and the numbers the checks drop (a stray page number, a percentage over 100).
/// </summary>
public class TableReaderTests
{
    /// <summary>Cells one per line with a blank line between; a piece may hold "\n" for lines of one cell block.</summary>
    private static string Linear(params string[] pieces) => string.Join("\n\n", pieces) + "\n";

    private const string KpsCaption = "Composition of the Kosovo Police Service as at 31 March 2003\nCategory";

    private static readonly string[] KpsHeads = ["Percentage", "Number"];

    private static readonly string[] KpsGroup =
        ["Kosovo Albanians", "84.09", "4 407", "Kosovo Serbs", "9.24", "473", "Other ethnic minority members", "6.67", "367"];

    private static readonly string[] KpsGroupCells =
    [
        "Kosovo Albanians | Percentage | 84.09", "Kosovo Albanians | Number | 4407",
        "Kosovo Serbs | Percentage | 9.24", "Kosovo Serbs | Number | 473",
        "Other ethnic minority members | Percentage | 6.67", "Other ethnic minority members | Number | 367",
    ];

    private static readonly string[] MenWomenCells = ["Men | Percentage | 84.6", "Men | Number | 4460", "Women | Percentage | 15.4", "Women | Number | 787"];

    /// <summary>Each case: the text, and the cells expected as "row | column | value" in order (none: no table).</summary>
    private static readonly Dictionary<string, (string Text, string[] Cells)> Cases = new()
    {
        ["ShortTotalRow"] = (Linear([KpsCaption, .. KpsHeads, .. KpsGroup, "Total", "5 247", "Men", "84.6", "4 460", "Women", "15.4", "787"]),
            [.. KpsGroupCells, "Total | Number | 5247", .. MenWomenCells]),
        ["StrayPageNumberInTotal"] = (Linear([KpsCaption, .. KpsHeads, .. KpsGroup, "Total", "18", "5 247", "Men", "84.6", "4 460", "Women", "15.4", "787"]),
            [.. KpsGroupCells, "Total | Number | 5247", .. MenWomenCells]),
        ["StrayPageNumberAfterLastRow"] = (Linear([KpsCaption, .. KpsHeads, .. KpsGroup, "Total", "5 247", "Men", "84.6", "4 460", "Women", "15.4", "787", "17\n\fS/2003/421", "Annex II", "Composition and strength of the Military Liaison Component"]),
            [.. KpsGroupCells, "Total | Number | 5247", .. MenWomenCells]),
        ["StrayNumberInsideRow"] = (Linear([KpsCaption, .. KpsHeads, "Kosovo Albanians", "84.09", "4 407", "Kosovo Serbs", "9.24", "20", "473", "Other ethnic minority members", "6.67", "367", "Total", "5 247"]),
            ["Kosovo Albanians | Percentage | 84.09", "Kosovo Albanians | Number | 4407", "Other ethnic minority members | Percentage | 6.67", "Other ethnic minority members | Number | 367"]),
        ["OrphanTotal"] = (Linear(["Composition of the Kosovo Police Service\n(as at 14 August 2006)\nCategory", .. KpsHeads,
            "Kosovo Albanians", "84.05", "6 093", "Kosovo Serbs", "10.17", "737", "Other ethnic minority members", "5.78", "419", "100", "7 249",
            "Men", "86.33", "6 258", "Women", "13.67", "991", "Total", "22", "06-48351\n\fS/2006/707", "Annex III", "Composition and strength of the military liaison component"]),
            ["Kosovo Albanians | Percentage | 84.05", "Kosovo Albanians | Number | 6093", "Kosovo Serbs | Percentage | 10.17", "Kosovo Serbs | Number | 737",
             "Other ethnic minority members | Percentage | 5.78", "Other ethnic minority members | Number | 419", "Total | Percentage | 100", "Total | Number | 7249",
             "Men | Percentage | 86.33", "Men | Number | 6258", "Women | Percentage | 13.67", "Women | Number | 991"]),
        ["PercentageOver100"] = (Linear([KpsCaption, .. KpsHeads, "Kosovo Albanians", "84.09", "4 407", "Kosovo Serbs", "473", "9.24", "Other ethnic minority members", "6.67", "367", "Total", "5 247"]),
            ["Kosovo Albanians | Percentage | 84.09", "Kosovo Albanians | Number | 4407", "Other ethnic minority members | Percentage | 6.67", "Other ethnic minority members | Number | 367"]),
        ["SecondGroupNotSummingToTotal"] = (Linear([KpsCaption, .. KpsHeads, .. KpsGroup, "Total", "5 247", "Men", "84.6", "4 460", "Women", "15.4", "780"]),
            [.. KpsGroupCells, "Total | Number | 5247", "Men | Percentage | 84.6", "Women | Percentage | 15.4"]),
        ["FirstLabelBelowTheGroup"] = (Linear(["Composition of the Kosovo Police Service\n(as at 15 June 2008)\nCategory", .. KpsHeads,
            "84.51", "5 980", "Kosovo Serbs", "9.92", "702", "Other ethnic minority members", "5.57", "394", "Kosovo Albanians", "Total", "08-41284", "7 076"]),
            ["Kosovo Albanians | Percentage | 84.51", "Kosovo Albanians | Number | 5980", "Kosovo Serbs | Percentage | 9.92", "Kosovo Serbs | Number | 702",
             "Other ethnic minority members | Percentage | 5.57", "Other ethnic minority members | Number | 394", "Total | Number | 7076"]),
        ["FirstLabelAboveTheHeads"] = (Linear(["Composition of the Kosovo Police Service as at 30 June 2004\nCategory", "Kosovo Albanians", .. KpsHeads,
            "84.5", "5 054", "Kosovo Serbs", "9.5", "567", "Other ethnic minority members", "6.0", "362", "Total", "5 983"]),
            ["Kosovo Albanians | Percentage | 84.5", "Kosovo Albanians | Number | 5054", "Kosovo Serbs | Percentage | 9.5", "Kosovo Serbs | Number | 567",
             "Other ethnic minority members | Percentage | 6.0", "Other ethnic minority members | Number | 362", "Total | Number | 5983"]),
        ["OneColumnWithFootnoteMarkers"] = ("Annex\nCountries providing military observers and civilian police\npersonnel (as at 1 October 2007)\nCountry\nMilitary observers\n"
            + "Albania\n3\nAustria\n2\nPakistan\n11a\nUnited Kingdom of Great Britain and\nNorthern Ireland\n5\nTotal\na\n12\n21\nIncluding the Chief Military Observer.\n",
            ["Albania | Military observers | 3", "Austria | Military observers | 2", "Pakistan | Military observers | 11",
             "United Kingdom of Great Britain and Northern Ireland | Military observers | 5", "Total | Military observers | 21"]),
        ["UndatedCaptionUnderAnnexHeading"] = (Linear(["Annex 1", "Number and percentage of votes won by parties", "Number of votes", "Percentage of votes",
            "CPP", "1 533 471", "38.23", "RCP", "27 680", "0.69", "Total", "1 561 151"]),
            ["CPP | Number of votes | 1533471", "CPP | Percentage of votes | 38.23", "RCP | Number of votes | 27680", "RCP | Percentage of votes | 0.69", "Total | Number of votes | 1561151"]),
        ["UndatedCaptionInRunningText"] = (Linear(["The figures were as follows.", "India", "99", "United Kingdom of Great", "Britain and Northern Ireland", "Italy", "44", "Jordan", "68"]), []),
        ["NoValueHead"] = (Linear(["Composition and strength of the military liaison component (as at 12 May 2006)\nCountry", "Argentina", "1", "Bangladesh", "1", "Bolivia", "1"]), []),
        ["ColumnWiseBlock"] = ("Composition and strength of the UNMIK police (as at 31 March 2003)\nCountry\nNumber\nArgentina\nAustria\nBangladesh\nBenin\n10\n12\n15\n4\nTotal\n41\n", []),
        ["NumbersInProse"] = (Linear(["The Mission recorded the following incidents during the period", "Shootings", "Explosions", "Arson", "12", "7", "3"]), []),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    private static ImmutableArray<SourceTable> Read(string text) => TableReader.Read(text, SourceLines.Split(text), []);

    private static string Show(TableCell c) => $"{c.Row} | {c.Column} | {c.Value.ToString(CultureInfo.InvariantCulture)}";

    [Theory]
    [MemberData(nameof(Names))]
    public void Read_LinearizedTable_GivesTheExpectedCells(string name)
    {
        var (text, expected) = Cases[name];

        var cells = Read(text).SelectMany(t => t.Cells).ToList();

        Assert.Equal(expected, cells.Select(Show));
        Assert.All(cells, c => Assert.Equal(c.Value, decimal.Parse(text[c.Span.Start..c.Span.End].Replace(" ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Composition of the Kosovo Police Service as at 31 March 2003\nCategory", "2003-03-31")]
    [InlineData("Composition of the Kosovo Police Service at\n31 October 2004\nCategory", "2004-10-31")]
    [InlineData("Composition of the Kosovo Police Service\n(as at 14 August 2006)\nCategory", "2006-08-14")]
    public void Read_CaptionDateForms_CaptionWithoutDateAndAsAt(string caption, string asAt)
    {
        var table = Assert.Single(Read(Linear([caption, .. KpsHeads, .. KpsGroup, "Total", "5 247"])));

        Assert.Equal("Composition of the Kosovo Police Service", table.Caption);
        Assert.Equal(DateOnly.Parse(asAt, CultureInfo.InvariantCulture), table.AsAt);
        Assert.Equal(KpsHeads, table.Columns);
        Assert.Equal(0, table.Span.Start);
    }

    [Fact]
    public void Read_PercentageColumn_MarksItsCellsAsPercent()
    {
        var table = Assert.Single(Read(Linear([KpsCaption, .. KpsHeads, .. KpsGroup, "Total", "5 247"])));

        Assert.All(table.Cells, c => Assert.Equal(c.Column == "Percentage", c.Percent));
    }

    [Fact]
    public void Read_UndatedCaption_HasNoAsAt()
    {
        var table = Assert.Single(Read(Cases["UndatedCaptionUnderAnnexHeading"].Text));

        Assert.Equal("Number and percentage of votes won by parties", table.Caption);
        Assert.Null(table.AsAt);
    }

    [Fact]
    public void Read_CellMarkedAsPageNumber_KeptWhenTheTotalConfirmsIt()
    {
        var text = Linear(["Composition and strength of the military liaison component (as at 31 March 2004)\nCountry", "Number of liaison officers",
            "Argentina", "1", "Bangladesh", "2", "Zambia", "1", "Total", "4"]);
        var one = text.LastIndexOf("\n1\n", StringComparison.Ordinal) + 1;
        ImmutableArray<Artefact> furniture = [new Artefact(ArtefactKind.PageNumber, new OriginalSpan(one, one + 1), "1")];

        var withTotal = TableReader.Read(text, SourceLines.Split(text), furniture).Single().Cells.Select(Show);
        var wrongTotal = text.Replace("\n4\n", "\n5\n", StringComparison.Ordinal);
        var withoutTotal = TableReader.Read(wrongTotal, SourceLines.Split(wrongTotal), furniture).Single().Cells.Select(Show);

        Assert.Equal(["Argentina | Number of liaison officers | 1", "Bangladesh | Number of liaison officers | 2", "Zambia | Number of liaison officers | 1", "Total | Number of liaison officers | 4"], withTotal);
        Assert.Equal(["Argentina | Number of liaison officers | 1", "Bangladesh | Number of liaison officers | 2"], withoutTotal);
    }

    [Fact]
    public void Extract_Unmik2003Report_GivesTheKosovoPoliceServiceCellsAtTheCaptionDate()
    {
        var doc = ReportReader.Read(Path.Combine(SharedData.CorpusText, "UNMIK_S_2003_421.txt"));

        var data = Pipeline.Extract([doc]);

        var total = Assert.Single(data.Figures, f => f.Cell == new CellRef("Composition of the Kosovo Police Service", "Total", "Number"));
        var serbs = Assert.Single(data.Figures, f => f.Cell == new CellRef("Composition of the Kosovo Police Service", "Kosovo Serbs", "Percentage"));
        Assert.Equal((5247m, FigureKind.Count, "5 247"), (total.Value, total.Kind, total.Source.Quote));
        Assert.Equal((9.24m, FigureKind.Percent, "9.24"), (serbs.Value, serbs.Kind, serbs.Source.Quote));
        Assert.All([total, serbs], f => Assert.Equal(Period.At(new PartialDate(2003, 3, 31)), f.Time));
        Assert.Equal("UNMIK: Composition of the Kosovo Police Service: Total, Number", total.Measure);
        Assert.Equal(doc.Source[total.Source.CharStart..total.Source.CharEnd], total.Source.Quote);
        var table = doc.Tables.Single(t => t.Caption == "Composition of the Kosovo Police Service");
        Assert.DoesNotContain(data.Figures, f => f.Cell is null && f.Source.CharStart < table.Span.End && table.Span.Start < f.Source.CharEnd);
    }
}

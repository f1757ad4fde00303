using System.Text.Json;
using MigrationStats.Dataset;

namespace MigrationStats.Tests.Dataset;

public class CsvExportTests
{
    [Fact]
    public void Figures_Header_IsTheDataContract()
    {
        var data = Pipeline.Extract([Seeds.Parse("1. Some 2.5 million people, \"displaced\", returned in 2003.\n")]);

        var rows = CsvExport.Parse(CsvExport.Figures(data));

        Assert.Equal("document,symbol,paragraph,quote,kind,value,unit,qualifier,time_start,time_end,open,as_of,measure,scope,measure_type,sentence,char_start,char_end,page,box", string.Join(",", rows[0]));
        Assert.Equal(["test", "", "1", "Some 2.5 million", "count", "2500000", "people", "approx", "2003", "2003", "", ""], rows[1].Take(12));
        Assert.Equal("Some 2.5 million people, \"displaced\", returned in 2003.", rows[1][15]);
    }

    [Fact]
    public void Dates_Header_IsTheDataContract()
    {
        var rows = CsvExport.Parse(CsvExport.Dates(Pipeline.Extract([Seeds.Parse("1. It met on 7 and 8 October 2003.\n")])));

        Assert.Equal("document,symbol,paragraph,quote,kind,start,end,open,event,sentence,char_start,char_end,page,box", string.Join(",", rows[0]));
        Assert.Equal(["test", "", "1", "7 and 8 October 2003", "range", "2003-10-07", "2003-10-08", ""], rows[1].Take(8));
    }

    [Fact]
    public void Figures_OpenTimeAndAsOf_FillTheirColumnsAfterTimeEnd()
    {
        var since = Figure("F-1", "12,000 refugees", 10, new Period(new(2014), new(2016)), open: "since");
        var ratified = Figure("F-2", "26 States", 50, time: null, asOf: new DateOnly(2004, 9, 3));

        var rows = CsvExport.Parse(CsvExport.Figures(Dataset(since, ratified)));
        string Field(int row, string column) => rows[row][Array.IndexOf(rows[0], column)];

        Assert.Equal(["2014", "2016", "since", ""], new[] { "time_start", "time_end", "open", "as_of" }.Select(c => Field(1, c)));
        Assert.Equal(["", "", "", "2004-09-03"], new[] { "time_start", "time_end", "open", "as_of" }.Select(c => Field(2, c)));
        Assert.Equal("measure", rows[0][Array.IndexOf(rows[0], "as_of") + 1]);
    }

    [Fact]
    public void Dates_OpenForm_SaysSinceInTheOpenColumn()
    {
        var rows = CsvExport.Parse(CsvExport.Dates(Pipeline.Extract([Seeds.Parse("1. UNITAR has run the programme since 1998.\n")])));

        Assert.Equal(["since 1998", "year", "1998", "1998", "since"], rows[1][3..8]);
    }

    [Fact]
    public void Series_Header_IsTheDataContract()
    {
        var rows = CsvExport.Parse(CsvExport.Series(Pipeline.Extract([Seeds.Parse("1. The number of migrants stood at 5 million in 2000, up from 2 million in 1990.\n")])));

        Assert.Equal("series_id,measure,topic,scope,type,unit,time_start,time_end,as_of,value,conflict,document,symbol,paragraph,quote,char_start,char_end", string.Join(",", rows[0]));
        Assert.Equal(["S-migrants", "migrants", "", "", "stock", "migrants", "1990", "1990", "0", "2000000", "", "test", "", "1", "2 million", "62", "71"], rows[1]);
    }

    [Fact]
    public void DatasetJson_RoundTrips()
    {
        var data = Pipeline.Extract([Seeds.Parse("1. The number of migrants stood at 5 million in 2000, up from 2 million in 1990. It met on 7 and 8 October 2003.\n")]);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, DatasetJson.Write(data));

            var back = DatasetJson.Read(path);

            Assert.Equal(CsvExport.Figures(data), CsvExport.Figures(back));
            Assert.Equal(CsvExport.Dates(data), CsvExport.Dates(back));
            Assert.Equal(CsvExport.Series(data), CsvExport.Series(back));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DatasetJson_OpenAndAsOf_AreWrittenAndReadBack()
    {
        var since = Figure("F-1", "12,000 refugees", 10, new Period(new(2014), new(2016)), open: "since");
        var ratified = Figure("F-2", "26 States", 50, time: null, asOf: new DateOnly(2004, 9, 3));
        var data = Dataset(since, ratified) with { Dates = [new DatedEvent("D-1", since.Source, DateKind.Year, Period.At(new(1998)), "run", null, null, "since")] };
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, DatasetJson.Write(data));
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var figures = json.RootElement.GetProperty("figures");

            Assert.Equal("since", figures[0].GetProperty("open").GetString());
            Assert.False(figures[0].TryGetProperty("asOf", out _));
            Assert.Equal("2004-09-03", figures[1].GetProperty("asOf").GetString());
            Assert.False(figures[1].TryGetProperty("open", out _));
            Assert.Equal("since", json.RootElement.GetProperty("dates")[0].GetProperty("open").GetString());

            var back = DatasetJson.Read(path);

            Assert.Equal(("since", (DateOnly?)null), (back.Figures[0].Open, back.Figures[0].AsOf));
            Assert.Equal((null, new DateOnly(2004, 9, 3)), (back.Figures[1].Open, back.Figures[1].AsOf));
            Assert.Equal("since", back.Dates[0].Open);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Figure Figure(string id, string quote, int start, Period? time, string? open = null, DateOnly? asOf = null) =>
        new(id, new Provenance("doc", null, 1, quote, quote, start, start + quote.Length), FigureKind.Count, 1m, null, "things", Qualifier.Exact, time, null, open, asOf);

    private static ExtractedDataset Dataset(params Figure[] figures) =>
        new([], [.. figures], [], [], [], "0", DateTimeOffset.UnixEpoch);
}

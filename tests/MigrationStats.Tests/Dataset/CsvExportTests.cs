using MigrationStats.Dataset;

namespace MigrationStats.Tests.Dataset;

public class CsvExportTests
{
    [Fact]
    public void Figures_Header_IsTheDataContract()
    {
        var data = Pipeline.Extract([Seeds.Parse("1. Some 2.5 million people, \"displaced\", returned in 2003.\n")]);

        var rows = CsvExport.Parse(CsvExport.Figures(data));

        Assert.Equal("document,symbol,paragraph,quote,kind,value,unit,qualifier,time_start,time_end,measure,sentence,char_start,char_end", string.Join(",", rows[0]));
        Assert.Equal(["test", "", "1", "Some 2.5 million", "count", "2500000", "people", "approx", "2003", "2003"], rows[1].Take(10));
        Assert.Equal("Some 2.5 million people, \"displaced\", returned in 2003.", rows[1][11]);
    }

    [Fact]
    public void Dates_Header_IsTheDataContract()
    {
        var rows = CsvExport.Parse(CsvExport.Dates(Pipeline.Extract([Seeds.Parse("1. It met on 7 and 8 October 2003.\n")])));

        Assert.Equal("document,symbol,paragraph,quote,kind,start,end,event,sentence,char_start,char_end", string.Join(",", rows[0]));
        Assert.Equal(["test", "", "1", "7 and 8 October 2003", "range", "2003-10-07", "2003-10-08"], rows[1].Take(7));
    }

    [Fact]
    public void Series_Header_IsTheDataContract()
    {
        var rows = CsvExport.Parse(CsvExport.Series(Pipeline.Extract([Seeds.Parse("1. The number of migrants stood at 5 million in 2000, up from 2 million in 1990.\n")])));

        Assert.Equal("measure,unit,time_start,time_end,value,document,paragraph,quote", string.Join(",", rows[0]));
        Assert.Equal(["migrants", "migrants", "1990", "1990", "2000000", "test", "1", "2 million"], rows[1]);
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
}

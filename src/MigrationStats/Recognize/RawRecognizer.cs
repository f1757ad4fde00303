using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace MigrationStats.Recognize;

/// <summary>
/// The recognizers as they come, for the benchmark's baseline: the number, percentage and date
/// models the pipeline uses, run on a whole text, no gating. Returns only how many results there were.
/// </summary>
public sealed class RawRecognizer
{
    private readonly IModel[] numberModels;
    private readonly DateTimeModel dates;

    /// <summary>Builds the English models.</summary>
    public RawRecognizer()
    {
        var n = new NumberRecognizer(Culture.English);
        numberModels = [n.GetNumberModel(), n.GetPercentageModel()];
        dates = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
    }

    /// <summary>Runs every model on the text; returns the number of results.</summary>
    public int Count(string text, DateTime reference) =>
        numberModels.Sum(m => m.Parse(text).Count) + dates.Parse(text, reference).Count;
}

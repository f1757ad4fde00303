using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace MigrationStats.Recognize;

/// <summary>
/// The English DateTime model without the extractors of what we never keep: times of day, date-times,
/// time and date-time periods, and sets ("every year"). Only dates and date ranges become rows, and
/// those extractors took about a quarter of the model's time. A date said with a time of day ("on the
/// morning of 17 June") now comes out as the date instead of a date-time that was dropped.
/// </summary>
internal static class DatesOnlyModel
{
    /// <summary>Builds the model.</summary>
    public static DateTimeModel Create()
    {
        var options = new BaseDateTimeOptionsConfiguration(Culture.English, DateTimeOptions.None, dmyDateFormat: false);
        return new DateTimeModel(
            new BaseMergedDateTimeParser(new EnglishMergedParserConfiguration(options)),
            new BaseMergedDateTimeExtractor(new DatesOnlyConfiguration(options)));
    }

    /// <summary>Re-implements the interface so the merged extractor sees the empty extractors below.</summary>
    private sealed class DatesOnlyConfiguration(IDateTimeOptionsConfiguration options)
        : EnglishMergedExtractorConfiguration(options), IMergedExtractorConfiguration
    {
        public new IDateTimeExtractor TimeExtractor => Nothing.Instance;

        public new IDateTimeExtractor TimePeriodExtractor => Nothing.Instance;

        public new IDateTimeExtractor DateTimeExtractor => Nothing.Instance;

        public new IDateTimeExtractor DateTimePeriodExtractor => Nothing.Instance;

        public new IDateTimeExtractor SetExtractor => Nothing.Instance;
    }

    private sealed class Nothing : IDateTimeExtractor
    {
        public static readonly Nothing Instance = new();

        public List<ExtractResult> Extract(string input) => [];

        public List<ExtractResult> Extract(string input, DateTime reference) => [];
    }
}

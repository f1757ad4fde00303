using System.Collections.Immutable;
using System.Globalization;

namespace MigrationStats.Dataset;

/// <summary>What a figure counts.</summary>
public enum FigureKind
{
    /// <summary>A number of things ("26 States", "175 million").</summary>
    Count,
    /// <summary>Percentage points ("21 per cent" is 21).</summary>
    Percent,
    /// <summary>An amount of money, with its currency.</summary>
    Money,
    /// <summary>A multiplier ("threefold" is 3).</summary>
    Rate,
    /// <summary>A length of time ("a three-day meeting"); kept apart from statistics.</summary>
    Duration,
}

/// <summary>How the text qualifies a figure.</summary>
public enum Qualifier
{
    /// <summary>No qualifier.</summary>
    Exact,
    /// <summary>"over", "more than", "above", "exceeding".</summary>
    Over,
    /// <summary>"under", "less than", "fewer than", "nearly", "almost", "up to".</summary>
    Under,
    /// <summary>"some", "about", "around", "approximately", "close to", "roughly".</summary>
    Approx,
}

/// <summary>The shape of a date mention.</summary>
public enum DateKind
{
    /// <summary>A single day.</summary>
    Date,
    /// <summary>A month of a year.</summary>
    Month,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A span between two points.</summary>
    Range,
    /// <summary>A decade ("the 1990s").</summary>
    Decade,
    /// <summary>An approximate period ("late 1970s", "mid-2005").</summary>
    Approx,
    /// <summary>A numbered session of a body ("fifty-ninth session").</summary>
    Session,
}

/// <summary>
/// A calendar point at the grain the text gives: a year, a month or a day. Prints as ISO 8601
/// truncated to its grain ("2003", "2003-10", "2003-10-07").
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    /// <summary>The first day this point covers.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this point covers.</summary>
    public DateOnly Last => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value)) : new DateOnly(Year, 12, 31);

    /// <summary>ISO 8601 truncated to the grain.</summary>
    public override string ToString() => Day is not null
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month is not null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Parses "2003", "2003-10" or "2003-10-07".</summary>
    public static PartialDate Parse(string s)
    {
        if (TryParse(s, out var d))
        {
            return d;
        }

        throw new FormatException($"'{s}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /// <summary>Tries to parse "2003", "2003-10" or "2003-10-07".</summary>
    public static bool TryParse(string? s, out PartialDate date)
    {
        date = default;
        var parts = (s ?? string.Empty).Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return false;
        }

        int? m = null, d = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12)
            {
                return false;
            }

            m = mm;
        }

        if (parts.Length > 2)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value))
            {
                return false;
            }

            d = dd;
        }

        date = new PartialDate(y, m, d);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other) => First.CompareTo(other.First) is var c && c != 0 ? c : Last.CompareTo(other.Last);
}

/// <summary>A period with inclusive ends, each at the grain the text gives.</summary>
public sealed record Period(PartialDate Start, PartialDate End)
{
    /// <summary>A period of one point ("2003").</summary>
    public static Period At(PartialDate point) => new(point, point);

    /// <summary>True when the period is one point.</summary>
    public bool IsPoint => Start == End;

    /// <summary>"2003" or "2002/2004".</summary>
    public override string ToString() => IsPoint ? Start.ToString() : $"{Start}/{End}";
}

/// <summary>Where a row comes from: <c>Source[CharStart..CharEnd]</c> of the document's file is <see cref="Quote"/>.</summary>
/// <param name="Document">Document id (file name without extension).</param>
/// <param name="Symbol">UN symbol of the document, when known.</param>
/// <param name="Paragraph">Printed paragraph number; null outside numbered paragraphs.</param>
/// <param name="Quote">The exact original text of the mention.</param>
/// <param name="Sentence">The sentence it stands in (clean text).</param>
/// <param name="CharStart">Offset of the quote in the original file text.</param>
/// <param name="CharEnd">End offset (exclusive).</param>
public sealed record Provenance(string Document, string? Symbol, int? Paragraph, string Quote, string Sentence, int CharStart, int CharEnd)
{
    /// <summary>Where the quote starts in <see cref="Sentence"/> and how long it is there; null when unknown.</summary>
    public (int Start, int Length)? InSentence { get; init; }

    /// <summary>The page of the quote's first character: from the PDF, or counted by the form feeds of a text; null when unknown.</summary>
    public int? Page { get; init; }

    /// <summary>For a PDF: the box around the quote's glyphs on <see cref="Page"/>, in points from the page's bottom-left corner.</summary>
    public MigrationStats.Ingest.PageBox? Box { get; init; }
}

/// <summary>A statistical figure, interpreted.</summary>
/// <param name="Id">Stable row id.</param>
/// <param name="Source">Provenance.</param>
/// <param name="Kind">What is counted.</param>
/// <param name="Value">Value in base units (175 million is 175000000; 21 per cent is 21).</param>
/// <param name="Currency">ISO currency code for money.</param>
/// <param name="Unit">The counted thing ("States", "international migrants").</param>
/// <param name="Qualifier">exact, over, under or approx.</param>
/// <param name="Time">The period the figure refers to, when the sentence says.</param>
/// <param name="Measure">The measure name when the figure belongs to a series.</param>
/// <param name="Open">"since", "by" or "until" when <paramref name="Time"/> is open at one end ("since 2014": from 2014 to the report's date).</param>
/// <param name="AsOf">The report's date, for a present-tense stock or cumulative figure the sentence does not date ("has been ratified by 26 States"); never set when <paramref name="Time"/> is.</param>
/// <param name="Cell">For a figure read from a table: the table's caption, row and column.</param>
public sealed record Figure(string Id, Provenance Source, FigureKind Kind, decimal Value, string? Currency, string Unit, Qualifier Qualifier, Period? Time, string? Measure, string? Open = null, DateOnly? AsOf = null, CellRef? Cell = null)
{
    /// <summary>The normalized measure, when the figure can join a trend series (then <see cref="Measure"/> is its label).</summary>
    public TrendMeasure? Trend { get; init; }
}

/// <summary>Where in a table a figure stands.</summary>
/// <param name="Table">The table's caption without its date ("Composition of the Kosovo Police Service").</param>
/// <param name="Row">The row label ("Total").</param>
/// <param name="Column">The column head ("Number").</param>
public sealed record CellRef(string Table, string Row, string Column);

/// <summary>A dated mention with a short label of what happened.</summary>
/// <param name="Id">Stable row id.</param>
/// <param name="Source">Provenance.</param>
/// <param name="Kind">Shape of the mention.</param>
/// <param name="Period">Inclusive start and end at the text's grain.</param>
/// <param name="Event">Short label of what happened.</param>
/// <param name="Body">For sessions: the body ("General Assembly").</param>
/// <param name="Ordinal">For sessions: the session number.</param>
/// <param name="Open">"since" or "by" for open forms ("since 1998"), else null.</param>
public sealed record DatedEvent(string Id, Provenance Source, DateKind Kind, Period Period, string Event, string? Body, int? Ordinal, string? Open);

/// <summary>What a measure's values are.</summary>
public enum MeasureType
{
    /// <summary>A level at a date ("the strength of UNOMIG on 1 April 2005 stood at 121 military observers").</summary>
    Stock,
    /// <summary>A number over a period ("182 minority returns took place in January and February 2003").</summary>
    Flow,
    /// <summary>A running total since a date ("5,000 returns since 2000").</summary>
    Cumulative,
    /// <summary>A share in per cent.</summary>
    Share,
    /// <summary>An authorized, planned, proposed or recommended level: not a count of what is there.</summary>
    Target,
}

/// <summary>
/// What a figure measures, normalized so that the same measure in different reports has the same
/// <see cref="Key"/>: what is counted, where, and what kind of value it is.
/// </summary>
/// <param name="Key">Grouping key: topic, kind, type, what and scope, normalized.</param>
/// <param name="Label">Readable name ("UNOMIG: military observers").</param>
/// <param name="What">What is counted, normalized to the singular ("military observer"); for a table cell "caption: row, column".</param>
/// <param name="Scope">The place the text limits the figure to ("Gali district"); null for the report's whole area.</param>
/// <param name="Type">Stock, flow, cumulative, share or target.</param>
/// <param name="Topic">The report's mission or topic key ("UNOMIG"); null when the report names none.</param>
public sealed record TrendMeasure(string Key, string Label, string What, string? Scope, MeasureType Type, string? Topic);

/// <summary>One point of a series.</summary>
/// <param name="Time">The time of the value: the figure's own, or the report's date (<paramref name="AsOf"/>).</param>
/// <param name="Value">The value.</param>
/// <param name="FigureId">The figure's row id.</param>
/// <param name="Source">Provenance.</param>
/// <param name="AsOf">True when the text gives no date and <paramref name="Time"/> is the report's date.</param>
public sealed record SeriesPoint(Period Time, decimal Value, string FigureId, Provenance Source, bool AsOf = false);

/// <summary>Two or more different values for the same measure and time.</summary>
public sealed record SeriesConflict(Period Time, ImmutableArray<SeriesPoint> Points);

/// <summary>One measure over time.</summary>
/// <param name="Measure">Measure name ("international migrants worldwide").</param>
/// <param name="Unit">Unit of the values ("international migrants", "% of Governments").</param>
/// <param name="Kind">Figure kind of the values.</param>
/// <param name="Points">Points in time order.</param>
/// <param name="Conflicts">Times with disagreeing values.</param>
public sealed record Series(string Measure, string Unit, FigureKind Kind, ImmutableArray<SeriesPoint> Points, ImmutableArray<SeriesConflict> Conflicts)
{
    /// <summary>Stable id ("S-unomig-military-observer"), unique in a dataset.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The normalized measure the points share; null for series made by hand.</summary>
    public TrendMeasure? Of { get; init; }
}

/// <summary>Metadata of a document read.</summary>
/// <param name="Id">File name without extension.</param>
/// <param name="FilePath">Path as read (as given on the command line or found in a folder).</param>
/// <param name="Sha256">Hex SHA-256 of the file bytes, to detect a changed source.</param>
/// <param name="Symbol">UN symbol, when shown.</param>
/// <param name="Date">Document date, when shown.</param>
/// <param name="ReferenceDate">Date used to resolve relative dates.</param>
/// <param name="ReferenceDateSource">"document date", "latest explicit date" or "none".</param>
/// <param name="Paragraphs">Number of numbered paragraphs.</param>
/// <param name="TextBlocks">Number of unnumbered text blocks.</param>
/// <param name="Footnotes">Number of footnote markers found.</param>
/// <param name="Warnings">Oddities of the reading.</param>
public sealed record DocumentInfo(string Id, string FilePath, string Sha256, string? Symbol, DateOnly? Date, DateOnly? ReferenceDate, string ReferenceDateSource, int Paragraphs, int TextBlocks, int Footnotes, ImmutableArray<string> Warnings)
{
    /// <summary>The mission or topic key ("UNOMIG"); null when the report names none.</summary>
    public string? Topic { get; init; }

    /// <summary>The mission's or topic's full name ("United Nations Observer Mission in Georgia").</summary>
    public string? TopicName { get; init; }
}

/// <summary>An input of a batch run that could not be read and was left out of the dataset.</summary>
/// <param name="FilePath">Path as given on the command line or found in a folder.</param>
/// <param name="Reason">What is wrong with it, one line without the path ("PDF has no text layer ...").</param>
public sealed record SkippedInput(string FilePath, string Reason);

/// <summary>Something a user should know about the extraction.</summary>
public sealed record Diagnostic(string Document, int? Paragraph, string Code, string Message);

/// <summary>The typed dataset: what a run extracted from its documents.</summary>
public sealed record ExtractedDataset(
    ImmutableArray<DocumentInfo> Documents,
    ImmutableArray<Figure> Figures,
    ImmutableArray<DatedEvent> Dates,
    ImmutableArray<Series> Series,
    ImmutableArray<Diagnostic> Diagnostics,
    string ToolVersion,
    DateTimeOffset CreatedAt)
{
    /// <summary>Inputs the run could not read and left out (a batch skips them); empty when every input was read.</summary>
    public ImmutableArray<SkippedInput> Skipped { get; init; } = [];
}

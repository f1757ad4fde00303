using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Ingest;
using MigrationStats.Trends;
using MigrationStats.Workbook;

namespace MigrationStats.Verify;

/// <summary>
/// Checks rows against their sources: reopens each source file, checks its hash, runs the same
/// extraction on it, and compares every row with what the source says at the row's offsets.
/// </summary>
/// <remarks>
/// A row is <see cref="RowStatus.Ok"/> when its quote stands at <c>char_start..char_end</c>
/// (whitespace folded) and the figure or date read there agrees on value, kind, qualifier and
/// time (currency too, for money, when the row gives one; <c>open</c> and <c>as_of</c> when the
/// input has those columns: outputs made before them still verify). A quote that stands elsewhere in the
/// source is a <see cref="RowStatus.Mismatch"/> (the row's provenance is wrong, and the message
/// says where the quote is); a quote found nowhere, or a row without quote, offsets or source file,
/// is <see cref="RowStatus.Unverifiable"/>. When the source file's hash differs from the recorded
/// one every row of it is <see cref="RowStatus.SourceChanged"/>, with what the other checks found.
/// <para>
/// Source files are read only from folders the user chose or the run made, by file name: the
/// <c>--sources</c> folders, the <c>sources/</c> folder beside the checked outputs (where a PDF
/// run writes the text it extracted), and <see cref="DefaultSources"/>. The path a checked file
/// records is never opened: a crafted workbook could name any file and have its text printed.
/// </para>
/// </remarks>
public static class SourceVerifier
{
    /// <summary>Folder searched for sources after the given ones and the outputs' own <see cref="RunSourcesFolder"/>.</summary>
    public const string DefaultSources = Pipeline.DefaultInputs;

    /// <summary>The folder beside the outputs where a PDF run writes each document's text (<c>sources/&lt;id&gt;.txt</c>).</summary>
    public const string RunSourcesFolder = "sources";

    /// <summary>Reads <paramref name="path"/> (see <see cref="VerifyInput.Read"/>) and checks it.</summary>
    public static VerificationReport Verify(string path, IReadOnlyList<string> sourceFolders) =>
        Verify(VerifyInput.Read(path), sourceFolders);

    /// <summary>Checks every row of <paramref name="rows"/> against its source.</summary>
    /// <param name="rows">The rows to check.</param>
    /// <param name="sourceFolders">Folders to look for source files in (by file name), before the outputs' <see cref="RunSourcesFolder"/> and <see cref="DefaultSources"/>.</param>
    public static VerificationReport Verify(RowSet rows, IReadOnlyList<string> sourceFolders)
    {
        var sources = OpenSources(rows, SearchFolders(rows.Origin, sourceFolders));
        var context = ContextOf(sources);
        var checks = rows.Figures.Select(r => CheckRow(r.Source, context, context.Figures, (f, src) => CompareFigure(r, f, src, rows.Holder)))
            .Concat(rows.Dates.Select(r => CheckRow(r.Source, context, context.Dates, (d, src) => CompareDate(r, d, src, rows.Holder))))
            .ToImmutableArray();
        return new VerificationReport(rows.Origin, checks, Conflicts(rows.Figures), Notes(rows, context));
    }

    /// <summary>A folder sources are read from; in one the run made, links are not followed (a crafted output folder could link anywhere).</summary>
    private sealed record SearchFolder(string Path, bool RunMade);

    /// <summary>
    /// Where sources are looked for, in order: the given folders, the outputs' own
    /// <see cref="RunSourcesFolder"/> (beside the checked file, or in the checked folder), and
    /// <see cref="DefaultSources"/>; each once, only those that exist.
    /// </summary>
    private static List<SearchFolder> SearchFolders(string origin, IReadOnlyList<string> given)
    {
        var outputs = Directory.Exists(origin) ? origin : Path.GetDirectoryName(Path.GetFullPath(origin)) ?? ".";
        var runSources = Path.Combine(outputs, RunSourcesFolder);
        var folders = given.Select(f => new SearchFolder(f, RunMade: false))
            .Append(new SearchFolder(runSources, RunMade: true))
            .Append(new SearchFolder(DefaultSources, RunMade: false));
        return folders
            .Where(f => Directory.Exists(f.Path) && !(f.RunMade && new DirectoryInfo(f.Path).LinkTarget is not null))
            .DistinctBy(f => Path.GetFullPath(f.Path).TrimEnd(Path.DirectorySeparatorChar))
            .ToList();
    }

    /// <summary>
    /// A source document as found on disk: where, whether it changed, and what the extraction reads
    /// in it. <c>ExtractedText</c> is true when the file read is the text a PDF run wrote, not the
    /// recorded file (whose hash is then not checked).
    /// </summary>
    private sealed record OpenedSource(SourceRef Ref, string? Path, ReportDocument? Document, string? Problem, bool Changed, bool ExtractedText = false)
    {
        public string Label => Ref.Symbol ?? Document?.Symbol ?? Ref.Document;
    }

    /// <summary>
    /// The opened sources and what the extraction reads in them, by (id of the document read,
    /// start, end): the id of the file found, so two rows' ids that lead to one file share it.
    /// </summary>
    private sealed class Context(Dictionary<string, OpenedSource> sources)
    {
        public Dictionary<string, OpenedSource> Sources { get; } = sources;

        public Dictionary<(string, int, int), Figure> Figures { get; } = [];

        public Dictionary<(string, int, int), DatedEvent> Dates { get; } = [];

        /// <summary>Figures and dates some row stands for.</summary>
        public HashSet<object> Matched { get; } = [];

        public void Index(ExtractedDataset data)
        {
            foreach (var f in data.Figures)
            {
                Figures[(f.Source.Document, f.Source.CharStart, f.Source.CharEnd)] = f;
            }

            foreach (var d in data.Dates)
            {
                Dates[(d.Source.Document, d.Source.CharStart, d.Source.CharEnd)] = d;
            }
        }
    }

    private static Context ContextOf(Dictionary<string, OpenedSource> sources)
    {
        var context = new Context(sources);
        context.Index(Pipeline.Extract([.. sources.Values.Select(s => s.Document).OfType<ReportDocument>().DistinctBy(d => d.Id)]));
        return context;
    }

    private static Dictionary<string, OpenedSource> OpenSources(RowSet rows, List<SearchFolder> folders)
    {
        var refs = rows.Documents.Where(d => d.Document.Length > 0).DistinctBy(d => d.Document).ToDictionary(d => d.Document, StringComparer.Ordinal);
        foreach (var document in rows.Figures.Select(r => r.Source.Document).Concat(rows.Dates.Select(r => r.Source.Document)))
        {
            if (document.Length > 0)
            {
                refs.TryAdd(document, new SourceRef(document, null, null, null));
            }
        }

        return refs.Values.ToDictionary(r => r.Document, r => Open(r, folders), StringComparer.Ordinal);
    }

    /// <summary>
    /// A plain file name: not empty, not <c>.</c> or <c>..</c>, without a path separator (either
    /// kind, on any system), a character file names cannot hold, or a control character.
    /// </summary>
    public static bool IsPlainFileName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name is not "." and not ".."
        && name.IndexOfAny(['/', '\\']) < 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !name.Any(char.IsControl);

    /// <summary>
    /// Finds and reads a document's source: by the file name of the recorded path, then by the
    /// document id with <c>.txt</c> (a PDF run's extracted text, or a renamed copy), in each search
    /// folder in turn. The recorded path itself is never opened.
    /// </summary>
    private static OpenedSource Open(SourceRef source, List<SearchFolder> folders)
    {
        var recordedName = source.FilePath is null ? null : Path.GetFileName(source.FilePath);
        var idName = source.Document + ".txt";
        var names = new[] { recordedName, idName }.OfType<string>().Where(IsPlainFileName).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return new OpenedSource(source, null, null, VerifyMessages.NotAFileName(source.Symbol ?? source.Document, string.IsNullOrEmpty(recordedName) ? idName : recordedName), Changed: false);
        }

        foreach (var folder in folders)
        {
            foreach (var name in names)
            {
                var path = Path.Combine(folder.Path, name);
                if (InputFile.KindOf(path) == PathKind.Missing || (folder.RunMade && new FileInfo(path).LinkTarget is not null))
                {
                    continue;
                }

                // The text a PDF run wrote is not the PDF the hash is of: it is checked without the hash.
                var extracted = folder.RunMade && name == idName && recordedName is not null && recordedName != idName;
                return Read(source, path, extracted);
            }
        }

        return new OpenedSource(source, null, null, VerifyMessages.SourceMissing(source.Symbol ?? source.Document, names[0], folders.Select(f => f.Path), source.FilePath), Changed: false);
    }

    private static OpenedSource Read(SourceRef source, string path, bool extracted)
    {
        var recorded = extracted ? null : source.Sha256;
        try
        {
            var document = ReportReader.Read(path);
            var changed = recorded is not null && !string.Equals(document.Sha256, recorded, StringComparison.OrdinalIgnoreCase);
            return new OpenedSource(source, path, document, null, changed, extracted);
        }
        catch (InputException e)
        {
            var changed = recorded is not null && !string.Equals(ReportReader.HashFile(path), recorded, StringComparison.OrdinalIgnoreCase);
            return new OpenedSource(source, path, null, VerifyMessages.SourceUnreadable(path, e.Problem), changed, extracted);
        }
    }

    /// <summary>The checks every row shares; <paramref name="compare"/> lists what differs from the item read at the row's offsets.</summary>
    private static RowCheck CheckRow<T>(RowSource row, Context context, Dictionary<(string, int, int), T> read, Func<T, string, List<string>> compare)
        where T : class
    {
        // The id and document are the checked file's text: cut as messages cut it, for the --report table.
        RowCheck Result(RowStatus status, string message) => new(row.Row, status, row.Id is null ? null : Excerpt.Of(row.Id), Excerpt.Of(row.Document), row.Paragraph, message);

        if (row.Quote.Length == 0)
        {
            return Result(RowStatus.Unverifiable, VerifyMessages.NoQuote);
        }

        if (row.Document.Length == 0)
        {
            return Result(RowStatus.Unverifiable, VerifyMessages.NoDocument);
        }

        var source = context.Sources[row.Document];
        var (status, message) = source.Document is { } document
            ? CheckContent(row, source, document, context, read, compare)
            : (RowStatus.Unverifiable, source.Problem!);
        if (source.Changed)
        {
            return Result(RowStatus.SourceChanged, VerifyMessages.SourceChanged(source.Path!) + "; " + (status == RowStatus.Ok ? VerifyMessages.StillAgrees : message));
        }

        return Result(status, message);
    }

    private static (RowStatus, string) CheckContent<T>(RowSource row, OpenedSource source, ReportDocument document, Context context, Dictionary<(string, int, int), T> read, Func<T, string, List<string>> compare)
        where T : class
    {
        var text = document.Source;
        var found = Occurrences(text, row.Quote);
        if (row.CharStart is not { } start || row.CharEnd is not { } end || start < 0 || end <= start)
        {
            return (RowStatus.Unverifiable, VerifyMessages.NoOffsets + (found.FirstOrDefault() is { } m ? VerifyMessages.QuoteOccurs(m.Index, m.Index + m.Length, ParagraphAt(document, m.Index)) : string.Empty));
        }

        if (end > text.Length || VerifyMessages.Fold(text[start..end]) != VerifyMessages.Fold(row.Quote))
        {
            return found.FirstOrDefault() is { } m
                ? (RowStatus.Mismatch, VerifyMessages.QuoteMoved(row.Quote, source.Label, start, end, m.Index, m.Index + m.Length, ParagraphAt(document, m.Index)))
                : (RowStatus.Unverifiable, VerifyMessages.QuoteNotFound(row.Quote, source.Label)
                    + (end <= text.Length ? VerifyMessages.OffsetsRead(start, end, text, row.Quote) : VerifyMessages.OffsetsPastEnd(start, end, text.Length)));
        }

        var key = (document.Id, start, end);
        if (!read.TryGetValue(key, out var item))
        {
            return (RowStatus.Unverifiable, VerifyMessages.NothingRead(VerifyMessages.Source(source.Label, row.Document, ParagraphAt(document, start)), row.Quote, typeof(T) == typeof(Figure) ? "figure" : "date"));
        }

        context.Matched.Add(item);
        var differences = compare(item, VerifyMessages.Source(source.Label, row.Document, ParagraphAt(document, start)));
        return differences.Count == 0 ? (RowStatus.Ok, string.Empty) : (RowStatus.Mismatch, string.Join("; ", differences));
    }

    /// <summary>Where the quote stands in the source, whitespace folded (a line break matches a space).</summary>
    private static List<Match> Occurrences(string text, string quote)
    {
        // A quote longer than the source stands nowhere in it (and a huge one would make a huge pattern).
        var words = quote.Length > text.Length && VerifyMessages.Fold(quote).Length > text.Length ? [] : quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? [] : Regex.Matches(text, string.Join(@"\s+", words.Select(Regex.Escape))).ToList();
    }

    private static int? ParagraphAt(ReportDocument document, int offset) =>
        document.Paragraphs.FirstOrDefault(p => p.Span.Start <= offset && offset < p.Span.End)?.Number;

    /// <summary>What differs between a row and what its source says, one message per field.</summary>
    private sealed class Differences(string holder, string source, string quote) : List<string>
    {
        public void Field(string name, string rowText, bool same, string sourceText)
        {
            if (!same)
            {
                Add(VerifyMessages.FieldDiffers(holder, name, rowText, source, sourceText, quote));
            }
        }
    }

    private static List<string> CompareFigure(FigureRow row, Figure figure, string source, string holder)
    {
        var quote = figure.Source.Quote;
        var differences = new Differences(holder, source, quote);
        string Show(decimal v) => FigureFormat.Display(figure.Kind, figure.Currency, v);
        if (row.Value is not { } value)
        {
            differences.Add(VerifyMessages.NotANumber(holder, row.ValueText, source, quote, Show(figure.Value)));
        }
        else if (!SameValue(value, figure.Value))
        {
            differences.Add(VerifyMessages.ValueDiffers(holder, Show(value), source, quote, Show(figure.Value)));
        }

        differences.Field("kind", row.Kind, Names.TryParse<FigureKind>(row.Kind, out var kind) && kind == figure.Kind, Names.Of(figure.Kind));
        differences.Field("qualifier", row.Qualifier, Names.TryParse<Qualifier>(row.Qualifier, out var qualifier) && qualifier == figure.Qualifier, Names.Of(figure.Qualifier));
        differences.Field("time", TimeText(row.TimeStart, row.TimeEnd), TryPeriod(row.TimeStart, row.TimeEnd, out var time) && time == figure.Time, figure.Time?.ToString() ?? VerifyMessages.NoTime);
        if (row.Open is { } open)
        {
            differences.Field("open", open, SameOpen(open, figure.Open), figure.Open ?? VerifyMessages.NoTime);
        }

        if (row.AsOf is { } asOf)
        {
            differences.Field("as_of", asOf, TryDay(asOf, out var day) && day == figure.AsOf, CsvExport.Day(figure.AsOf) is { Length: > 0 } d ? d : VerifyMessages.NoTime);
        }

        if (figure.Kind == FigureKind.Money && row.Currency is { } currency)
        {
            differences.Field("currency", currency, string.Equals(currency, figure.Currency, StringComparison.OrdinalIgnoreCase), figure.Currency ?? VerifyMessages.NoTime);
        }

        return differences;
    }

    private static List<string> CompareDate(DateRow row, DatedEvent date, string source, string holder)
    {
        var differences = new Differences(holder, source, date.Source.Quote);
        differences.Field("kind", row.Kind, Names.TryParse<DateKind>(row.Kind, out var kind) && kind == date.Kind, Names.Of(date.Kind));
        differences.Field("start", row.Start, PartialDate.TryParse(row.Start, out var start) && start == date.Period.Start, date.Period.Start.ToString());
        differences.Field("end", row.End, PartialDate.TryParse(row.End, out var end) && end == date.Period.End, date.Period.End.ToString());
        if (row.Open is { } open)
        {
            differences.Field("open", open, SameOpen(open, date.Open), date.Open ?? VerifyMessages.NoTime);
        }

        if (row.Period is { } period)
        {
            // "since 1998": the open word must be the source's; a period without one agrees with an open date only in a layout before the open column.
            var same = Workbook.TimeText.TryParse(period, out var word, out var p) && p == date.Period && (word == date.Open || (word is null && row.Open is null));
            differences.Field("period", period, same, Workbook.TimeText.Show(date.Period, date.Open));
        }

        return differences;
    }

    /// <summary>An open cell against the source's open word: empty is none, case does not matter.</summary>
    private static bool SameOpen(string rowText, string? source) =>
        rowText.Length == 0 ? source is null : string.Equals(rowText, source, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses an as_of cell: empty is none (null), else an ISO day.</summary>
    private static bool TryDay(string text, out DateOnly? day)
    {
        day = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            day = d;
            return true;
        }

        return false;
    }

    /// <summary>"2000", "2002/2004", or empty for no time.</summary>
    private static string TimeText(string start, string end) =>
        start == end || end.Length == 0 ? start : $"{start}/{end}";

    /// <summary>Parses a time from its ends; both empty is no time (null), which is a valid time too.</summary>
    private static bool TryPeriod(string start, string end, out Period? period)
    {
        period = null;
        if (start.Length == 0 && end.Length == 0)
        {
            return true;
        }

        if (PartialDate.TryParse(start, out var s) && PartialDate.TryParse(end.Length == 0 ? start : end, out var e))
        {
            period = new Period(s, e);
            return true;
        }

        return false;
    }

    /// <summary>Equal to 15 significant digits (a workbook stores doubles).</summary>
    private static bool SameValue(decimal a, decimal b) =>
        a == b || Math.Abs(a - b) <= 1e-12m * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>
    /// Rows of different documents that give different values for the same measure (matched as
    /// series match them) and time. Bounds ("over 20", "nearly 30") are not values and are left out,
    /// and so are running totals since a date, which series place at their report's date.
    /// </summary>
    private static ImmutableArray<RowCheck> Conflicts(ImmutableArray<FigureRow> rows)
    {
        var points = new List<(string Key, FigureRow Row, FigureKind Kind, decimal Value)>();
        foreach (var row in rows)
        {
            // A running total "since 2000" is as of its own report's date: two reports' totals are not one time.
            if (row is { Measure: { } measure, Value: { } value } && row.Open != "since" && row.Source.Document.Length > 0
                && Names.TryParse<Qualifier>(row.Qualifier, out var qualifier) && qualifier is Qualifier.Exact or Qualifier.Approx
                && Names.TryParse<FigureKind>(row.Kind, out var kind) && TryPeriod(row.TimeStart, row.TimeEnd, out var time) && time is not null)
            {
                points.Add(($"{SeriesBuilder.Key(measure)}|{kind}|{time}", row, kind, value));
            }
        }

        var conflicts = ImmutableArray.CreateBuilder<RowCheck>();
        foreach (var group in points.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.ToList()))
        {
            var disagree = group.Any(a => group.Any(b => a.Row.Source.Document != b.Row.Source.Document && !SameValue(a.Value, b.Value)));
            if (!disagree)
            {
                continue;
            }

            var first = group[0];
            var message = VerifyMessages.Conflict(first.Row.Measure!, TimeText(first.Row.TimeStart, first.Row.TimeEnd), group.Select(p =>
                VerifyMessages.ConflictPoint(Excerpt.Of(FigureFormat.Display(p.Kind, p.Row.Currency, p.Value)), VerifyMessages.Source(p.Row.Source.Symbol, p.Row.Source.Document, p.Row.Source.Paragraph), p.Row.Source.Row)));
            conflicts.Add(new RowCheck(string.Join(", ", group.Select(p => p.Row.Source.Row)), RowStatus.Conflict, null,
                string.Join(", ", group.Select(p => Excerpt.Of(p.Row.Source.Document)).Distinct()), null, message));
        }

        return conflicts.ToImmutable();
    }

    private static ImmutableArray<string> Notes(RowSet rows, Context context)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        // Only kinds the input holds rows of: figures.csv alone is not missing the dates.
        var figures = rows.Figures.IsEmpty ? 0 : context.Figures.Values.Count(f => !context.Matched.Contains(f));
        var dates = rows.Dates.IsEmpty ? 0 : context.Dates.Values.Count(d => !context.Matched.Contains(d));
        if (figures + dates > 0)
        {
            notes.Add(VerifyMessages.NotInInput(figures, dates, rows.Holder));
        }

        // Only documents some row names: a skipped input listed on the Documents sheet has no rows to check.
        var named = rows.Figures.Select(r => r.Source.Document).Concat(rows.Dates.Select(r => r.Source.Document)).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (named.Count(d => context.Sources[d].Path is null) is var missing and > 0)
        {
            notes.Add(VerifyMessages.SourcesNotFound(missing, named.Count));
        }

        var extracted = context.Sources.Values.Where(s => s.ExtractedText).ToList();
        if (extracted.Count > 0)
        {
            notes.Add(VerifyMessages.CheckedExtractedText(extracted.Select(s => s.Label), Path.GetDirectoryName(extracted[0].Path!)!));
        }

        if (context.Sources.Count > 0 && context.Sources.Values.All(s => s.Ref.Sha256 is null))
        {
            notes.Add(VerifyMessages.NoHashes);
        }

        return notes.ToImmutable();
    }
}

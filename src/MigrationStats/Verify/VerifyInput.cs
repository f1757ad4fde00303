using System.Collections.Immutable;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Workbook;

namespace MigrationStats.Verify;

/// <summary>
/// Reads what verify checks: a workbook, a folder of outputs, figures.csv/dates.csv, or
/// dataset.json. Bad input throws <see cref="InputException"/> naming the file.
/// </summary>
public static class VerifyInput
{
    /// <summary>File name of the figures export.</summary>
    public const string FiguresCsv = "figures.csv";

    /// <summary>File name of the dates export.</summary>
    public const string DatesCsv = "dates.csv";

    /// <summary>File name of the dataset export.</summary>
    public const string DatasetJsonFile = "dataset.json";

    /// <summary>
    /// A folder: its MigrationStats.xlsx when present, else its figures.csv and dates.csv, else
    /// its dataset.json. A file: by extension (.xlsx, .csv, .json). CSV rows take the documents
    /// (source paths and hashes) from the dataset.json beside them when there is one. Only regular
    /// files are read, each of at most <see cref="InputFile.MaxOutputBytes"/>.
    /// </summary>
    public static RowSet Read(string path)
    {
        if (InputFile.KindOf(path) == PathKind.Directory)
        {
            var workbook = Path.Combine(path, WorkbookLayout.FileName);
            var figures = Path.Combine(path, FiguresCsv);
            var dates = Path.Combine(path, DatesCsv);
            var json = Path.Combine(path, DatasetJsonFile);
            return Exists(workbook) ? ReadWorkbook(workbook)
                : Exists(figures) || Exists(dates) ? ReadCsv(path, Existing(figures), Existing(dates))
                : Exists(json) ? ReadJson(json)
                : throw new InputException(path, $"folder holds no {WorkbookLayout.FileName}, {FiguresCsv}, {DatesCsv} or {DatasetJsonFile}");
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            _ when InputFile.KindOf(path) == PathKind.Missing => throw new InputException(path, InputErrors.NotFound),
            ".xlsx" => ReadWorkbook(path),
            ".json" => ReadJson(path),
            ".csv" => ReadCsv(path),
            _ => throw new InputException(path, "not a workbook (.xlsx), CSV export (.csv) or dataset (.json)"),
        };
    }

    /// <summary>True when something is there (a device or a folder too: reading it then says what is wrong).</summary>
    private static bool Exists(string path) => InputFile.KindOf(path) != PathKind.Missing;

    private static string? Existing(string path) => Exists(path) ? path : null;

    /// <summary>A workbook, once it is known to be a regular file no larger than an output may be.</summary>
    private static RowSet ReadWorkbook(string path)
    {
        if (InputFile.ProblemOf(path) is { } problem)
        {
            throw new InputException(path, problem);
        }

        if (new FileInfo(path).Length is var length && length > InputFile.MaxOutputBytes)
        {
            throw new InputException(path, InputErrors.TooLarge(length, InputFile.MaxOutputBytes));
        }

        return WorkbookReader.Read(path);
    }

    private static RowSet ReadJson(string path)
    {
        var data = DatasetJson.Read(path);
        return new RowSet(path, "dataset", data.Documents.Select(Reference).ToImmutableArray(),
            Records(path, CsvExport.Figures(data), RowFields.RequiredFigureColumns).Select(r => RowFields.Figure(r.Row('F'), r.Field, r.Has)).ToImmutableArray(),
            Records(path, CsvExport.Dates(data), RowFields.RequiredDateColumns).Select(r => RowFields.Date(r.Row('D'), r.Field, r.Has)).ToImmutableArray());
    }

    /// <summary>One CSV file: dates.csv by its name or, under another name, by a header with start and no value.</summary>
    private static RowSet ReadCsv(string path)
    {
        var text = ReadText(path);
        var isDates = Path.GetFileName(path).Equals(DatesCsv, StringComparison.OrdinalIgnoreCase)
            || (CsvExport.Parse(FirstLine(text)).FirstOrDefault() is { } header && header.Contains("start") && !header.Contains("value"));
        return isDates ? ReadCsv(path, null, path, datesText: text) : ReadCsv(path, path, null, figuresText: text);
    }

    private static RowSet ReadCsv(string origin, string? figuresPath, string? datesPath, string? figuresText = null, string? datesText = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(figuresPath ?? datesPath!))!;
        var json = Path.Combine(folder, DatasetJsonFile);
        var documents = Exists(json) ? DatasetJson.Read(json).Documents.Select(Reference).ToImmutableArray() : [];
        var figures = figuresPath is null ? [] : Records(figuresPath, figuresText ?? ReadText(figuresPath), RowFields.RequiredFigureColumns)
            .Select(r => RowFields.Figure(r.Row('F'), r.Field, r.Has)).ToImmutableArray();
        var dates = datesPath is null ? [] : Records(datesPath, datesText ?? ReadText(datesPath), RowFields.RequiredDateColumns)
            .Select(r => RowFields.Date(r.Row('D'), r.Field, r.Has)).ToImmutableArray();
        return new RowSet(origin, "CSV", documents, figures, dates);
    }

    private static SourceRef Reference(DocumentInfo d) => new(d.Id, d.FilePath, d.Sha256, d.Symbol);

    /// <summary>The header line (up to the first line break outside quotes is enough for a header of names).</summary>
    private static string FirstLine(string text) => text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? text[..end] : text;

    private static string ReadText(string path) => InputFile.ReadAllText(path, InputFile.MaxOutputBytes);

    /// <summary>A CSV record: its number (the header is record 1, as row 1 of a sheet) and fields by header name.</summary>
    private sealed record Record(int Number, Dictionary<string, string> Fields)
    {
        public string Row(char letter) => $"{letter}{Number}";

        public string Field(string column) => Fields.GetValueOrDefault(column, string.Empty);

        public bool Has(string column) => Fields.ContainsKey(column);
    }

    private static List<Record> Records(string path, string text, ImmutableArray<string> required)
    {
        var rows = CsvExport.Parse(text);
        var header = rows.FirstOrDefault()?.Select(h => h.Trim().ToLowerInvariant()).ToArray() ?? [];
        if (required.FirstOrDefault(c => !header.Contains(c)) is { } missing)
        {
            throw new InputException(path, $"CSV has no column '{missing}' in its header");
        }

        return rows.Skip(1)
            // Restore undoes the export's guard against formulas ("'=SUM(" is the quote "=SUM(").
            .Select((fields, i) => new Record(i + 2, header.Select((h, c) => (h, v: c < fields.Length ? fields[c] : string.Empty))
                .DistinctBy(x => x.h).ToDictionary(x => x.h, x => CsvExport.Restore(x.v).Trim(), StringComparer.Ordinal)))
            .Where(r => r.Fields.Values.Any(v => v.Length > 0))
            .ToList();
    }
}

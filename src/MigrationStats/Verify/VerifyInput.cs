using System.Collections.Immutable;
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
    /// (source paths and hashes) from the dataset.json beside them when there is one.
    /// </summary>
    public static RowSet Read(string path)
    {
        if (Directory.Exists(path))
        {
            var workbook = Path.Combine(path, WorkbookLayout.FileName);
            var figures = Path.Combine(path, FiguresCsv);
            var dates = Path.Combine(path, DatesCsv);
            var json = Path.Combine(path, DatasetJsonFile);
            return File.Exists(workbook) ? WorkbookReader.Read(workbook)
                : File.Exists(figures) || File.Exists(dates) ? ReadCsv(path, Existing(figures), Existing(dates))
                : File.Exists(json) ? ReadJson(json)
                : throw new InputException(path, $"folder holds no {WorkbookLayout.FileName}, {FiguresCsv}, {DatesCsv} or {DatasetJsonFile}");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, InputErrors.NotFound);
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => WorkbookReader.Read(path),
            ".json" => ReadJson(path),
            ".csv" => IsDatesCsv(path) ? ReadCsv(path, null, path) : ReadCsv(path, path, null),
            _ => throw new InputException(path, "not a workbook (.xlsx), CSV export (.csv) or dataset (.json)"),
        };
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;

    private static RowSet ReadJson(string path)
    {
        var data = DatasetJson.Read(path);
        return new RowSet(path, "dataset", data.Documents.Select(Reference).ToImmutableArray(),
            Records(path, CsvExport.Figures(data), RowFields.RequiredFigureColumns).Select(r => RowFields.Figure(r.Row('F'), r.Field, r.Has)).ToImmutableArray(),
            Records(path, CsvExport.Dates(data), RowFields.RequiredDateColumns).Select(r => RowFields.Date(r.Row('D'), r.Field, r.Has)).ToImmutableArray());
    }

    private static RowSet ReadCsv(string origin, string? figuresPath, string? datesPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(figuresPath ?? datesPath!))!;
        var json = Path.Combine(folder, DatasetJsonFile);
        var documents = File.Exists(json) ? DatasetJson.Read(json).Documents.Select(Reference).ToImmutableArray() : [];
        var figures = figuresPath is null ? [] : Records(figuresPath, ReadText(figuresPath), RowFields.RequiredFigureColumns)
            .Select(r => RowFields.Figure(r.Row('F'), r.Field, r.Has)).ToImmutableArray();
        var dates = datesPath is null ? [] : Records(datesPath, ReadText(datesPath), RowFields.RequiredDateColumns)
            .Select(r => RowFields.Date(r.Row('D'), r.Field, r.Has)).ToImmutableArray();
        return new RowSet(origin, "CSV", documents, figures, dates);
    }

    private static SourceRef Reference(DocumentInfo d) => new(d.Id, d.FilePath, d.Sha256, d.Symbol);

    private static bool IsDatesCsv(string path) =>
        Path.GetFileName(path).Equals(DatesCsv, StringComparison.OrdinalIgnoreCase) ||
        (CsvExport.Parse(ReadText(path)).FirstOrDefault() is { } header && header.Contains("start") && !header.Contains("value"));

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, InputErrors.Unreadable(e.Message));
        }
    }

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
            .Select((fields, i) => new Record(i + 2, header.Select((h, c) => (h, v: c < fields.Length ? fields[c] : string.Empty))
                .DistinctBy(x => x.h).ToDictionary(x => x.h, x => x.v.Trim(), StringComparer.Ordinal)))
            .Where(r => r.Fields.Values.Any(v => v.Length > 0))
            .ToList();
    }
}

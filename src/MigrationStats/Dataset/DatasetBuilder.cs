using System.Collections.Immutable;
using System.Reflection;
using MigrationStats.Ingest;

namespace MigrationStats.Dataset;

/// <summary>Builds the typed dataset from documents and their interpreted mentions.</summary>
public static class DatasetBuilder
{
    /// <summary>Version of the tool that made a dataset.</summary>
    public static string ToolVersion { get; } =
        typeof(DatasetBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Assembles the dataset.</summary>
    public static ExtractedDataset Build(IReadOnlyList<ReportDocument> documents)
    {
        var infos = documents.Select(d => new DocumentInfo(
            d.Id, d.FilePath, d.Sha256, d.Symbol, d.Date, d.Date, d.Date is null ? "none" : "document date",
            d.NumberedParagraphs.Count(), d.Paragraphs.Length - d.NumberedParagraphs.Count(), d.Footnotes.Length,
            d.Warnings.Select(w => w.Message).ToImmutableArray())).ToImmutableArray();
        return new ExtractedDataset(infos, [], [], [], [], ToolVersion, DateTimeOffset.UtcNow);
    }
}

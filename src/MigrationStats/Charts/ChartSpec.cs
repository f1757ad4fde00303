using System.Collections.Immutable;
using MigrationStats.Dataset;

namespace MigrationStats.Charts;

/// <summary>What kind of chart.</summary>
internal enum ChartKind
{
    /// <summary>One series over time.</summary>
    Trend,
    /// <summary>Dated events of one document or of the corpus.</summary>
    Timeline,
    /// <summary>Events and figures per year.</summary>
    Overview,
}

/// <summary>The data a chart shows, for the table under it in index.html; provenance columns included.</summary>
internal sealed record ChartTable(ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<string>> Rows)
{
    /// <summary>Rows to highlight (values other reports contradict), by index; empty when none.</summary>
    public ImmutableHashSet<int> Highlighted { get; init; } = [];
}

/// <summary>A chart ready to write: file stem, title, the picture and its data table.</summary>
/// <param name="Stem">File name without extension ("trend-international-migrants-worldwide").</param>
/// <param name="Kind">Kind of chart.</param>
/// <param name="Title">Title as drawn.</param>
/// <param name="Key">What a filter matches: the measure for trends, the document id for document timelines.</param>
/// <param name="Picture">The drawing.</param>
/// <param name="Table">The data drawn, with provenance.</param>
internal sealed record ChartSpec(string Stem, ChartKind Kind, string Title, string? Key, ChartPicture Picture, ChartTable Table)
{
    /// <summary>For a trend chart: the series drawn.</summary>
    public Series? Series { get; init; }
}

/// <summary>Source captions and provenance cells shared by the charts.</summary>
internal static class Sources
{
    /// <summary>How a document is named to a reader: its symbol, else its id.</summary>
    public static string Name(string documentId, string? symbol) => string.IsNullOrWhiteSpace(symbol) ? documentId : symbol;

    /// <summary>
    /// "Source: A/58/275 paras 3, 12; document 001_c5d6… para. 7." naming every document (by its
    /// symbol, by its file id only when it has none) and paragraph the rows come from, documents in
    /// the order the rows first name them.
    /// </summary>
    public static string Caption(IEnumerable<Provenance> rows, string lead = "Source")
    {
        var parts = rows
            .GroupBy(r => r.Document, StringComparer.Ordinal)
            .Select(g =>
            {
                var symbol = g.Select(r => r.Symbol).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
                var name = symbol ?? $"document {g.Key}";
                var numbers = g.Where(r => r.Paragraph is not null).Select(r => r.Paragraph!.Value).Distinct().Order().ToList();
                var where = new List<string>();
                if (numbers.Count > 0)
                {
                    where.Add((numbers.Count == 1 ? "para. " : "paras ") + Ranges(numbers));
                }

                if (g.Any(r => r.Paragraph is null))
                {
                    where.Add("unnumbered text");
                }

                return $"{name} {string.Join(" and ", where)}";
            })
            .ToList();
        return parts.Count == 0 ? string.Empty : $"{lead}: {string.Join("; ", parts)}.";
    }

    /// <summary>"3–5, 9, 12" from sorted numbers.</summary>
    public static string Ranges(IReadOnlyList<int> sorted)
    {
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            parts.Add(j - i >= 2 ? $"{sorted[i]}–{sorted[j]}" : j == i ? $"{sorted[i]}" : $"{sorted[i]}, {sorted[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>The provenance cells of a table row: document, paragraph, quote.</summary>
    public static IEnumerable<string> Cells(Provenance p) =>
        [Name(p.Document, p.Symbol) + (string.IsNullOrWhiteSpace(p.Symbol) ? string.Empty : $" ({p.Document})"), p.Paragraph?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–", p.Quote];

    /// <summary>Provenance column names, matching <see cref="Cells"/>.</summary>
    public static readonly ImmutableArray<string> Columns = ["Document", "Paragraph", "Quote"];
}

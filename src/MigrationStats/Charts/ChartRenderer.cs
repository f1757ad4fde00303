using System.Collections.Immutable;
using MigrationStats.Dataset;

namespace MigrationStats.Charts;

/// <summary>Draws the dataset's charts (trend per series, timelines, overview) as PNG and SVG.</summary>
public static class ChartRenderer
{
    /// <summary>
    /// Renders every chart of the dataset into <paramref name="directory"/> (plus index.html) and
    /// returns the paths written. Filters select one series or one document's timeline.
    /// </summary>
    public static ImmutableArray<string> RenderAll(ExtractedDataset data, string directory, string? seriesFilter = null, string? documentFilter = null)
    {
        // Implemented by the charts stage (issue 5).
        _ = (data, directory, seriesFilter, documentFilter);
        return [];
    }
}

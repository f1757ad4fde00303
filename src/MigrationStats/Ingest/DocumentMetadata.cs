using MigrationStats.Common;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>The document's own symbol and date, as its masthead and running heads show them.</summary>
internal static partial class DocumentMetadata
{
    /// <summary>
    /// The document's own symbol: the one that running heads and the masthead show at the start of
    /// lines (the most frequent). Symbols cited inside sentences are references, not the document's own.
    /// </summary>
    public static string? FindSymbol(string source, ImmutableArray<SourceLine> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = FurniturePatterns.Fold(lines[i].TextIn(source).Replace('\f', ' '));
            var head = FurniturePatterns.ClassifyLine(text, onCover: false, maxLength: 60) == ArtefactKind.RunningHead
                ? FurniturePatterns.FirstSymbolIn(text)
                : FurniturePatterns.LeadingSymbolOf(text) ?? (i < 10 ? MastheadSymbol(text) : null);
            if (head is null || head.Length == 0)
            {
                continue;
            }

            if (!counts.TryAdd(head, 1))
            {
                counts[head]++;
            }
            else
            {
                first.Add(head);
            }
        }

        return first.OrderByDescending(s => counts[s]).FirstOrDefault();
    }

    /// <summary>The masthead: "United Nations A/59/325", or a converter's "Security CouncilS/2016/766".</summary>
    [GeneratedRegex(@"^(?:United Nations\s+|Security Council\s*|General Assembly\s*)(?<sym>[A-Z]{1,6}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]|/[A-Za-z0-9])+)")]
    private static partial Regex Masthead();

    /// <summary>The symbol on the masthead line of a report's first page ("United Nations A/59/325").</summary>
    private static string? MastheadSymbol(string line)
    {
        var m = Masthead().Match(line);
        return m.Success && FurniturePatterns.IsSymbol(m.Groups["sym"].Value) ? m.Groups["sym"].Value : null;
    }

    [GeneratedRegex(@"Distr\.?\s*:?\s*(?:General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED)\s+(?:(?:" + FurniturePatterns.SymbolPattern + @"|ENGLISH|English|\s)+)?(?<date>\d{1,2}\s+" + Vocabulary.MonthNames + @"\s+\d{4})")]
    private static partial Regex DistributionDate();

    /// <summary>The date under the distribution line ("Distr.: General 18 May 2006"), if any.</summary>
    public static DateOnly? FindDate(string source)
    {
        // The distribution line stands on the cover: a later one quotes another document.
        var m = DistributionDate().Match(source[..Math.Min(source.Length, 8000)]);
        return m.Success && DateOnly.TryParseExact(Regex.Replace(m.Groups["date"].Value, @"\s+", " "), "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
    }
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>
/// Finds tables of contents: entries whose tail is a dot leader, a paragraph range or a page
/// number ("I. Introduction ........ 1–9 3", "A.Migration facts / 43–49 / 12"), in a cluster
/// under a "Contents" line or of at least three entries. Their numbers are page furniture.
/// </summary>
internal static partial class ContentsPage
{
    [GeneratedRegex(@"^(?:Contents|CONTENTS|Table of contents|TABLE OF CONTENTS|Table of Contents)(?:\s+Page)?$")]
    private static partial Regex Header();

    /// <summary>An entry's tail: dot leader, or a slash-separated range and page, or range then page.</summary>
    [GeneratedRegex(@"(?:\.\s?){4,}\s*(?:/?\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?(?:\s*/?\s*\d{1,3})?)?\s*$|(?:\s|^)/\s*\d{1,3}(?:\s*[–-]\s*\d{1,3})?(?:\s*/\s*\d{1,3})?\s*$|\s\d{1,3}\s*[–-]\s*\d{1,3}\s+\d{1,3}$")]
    private static partial Regex EntryTail();

    /// <summary>Lines a spread-out contents page puts between entries: ranges, page numbers, labels, column heads.</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:\s*[–-]\s*\d{1,3})?|[IVXL]{1,6}\.|[A-Z]\.|\d{1,2}\.|Paragraphs(?:\s*/?\s*Page)?|Page|Chapter)$")]
    private static partial Regex Filler();

    /// <summary>Line index ranges (first, last) of the contents pages of a document.</summary>
    public static ImmutableArray<(int First, int Last)> Find(string source, IReadOnlyList<SourceLine> lines, ArtefactKind?[] kinds, IngestOptions options)
    {
        var found = ImmutableArray.CreateBuilder<(int, int)>();
        var i = 0;
        while (i < lines.Count)
        {
            var text = FurniturePatterns.Fold(lines[i].TextIn(source));
            var header = Header().IsMatch(text);
            if (!header && !EntryTail().IsMatch(text))
            {
                i++;
                continue;
            }

            var (last, entries) = Extent(source, lines, kinds, i, options);
            if (entries >= (header ? 1 : 3))
            {
                found.Add((i, last));
                i = last + 1;
            }
            else
            {
                i++;
            }
        }

        return found.ToImmutable();
    }

    /// <summary>From a first line, the last line of the cluster and how many entries it holds.</summary>
    private static (int Last, int Entries) Extent(string source, IReadOnlyList<SourceLine> lines, ArtefactKind?[] kinds, int first, IngestOptions options)
    {
        var last = first;
        var entries = 0;
        var sinceAnchor = 0;
        for (var j = first; j < lines.Count; j++)
        {
            var text = FurniturePatterns.Fold(lines[j].TextIn(source));
            if (text.Length == 0 || kinds[j] is not null)
            {
                continue;
            }

            if (EntryTail().IsMatch(text) && text.Length <= options.ContentsEntryMaxLength)
            {
                entries++;
                last = j;
                sinceAnchor = 0;
                continue;
            }

            if (Filler().IsMatch(text) || (j == first && Header().IsMatch(text)))
            {
                // After the last entry, only fillers right after it belong (its range and page).
                if ((entries > 0 && sinceAnchor == 0) || j == first)
                {
                    last = j;
                }

                continue;
            }

            // A title wrapped over lines may sit between entries; prose ends the contents.
            var prose = text.Length > options.ContentsProseLength || (text.Length > options.ContentsSentenceLength && ".;:".Contains(text[^1], StringComparison.Ordinal));
            if (prose || ++sinceAnchor > options.ContentsMaxGapLines)
            {
                break;
            }
        }

        return (last, entries);
    }
}

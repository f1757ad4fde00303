using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Common;

namespace MigrationStats.Ingest;

/// <summary>
/// Reads annex tables that pdftotext linearizes one cell per line: a caption (with or without
/// "as at" date), an optional stub head ("Category", "Country"), the heads of the value columns,
/// then rows of a label and one value per column. Page numbers, job numbers and running heads
/// among the cells are skipped (the document's artefacts, and the job-number and running-head
/// patterns). Every value must pass the checks that hold for tables generally, or it is dropped:
/// a percentage is at most 100; a row labelled Total, or extra values after a row, must equal the
/// column sums of the rows since the last total (within the rounding of the printed decimals);
/// a group of rows after a total must sum to that total. A row whose values do not fill the
/// columns is dropped (its column cannot be told), except a Total row, whose values are placed
/// where they match a column sum. Column-wise blocks (labels, then values) are not read.
/// </summary>
internal static partial class TableReader
{
    /// <summary>Most value columns a table may have.</summary>
    private const int MaxColumns = 8;

    /// <summary>Most lines a caption may wrap over.</summary>
    private const int MaxCaptionLines = 4;

    private enum ItemKind
    {
        Text,
        Value,
        Dash,
        Break,
    }

    /// <summary>A non-blank line of the source that is not furniture.</summary>
    /// <param name="Kind">Text, a number, a dash (empty cell) or a line that ends any table.</param>
    /// <param name="Text">The line, whitespace folded.</param>
    /// <param name="Span">The number's span for a value, else the trimmed line's.</param>
    /// <param name="Value">The number.</param>
    /// <param name="Decimals">Digits after the decimal point.</param>
    /// <param name="Page">Page of the line.</param>
    /// <param name="Gap">A blank line or furniture stands between this line and the previous item.</param>
    private sealed record Item(ItemKind Kind, string Text, OriginalSpan Span, decimal Value, int Decimals, int Page, bool Gap)
    {
        /// <summary>Furniture (a page break, a running head) stands between this line and the previous item.</summary>
        public bool AfterFurniture { get; init; }

        /// <summary>The last item of its page (where a page number stands).</summary>
        public bool PageEnd { get; set; }

        public bool IsCell => Kind is ItemKind.Value or ItemKind.Dash;
    }

    /// <summary>A row as read: its label (null when the text lost it) and its value items.</summary>
    private sealed class Row(Item? label)
    {
        /// <summary>A value is a number the furniture pass took for a page number: kept only if a total confirms it.</summary>
        public bool Tentative { get; set; }

        public Item? Label { get; set; } = label;

        public string? LabelText { get; set; } = label?.Text;

        public List<Item> Values { get; } = [];

        public bool IsTotal => LabelText is { } t && IsTotalLabel(t);
    }

    /// <summary>A row with its values placed in columns (null: no value there).</summary>
    private sealed class PlacedRow(string? label, Item?[] cells, bool total)
    {
        public bool Tentative { get; init; }

        public string? Label { get; set; } = label;

        public Item?[] Cells { get; } = cells;

        public bool Total { get; } = total;
    }

    /// <summary>The tables of a document, in order.</summary>
    /// <param name="source">The original text.</param>
    /// <param name="lines">Its lines.</param>
    /// <param name="artefacts">The furniture found in it (page numbers, job numbers, running heads are skipped among cells).</param>
    public static ImmutableArray<SourceTable> Read(string source, ImmutableArray<SourceLine> lines, ImmutableArray<Artefact> artefacts)
    {
        var (items, tentative) = Items(source, lines, artefacts);
        var tables = ImmutableArray.CreateBuilder<SourceTable>();
        for (var p = 1; p < items.Count; p++)
        {
            if (!items[p].IsCell || items[p - 1].Kind != ItemKind.Text)
            {
                continue;
            }

            if (TryTable(items, tentative, p) is { } found)
            {
                tables.Add(found.Table);
                p = found.End;
            }
        }

        return tables.ToImmutable();
    }

    // ---- items ------------------------------------------------------------------------------

    /// <summary>Furniture skipped among cells; any other artefact on a line ends a table.</summary>
    private static bool Skipped(ArtefactKind kind) =>
        kind is ArtefactKind.PageNumber or ArtefactKind.JobNumber or ArtefactKind.RunningHead or ArtefactKind.RunningFooter or ArtefactKind.ViewerResidue;

    /// <summary>A cell's number: "5 247", "84.09", "1,665", "11a" (footnote letter), "54 e/".</summary>
    [GeneratedRegex(@"^(?<n>(?:\d{1,3}(?:[ \u00A0]\d{3})+|\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<d>\d+))?)(?:[a-z]|\s?[a-z]/|\*)?$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"[ ,\u00A0]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[-–—]$")]
    private static partial Regex DashCell();

    /// <summary>A footnote marker on its own line ("a", "b/").</summary>
    [GeneratedRegex(@"^[a-z]/?$")]
    private static partial Regex MarkerLine();

    /// <summary>A page number alone on its line ("1"), which may be a table's cell that the furniture pass took for one.</summary>
    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex BareNumber();

    /// <summary>
    /// The items of the text, and the bare numbers marked as page numbers, by the index of the item
    /// after them (a cell at a page's foot can be marked as its page number).
    /// </summary>
    private static (List<Item> Items, Dictionary<int, Item> Tentative) Items(string source, ImmutableArray<SourceLine> lines, ImmutableArray<Artefact> artefacts)
    {
        var items = new List<Item>();
        var tentative = new Dictionary<int, Item>();
        var a = 0;
        var gap = true;
        var furnitureGap = true;
        foreach (var line in lines)
        {
            var raw = line.TextIn(source);
            var text = FurniturePatterns.Fold(raw.Replace('\f', ' '));
            if (text.Length == 0)
            {
                gap = true;
                continue;
            }

            var lead = raw.Length - raw.TrimStart().Length;
            var span = new OriginalSpan(line.Start + lead, line.Start + raw.TrimEnd().Length);
            while (a < artefacts.Length && artefacts[a].Span.End <= span.Start)
            {
                a++;
            }

            var overlapping = artefacts.Skip(a).TakeWhile(x => x.Span.Start < span.End).Where(x => x.Span.End > span.Start).ToList();
            var furniture = overlapping.Count > 0 && overlapping.All(x => Skipped(x.Kind)) && overlapping.Min(x => x.Span.Start) <= span.Start && overlapping.Max(x => x.Span.End) >= span.End;
            if (furniture || FurniturePatterns.ClassifyLine(text, false, IngestOptions.Default.FurnitureLineLength) is ArtefactKind.JobNumber or ArtefactKind.RunningHead)
            {
                if (furniture && overlapping.All(x => x.Kind == ArtefactKind.PageNumber) && BareNumber().IsMatch(text))
                {
                    tentative[items.Count] = new Item(ItemKind.Value, text, span, decimal.Parse(text, CultureInfo.InvariantCulture), 0, line.Page, gap);
                }

                gap = true;
                furnitureGap = true;
                continue;
            }

            if (MarkerLine().IsMatch(text))
            {
                continue;
            }

            Item item;
            if (overlapping.Count > 0)
            {
                item = new Item(ItemKind.Break, text, span, 0, 0, line.Page, gap);
            }
            else if (NumberCell().Match(raw.Trim()) is { Success: true } m
                && decimal.TryParse(Separators().Replace(m.Groups["n"].Value, string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                var number = m.Groups["n"];
                var numberSpan = new OriginalSpan(span.Start + number.Index, span.Start + number.Index + number.Length);
                item = new Item(ItemKind.Value, number.Value, numberSpan, value, m.Groups["d"].Length, line.Page, gap);
            }
            else if (DashCell().IsMatch(text))
            {
                item = new Item(ItemKind.Dash, text, span, 0, 0, line.Page, gap);
            }
            else
            {
                item = new Item(ItemKind.Text, text, span, 0, 0, line.Page, gap);
            }

            if (items.Count > 0 && items[^1].Page != item.Page)
            {
                items[^1].PageEnd = true;
            }

            items.Add(item with { AfterFurniture = furnitureGap || item.Page != (items.Count > 0 ? items[^1].Page : 1) });
            gap = false;
            furnitureGap = false;
        }

        if (items.Count > 0)
        {
            items[^1].PageEnd = true;
        }

        return (items, tentative);
    }

    // ---- caption and heads --------------------------------------------------------------------

    /// <summary>A day, month and year ("31 March 2003").</summary>
    [GeneratedRegex(@"\b\d{1,2}\s+" + Vocabulary.MonthNames + @"\s+\d{4}\b")]
    private static partial Regex DayDate();

    /// <summary>The caption's date at its end: "as at 31 March 2003", "at 31 October 2004", "(as at 14 August 2006)", "as of 10 March 1997*".</summary>
    [GeneratedRegex(@"[\s,]*\(?\s*(?:\b(?:as\s+(?:at|of)|at|on)\s+)?(?<day>\d{1,2})\s+(?<month>" + Vocabulary.MonthNames + @")\s+(?<year>\d{4})(?:\*|[a-z])?\s*\)?$")]
    private static partial Regex CaptionDate();

    /// <summary>A heading line that stands above a caption: "Annex II", "B.", "III.".</summary>
    [GeneratedRegex(@"^(?:(?:Annex|ANNEX|Appendix|APPENDIX|Enclosure|Attachment)\b.*|[A-Z]\.|[IVX]+\.|\(?[a-z0-9]{1,2}[.)])$")]
    private static partial Regex HeadingLine();

    /// <summary>Column heads that never label a row ("Number", "Percentage", "Number of liaison officers").</summary>
    [GeneratedRegex(@"^(?:Numbers?|Percentage|Per\s?cent|%|Total|Strength|Number\s+of\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericHead();

    /// <summary>Heads of the label column, never of a value column.</summary>
    [GeneratedRegex(@"^(?:Countr(?:y|ies)|Categor(?:y|ies)|Nationality|Part(?:y|ies)|Destination|Location|Region|Area|Sector|Units?|Donor|Name|Item|Description|Contributor|Type\b.*|Contributing countr(?:y|ies))$", RegexOptions.IgnoreCase)]
    private static partial Regex StubHead();

    [GeneratedRegex(@"^(?:Grand\s+)?[Tt]otal$|^TOTAL$")]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"\b(?:of|and|the|in|for|by|to|or|a|an)$|[.,;:]$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnd();

    [GeneratedRegex(@"percent|per\s?cent|%", RegexOptions.IgnoreCase)]
    private static partial Regex PercentHead();

    private static bool IsTotalLabel(string label) => TotalLabel().IsMatch(label);

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool StartsUpper(string s) => s.Length > 0 && (char.IsUpper(s[0]) || s[0] == '%');

    /// <summary>A value column's head: short, capitalised, not a sentence, not open at its end, no date.</summary>
    private static bool IsHead(string s) =>
        StartsUpper(s) && !StubHead().IsMatch(s) && Words(s) <= 6 && s.Length <= 50 && !OpenEnd().IsMatch(s) && !DayDate().IsMatch(s) && !s.Any(char.IsAsciiDigit);

    /// <summary>The stub head above the row labels ("Category", "Country", "Type of equipment").</summary>
    private static bool IsStub(string s) => StartsUpper(s) && Words(s) <= 3 && !OpenEnd().IsMatch(s) && !s.Any(char.IsAsciiDigit);

    /// <summary>A row label: a name, not a sentence.</summary>
    private static bool IsLabel(string s) => s.Length <= 90 && Words(s) <= 14 && !s.EndsWith('.') && !s.EndsWith(':') && !HeadingLine().IsMatch(s);

    private sealed record Header(string Caption, DateOnly? AsAt, int CaptionStart, ImmutableArray<string> Columns, Item? FirstLabel);

    /// <summary>Reads the caption and heads in the text run before item <paramref name="p"/>, the first value.</summary>
    private static Header? HeaderBefore(List<Item> items, int p, int columns)
    {
        var first = p;
        while (first > 0 && items[first - 1].Kind == ItemKind.Text)
        {
            first--;
        }

        var run = items.GetRange(first, p - first);
        Item? label = null;
        var n = run.Count;
        if (!GenericHead().IsMatch(run[^1].Text))
        {
            label = run[^1];
            n--;
        }

        if (n < columns + 1)
        {
            return null;
        }

        var heads = run.GetRange(n - columns, columns);
        if (!heads.All(h => IsHead(h.Text)) || heads.Select(h => h.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count() != columns)
        {
            return null;
        }

        if (columns >= 2 && label is not null && IsHead(label.Text) && !heads.Any(h => GenericHead().IsMatch(h.Text)))
        {
            // "Argentina / Special Police Unit / Civilian police / 138 / 4": the first label may stand
            // before the heads or after them, and no head says which: not read.
            return null;
        }

        var rest = run.GetRange(0, n - columns);

        // The caption ends at the line with its date, within the last three lines before the heads.
        var dated = Enumerable.Range(Math.Max(0, rest.Count - 3), Math.Min(3, rest.Count)).Reverse().FirstOrDefault(k => DayDate().IsMatch(rest[k].Text), -1);
        int captionEnd;
        if (dated >= 0)
        {
            captionEnd = dated;
        }
        else
        {
            captionEnd = rest.Count - 1;
            if (rest.Count >= 2 && IsStub(rest[^1].Text) && Words(rest[^2].Text) >= 3)
            {
                captionEnd = rest.Count - 2;
            }
        }

        var between = rest.GetRange(captionEnd + 1, rest.Count - captionEnd - 1);
        if (label is null && between.Count == 2 && IsStub(between[0].Text) && IsLabel(between[1].Text) && !IsTotalLabel(between[1].Text))
        {
            // "Category / Kosovo Albanians / Percentage / Number": the first row's label above the heads.
            label = between[1];
            between.RemoveAt(1);
        }

        if (between.Count > 1 || (between.Count == 1 && !IsStub(between[0].Text)))
        {
            return null;
        }

        // The caption runs back from its end over lines of one block, to a heading, a sentence's end or a gap.
        var start = captionEnd;
        var delimited = false;
        while (true)
        {
            var onlyDate = Enumerable.Range(start, captionEnd - start + 1).All(k => CaptionDate().Match(rest[k].Text) is { Success: true, Index: 0 });
            if (rest[start].Gap && !onlyDate)
            {
                delimited = true;
                break;
            }

            if (start == 0)
            {
                // The run starts after a value or a line that is no text: the caption starts here.
                delimited = first > 0 || rest[0].Gap;
                break;
            }

            var before = rest[start - 1].Text;
            if (HeadingLine().IsMatch(before) || before.EndsWith('.') || before.EndsWith(':') || before.EndsWith(';'))
            {
                delimited = true;
                break;
            }

            if (captionEnd - start + 1 >= MaxCaptionLines)
            {
                break;
            }

            start--;
        }

        if (!delimited)
        {
            return null;
        }

        var text = string.Join(' ', rest.GetRange(start, captionEnd - start + 1).Select(i => i.Text));
        DateOnly? asAt = null;
        if (CaptionDate().Match(text) is { Success: true } date)
        {
            var month = DateTime.ParseExact(date.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month;
            var (year, day) = (int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture));
            if (year is < 1900 or > 2100 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            asAt = new DateOnly(year, month, day);
            text = text[..date.Index].TrimEnd(' ', ',', '(');
        }
        else if (dated >= 0)
        {
            // A date that is not the caption's end ("... as at 27 May 2000, by office"): not read.
            return null;
        }

        if (Words(text) < 3 || !StartsUpper(text) || OpenEnd().IsMatch(text))
        {
            return null;
        }

        // A caption without a date must stand where captions stand: under a heading ("Annex II",
        // "B.") or at a page's top; and it has no numbers (a row label of a table before).
        if (asAt is null && (text.Any(char.IsAsciiDigit) || !(rest[start].AfterFurniture || (start > 0 && HeadingLine().IsMatch(rest[start - 1].Text)))))
        {
            return null;
        }

        return new Header(text, asAt, rest[start].Span.Start, heads.Select(h => h.Text).ToImmutableArray(), label);
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static (SourceTable Table, int End)? TryTable(List<Item> items, Dictionary<int, Item> tentative, int p)
    {
        var columns = 0;
        while (p + columns < items.Count && items[p + columns].IsCell)
        {
            columns++;
        }

        if (columns > MaxColumns || HeaderBefore(items, p, columns) is not { } header)
        {
            return null;
        }

        var (rows, end) = Rows(items, tentative, p, header.FirstLabel, columns);
        var percent = header.Columns.Select(c => PercentHead().IsMatch(c)).ToArray();
        var placed = Place(rows, columns, percent, header.Columns);
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        foreach (var row in placed.Where(r => r.Label is not null))
        {
            for (var j = 0; j < columns; j++)
            {
                if (row.Cells[j] is { Kind: ItemKind.Value } item)
                {
                    cells.Add(new TableCell(row.Label!, header.Columns[j], item.Value, percent[j], item.Span));
                }
            }
        }

        if (placed.Count(r => !r.Total && r.Cells.Any(c => c is not null)) < 2 || cells.Count == 0)
        {
            return null;
        }

        var span = new OriginalSpan(header.CaptionStart, cells.Max(c => c.Span.End));
        return (new SourceTable(header.Caption, header.AsAt, span, header.Columns, cells.ToImmutable()), end);
    }

    /// <summary>
    /// The rows from item <paramref name="p"/> (the first value) on, to the first item that breaks
    /// the pattern of a label followed by values: two labels in a row (but an orphan label before
    /// "Total"), a sentence, a heading, or a line that is no cell.
    /// </summary>
    private static (List<Row> Rows, int End) Rows(List<Item> items, Dictionary<int, Item> tentative, int p, Item? firstLabel, int columns)
    {
        var rows = new List<Row>();
        var current = new Row(firstLabel);
        rows.Add(current);
        var end = p;
        void TakeTentative(int at)
        {
            if (columns == 1 && current.Values.Count == 0 && current.LabelText is not null && tentative.TryGetValue(at, out var number))
            {
                // "Zambia / 1 / Total": the cell at a page's foot was taken for its page number.
                current.Values.Add(number);
                current.Tentative = true;
            }
        }

        var i = p;
        for (; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Break)
            {
                break;
            }

            if (item.IsCell)
            {
                current.Values.Add(item);
                end = i;
                continue;
            }

            if (current.Values.Count == 0 && current.LabelText is { } open && !current.IsTotal
                && (char.IsLower(item.Text[0]) || OpenEnd().IsMatch(open)) && IsLabel(open + " " + item.Text))
            {
                // A label wrapped over two lines ("United Kingdom of Great Britain / and Northern Ireland").
                current.LabelText = open + " " + item.Text;
                continue;
            }

            TakeTentative(i);

            if (!IsLabel(item.Text))
            {
                break;
            }

            if (current.Values.Count == 0 && !(IsTotalLabel(item.Text) && !current.IsTotal && current.LabelText is not null))
            {
                break;
            }

            current = new Row(item);
            rows.Add(current);
        }

        if (i == items.Count || items[i].Kind == ItemKind.Break)
        {
            TakeTentative(i);
        }

        if (current.Values.Count == 0 && current.IsTotal)
        {
            rows.Remove(current);
        }

        while (rows.Count > 0 && rows[^1].Values.Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        return (rows, end);
    }

    /// <summary>How far a sum of printed values may be from its printed total: half a unit of each printed decimal (whole counts are exact).</summary>
    private static decimal Tolerance(IEnumerable<Item> values, bool percent) =>
        values.Sum(v => v.Decimals > 0 ? 0.5m / Pow10(v.Decimals) : percent && v.Kind == ItemKind.Value ? 0.5m : 0m);

    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++)
        {
            r *= 10;
        }

        return r;
    }

    /// <summary>
    /// Places the rows' values in columns and applies the checks; what fails is dropped. A group is
    /// the rows since the last total; its sums per column are known while none of its rows was dropped.
    /// </summary>
    private static List<PlacedRow> Place(List<Row> rows, int columns, bool[] percent, ImmutableArray<string> heads)
    {
        var placed = new List<PlacedRow>();
        var group = new List<PlacedRow>();
        var groupValid = true;
        var orphanLabels = new List<string>();
        (decimal Value, decimal Tolerance)?[]? reference = null;
        var totalColumn = columns >= 3 && IsTotalLabel(heads[^1]) && !percent.Any(x => x) ? columns - 1 : -1;

        bool Sum(int j, out decimal sum, out decimal tolerance)
        {
            var values = group.Select(r => r.Cells[j]).OfType<Item>().ToList();
            sum = values.Sum(v => v.Value);
            tolerance = Tolerance(values, percent[j]);
            return groupValid && group.Count > 0;
        }

        // A total's values go to the columns whose sums they equal, in order; others are dropped.
        Item?[]? AsTotal(IReadOnlyList<Item> values, bool strict)
        {
            var cells = new Item?[columns];
            var next = 0;
            var matched = 0;
            foreach (var v in values.Where(v => v.Kind == ItemKind.Value))
            {
                for (var j = next; j < columns; j++)
                {
                    if (Sum(j, out var sum, out var tolerance) && Math.Abs(sum - v.Value) <= tolerance + Tolerance([v], percent[j]))
                    {
                        cells[j] = v;
                        next = j + 1;
                        matched++;
                        break;
                    }
                }
            }

            return matched == 0 || (strict && matched != values.Count(v => v.Kind == ItemKind.Value)) ? null : cells;
        }

        void CloseGroup()
        {
            // The group after a total sums to that total, column by column: or its cells there are dropped.
            if (reference is not null && group.Count > 0)
            {
                for (var j = 0; j < columns; j++)
                {
                    if (reference[j] is not { } total || !Sum(j, out var sum, out var tolerance))
                    {
                        continue;
                    }

                    if (Math.Abs(sum - total.Value) > tolerance + total.Tolerance)
                    {
                        foreach (var r in group)
                        {
                            r.Cells[j] = null;
                        }
                    }
                }
            }

            // The label that slipped below its row: the first row lost its label, and one label has no values.
            var unlabelled = group.Where(r => r.Label is null).ToList();
            if (unlabelled.Count == 1 && orphanLabels.Count == 1 && ReferenceEquals(unlabelled[0], group[0]))
            {
                unlabelled[0].Label = orphanLabels[0];
            }

            orphanLabels.Clear();
        }

        void AddTotal(Item?[] cells, bool closeFirst)
        {
            // What the next group must sum to: the printed total, or the sum of this group where none is printed.
            var next = new (decimal, decimal)?[columns];
            for (var j = 0; j < columns; j++)
            {
                if (cells[j] is { } c)
                {
                    next[j] = (c.Value, Tolerance([c], percent[j]));
                }
                else if (Sum(j, out var sum, out var tolerance))
                {
                    next[j] = (sum, tolerance);
                }
            }

            if (closeFirst)
            {
                CloseGroup();
            }

            // A value that was taken for a page number stays only where the total confirms its column.
            group.RemoveAll(r => r.Tentative && Enumerable.Range(0, columns).Any(j => r.Cells[j] is not null && cells[j] is null));
            placed.AddRange(group);
            placed.Add(new PlacedRow("Total", cells, true));
            group = [];
            groupValid = true;
            reference = next;
        }

        foreach (var row in rows)
        {
            if (row.Values.Count == 0)
            {
                if (row.LabelText is { } orphan)
                {
                    orphanLabels.Add(orphan);
                }

                continue;
            }

            if (row.IsTotal)
            {
                CloseGroup();
                var cells = AsTotal(row.Values, strict: false);
                if (cells is null)
                {
                    // No value equals a column sum: a stray number; the rows after it still sum to the last total.
                    continue;
                }

                AddTotal(cells, closeFirst: false);
                continue;
            }

            if (row.LabelText is { } label && (label.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Subtotal", StringComparison.OrdinalIgnoreCase) || label.StartsWith("Sub-total", StringComparison.OrdinalIgnoreCase)))
            {
                // "Total, Bosnia", "Subtotal": a partial sum the groups cannot check.
                groupValid = false;
                continue;
            }

            var own = row.Values.Take(columns).ToList();
            var extra = row.Values.Skip(columns).ToList();
            var ok = own.Count == columns
                && own.Select((v, j) => !percent[j] || v.Kind == ItemKind.Dash || v.Value <= 100).All(x => x)
                && (totalColumn < 0 || RowAddsUp(own, totalColumn));
            if (!ok)
            {
                groupValid = false;
                continue;
            }

            var placedRow = new PlacedRow(row.LabelText, own.Select(v => v.Kind == ItemKind.Value ? v : null).ToArray(), false) { Tentative = row.Tentative };
            group.Add(placedRow);
            if (extra.Count == 0)
            {
                continue;
            }

            // Values after a full row: the total whose label slipped below, or a stray page number at a page's end.
            if (extra.Count <= columns && AsTotal(extra, strict: true) is { } totals)
            {
                AddTotal(totals, closeFirst: true);
            }
            else if (!(extra.Count == 1 && extra[0].PageEnd && extra[0].Decimals == 0 && extra[0].Value < 1000))
            {
                // The extra values cannot be told from the row's own: the row is dropped.
                group.Remove(placedRow);
                groupValid = false;
            }
        }

        CloseGroup();
        placed.AddRange(group.Where(r => !r.Tentative));
        return placed;
    }

    /// <summary>In a table whose last column is "Total", a row's other counts add up to it (a dash is none).</summary>
    private static bool RowAddsUp(List<Item> values, int totalColumn) =>
        values[totalColumn].Kind == ItemKind.Dash || values.Take(totalColumn).Sum(v => v.Value) == values[totalColumn].Value;
}

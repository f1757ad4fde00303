using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MigrationStats.Ingest;

/// <summary>Where a numbered paragraph starts in the stream.</summary>
/// <param name="Number">Its number (printed, or implied for a renumbered web list).</param>
/// <param name="Position">Stream position of the number.</param>
/// <param name="TextStart">Stream position of its first text character.</param>
/// <param name="Part">The part whose numbering it belongs to (null for the body).</param>
/// <param name="Inferred">True when the text lost the number and it was inferred at a paragraph break.</param>
internal readonly record struct ParagraphStart(int Number, int Position, int TextStart, string? Part, bool Inferred = false);

/// <summary>The numbering read from a stream.</summary>
internal sealed record NumberingReading(ImmutableArray<ParagraphStart> Starts, NumberingReport Report, ImmutableArray<IngestWarning> Warnings);

/// <summary>
/// Finds the paragraph numbers of a report as the best increasing sequence over the whole text.
/// Every number that could start a paragraph is a candidate, weighted by what a reader sees (at a
/// line start or alone on its line, a capital after it, not a sub-heading, not "Goal 4."); the
/// sequence may jump (a cost that the text can explain: an elision line, a page break) and may
/// start again at 1 after an annex heading. A web copy whose list renumbers the paragraphs is
/// recognized and read by the numbers the text itself prints.
/// </summary>
internal static partial class ParagraphNumbering
{
    private readonly record struct Candidate(int Number, int Position, int TextStart, double Weight, bool LineStart, bool Indented, bool AfterSentence);

    [GeneratedRegex(@"(?m)^(?<indent>[ \t\u00A0]*)(?<n>\d{1,3})\.(?:[ \t\u00A0]+(?=\S)|[ \t\u00A0]*\r?$)")]
    private static partial Regex LineStartNumber();

    /// <summary>OCR damage of a paragraph number: "9," or "9 ." for "9.", alone on its line or before a capital.</summary>
    [GeneratedRegex(@"(?m)^[ \t\u00A0]*(?<n>\d{1,3})(?:,|[ \t]+\.)(?:[ \t\u00A0]*\r?$|[ \t\u00A0]+(?=[A-Z“""(]))")]
    private static partial Regex OcrLineNumber();

    [GeneratedRegex(@"(?<=(?<punct>[.!?:;”""’)\]]\d{0,3})?[ \t\u00A0]+)(?<n>\d{1,3})\.[ \t\u00A0]+(?=[“""‘(]?[A-Z])")]
    private static partial Regex MidLineNumber();

    /// <summary>Words after which a number names a goal, target, article or part, not a paragraph.</summary>
    [GeneratedRegex(@"\b(?:Goal|Goals|Target|Targets|Indicator|Article|Articles|Section|Chapter|Part|Annex|Appendix|Rule|Principle|Recommendation|Step|Phase|Point|Option|Table|Figure|Box|No|Nos|para|paras|paragraph|paragraphs|resolution|item|page|pp?)\.?[ \t\u00A0]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NamingWordBefore();

    [GeneratedRegex(@"\n[ \t\u00A0]*\r?\n")]
    private static partial Regex BlankLine();

    public static NumberingReading Find(TextStream stream, IReadOnlyList<int> breaks, IReadOnlyList<(int Position, string Part)> parts, Func<int, int> pageOf, IngestOptions options)
    {
        var s = stream.Text;
        var candidates = Candidates(s, options);
        var renumbered = IsRenumberedList(candidates, s);
        var chain = renumbered ? ReadRenumbered(candidates) : WithOutOfOrder(BestSequence(candidates, breaks, parts, options), candidates, options);
        chain = WithLostNumbers(chain, s, breaks, p => pageOf(stream.OriginalOf(p)), options);
        if (chain.Count < 2 && !(chain.Count == 1 && chain[0].Number == 1 && candidates.Any(c => c.LineStart && c.Position == chain[0].Position)))
        {
            return new NumberingReading([], NumberingReport.None, []);
        }

        return Report(stream, candidates, chain, breaks, pageOf, renumbered);
    }

    private static List<Candidate> Candidates(string s, IngestOptions options)
    {
        var candidates = new List<Candidate>();
        foreach (Match m in LineStartNumber().Matches(s))
        {
            var textStart = TextStream.SkipWhite(s, m.Index + m.Length);
            if (textStart >= s.Length)
            {
                continue;
            }

            var weight = LooksLikeHeading(s, textStart, options) ? options.SubHeadingWeight
                : char.IsLower(s[textStart]) ? options.SubHeadingWeight
                : options.LineStartWeight;
            candidates.Add(new Candidate(Number(m), m.Groups["n"].Index, textStart, weight, true, m.Groups["indent"].Length >= 2, false));
        }

        foreach (Match m in OcrLineNumber().Matches(s))
        {
            var textStart = TextStream.SkipWhite(s, m.Index + m.Length);
            if (textStart < s.Length && char.IsUpper(s[textStart]))
            {
                candidates.Add(new Candidate(Number(m), m.Groups["n"].Index, textStart, options.OcrNumberWeight, true, false, false));
            }
        }

        foreach (Match m in OcrDigitsLine().Matches(s))
        {
            var textStart = TextStream.SkipWhite(s, m.Index + m.Length);
            if (textStart < s.Length && char.IsUpper(s[textStart]) && OcrNumber(m.Groups["n"].Value) is { } number)
            {
                candidates.Add(new Candidate(number, m.Groups["n"].Index, textStart, options.OcrNumberWeight, true, false, false));
            }
        }

        // Mid-line numbers (a page on one line): after a sentence end they are likely paragraphs;
        // after a word (the end of a heading) less so, and only the sequence decides.
        foreach (Match m in MidLineNumber().Matches(s))
        {
            if (TextStream.IsLineStart(s, m.Index) || NamingWordBefore().IsMatch(s.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index)).ToString()))
            {
                continue;
            }

            var afterSentence = m.Groups["punct"].Success;
            candidates.Add(new Candidate(Number(m), m.Index, m.Index + m.Length, afterSentence ? options.MidLineAfterSentenceWeight : options.MidLineAfterWordWeight, false, false, afterSentence));
        }

        candidates.Sort((a, b) => a.Position.CompareTo(b.Position));
        return candidates;
    }

    /// <summary>
    /// OCR reads digits as look-alike letters ("li." for "11.", "l2." for "12."): a short token of
    /// digits and look-alikes with at least one lower-case look-alike, alone on its line.
    /// </summary>
    [GeneratedRegex(@"(?m)^[ \t\u00A0]*(?<n>[0-9liIoOSB]{1,3})\.[ \t\u00A0]*\r?$")]
    private static partial Regex OcrDigitsLine();

    private static int? OcrNumber(string token)
    {
        if (!token.Any(c => c is 'l' or 'i' or 'o') || token.All(char.IsAsciiDigit))
        {
            return null;
        }

        var digits = token.Select(c => c switch { 'l' or 'i' or 'I' => '1', 'o' or 'O' => '0', 'S' => '5', 'B' => '8', _ => c }).ToArray();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private static int Number(Match m) => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);

    // ---- the best sequence ------------------------------------------------------------------

    private static List<ParagraphStart> BestSequence(List<Candidate> candidates, IReadOnlyList<int> breaks, IReadOnlyList<(int Position, string Part)> parts, IngestOptions options)
    {
        var n = candidates.Count;
        var score = new double[n];
        var previous = new int[n];
        var part = new string?[n];
        var byNumber = new Dictionary<int, List<int>>();
        var best = -1;
        for (var i = 0; i < n; i++)
        {
            var c = candidates[i];
            var elidedBefore = CountBetween(breaks, -1, c.Position) > 0;
            score[i] = c.Weight - (c.Number == 1 ? 0 : JumpCost(c.Number - 1, elidedBefore, options) * 0.5);
            previous[i] = -1;
            part[i] = null;
            for (var number = c.Number - 1; number >= Math.Max(0, c.Number - options.MaxJump - 1); number--)
            {
                if (!byNumber.TryGetValue(number, out var earlier))
                {
                    continue;
                }

                foreach (var j in earlier)
                {
                    if (c.Position - candidates[j].TextStart < options.MinParagraphLength)
                    {
                        continue;
                    }

                    var gap = c.Number - number - 1;
                    var elided = CountBetween(breaks, candidates[j].Position, c.Position) > 0;
                    var candidateScore = score[j] + c.Weight - (gap == 0 ? 0 : JumpCost(gap, elided, options));
                    if (candidateScore > score[i])
                    {
                        (score[i], previous[i], part[i]) = (candidateScore, j, part[j]);
                    }
                }
            }

            // Numbering may start again at 1 after an annex heading.
            if (c.Number == 1 && LastPartBefore(parts, c.Position) is { } restart)
            {
                for (var j = 0; j < i; j++)
                {
                    if (candidates[j].Position < restart.Position && score[j] + c.Weight - options.RestartCost > score[i])
                    {
                        (score[i], previous[i], part[i]) = (score[j] + c.Weight - options.RestartCost, j, restart.Part);
                    }
                }
            }

            if (!byNumber.TryGetValue(c.Number, out var same))
            {
                byNumber[c.Number] = same = [];
            }

            same.Add(i);
            if (best < 0 || score[i] > score[best])
            {
                best = i;
            }
        }

        var chain = new List<ParagraphStart>();
        for (var i = best; i >= 0; i = previous[i])
        {
            chain.Add(new ParagraphStart(candidates[i].Number, candidates[i].Position, candidates[i].TextStart, part[i]));
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// Adds the paragraphs that the text's order put out of sequence (pdftotext reads some pages'
    /// text boxes out of order: "14. ... 16. ... 15. ... 17."): a number the sequence misses, at a
    /// line start with a capital after it, between numbers of the same part.
    /// </summary>
    private static List<ParagraphStart> WithOutOfOrder(List<ParagraphStart> chain, List<Candidate> candidates, IngestOptions options)
    {
        if (chain.Count < 2)
        {
            return chain;
        }

        var taken = chain.Select(c => c.Position).ToHashSet();
        var numbers = chain.GroupBy(c => c.Part).ToDictionary(g => g.Key ?? "", g => g.Select(c => c.Number).ToHashSet());
        var added = new List<ParagraphStart>();
        foreach (var c in candidates)
        {
            if (!c.LineStart || c.Weight < options.LineStartWeight || taken.Contains(c.Position))
            {
                continue;
            }

            // The part in force where the candidate stands, and the chain's numbers around it.
            var before = chain.LastOrDefault(p => p.Position < c.Position);
            var after = chain.FirstOrDefault(p => p.Position > c.Position);
            if (before == default || (after != default && before.Part != after.Part))
            {
                continue;
            }

            // Only a number the sequence misses fills a gap (or continues it by one): that is what
            // keeps stray numbers out.
            var own = numbers[before.Part ?? ""];
            if (!own.Contains(c.Number) && c.Number > own.Min() && c.Number <= own.Max() + 1 && c.Position - before.TextStart >= options.MinParagraphLength)
            {
                own.Add(c.Number);
                added.Add(new ParagraphStart(c.Number, c.Position, c.TextStart, before.Part));
            }
        }

        return added.Count == 0 ? chain : [.. chain.Concat(added).OrderBy(p => p.Position)];
    }

    [GeneratedRegex(@"[.!?:;”""’)][ \t\u00A0]*\n(?<blank>[ \t\u00A0]*\n)*[ \t\u00A0]*(?=[A-Z“""(])")]
    private static partial Regex SentenceBreakAtLineEnd();

    /// <summary>
    /// Gives numbers the text lost (OCR drops a "6." now and then) to the paragraph breaks where
    /// they must stand: between printed numbers a and b, when exactly b - a - 1 places show a
    /// paragraph break (a sentence end, a blank line, a capital), or, with no blank lines, exactly
    /// that many sentence ends at page breaks. Anything else stays a jump.
    /// </summary>
    private static List<ParagraphStart> WithLostNumbers(List<ParagraphStart> chain, string s, IReadOnlyList<int> breaks, Func<int, int> pageAt, IngestOptions options)
    {
        var result = new List<ParagraphStart>(chain.Count);
        var present = chain.Select(c => (c.Part, c.Number)).ToHashSet();
        for (var i = 0; i < chain.Count; i++)
        {
            if (i > 0)
            {
                var (a, b) = (chain[i - 1], chain[i]);
                var missing = b.Number - a.Number - 1;
                var lost = missing >= 1 && Enumerable.Range(a.Number + 1, missing).All(n => !present.Contains((a.Part, n)));
                if (b.Part == a.Part && lost && missing <= options.MaxInferredNumbers && CountBetween(breaks, a.Position, b.Position) == 0)
                {
                    var points = SentenceBreakAtLineEnd().Matches(s[..b.Position], a.TextStart).Where(m => m.Index + m.Length < b.Position).ToList();
                    var blank = points.Where(m => m.Groups["blank"].Success).Select(m => m.Index + m.Length).ToList();
                    var paged = points.Where(m => !m.Groups["blank"].Success && pageAt(m.Index) != pageAt(m.Index + m.Length)).Select(m => m.Index + m.Length).ToList();
                    // Best evidence: a garbled number ("il.", "7.7.", "S.") alone on its line where
                    // a number is missing; then paragraph breaks at blank lines; then at page breaks.
                    var garbled = GarbledNumberLine().Matches(s[..b.Position], a.TextStart)
                        .Where(m => m.Index > a.Position && TextStream.SkipWhite(s, m.Index + m.Length) < b.Position)
                        .Select(m => (m.Index, Text: TextStream.SkipWhite(s, m.Index + m.Length))).ToList();
                    var marks = garbled.Count == missing ? garbled
                        : blank.Count == missing ? blank.Select(p => (Index: p, Text: p)).ToList()
                        : blank.Count == 0 && paged.Count == missing ? paged.Select(p => (Index: p, Text: p)).ToList()
                        : null;
                    for (var k = 0; marks is not null && k < missing; k++)
                    {
                        result.Add(new ParagraphStart(a.Number + 1 + k, marks[k].Index, marks[k].Text, a.Part, Inferred: true));
                    }
                }
            }

            result.Add(chain[i]);
        }

        return result;
    }

    /// <summary>A short token that OCR made of a number, alone on its line with a full stop ("il.", "7.7.", "S.", "1O.").</summary>
    [GeneratedRegex(@"(?m)^[ \t\u00A0]*(?=[^\s]*[0-9liIoOSB])(?![IVXLC]{1,4}\.[ \t]*$)(?![A-Z]\.[ \t]*$)[0-9liIoOSBsZz.,']{1,4}\.[ \t\u00A0]*\r?$")]
    private static partial Regex GarbledNumberLine();

    private static double JumpCost(int skipped, bool elided, IngestOptions options) =>
        (elided ? options.ElidedJumpCost : options.JumpCost) + (options.JumpCostPerLog * Math.Log(skipped));

    private static int CountBetween(IReadOnlyList<int> sorted, int after, int before) => sorted.Count(p => p > after && p <= before);

    private static (int Position, string Part)? LastPartBefore(IReadOnlyList<(int Position, string Part)> parts, int position)
    {
        (int, string)? last = null;
        foreach (var p in parts)
        {
            if (p.Position < position)
            {
                last = p;
            }
        }

        return last;
    }

    // ---- web copies whose list renumbers the paragraphs -------------------------------------

    /// <summary>
    /// A web page that shows paragraphs as an ordered list prints its own numbers at line starts,
    /// while the report's numbers stay in the text: a list item N holds "... end. N+1. Text" and
    /// the next item is numbered N+1 again.
    /// </summary>
    private static bool IsRenumberedList(List<Candidate> candidates, string s)
    {
        var items = candidates.Where(c => c.LineStart && c.Weight >= 1.0).ToList();
        for (var k = 0; k + 1 < items.Count; k++)
        {
            var (item, next) = (items[k], items[k + 1]);
            if (next.Number != item.Number + 1)
            {
                continue;
            }

            if (candidates.Any(c => !c.LineStart && c.AfterSentence && c.Number == item.Number + 1 && c.Position > item.Position && c.Position < next.Position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers of a renumbered list: the text's own after sentence ends; each list item continues from them.</summary>
    private static List<ParagraphStart> ReadRenumbered(List<Candidate> candidates)
    {
        var chain = new List<ParagraphStart>();
        var current = 0;
        foreach (var c in candidates)
        {
            if (c.LineStart && c.Weight >= 1.0)
            {
                current = chain.Count == 0 ? c.Number : current + 1;
                chain.Add(new ParagraphStart(current, c.Position, c.TextStart, null));
            }
            else if (!c.LineStart && c.AfterSentence && chain.Count > 0 && c.Number == current + 1)
            {
                current = c.Number;
                chain.Add(new ParagraphStart(current, c.Position, c.TextStart, null));
            }
        }

        return chain;
    }

    // ---- the report ---------------------------------------------------------------------------

    private static NumberingReading Report(TextStream stream, List<Candidate> candidates, List<ParagraphStart> chain, IReadOnlyList<int> breaks, Func<int, int> pageOf, bool renumbered)
    {
        var runs = ImmutableArray.CreateBuilder<NumberRun>();
        var jumps = ImmutableArray.CreateBuilder<NumberJump>();
        var restarts = ImmutableArray.CreateBuilder<string>();
        var warnings = ImmutableArray.CreateBuilder<IngestWarning>();
        if (renumbered)
        {
            warnings.Add(new IngestWarning("renumbered-list", "the text is a web copy whose list renumbers the paragraphs; paragraphs are numbered as the report prints them"));
        }

        // Runs and jumps are read from the numbers in order, so a paragraph that the text put
        // out of sequence still closes its gap; it is reported as out of order.
        for (var i = 1; i < chain.Count; i++)
        {
            if (chain[i].Part == chain[i - 1].Part && chain[i].Number < chain[i - 1].Number)
            {
                warnings.Add(new IngestWarning("paragraph-order", $"paragraph {chain[i].Number} stands after paragraph {chain[i - 1].Number} in the text (the text's order, not the report's)"));
            }
        }

        var first = true;
        foreach (var group in chain.GroupBy(c => c.Part))
        {
            if (!first)
            {
                restarts.Add(group.Key ?? "body");
            }

            first = false;

            var sorted = group.OrderBy(c => c.Number).ToList();
            var runStart = sorted[0];
            for (var i = 1; i <= sorted.Count; i++)
            {
                var a = sorted[i - 1];
                if (i < sorted.Count && sorted[i].Number == a.Number + 1)
                {
                    continue;
                }

                runs.Add(new NumberRun(runStart.Number, a.Number, a.Part));
                if (i == sorted.Count)
                {
                    break;
                }

                var after = sorted[i];
                var offset = stream.OriginalOf(after.Position);
                var (lo, hi) = a.Position < after.Position ? (a.Position, after.Position) : (after.Position, a.Position);
                var reason = CountBetween(breaks, lo, hi) > 0 ? NumberingReport.Elided
                    : pageOf(stream.OriginalOf(lo)) != pageOf(stream.OriginalOf(hi)) ? NumberingReport.PageBreak
                    : NumberingReport.NoMark;
                var missing = a.Number + 1 == after.Number - 1 ? $"{a.Number + 1} is" : $"{a.Number + 1}-{after.Number - 1} are";
                jumps.Add(new NumberJump(a.Number, after.Number, reason, offset));
                if (reason != NumberingReport.Elided)
                {
                    warnings.Add(new IngestWarning("paragraph-gap", $"paragraph numbering jumps from {a.Number} to {after.Number} ({missing} missing)"));
                }

                runStart = after;
            }
        }

        var taken = chain.Select(c => c.Position).ToHashSet();
        var rejected = candidates.Count(c => c.LineStart && !taken.Contains(c.Position));
        foreach (var c in chain)
        {
            var twin = candidates.FirstOrDefault(o => o.LineStart && o.Weight >= 1.0 && o.Number == c.Number && !taken.Contains(o.Position) && !renumbered);
            if (twin.LineStart && NextAfter(chain, c) is { } following && twin.Position > c.Position && twin.Position < following.Position)
            {
                warnings.Add(new IngestWarning("paragraph-repeat", $"paragraph number {c.Number} appears twice"));
            }
        }

        var inferred = chain.Where(c => c.Inferred).Select(c => c.Number).ToImmutableArray();
        foreach (var number in inferred)
        {
            warnings.Add(new IngestWarning("paragraph-inferred", $"paragraph {number} has no printed number in the text; it was given to the one paragraph break between {number - 1} and {number + 1}"));
        }

        return new NumberingReading(chain.ToImmutableArray(), new NumberingReport(runs.ToImmutable(), jumps.ToImmutable(), restarts.ToImmutable(), renumbered, rejected, inferred), warnings.ToImmutable());
    }

    private static ParagraphStart? NextAfter(List<ParagraphStart> chain, ParagraphStart c)
    {
        var i = chain.IndexOf(c);
        return i + 1 < chain.Count ? chain[i + 1] : null;
    }

    /// <summary>
    /// A numbered line that is a sub-heading: a short block (up to three lines, up to a blank
    /// line) that does not end like a sentence.
    /// </summary>
    private static bool LooksLikeHeading(string s, int textStart, IngestOptions options)
    {
        var blank = BlankLine().Match(s, textStart);
        var end = blank.Success ? blank.Index : s.Length;
        var block = s[textStart..end].TrimEnd();
        var lineCount = block.Count(c => c == '\n') + 1;
        return block.Length < options.SubHeadingMaxLength && lineCount <= options.SubHeadingMaxLines && block.Length > 0 && !".;:,!?".Contains(block[^1], StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using MigrationStats.Common;
using MigrationStats.Dataset;
using static MigrationStats.Interpret.RuleTable;

namespace MigrationStats.Interpret;

/// <summary>What the time rules know beyond the sentence: the previous sentence and the report's date.</summary>
/// <param name="PreviousText">Text of the previous sentence of the paragraph, or null.</param>
/// <param name="PreviousDates">Its dates (offsets into that sentence).</param>
/// <param name="PreviousHadFigures">True when it gave figures of its own.</param>
/// <param name="AsOf">The report's date, when known.</param>
internal sealed record TimeContext(string? PreviousText, IReadOnlyList<DateReading> PreviousDates, bool PreviousHadFigures, DateOnly? AsOf);

/// <summary>A time rule: finds the period a figure refers to, or says why a date nearby does not date it.</summary>
internal sealed record TimeRule(RuleInfo Info, double Score, Func<FigureContext, IReadOnlyList<DateReading>, TimeContext, TimeRules.Evidence?> Find);

/// <summary>
/// Time attached by evidence, never by nearness alone: an explicit date right after the figure or
/// framing its clause ("In 2013, ...", "By the end of 2018, ..."), the ends of a range for a
/// change ("between 1975 and 2003 ... from 7 to 21 per cent"), "since 2014" as a span to the
/// report's date, and the date of an event the previous sentence told when this sentence goes on
/// telling it ("... was held in Manila in May 2004. It was attended by some 160 people"). A
/// present or present-perfect clause is not dated by an earlier date in its sentence ("entered into
/// force on 1 July 2003 and has been ratified by 26 States"); such figures hold as of the report.
/// </summary>
internal static partial class TimeRules
{
    /// <summary>A period found for a figure (or a block: <see cref="Blocked"/> with the reason in <see cref="Why"/>).</summary>
    internal sealed record Evidence(Period? Period, string? Open, int Start, int End, string Why)
    {
        public bool Blocked => Period is null;
    }

    public static readonly TimeRule[] All =
    [
        new(Info("time.range-ends", Layer.Time, "a change 'from X to Y' in a sentence with a range of years ('between 1975 and 2003')", "X the range's start, Y its end",
                ["Thus, between 1975 and 2003, the share had risen from [7] to 21 per cent. => 1975", "Thus, between 1975 and 2003, the share had risen from 7 to [21 per cent]. => 2003"], ["Thus, between 1975 and 2003, [12] countries changed their policy."]),
            1.0, RangeEnds),
        new(Info("time.right-after", Layer.Time, "a date right after the figure in its clause ('175 million in 2000', 'two new videos launched in 2003'), no other number, no comparison ('as in', 'than in') and no parenthesis between", "the date",
                ["The number stood at [175 million] in 2000, up from 76 million in 1960. => 2000", "[Two] new videos launched in 2003 call on victims to act. => 2003"], ["This included [6.3 million] refugees (approximately the same number as in 2017).", "In the attack, [11] people were killed and some 40 injured, and the murder in March 2004 followed."]),
            0.9, RightAfter),
        new(Info("time.since", Layer.Time, "'since DATE' in the figure's clause ('have died at sea since 2014')", "DATE to the report's date, open 'since'",
                ["More than [10,000] men, women and children on their way to Europe have died or gone missing at sea since 2014. => 2014"], ["Since then, a further [16] Governments have offered their support."]),
            0.85, Since),
        new(Info("time.frame", Layer.Time, "a date in the adverbial that opens the figure's sentence or clause ('In 2013, ...', 'By the end of 2018, ...', 'According to UNHCR statistics for 2017, ...')", "the date (not for the start of a change 'from X to Y': the frame dates its end)",
                ["In 2013, migrants sent [approximately $404 billion] in remittances. => 2013", "By the end of 2016, the number had risen from 4.4 million to [more than 5 million]. => 2016"],
                ["By the end of 2016, the number had risen from [4.4 million] to more than 5 million."]),
            0.8, Frame),
        new(Info("time.clause-before", Layer.Time, "a date earlier in the figure's clause, when the clause is in a past tense ('The meeting, held in October 2003, brought together over 20 organizations')", "the date",
                ["The second meeting, held in October 2003, brought together representatives from [over 20] organizations. => 2003-10"],
                ["The murder in March 2004 of a family is unsolved and [nine] suspects are under investigation.", "The Convention entered into force on 1 July 2003 and has been ratified by [26] States.", "The database, established in 1997, currently provides data for [over 80] countries."]),
            0.6, ClauseBefore),
        new(Info("time.previous-event", Layer.Time, "no date in the sentence, a past tense, no new-statement connective; the previous sentence gave no figures and dated an event ('held in Manila in May 2004')", "the event's date",
                ["The first hearing was held in Manila in May 2004. It was attended by [some 160] people. => 2004-05"],
                ["In 2013, migrants sent $404 billion in remittances. Migrants who moved saw a [15-fold] increase in income.", "The Conference was held in 2003. The activities of IMP have benefited [over 340] officials."]),
            0.4, PreviousEvent),
    ];

    /// <summary>Writes the time annotations (and blocks, with reasons) of every figure of a sentence.</summary>
    public static void Annotate(IReadOnlyList<FigureContext> figures, IReadOnlyList<DateReading> dates, TimeContext context)
    {
        var usable = dates.Where(d => d.Kind != DateKind.Session).ToList();
        foreach (var f in figures)
        {
            if (f.Kind == FigureKind.Duration)
            {
                continue;
            }

            foreach (var rule in All)
            {
                if (rule.Find(f, usable, context) is not { } e)
                {
                    continue;
                }

                var value = e.Blocked ? e.Why : e.Period!.ToString() + (e.Open is { } open ? $" ({open})" : string.Empty);
                f.Doc.Add(new Annotation(e.Start, e.End, Layer.Time, e.Blocked ? "blocked" : "time", value, rule.Info.Id, e.Blocked ? 0 : rule.Score, f.Target));
            }

            if (f.Doc.Best(f.Target, Layer.Time, "time") is null && IsPresent(f, ClauseOf(f.Text, f.Start).Start, ClauseOf(f.Text, f.Start).End))
            {
                f.Doc.Add(new Annotation(f.Start, f.End, Layer.AsOf, "as_of", "present tense, no date of its own: holds as of the report's date", "asof.present", 1.0, f.Target));
            }
        }
    }

    /// <summary>The as_of rule, for the rule book.</summary>
    public static readonly RuleInfo AsOfRule = Info("asof.present", Layer.AsOf, "a figure with no time whose clause is in the present or present perfect ('has been ratified by 26 States', 'there are currently more than 232 million migrants')", "as_of = the report's date",
        ["The Convention has been ratified by [26] States.", "There are currently [more than 232 million] migrants."], ["The workshop was attended by [60] officials.", "In 2003, [26] States ratified it."]);

    /// <summary>Parses the value a time annotation carries ("2014/2016 (since)").</summary>
    public static (Period Period, string? Open) ParseValue(string value)
    {
        var open = CachedRegex.Match(value, @"\((?<o>since|by|until)\)$");
        var text = open.Success ? value[..open.Index].Trim() : value.Trim();
        var parts = text.Split('/');
        var start = PartialDate.Parse(parts[0]);
        return (new Period(start, parts.Length > 1 ? PartialDate.Parse(parts[1]) : start), open.Success ? open.Groups["o"].Value : null);
    }

    // ---- the rules -----------------------------------------------------------------------------

    private static Evidence? RangeEnds(FigureContext f, IReadOnlyList<DateReading> dates, TimeContext context)
    {
        var range = dates.FirstOrDefault(d => d.Kind == DateKind.Range && d.Period.Start.Month is null && d.Period.Start != d.Period.End);
        if (range is null)
        {
            return null;
        }

        if (f.Next is { } next && FromBefore().IsMatch(f.Before) && ToBetween().IsMatch(f.Text[f.End..next.Start]))
        {
            return new Evidence(Period.At(range.Period.Start), null, range.Start, range.End, "start of the change");
        }

        if (f.Previous is { } previous && ToBetween().IsMatch(f.Text[previous.End..f.Start]) && FromBefore().IsMatch(previous.Before))
        {
            return new Evidence(Period.At(range.Period.End), null, range.Start, range.End, "end of the change");
        }

        return null;
    }

    private static Evidence? RightAfter(FigureContext f, IReadOnlyList<DateReading> dates, TimeContext context)
    {
        var d = dates.Where(d => d.Start >= f.End && d.Start - f.End <= 60).OrderBy(d => d.Start).FirstOrDefault();
        if (d is null)
        {
            return null;
        }

        var between = f.Text[f.End..d.Start];
        if (CachedRegex.IsMatch(between, @"\d|;"))
        {
            return null;
        }

        if (IsTitleYear(f.Text, d))
        {
            return Block(d, "a year in a title or name, not the figure's time");
        }

        if (CachedRegex.IsMatch(between, @"\(|\b(?:as|than)\s+(?:in|at|of|on|for|during|by)\s*$|\b(?:compared|against|versus)\b", RegexOptions.IgnoreCase))
        {
            return Block(d, "the date is a comparison or an aside, not the figure's time");
        }

        if (CachedRegex.IsMatch(between, @",\s*(?:and|but|while|whereas|although|which|who|where)\b", RegexOptions.IgnoreCase))
        {
            return Block(d, "the date stands in the next clause");
        }

        if (d.Open == "since")
        {
            return null; // read by time.since
        }

        return new Evidence(d.Period, d.Open, d.Start, d.End, "right after");
    }

    private static Evidence? Since(FigureContext f, IReadOnlyList<DateReading> dates, TimeContext context)
    {
        var clause = ClauseOf(f.Text, f.Start);
        var d = dates.FirstOrDefault(d => d.Open == "since" && d.Start >= clause.Start && d.End <= clause.End && !InParentheses(f.Text, d.Start));
        if (d is null)
        {
            return null;
        }

        var start = d.Period.Start;
        var end = context.AsOf is { } asOf ? Grain(asOf, start) : start;
        return new Evidence(new Period(start, end), "since", d.Start, d.End, "since");
    }

    private static Evidence? Frame(FigureContext f, IReadOnlyList<DateReading> dates, TimeContext context)
    {
        // The figure's own clause first, then the sentence's opening ("By the end of 2018, some
        // 70.8 million people had been forced from their homes; including 25.9 million refugees").
        var clause = ClauseOf(f.Text, f.Start);
        var d = FrameDate(f, dates, clause.Start) ?? (clause.Start > 0 && !InParentheses(f.Text, f.Start) ? FrameDate(f, dates, 0) : null);
        if (d is null)
        {
            return null;
        }

        if (IsChangeStart(f))
        {
            return Block(d, "the start of a change 'from X to Y': the frame dates its end");
        }

        if (d.Open == "since")
        {
            var end = context.AsOf is { } asOf ? Grain(asOf, d.Period.Start) : d.Period.Start;
            return new Evidence(new Period(d.Period.Start, end), "since", d.Start, d.End, "frame");
        }

        return new Evidence(d.Period, d.Open, d.Start, d.End, "frame");
    }

    /// <summary>The date of the adverbial that opens the text at <paramref name="start"/>, when the figure follows it.</summary>
    private static DateReading? FrameDate(FigureContext f, IReadOnlyList<DateReading> dates, int start)
    {
        var d = dates.Where(d => d.Start >= start && d.End <= f.Start).OrderBy(d => d.Start).FirstOrDefault();
        return d is not null && FrameLead().IsMatch(f.Text[start..d.Start]) && !IsTitleYear(f.Text, d) ? d : null;
    }

    private static Evidence? ClauseBefore(FigureContext f, IReadOnlyList<DateReading> dates, TimeContext context)
    {
        var clause = ClauseOf(f.Text, f.Start);
        var d = dates.Where(d => d.End <= f.Start && d.Start >= clause.Start && !InParentheses(f.Text, d.Start)).OrderByDescending(d => d.End).FirstOrDefault();
        if (d is null)
        {
            return null;
        }

        if (IsTitleYear(f.Text, d))
        {
            return Block(d, "a year in a title or name, not the figure's time");
        }

        if (IsChangeStart(f))
        {
            return Block(d, "the start of a change 'from X to Y'");
        }

        if (d.Open is "since")
        {
            return null;
        }

        var between = f.Text[d.End..f.Start];
        if (CachedRegex.IsMatch(between, @"\b" + Vocabulary.PresentVerbs + @"\b|\b" + Vocabulary.PresentWords + @"\b", RegexOptions.IgnoreCase)
            || CachedRegex.IsMatch(f.Text[f.End..clause.End], @"^[^,;]*?\b(?:(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en)|are|is|remain|remains)\b", RegexOptions.IgnoreCase))
        {
            return Block(d, "the figure's clause is in the present or present perfect: an earlier date does not date it");
        }

        return new Evidence(d.Period, d.Open, d.Start, d.End, "earlier in the clause");
    }

    private static Evidence? PreviousEvent(FigureContext f, IReadOnlyList<DateReading> dates, TimeContext context)
    {
        if (dates.Count > 0 || context.PreviousText is not { } previous || context.PreviousDates.Count == 0)
        {
            return null;
        }

        var d = context.PreviousDates.Where(d => d.Kind != DateKind.Session).OrderByDescending(d => d.End).FirstOrDefault();
        if (d is null)
        {
            return null;
        }

        var clause = ClauseOf(f.Text, f.Start);
        if (context.PreviousHadFigures)
        {
            return BlockPrevious(f, previous, d, "belongs to that sentence's own figures");
        }

        if (!EventPreposition().IsMatch(previous[..d.Start]) || IsTitleYear(previous, d) || d.Open is not null)
        {
            return BlockPrevious(f, previous, d, "is not the date of an event ('by', 'since', 'as at', a title year)");
        }

        if (CachedRegex.IsMatch(f.Text, @"^\W*" + Vocabulary.NewStatement + @"\b"))
        {
            return BlockPrevious(f, previous, d, "does not carry over: the sentence opens a new statement");
        }

        if (IsPresent(f, clause.Start, clause.End))
        {
            return BlockPrevious(f, previous, d, "does not carry over: the sentence is in the present or present perfect");
        }

        return new Evidence(d.Period, null, f.Start, f.End, $"the previous sentence's event date '{previous[d.Start..d.End]}'");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Evidence Block(DateReading d, string why) => new(null, null, d.Start, d.End, why);

    private static Evidence BlockPrevious(FigureContext f, string previous, DateReading d, string why) =>
        new(null, null, f.Start, f.End, $"the previous sentence's date '{previous[d.Start..d.End]}' {why}");

    /// <summary>"from 4.4 million to more than 5 million": this figure is the start of a change to the next.</summary>
    private static bool IsChangeStart(FigureContext f) =>
        f.Next is { } next && FromBefore().IsMatch(f.Before) && ToBetween().IsMatch(f.Text[f.End..next.Start]);

    /// <summary>The clause a position stands in: between semicolons, colons and the parentheses around it.</summary>
    internal static (int Start, int End) ClauseOf(string text, int position)
    {
        var start = 0;
        var depth = 0;
        for (var i = position - 1; i >= 0; i--)
        {
            var ch = text[i];
            if (ch == ')')
            {
                depth++;
            }
            else if (ch == '(')
            {
                if (depth == 0)
                {
                    start = i + 1;
                    break;
                }

                depth--;
            }
            else if (depth == 0 && ch is ';' or ':')
            {
                start = i + 1;
                break;
            }
        }

        var end = text.Length;
        depth = 0;
        for (var i = position; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '(')
            {
                depth++;
            }
            else if (ch == ')')
            {
                if (depth == 0)
                {
                    end = i;
                    break;
                }

                depth--;
            }
            else if (depth == 0 && ch is ';' or ':')
            {
                end = i;
                break;
            }
        }

        return (start, end);
    }

    private static bool InParentheses(string text, int position) => ClauseOf(text, position) is var c && c.Start > 0 && text[c.Start - 1] == '(';

    /// <summary>True when the figure's clause speaks in the present or present perfect.</summary>
    private static bool IsPresent(FigureContext f, int clauseStart, int clauseEnd)
    {
        var clause = f.Text[clauseStart..clauseEnd];
        return CachedRegex.IsMatch(clause, @"\b(?:has|have)\s+(?:(?:not|also|already|now|since|so\s+far|thus\s+far)\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn|ne|un|ot|ht|lt|nt)\b", RegexOptions.IgnoreCase)
            || CachedRegex.IsMatch(clause, @"\b(?:there\s+(?:are|is)|(?:is|are)\s+(?:now|currently|still)|" + Vocabulary.PresentWords + @")\b", RegexOptions.IgnoreCase)
            || CachedRegex.IsMatch(clause, @"\b(?:number|numbers|stands|totals|exceeds|remains|remain|hosts|host|live|lives|reside|resides)\s+(?:at\s+|to\s+)?(?:" + Vocabulary.OverWords + "|" + Vocabulary.UnderWords + "|" + Vocabulary.ApproxWords + @"\s+)?\s*\d", RegexOptions.IgnoreCase)
            || (CachedRegex.IsMatch(clause, @"\b(?:is|are)\b") && !CachedRegex.IsMatch(clause, @"\b(?:was|were|had)\b|\b[a-z]+ed\s+(?:by|to|from|in|at)\b"));
    }

    /// <summary>
    /// A year that is part of a title or a name ("World Population Policies, 2003", "Convention
    /// (Revised), 1949 (No. 97)", "the 1990 Convention", "the International Labour Conference of 2004").
    /// </summary>
    internal static bool IsTitleYear(string text, DateReading d) =>
        d.Kind == DateKind.Year && d.Open is null
        && (CachedRegex.IsMatch(text[..d.Start], @"(?:\b[A-Z][\w’'-]*|\))\s*,\s*$|\d\s*\(\s*$|\b[A-Z][a-z]+\s+of\s+$")
            || CachedRegex.IsMatch(text[d.End..], @"^\s*\(No\.|^\s+" + Vocabulary.TitleWordsAfterYear + @"\b"));

    private static PartialDate Grain(DateOnly date, PartialDate like) =>
        like.Day is not null ? new PartialDate(date.Year, date.Month, date.Day) : like.Month is not null ? new PartialDate(date.Year, date.Month) : new PartialDate(date.Year);

    [GeneratedRegex(@"\bfrom\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^\s*(?:to|and)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBetween();

    /// <summary>What opens a clause before its framing date: a connective, then a preposition phrase ("In addition, in", "By the end of", "According to UNHCR statistics for").</summary>
    [GeneratedRegex(@"^\s*(?:(?:Thus|However|Furthermore|Moreover|In\s+addition|Overall|Consequently|Meanwhile|Subsequently|Since\s+then|Also|Then|Finally|Similarly|Altogether|In\s+total)\s*,?\s+)?(?:[Ii]n|[Bb]y|[Aa]s\s+(?:at|of)|[Aa]t|[Dd]uring|[Bb]etween|[Ff]rom|[Ss]ince|[Uu]ntil|[Oo]ver|[Tt]hroughout|[Ff]or|[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]ccording\s+to|[Oo]n|[Ww]ithin|[Bb]eginning|[Ss]tarting|[Aa]s\s+(?:from|on))\b[^,;:()]{0,60}$")]
    private static partial Regex FrameLead();

    /// <summary>A date the previous sentence gave for an event: after "in", "on", "at", "during".</summary>
    [GeneratedRegex(@"(?:^\s*|\b)(?:[Ii]n|[Oo]n|at|[Dd]uring|held|convened|took\s+place)\s+(?:[A-Z][\w’'\-]*(?:,\s+[A-Z][\w’'\-]*)*,?\s+(?:in|on)\s+)?(?:the\s+)?$")]
    private static partial Regex EventPreposition();
}

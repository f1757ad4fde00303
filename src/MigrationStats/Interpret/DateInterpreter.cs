using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Common;
using MigrationStats.Dataset;
using MigrationStats.Recognize;
using static MigrationStats.Interpret.RuleTable;

namespace MigrationStats.Interpret;

/// <summary>A date rule: a pattern and how a match reads as a period.</summary>
internal sealed record DateRule(RuleInfo Info, Regex Pattern, Func<Match, (DateKind Kind, Period Period)?> Read);

/// <summary>
/// Reads the dates of a sentence: structured forms the recognizer gets wrong (day lists and spans
/// across months and years, "between 1975 and 2003", decades, "the first half of 2007") by the
/// rules of <see cref="Rules"/>, in order, then everything else from DateTimeRecognizer, dropping
/// what is not a calendar date (durations, sets, "now", bare day numbers, years inside document
/// symbols, years of names and titles), then numbered sessions. A span is read once: the first
/// rule to cover it wins; every drop is written with its reason for <c>inspect --explain</c>.
/// </summary>
internal static partial class DateInterpreter
{
    private const string Year = Vocabulary.Year;
    private const string Month = Vocabulary.MonthNames;

    /// <summary>The pattern rules, in the order they claim text.</summary>
    public static readonly DateRule[] Rules =
    [
        new(Info("date.span-across-years", Layer.Date, "'from 1 July 2016 to 30 June 2017', '1 July 2018 through 30 June 2019'", "range, day to day",
                ["The report covers the period [from 1 July 2016 to 30 June 2017]. => 2016-07-01/2017-06-30", "The budget for [1 July 2018 through 30 June 2019] was approved. => 2018-07-01/2019-06-30"], ["The Mission was set up on 1 July 2016, [30] June 2017 being its first review."]),
            Rx(@"\b(?:from\s+)?(?<d1>\d{1,2})\s+(?<m1>" + Month + @")\s+(?<y1>" + Year + @")\s*(?:to|through|until|till|-|–|and)\s*(?<d2>\d{1,2})\s+(?<m2>" + Month + @")\s+(?<y2>" + Year + @")\b"),
            m => Day(m, "y1", "m1", "d1") is { } a && Day(m, "y2", "m2", "d2") is { } b && a.CompareTo(b) < 0 ? (DateKind.Range, new Period(a, b)) : null),
        new(Info("date.list-year-last", Layer.Date, "a list of days of different months whose year is on the last item only ('on 3 March, 9 April and 21 June 2005')", "each item a date in that year",
                ["The Council met on [3 March], 9 April and 21 June 2005. => 2005-03-03", "The Council met on 3 March, [9 April] and 21 June 2005. => 2005-04-09"], ["The Council met on [28 February] and 1 March 2005.", "The Council met on 3 March and [21 June 2005], and again in 2006."]),
            Rx(@"\b(?<d>\d{1,2})\s+(?<m>" + Month + @")(?:(?<=,\s*\d{1,2}\s+" + Month + @")|(?=\s*,\s*\d{1,2}\s+" + Month + @"))(?=(?:\s*,\s*\d{1,2}\s+" + Month + @")*\s*,?\s+(?:and|or)\s+\d{1,2}\s+" + Month + @"\s+(?<y>" + Year + @")\b)"),
            m => Day(m, "y", "m", "d") is { } a ? (DateKind.Date, Period.At(a)) : null),
        new(Info("date.span-across-months", Layer.Date, "'28 February and 1 March 2005', 'from 29 June to 2 July 2004'", "range, day to day",
                ["Talks were held [from 29 June to 2 July 2004] in Bern. => 2004-06-29/2004-07-02"], ["Talks were held in June and on [2 July 2004]."]),
            Rx(@"\b(?:from\s+)?(?<d1>\d{1,2})\s+(?<m1>" + Month + @")\s*(?:and|to|through|-|–)\s*(?<d2>\d{1,2})\s+(?<m2>" + Month + @")\s+(?<y>\d{4})\b"),
            m => Day(m, "y", "m1", "d1") is { } a && Day(m, "y", "m2", "d2") is { } b ? (DateKind.Range, new Period(a, b)) : null),
        new(Info("date.day-list-same-month", Layer.Date, "'7 and 8 October 2003', 'from 3 to 7 June 2002', '26-27 February 2004'", "range, first day to last",
                ["The Forum met on [7 and 8 October 2003] in Geneva. => 2003-10-07/2003-10-08", "The course ran [from 3 to 7 June 2002] in Turin. => 2002-06-03/2002-06-07"], ["The Forum met on 7 October and on [8 October 2003]."]),
            Rx(@"\b(?:from\s+)?(?<d1>\d{1,2})\s*(?:and|to|through|-|–)\s*(?<d2>\d{1,2})\s+(?<m>" + Month + @")\s+(?<y>\d{4})\b"),
            m => Day(m, "y", "m", "d1") is { } a && Day(m, "y", "m", "d2") is { } b && a.CompareTo(b) < 0 ? (DateKind.Range, new Period(a, b)) : null),
        new(Info("date.month-list", Layer.Date, "consecutive months with the year on the last ('January, February and March 2015', 'April to June 2004')", "range of months",
                ["UNHCR registered 36 returnees during [January, February and March 2015]. => 2015-01/2015-03", "Returns rose [from April to June 2004]. => 2004-04/2004-06"], ["The Council met in March and [June 2005]. => 2005-03"]),
            Rx(@"\b(?:from\s+)?(?<m1>" + Month + @")(?<rest>(?:\s*,\s*" + Month + @")*)\s*,?\s+(?<sep>and|to|through|until|-|–)\s+(?<m2>" + Month + @")\s+(?<y>" + Year + @")\b"),
            m => MonthList(m)),
        new(Info("date.year-range", Layer.Date, "'between 1975 and 2003', 'from 2002 to 2004', '1960-2000', and two consecutive years 'in 2017 and 2018'", "range of years",
                ["Thus, [between 1975 and 2003], the share rose. => 1975/2003", "Data cover the period [1960-2000]. => 1960/2000", "He met experts [in 2017 and 2018]. => 2017/2018"], ["He met experts in 2005 and [2010]."]),
            Rx(@"\b(?:(?:[Bb]etween|[Ff]rom)\s+(?<y1>" + Year + @")\s+(?:and|to|until|through)\s+(?<y2>" + Year + @")|(?<y1>" + Year + @")\s*[-–]\s*(?<y2>" + Year + @")|(?<pair>(?:[Ii]n|[Dd]uring)\s+(?<y1>" + Year + @")\s+and\s+(?<y2>" + Year + @")))\b(?![/-]\d)"),
            m => Int(m, "y1") is var a && Int(m, "y2") is var b && a < b && (!m.Groups["pair"].Success || b == a + 1) ? (DateKind.Range, new Period(new PartialDate(a), new PartialDate(b))) : null),
        new(Info("date.short-year-span", Layer.Date, "'2004/05', '2004-05' (a biennium, a school or fiscal year)", "range of two years",
                ["The budget for the biennium [2004/05] was approved. => 2004/2005"], ["The budget for [2004] and 2006 was approved."]),
            Rx(@"\b(?<y1>" + Year + @")[/–](?<y2>\d\d)\b(?![/-]\d)"),
            m => Int(m, "y1") is var a && (a / 100 * 100) + Int(m, "y2") is var b && b == a + 1 ? (DateKind.Range, new Period(new PartialDate(a), new PartialDate(b))) : null),
        new(Info("date.decade", Layer.Date, "'the 1990s', 'the late 1970s', 'the early 1980s', 'mid-1990s'", "decade, or approx for early/mid/late",
                ["During [the 1990s], migration increased. => 1990/1999", "Perceptions changed in [the late 1970s]. => 1975/1979"], ["In [1990], migration increased."]),
            Rx(@"\b(?:(?:the\s+)?(?<mod>early|mid|late)[\s-]+|the\s+)?(?<decade>1[5-9]\d0|20\d0)s\b", ignoreCase: true),
            m => Decade(m)),
        new(Info("date.approx-year", Layer.Date, "'mid-2005', 'early 2004', 'late 2003'", "approx",
                ["The report is due by [mid-2005]. => 2005"], ["The report is due by [2005]."]),
            Rx(@"\b(?<mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?<y>" + Year + @")\b(?!s)"),
            m => (DateKind.Approx, Period.At(new PartialDate(Int(m, "y"))))),
        new(Info("date.half-or-quarter", Layer.Date, "'the first half of 2007', 'the third quarter of 2006'", "range of months",
                ["In [the first half of 2007], 28,000 migrants were returned. => 2007-01/2007-06", "Returns peaked in [the third quarter of 2006]. => 2006-07/2006-09"], ["Returns peaked in [2006]."]),
            Rx(@"\b(?:the\s+)?(?<ord>first|second|third|fourth|last)\s+(?<part>half|quarter)\s+of\s+(?<y>" + Year + @")\b", ignoreCase: true),
            m => HalfOrQuarter(m)),
        new(Info("date.part-of-period", Layer.Date, "'the end of May 2004', 'the beginning of 2005'", "approx, at the grain given",
                ["They had completed the programmes by [the end of May 2004]. => 2004-05"], ["They had completed the programmes in [May 2004]."]),
            Rx(@"\b(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:(?<m>" + Month + @")\s+)?(?<y>" + Year + @")\b"),
            m => (DateKind.Approx, Period.At(m.Groups["m"].Success ? new PartialDate(Int(m, "y"), MonthOf(m.Groups["m"].Value)) : new PartialDate(Int(m, "y"))))),
    ];

    /// <summary>Rules that read the recognizer's dates and the numbered sessions, for the rule book.</summary>
    public static readonly RuleInfo[] OtherRules =
    [
        Info("date.recognizer", Layer.Date, "a date DateTimeRecognizer found that names a year ('1 July 2003', 'October 2003', 'since 1998', 'by 2011')", "date, month or year; 'since'/'by'/'until' kept as open",
            ["The Convention entered into force on [1 July 2003]. => 2003-07-01", "UNITAR has run the programme [since 1998]. => 1998"], ["The Group meets regularly, usually on a [quarterly] basis."]),
        Info("date.year-from-report", Layer.Date, "a day or month with no year ('On 6 July', 'in July'), in a report whose date is known", "the date in the year that puts it nearest the report's date (within eight months)",
            ["On [6 July], four people were killed. => 2016-07-06", "In [July], the Fund disbursed 9.7 million euros. => 2016-07"], ["The Council [may] decide on it in 2017."]),
        Info("date.veto.symbol", Layer.Date, "a year inside a symbol ('S/2004/512', 'A/RES/58/208')", "dropped: part of a symbol", ["See document S/[2004]/512."], ["See the report of [2004]."]),
        Info("date.veto.named", Layer.Date, "a four-digit number after a naming word ('resolution 1537')", "dropped: a number, not a year", ["By its resolution [1537] of 30 March, the Council acted."], ["The Council acted in [1537]."]),
        Info("date.veto.title", Layer.Date, "a year that is part of a name ('the 1990 Convention', 'the 2000 round of censuses')", "dropped: part of a name, not an event",
            ["It monitors the application of the [1990] Convention."], ["The Convention was adopted in [1990]."]),
        Info("date.veto.grouped-number", Layer.Date, "a day that is the first digit group of a number ('by the end of April 11,585 persons')", "dropped: part of a number, not a day",
            ["By the end of [April 11],585 persons had received title."], ["By [April 11], 585 persons had received title."]),
        Info("date.veto.relative", Layer.Date, "a date the recognizer resolved against the reference date, or a day or month with no year in a report with no date ('now', 'last year', 'in the coming months')", "dropped: no year in the text", ["The Mission will report [next year], in 2005."], ["As at [25 June 2004], the zone remained calm."]),
        Info("date.session", Layer.Date, "'fifty-ninth session': the General Assembly's Nth session opens in September of 1945+N; other bodies take the year of a date near it, or of the same session dated earlier", "session",
            ["The Assembly will consider it at its [fifty-ninth session]. => 2004/2005", "The [tenth session] of the Forum on Minority Issues, held on 30 November and 1 December 2017, met. => 2017"], ["The Forum met for the [tenth] time."]),
    ];

    /// <summary>Every date rule, for the rule book.</summary>
    public static IEnumerable<RuleInfo> All => Rules.Select(r => r.Info).Concat(OtherRules);

    [GeneratedRegex(@"\b(?<ord>" + Ordinals.Pattern + @")\s+(?:(?:regular|special|resumed|substantive|emergency|organizational|annual)\s+)?session\b", RegexOptions.IgnoreCase)]
    private static partial Regex Session();

    [GeneratedRegex(@"(General\s+Assembly|Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|(?:Statistical\s+)?Commission(?:\s+on\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*|\s+for\s+Social\s+Development)?|Committee(?:\s+on\s+[A-Z][a-z]+(?:\s+[A-Za-z]+)*)?|Council|Conference|Board|Forum)")]
    private static partial Regex Body();

    /// <summary>Reads the dates of a sentence; drops are written to <paramref name="doc"/> when given.</summary>
    public static ImmutableArray<DateReading> Read(Sentence sentence, int index, Recognition recognized, SessionMemory sessions, SentenceDoc? doc = null)
    {
        var text = sentence.Text;
        var found = new List<(DateReading Reading, string Rule)>();
        var taken = new bool[text.Length];

        void Add(int start, int end, DateKind kind, Period period, string rule, string? body = null, int? ordinal = null, string? open = null)
        {
            for (var i = start; i < end; i++)
            {
                if (taken[i])
                {
                    return;
                }
            }

            Array.Fill(taken, true, start, end - start);
            var label = EventLabel.For(text, start, end, body, ordinal);
            found.Add((new DateReading(sentence.Start + start, sentence.Start + end, kind, period, label, body, ordinal, open, index), rule));
        }

        foreach (var rule in Rules)
        {
            foreach (Match m in rule.Pattern.Matches(text))
            {
                if (!InsideSymbol(text, m.Index, m.Index + m.Length) && rule.Read(m) is { } read)
                {
                    Add(m.Index, m.Index + m.Length, read.Kind, read.Period, rule.Info.Id);
                }
            }
        }

        foreach (var r in recognized.Dates)
        {
            var (simple, drop) = FromRecognizer(text, r, sessions.ReportDate);
            if (simple is not null)
            {
                Add(simple.Start, simple.End, simple.Kind, simple.Period, simple.Rule, open: simple.Open);
            }
            else if (drop is not null)
            {
                doc?.Add(new Annotation(r.Start, r.End, Layer.Date, "dropped", drop.Value.Reason, drop.Value.Rule, 0, -1));
            }
        }

        foreach (Match m in Session().Matches(text))
        {
            var relative = found.Select(f => f.Reading with { Start = f.Reading.Start - sentence.Start, End = f.Reading.End - sentence.Start }).ToList();
            if (ReadSession(text, m, sessions, relative) is { } session)
            {
                Add(m.Index, m.Index + m.Length, DateKind.Session, session.Period, "date.session", session.Body, session.Ordinal);
            }
        }

        foreach (var (d, rule) in found)
        {
            doc?.Add(new Annotation(d.Start - sentence.Start, d.End - sentence.Start, Layer.Date, Names.Of(d.Kind), d.Period.ToString() + (d.Open is { } o ? $" ({o})" : string.Empty), rule, 1, -1));
        }

        return found.Select(f => f.Reading).OrderBy(d => d.Start).ToImmutableArray();
    }

    private static (Period Period, string? Body, int Ordinal)? ReadSession(string text, Match m, SessionMemory sessions, List<DateReading> dates)
    {
        if (Ordinals.Parse(m.Groups["ord"].Value) is not { } ordinal)
        {
            return null;
        }

        var end = m.Index + m.Length;
        var body = BodyOf(text, m.Index, end) ?? sessions.DefaultBody;
        Period? period = null;
        if (body is "General Assembly" or "Assembly")
        {
            // The Nth regular session of the General Assembly opens in September of 1945 + N.
            period = new Period(new PartialDate(1945 + ordinal), new PartialDate(1946 + ordinal));
            body = "General Assembly";
        }
        else
        {
            // "thirty-seventh session in 2004", "tenth session of the Forum, held on 30 November and 1 December 2017".
            var near = dates.Where(d => d.Start >= end && d.Start - end <= 120 && d.Kind != DateKind.Session && d.Open is null).OrderBy(d => d.Start).FirstOrDefault();
            var between = near is null ? string.Empty : text[end..near.Start];
            if (near is not null && !between.Contains(';', StringComparison.Ordinal) && !between.Contains("session", StringComparison.OrdinalIgnoreCase))
            {
                period = new Period(new PartialDate(near.Period.Start.Year), new PartialDate(near.Period.End.Year));
            }
            else if (sessions.Recall(body, ordinal) is { } known)
            {
                period = known;
            }
        }

        if (period is null)
        {
            return null;
        }

        sessions.Remember(body, ordinal, period);
        return (period, body, ordinal);
    }

    /// <summary>The body whose session it is: named just after ("session of the Commission") or the nearest before.</summary>
    private static string? BodyOf(string text, int start, int end)
    {
        var after = CachedRegex.Match(text[end..], @"^\s+of\s+the\s+" + Body());
        if (after.Success)
        {
            return Normalize(after.Groups[1].Value);
        }

        var before = Body().Matches(text[..start]);
        if (before.Count > 0)
        {
            return Normalize(before[^1].Value);
        }

        var later = Body().Match(text, end);
        return later.Success ? Normalize(later.Value) : null;
    }

    private static string Normalize(string body) => CachedRegex.Replace(body, @"\s+", " ");

    private sealed record Simple(int Start, int End, DateKind Kind, Period Period, string? Open)
    {
        public string Rule { get; init; } = "date.recognizer";
    }

    /// <summary>
    /// "On 6 July", "in July": a day or month without its year takes the year that puts it nearest
    /// the report's date (a report of January 2009 speaks of "15 December" 2008).
    /// </summary>
    private static Simple? YearFromReport(string quote, DateResolution v, DateOnly? reportDate)
    {
        var m = CachedRegex.Match(v.Timex, @"^XXXX-(?<m>\d\d)(?:-(?<d>\d\d))?$");
        if (reportDate is not { } report || !m.Success || v.Mod is not null || !CachedRegex.IsMatch(quote, @"^(?:(?:on|in|of|during|from|as\s+(?:at|of))\s+)?(?:\d{1,2}\s+)?" + Month + @"(?:\s+\d{1,2})?$", RegexOptions.IgnoreCase)
            || !CachedRegex.IsMatch(quote, Month))
        {
            return null;
        }

        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        PartialDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var year in new[] { report.Year - 1, report.Year, report.Year + 1 })
        {
            if (day is { } d && d > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new PartialDate(year, month, day);
            var distance = Math.Abs(candidate.First.DayNumber - report.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is { } b && bestDistance <= 240 ? new Simple(0, 0, day is null ? DateKind.Month : DateKind.Date, Period.At(b), null) { Rule = "date.year-from-report" } : null;
    }

    private static (Simple? Date, (string Rule, string Reason)? Drop) FromRecognizer(string text, RecognizedDate r, DateOnly? reportDate)
    {
        if (r.Resolutions.IsDefaultOrEmpty)
        {
            return (null, null);
        }

        var v = r.Resolutions[0];
        var quote = text[r.Start..r.End];
        if (CachedRegex.IsMatch(quote, @"^\d{4}$") && CachedRegex.IsMatch(text[..r.Start], @"\b" + Vocabulary.NamingWords + @"\.?\s*$", RegexOptions.IgnoreCase))
        {
            return (null, ("date.veto.named", "a number after a naming word, not a year"));
        }

        if (CachedRegex.IsMatch(text[r.End..], @"^,\d{3}\b"))
        {
            return (null, ("date.veto.grouped-number", "the day is the first digit group of a number"));
        }

        if (v.Type is not ("date" or "daterange"))
        {
            return (null, null); // durations, sets, times: not calendar dates
        }

        if (!CachedRegex.IsMatch(quote, @"\b" + Year + @"\b") && YearFromReport(quote, v, reportDate) is { } inferred)
        {
            return (inferred with { Start = r.Start, End = r.End }, null);
        }

        if (!CachedRegex.IsMatch(quote, @"\b" + Year + @"\b") || v.Timex.Contains('X', StringComparison.Ordinal) || v.Timex.EndsWith("_REF", StringComparison.Ordinal))
        {
            return (null, ("date.veto.relative", "no year in the text, and no report date to take it from (relative, or a year the recognizer supplied)"));
        }

        if (InsideSymbol(text, r.Start, r.End))
        {
            return (null, ("date.veto.symbol", "a year inside a document symbol"));
        }

        var open = v.Mod switch
        {
            "since" => "since",
            "before" => "by",
            "until" => "until",
            null => null,
            _ => "other",
        };
        if (open == "other" || !PartialDate.TryParse(CachedRegex.Match(v.Timex, @"^\d{4}(?:-\d\d){0,2}$").Value, out var point))
        {
            return (null, null);
        }

        var kind = point.Day is not null ? DateKind.Date : point.Month is not null ? DateKind.Month : DateKind.Year;
        if (kind == DateKind.Year && open is null && CachedRegex.IsMatch(text[r.End..], @"^\s+" + Vocabulary.TitleWordsAfterYear + @"\b"))
        {
            return (null, ("date.veto.title", "a year that is part of a name, not an event"));
        }

        return (new Simple(r.Start, r.End, kind, Period.At(point), open), null);
    }

    /// <summary>Years inside "S/2004/512" or "A/RES/58/208" are parts of a symbol, not dates.</summary>
    private static bool InsideSymbol(string text, int start, int end) =>
        (start > 0 && text[start - 1] is '/' or '.') || (end < text.Length && text[end] == '/');

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) => DateTime.ParseExact(name, "MMMM", CultureInfo.InvariantCulture).Month;

    private static PartialDate? Day(Match m, string year, string month, string day)
    {
        var (y, mo, d) = (Int(m, year), MonthOf(m.Groups[month].Value), Int(m, day));
        return y is >= 1 and <= 9999 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new PartialDate(y, mo, d) : null;
    }

    private static (DateKind, Period)? MonthList(Match m)
    {
        var months = new List<int> { MonthOf(m.Groups["m1"].Value) };
        months.AddRange(CachedRegex.Matches(m.Groups["rest"].Value, Month).Select(x => MonthOf(x.Value)));
        months.Add(MonthOf(m.Groups["m2"].Value));
        var span = m.Groups["sep"].Value is not "and";
        var consecutive = months.Zip(months.Skip(1)).All(p => p.Second == p.First + 1);
        if ((span && months.Count == 2 && months[0] < months[1]) || (!span && consecutive))
        {
            var y = Int(m, "y");
            return (DateKind.Range, new Period(new PartialDate(y, months[0]), new PartialDate(y, months[^1])));
        }

        return null;
    }

    private static (DateKind, Period) Decade(Match m)
    {
        var decade = Int(m, "decade");
        var (from, to, kind) = m.Groups["mod"].Value.ToLowerInvariant() switch
        {
            "early" => (decade, decade + 4, DateKind.Approx),
            "mid" => (decade + 3, decade + 6, DateKind.Approx),
            "late" => (decade + 5, decade + 9, DateKind.Approx),
            _ => (decade, decade + 9, DateKind.Decade),
        };
        return (kind, new Period(new PartialDate(from), new PartialDate(to)));
    }

    private static (DateKind, Period)? HalfOrQuarter(Match m)
    {
        var y = Int(m, "y");
        var half = m.Groups["part"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
        var part = m.Groups["ord"].Value.ToLowerInvariant() switch { "first" => 0, "second" => 1, "third" => 2, "fourth" => 3, _ => half ? 1 : 3 };
        var months = half ? 6 : 3;
        return part * months < 12 ? (DateKind.Range, new Period(new PartialDate(y, (part * months) + 1), new PartialDate(y, (part + 1) * months))) : null;
    }
}

/// <summary>Sessions already dated in a document, so "the thirty-seventh session of the Commission" finds its year.</summary>
internal sealed class SessionMemory
{
    private readonly Dictionary<(string?, int), Period> known = [];

    /// <summary>The report's date: a day or month without its year takes the year nearest it.</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>The body a session belongs to when the sentence names none (a General Assembly document's own sessions).</summary>
    public string? DefaultBody { get; init; }

    public void Remember(string? body, int ordinal, Period period) => known[(body, ordinal)] = period;

    public Period? Recall(string? body, int ordinal) =>
        known.TryGetValue((body, ordinal), out var p) ? p : known.FirstOrDefault(k => k.Key.Item2 == ordinal && (body is null || k.Key.Item1 is null || k.Key.Item1.Contains(body, StringComparison.Ordinal) || body.Contains(k.Key.Item1, StringComparison.Ordinal))).Value;
}

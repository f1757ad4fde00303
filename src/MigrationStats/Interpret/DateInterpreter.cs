using MigrationStats.Common;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;
using MigrationStats.Recognize;

namespace MigrationStats.Interpret;

/// <summary>
/// Reads the dates of a sentence: structured forms the recognizer gets wrong (day lists and spans
/// across months, "between 1975 and 2003", decades with "late"/"early", numbered sessions) by
/// rule, then everything else from DateTimeRecognizer, dropping what is not a calendar date
/// (durations, sets, "now", bare day numbers, years inside document symbols).
/// </summary>
internal static partial class DateInterpreter
{
    /// <summary>A four-digit year a report can mention.</summary>
    private const string Year = "(?:1[5-9]\\d\\d|20\\d\\d)";

    private const string Month = Vocabulary.MonthNames;

    /// <summary>"7 and 8 October 2003", "from 3 to 7 June 2002", "26-27 February 2004".</summary>
    [GeneratedRegex(@"\b(?:from\s+)?(?<d1>\d{1,2})\s*(?:and|to|-|–)\s*(?<d2>\d{1,2})\s+(?<m>" + Month + @")\s+(?<y>\d{4})\b")]
    private static partial Regex DayListSameMonth();

    /// <summary>"28 February and 1 March 2005", "from 29 June to 2 July 2004".</summary>
    [GeneratedRegex(@"\b(?:from\s+)?(?<d1>\d{1,2})\s+(?<m1>" + Month + @")\s*(?:and|to|-|–)\s*(?<d2>\d{1,2})\s+(?<m2>" + Month + @")\s+(?<y>\d{4})\b")]
    private static partial Regex DaySpanAcrossMonths();

    /// <summary>"between 1975 and 2003", "from 2002 to 2004", "1960-2000".</summary>
    [GeneratedRegex(@"\b(?:(?<w>[Bb]etween|[Ff]rom)\s+(?<y1>" + Year + @")\s+(?:and|to)\s+(?<y2>" + Year + @")|(?<y1>" + Year + @")\s*[-–]\s*(?<y2>" + Year + @"))\b(?![/-]\d)")]
    private static partial Regex YearRange();

    /// <summary>"2004/05", "2004-05" as a span of years (a biennium, a school or fiscal year).</summary>
    [GeneratedRegex(@"\b(?<y1>" + Year + @")[/–](?<y2>\d\d)\b(?![/-]\d)")]
    private static partial Regex ShortYearSpan();

    /// <summary>"the 1990s", "late 1970s", "the early 1980s", "mid-1990s".</summary>
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<mod>early|mid|late)[\s-]+|the\s+)?(?<decade>1[5-9]\d0|20\d0)s\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decade();

    /// <summary>"mid-2005", "early 2004", "late 2003".</summary>
    [GeneratedRegex(@"\b(?<mod>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?<y>" + Year + @")\b(?!s)")]
    private static partial Regex ApproxYear();

    /// <summary>"the end of May 2004", "the beginning of 2005": approximate, at the grain given.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of\s+(?:(?<m>" + Month + @")\s+)?(?<y>" + Year + @")\b")]
    private static partial Regex PartOfPeriod();

    /// <summary>"the first half of 2007", "the third quarter of 2006": the months they cover.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<ord>first|second|third|fourth|last)\s+(?<part>half|quarter)\s+of\s+(?<y>" + Year + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfOrQuarter();

    /// <summary>"fifty-ninth session", "its 37th session", "thirty-seventh regular session".</summary>
    [GeneratedRegex(@"\b(?<ord>" + Ordinals.Pattern + @")\s+(?:(?:regular|special|resumed|substantive|emergency|organizational)\s+)?session\b", RegexOptions.IgnoreCase)]
    private static partial Regex Session();

    [GeneratedRegex(@"\b(?:(?:[Ii]n|[Oo]f)\s+)?\(?(?<y>" + Year + @")\)?")]
    private static partial Regex YearNear();

    [GeneratedRegex(@"(General\s+Assembly|Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|(?:Statistical\s+)?Commission(?:\s+on\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*|\s+for\s+Social\s+Development)?|Committee(?:\s+on\s+[A-Z][a-z]+(?:\s+[A-Za-z]+)*)?|Council|Conference|Board|Forum)")]
    private static partial Regex Body();

    public static ImmutableArray<DateReading> Read(Sentence sentence, int index, Recognition recognized, SessionMemory sessions)
    {
        var text = sentence.Text;
        var found = new List<DateReading>();
        var taken = new bool[text.Length];

        void Add(int start, int end, DateKind kind, Period period, string? body = null, int? ordinal = null, string? open = null)
        {
            if (Enumerable.Range(start, end - start).Any(i => taken[i]))
            {
                return;
            }

            Array.Fill(taken, true, start, end - start);
            var label = EventLabel.For(text, start, end, body, ordinal);
            found.Add(new DateReading(sentence.Start + start, sentence.Start + end, kind, period, label, body, ordinal, open, index));
        }

        foreach (Match m in DaySpanAcrossMonths().Matches(text))
        {
            var y = Int(m, "y");
            if (TryDay(y, MonthOf(m.Groups["m1"].Value), Int(m, "d1"), out var a) && TryDay(y, MonthOf(m.Groups["m2"].Value), Int(m, "d2"), out var b))
            {
                Add(m.Index, m.Index + m.Length, DateKind.Range, new Period(a, b));
            }
        }

        foreach (Match m in DayListSameMonth().Matches(text))
        {
            var (y, mo) = (Int(m, "y"), MonthOf(m.Groups["m"].Value));
            if (TryDay(y, mo, Int(m, "d1"), out var a) && TryDay(y, mo, Int(m, "d2"), out var b) && a.CompareTo(b) < 0)
            {
                Add(m.Index, m.Index + m.Length, DateKind.Range, new Period(a, b));
            }
        }

        foreach (Match m in YearRange().Matches(text))
        {
            var (y1, y2) = (Int(m, "y1"), Int(m, "y2"));
            if (y1 < y2 && !InsideSymbol(text, m.Index, m.Index + m.Length))
            {
                Add(m.Index, m.Index + m.Length, DateKind.Range, new Period(new PartialDate(y1), new PartialDate(y2)));
            }
        }

        foreach (Match m in ShortYearSpan().Matches(text))
        {
            var y1 = Int(m, "y1");
            var y2 = (y1 / 100 * 100) + Int(m, "y2");
            if (y2 == y1 + 1 && !InsideSymbol(text, m.Index, m.Index + m.Length))
            {
                Add(m.Index, m.Index + m.Length, DateKind.Range, new Period(new PartialDate(y1), new PartialDate(y2)));
            }
        }

        foreach (Match m in Decade().Matches(text))
        {
            var decade = Int(m, "decade");
            var (from, to, kind) = m.Groups["mod"].Value.ToLowerInvariant() switch
            {
                "early" => (decade, decade + 4, DateKind.Approx),
                "mid" => (decade + 3, decade + 6, DateKind.Approx),
                "late" => (decade + 5, decade + 9, DateKind.Approx),
                _ => (decade, decade + 9, DateKind.Decade),
            };
            Add(m.Index, m.Index + m.Length, kind, new Period(new PartialDate(from), new PartialDate(to)));
        }

        foreach (Match m in ApproxYear().Matches(text))
        {
            var y = new PartialDate(Int(m, "y"));
            Add(m.Index, m.Index + m.Length, DateKind.Approx, Period.At(y));
        }

        foreach (Match m in HalfOrQuarter().Matches(text))
        {
            var y = Int(m, "y");
            var half = m.Groups["part"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
            var part = m.Groups["ord"].Value.ToLowerInvariant() switch { "first" => 0, "second" => 1, "third" => 2, "fourth" => 3, _ => half ? 1 : 3 };
            var months = half ? 6 : 3;
            if (part * months < 12)
            {
                Add(m.Index, m.Index + m.Length, DateKind.Range, new Period(new PartialDate(y, (part * months) + 1), new PartialDate(y, (part + 1) * months)));
            }
        }

        foreach (Match m in PartOfPeriod().Matches(text))
        {
            var y = Int(m, "y");
            var point = m.Groups["m"].Success ? new PartialDate(y, MonthOf(m.Groups["m"].Value)) : new PartialDate(y);
            Add(m.Index, m.Index + m.Length, DateKind.Approx, Period.At(point));
        }

        foreach (Match m in Session().Matches(text))
        {
            ReadSession(text, m, sessions, Add);
        }

        foreach (var r in recognized.Dates)
        {
            if (FromRecognizer(text, r) is { } d)
            {
                Add(d.Start, d.End, d.Kind, d.Period, open: d.Open);
            }
        }

        return found.OrderBy(d => d.Start).ToImmutableArray();
    }

    private static void ReadSession(string text, Match m, SessionMemory sessions, Action<int, int, DateKind, Period, string?, int?, string?> add)
    {
        if (Ordinals.Parse(m.Groups["ord"].Value) is not { } ordinal)
        {
            return;
        }

        var body = BodyOf(text, m.Index, m.Index + m.Length) ?? sessions.DefaultBody;
        var isAssembly = body is "General Assembly" or "Assembly";
        Period? period = null;
        if (isAssembly)
        {
            // The Nth regular session of the General Assembly opens in September of 1945 + N.
            period = new Period(new PartialDate(1945 + ordinal), new PartialDate(1946 + ordinal));
            body = "General Assembly";
        }
        else
        {
            // "thirty-seventh session in 2004", "fiftieth session, from 27 February to 10 March 2006".
            var near = YearNear().Match(text, m.Index + m.Length);
            var between = near.Success ? text[(m.Index + m.Length)..near.Index] : string.Empty;
            if (near.Success && between.Length <= 40 && !between.Contains(';', StringComparison.Ordinal) && !between.Contains("session", StringComparison.OrdinalIgnoreCase))
            {
                period = Period.At(new PartialDate(Int(near, "y")));
            }
            else if (sessions.Recall(body, ordinal) is { } known)
            {
                period = known;
            }
        }

        if (period is null)
        {
            return;
        }

        sessions.Remember(body, ordinal, period);
        add(m.Index, m.Index + m.Length, DateKind.Session, period, body, ordinal, null);
    }

    /// <summary>The body whose session it is: named just after ("session of the Commission") or the nearest before.</summary>
    private static string? BodyOf(string text, int start, int end)
    {
        var after = Regex.Match(text[end..], @"^\s+of\s+the\s+" + Body());
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

    private static string Normalize(string body) => Regex.Replace(body, @"\s+", " ");

    private sealed record Simple(int Start, int End, DateKind Kind, Period Period, string? Open);

    private static Simple? FromRecognizer(string text, RecognizedDate r)
    {
        if (r.Resolutions.IsDefaultOrEmpty)
        {
            return null;
        }

        var v = r.Resolutions[0];
        var quote = text[r.Start..r.End];
        if (Regex.IsMatch(text[r.Start..r.End], @"^\d{4}$") && Cues.NamingWordBefore().IsMatch(text[..r.Start]))
        {
            return null; // "resolution 1537 (2004)": a number, not the year 1537.
        }

        if (v.Type is not ("date" or "daterange") || v.Timex.Contains('X', StringComparison.Ordinal) || v.Timex.EndsWith("_REF", StringComparison.Ordinal)
            || !Regex.IsMatch(quote, @"\b" + Year + @"\b") || InsideSymbol(text, r.Start, r.End))
        {
            return null;
        }

        var open = v.Mod switch
        {
            "since" => "since",
            "before" or "until" => "by",
            null => null,
            _ => "other",
        };
        if (open == "other")
        {
            return null;
        }

        if (!PartialDate.TryParse(Regex.Match(v.Timex, @"^\d{4}(?:-\d\d){0,2}$").Value, out var point))
        {
            return null;
        }

        var kind = point.Day is not null ? DateKind.Date : point.Month is not null ? DateKind.Month : DateKind.Year;
        return new Simple(r.Start, r.End, kind, Period.At(point), open);
    }

    /// <summary>Years inside "S/2004/512" or "A/RES/58/208" are parts of a symbol, not dates.</summary>
    private static bool InsideSymbol(string text, int start, int end) =>
        (start > 0 && text[start - 1] is '/' or '.') || (end < text.Length && text[end] == '/');

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) => DateTime.ParseExact(name, "MMMM", CultureInfo.InvariantCulture).Month;

    private static bool TryDay(int y, int m, int d, out PartialDate date)
    {
        date = new PartialDate(y, m, d);
        return d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }
}

/// <summary>Sessions already dated in a document, so "the thirty-seventh session of the Commission" finds its year.</summary>
internal sealed class SessionMemory
{
    private readonly Dictionary<(string?, int), Period> known = [];

    /// <summary>The body a session belongs to when the sentence names none (a General Assembly document's own sessions).</summary>
    public string? DefaultBody { get; init; }

    public void Remember(string? body, int ordinal, Period period) => known[(body, ordinal)] = period;

    public Period? Recall(string? body, int ordinal) =>
        known.TryGetValue((body, ordinal), out var p) ? p : known.FirstOrDefault(k => k.Key.Item2 == ordinal && (body is null || k.Key.Item1 is null || k.Key.Item1.Contains(body, StringComparison.Ordinal) || body.Contains(k.Key.Item1, StringComparison.Ordinal))).Value;
}

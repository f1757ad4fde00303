using System.Text.RegularExpressions;
using MigrationStats.Common;
using MigrationStats.Dataset;

namespace MigrationStats.Trends;

/// <summary>The report a figure comes from, as the measure reading needs it.</summary>
/// <param name="Topic">Mission or topic key ("UNOMIG"), null when none.</param>
/// <param name="TopicName">Its full name ("United Nations Observer Mission in Georgia").</param>
/// <param name="Title">The report's title.</param>
/// <param name="Date">The report's date.</param>
public sealed record ReportContext(string? Topic, string? TopicName, string? Title, DateOnly? Date)
{
    /// <summary>No topic, no date.</summary>
    public static ReportContext None { get; } = new(null, null, null, null);
}

/// <summary>
/// Reads what a figure measures so that the same measure in different reports gets the same key:
/// <list type="bullet">
/// <item><b>what</b>: the unit's words, without the mission's name or "United Nations", with "civilian police" read
/// as "police" (the United Nations' former name for its police), each word singular;</item>
/// <item><b>scope</b>: a place the sentence limits the figure to ("in Sukhumi", "in the Gali district"), unless the
/// place is part of the mission's name or the report's title (the whole mission area);</item>
/// <item><b>type</b>: a share (per cent), a target (authorized, planned, proposed, recommended, a "would be"), a
/// cumulative figure ("since 2000"), a flow over a period, or a stock.</item>
/// </list>
/// A text figure joins series only when the sentence makes it the level of something: a frame such as
/// "the strength of UNOMIG ... stood at", "a total of", "the number of ... was", a present-tense
/// stock the report dates, a measure the interpretation named, or a table cell. Counts of incidents
/// ("three military observers were injured on 8 October") have none and stay out of series.
/// </summary>
public static partial class MeasureReader
{
    /// <summary>Words of a frame or clause that make a figure a target, not a count of what is there.</summary>
    private const string TargetWords = @"(?:authori[sz]ed|approved|mandated|proposed|planned|recommended|envisaged|projected|target|targeted|maximum|ceiling|required|budgeted|expected|anticipated|estimated\s+requirement)";

    /// <summary>Frame nouns: the figure is the level of something.</summary>
    private const string FrameNouns = @"(?:strength|number|numbers|total|complement|level|size|population|caseload|count|headcount|figure)";

    /// <summary>Places that are kinds of area within a mission's territory.</summary>
    /// <summary>How far back from the figure the frame patterns look (they span about 250 characters at most).</summary>
    private const int Reach = 400;

    private const string AreaNouns = @"(?:district|districts|region|regions|sector|sectors|zone|zones|valley|area|areas|municipality|municipalities|province|provinces|canton|cantons|camp|camps|city|town|enclave|enclaves|governorate|department|prefecture|county)";

    private const string FrameVerbs = @"\b(?:" + Vocabulary.LevelVerbs + @"|was|were|is|are|has\s+been|have\s+been|had\s+been|remained|remains|came|amounted|reached|to|(?:set|fixed|established|maintained|estimated|kept|capped|limited|put)\s+(?:at|to))\s*(?:at|to|of|by|some|about|approximately)?\s*$";

    [GeneratedRegex(@"(?<mod>\b[\w-]+\s+)?\b" + FrameNouns + @"\b(?:\s+of\s+(?<of>[^,;:()]{1,70}?))?(?<gap>[^.;:]{0,90}?)" + FrameVerbs, RegexOptions.IgnoreCase)]
    private static partial Regex FrameBefore();

    /// <summary>The end <see cref="FrameBefore"/> needs ("... stood at"): tried first, on the last words only, as most figures have none.</summary>
    [GeneratedRegex(FrameVerbs, RegexOptions.IgnoreCase)]
    private static partial Regex FrameVerbBefore();

    [GeneratedRegex(@"(?<mod>\b[\w-]+\s+)?\b" + FrameNouns + @"\s+of\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FrameOf();

    [GeneratedRegex(@"\b(?:a\s+total\s+of|totall?ing|there\s+(?:are|were)\s+(?:currently|now|still)?|(?:has|have|had)\s+(?:a\s+)?(?:strength|complement|total)\s+of)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWordsBefore();

    [GeneratedRegex(@"\b(?:stood|stands|stand|remained|remains)\s+at\s*$|\b(?:totall?ed|numbered|reached)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelVerbBefore();

    /// <summary>A figure coordinated before this one ("121 military observers and "), to look past it to the frame.</summary>
    [GeneratedRegex(@"(?:\d[\d,.\u00a0 ]*|" + Vocabulary.NumberWords + @")\s+(?:(?!(?:are|is|was|were|have|has|had|been|be)\b)[A-Za-z’'\-]+\s+){0,5}(?!(?:are|is|was|were|have|has|had|been|be)\b)[A-Za-z’'\-]+(?:\s*\([^)]*\))?\s*,?\s*(?:and|as\s+well\s+as|plus)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedBefore();

    [GeneratedRegex(@"\b(?:\d{1,2}\s+)?" + Vocabulary.MonthNames + @"(?:\s+\d{1,2}\b)?(?:,?\s+" + Vocabulary.Year + @")?|\b" + Vocabulary.Year + @"\b")]
    private static partial Regex DateText();

    [GeneratedRegex(@"\b(?:would|should|could|might|will|shall)\s+(?:be|remain|need|require|consist|comprise|include|have|stand|total)|\bbe\s+(?:increased|reduced|decreased|raised|brought|established|maintained|deployed|expanded|set|fixed)\b|\brecommend\w*|\bpropos\w*|\bplan(?:s|ned)?\s+to\b|\bintend\w*|\benvisag\w*|\bauthori[sz]\w*|\brequest\w*\s+(?:an?\s+)?(?:increase|additional)", RegexOptions.IgnoreCase)]
    private static partial Regex ProposalWords();

    [GeneratedRegex(@"\b(?:current|present|existing|actual)\s+(?:[\w-]+\s+)?" + FrameNouns + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrentFrame();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:currently|now|still)\s+)?(?:[a-z]+ed\s+|serving\s+|present\s+|working\s+|living\s+)?(?:in|at|within|to|into)\s+(?:the\s+)?(?<place>(?:[A-Z][\w’'\-]+)(?:\s+(?:[A-Z][\w’'\-]+|and\s+[A-Z][\w’'\-]+))*(?:\s+" + AreaNouns + @")?)")]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(@"\b(?:in|at|within)\s+(?:the\s+)?(?<place>(?:[A-Z][\w’'\-]+)(?:\s+(?:[A-Z][\w’'\-]+))*(?:\s+" + AreaNouns + @")?)\s*$")]
    private static partial Regex PlaceAtEnd();

    [GeneratedRegex(@"[a-z0-9]+(?:['’-][a-z0-9]+)*")]
    private static partial Regex Words();

    /// <summary>Words dropped from the front of a unit: determiners, quantity words and vague adjectives.</summary>
    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "some", "about", "approximately", "additional", "further", "other", "more", "of", "total",
        "united", "nations", "un",
    };

    /// <summary>Words that are not things counted: a unit of only these is no measure ("now", "them").</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        "now", "then", "which", "that", "these", "those", "them", "they", "it", "this", "who", "whom", "there", "here", "so", "far", "cent", "per", "percent",
        "times", "time", "year", "years", "month", "months", "day", "days", "week", "weeks",
    };

    /// <summary>Irregular plurals (singular form on the right).</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["people"] = "person", ["persons"] = "person", ["children"] = "child", ["women"] = "woman", ["men"] = "man", ["staff"] = "staff",
        ["personnel"] = "personnel", ["police"] = "police", ["series"] = "series", ["news"] = "news", ["data"] = "data", ["media"] = "media",
        ["headquarters"] = "headquarters", ["means"] = "means", ["species"] = "species", ["crisis"] = "crisis", ["analysis"] = "analysis",
    };

    /// <summary>
    /// The measure of <paramref name="figure"/>, or null when the figure cannot join a trend: no unit,
    /// a duration, or a text figure whose sentence does not make it the level of something.
    /// </summary>
    public static TrendMeasure? Read(Figure figure, ReportContext report)
    {
        if (figure.Kind == FigureKind.Duration)
        {
            return null;
        }

        if (figure.Cell is { } cell)
        {
            return Cell(figure, cell, report);
        }

        var sentence = figure.Source.Sentence;
        var (start, length) = figure.Source.InSentence ?? Locate(sentence, figure.Source.Quote);
        if (start < 0)
        {
            return null;
        }

        var before = sentence[..start];
        var after = sentence[Math.Min(sentence.Length, start + length)..];
        var frame = FrameOf(before);
        if (frame is null && (figure.Measure is null || figure.Time is null))
        {
            return null;
        }

        // Money says what it is worth, not what it pays for: the frame or the measure must name that.
        // A unit cut at a relative pronoun ("Kosovo Serbs who ...") does not say what is counted.
        if (CachedRegex.IsMatch(figure.Unit, @"\b(?:who|whom|which|that|whose)\s*$", RegexOptions.IgnoreCase))
        {
            return null;
        }

        var what = figure.Kind == FigureKind.Money
            ? (frame is not null && FrameBefore().Match(frame) is { Success: true } fm && fm.Groups["of"].Success ? What(fm.Groups["of"].Value, report) : figure.Measure is { } named ? What(named, report) : string.Empty)
            : figure.Unit.Length > 0 ? What(figure.Unit, report) : frame is not null && figure.Kind == FigureKind.Count ? LevelOf(frame, report) : string.Empty;
        if (what.Length == 0)
        {
            return null;
        }

        var owner = OwnerOf(before, report);
        if (owner.Other is { } other && figure.Unit.Length > 0)
        {
            // "the size of ONUCA ... 132 military observers" in an ONUSAL report: ONUCA's observers.
            what = $"{what} of {other.ToLowerInvariant()}";
        }

        var type = TypeOf(figure, frame, before, after);
        var scope = owner.Part ?? ScopeOf(after, figure.Unit, frame, report);
        var topic = report.Topic;
        var key = string.Join('|', topic?.ToLowerInvariant() ?? string.Empty, Names.Of(figure.Kind), type.ToString(), what, scope?.ToLowerInvariant() ?? string.Empty);
        var display = figure.Unit.Length > 0 ? Display(figure.Unit, report) : LevelDisplay(frame!, what);
        return new TrendMeasure(key, Label(topic, display, scope, type), what, scope, type, topic);
    }

    [GeneratedRegex(@"\b(?:strength|size|complement|number|total)\s+of\s+(?:the\s+)?(?<of>[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,3}?)(?=\s*(?:,|\bon\b|\bas\s+(?:at|of)\b|\bat\b|\bin\b|\bwas\b|\bis\b|\bwere\b|\bare\b|\bstood\b|\bstands\b|\bhad\b|\bhas\b|\bhave\b|\bremains?\b|\bremained\b|\bcontinues?\b|\bcontinued\b|\bbe\b|\bbeen\b|\bbeing\b|\bwould\b|\bwill\b|\bshould\b|\bmay\b|\bmight\b|\bfrom\b|\bto\b|\bfor\b|\bby\b|\b(?:reached|rose|fell|increased|decreased|dropped|declined|grew|totalled|amounted|numbered)\b|$))")]
    private static partial Regex OwnerPhrase();

    /// <summary>
    /// What a figure with no unit of its own measures when its frame names whose level it is: "the
    /// current strength of IPTF is 1,795" is the strength of IPTF; in a report on IPTF's own mission
    /// ("the strength of UNOMIG stood at 120") it is the mission's "strength". Empty when the frame
    /// names no owner.
    /// </summary>
    private static string LevelOf(string frame, ReportContext report)
    {
        if (OwnerPhrase().Match(frame) is not { Success: true } m)
        {
            return string.Empty;
        }

        var noun = CachedRegex.Match(m.Value, @"^\w+").Value.ToLowerInvariant();
        var owner = m.Groups["of"].Value;
        var own = string.Equals(owner, report.Topic, StringComparison.Ordinal) || owner is "Mission" or "Force" or "Operation" or "Group";
        return own ? noun : $"{noun} of {string.Join(' ', Words().Matches(owner.ToLowerInvariant()).Select(w => w.Value))}";
    }

    /// <summary>"strength of IPTF" as the text spells the owner.</summary>
    private static string LevelDisplay(string frame, string what) =>
        OwnerPhrase().Match(frame) is { Success: true } m && what.Contains(" of ", StringComparison.Ordinal) ? $"{what.Split(' ')[0]} of {m.Groups["of"].Value}" : what;

    /// <summary>
    /// Whose level the sentence gives: "the strength of UNIKOM headquarters" is a part of the mission
    /// (scope "headquarters"); "the size of ONUCA" in another mission's report is ONUCA's, not this mission's.
    /// </summary>
    private static (string? Other, string? Part) OwnerOf(string before, ReportContext report)
    {
        if (OwnerPhrase().Match(before) is not { Success: true } m)
        {
            return (null, null);
        }

        var words = m.Groups["of"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var head = words[0].TrimEnd('’', '\'', 's');
        var isAcronym = head.Length >= 3 && head.All(c => char.IsUpper(c) || char.IsDigit(c));
        if (isAcronym && report.Topic is { } topic && !string.Equals(head, topic, StringComparison.Ordinal))
        {
            return (head, null);
        }

        var isOwn = isAcronym || words[0] is "Mission" or "Force" or "Operation" or "Group";
        var rest = words.Skip(1).Where(w => CachedRegex.IsMatch(w, "^[a-z][a-z-]+$") && w is not ("on" or "as" or "at" or "in" or "and" or "of")).ToList();
        return (null, isOwn && rest.Count > 0 && rest.Count == words.Count - 1 ? string.Join(' ', rest) : null);
    }

    /// <summary>True when the frame before the figure calls it current ("its current strength of 55").</summary>
    public static bool SaysCurrent(Figure figure)
    {
        var (start, _) = figure.Source.InSentence ?? Locate(figure.Source.Sentence, figure.Source.Quote);
        return start >= 0 && FrameOf(figure.Source.Sentence[..start]) is { } frame && CurrentFrame().IsMatch(frame);
    }

    /// <summary>A table cell's measure: the caption, row and column, normalized.</summary>
    private static TrendMeasure Cell(Figure figure, CellRef cell, ReportContext report)
    {
        var type = figure.Kind == FigureKind.Percent ? MeasureType.Share : MeasureType.Stock;
        var what = $"{Normal(cell.Table)}: {Normal(cell.Row)}, {Normal(cell.Column)}";
        var key = string.Join('|', report.Topic?.ToLowerInvariant() ?? string.Empty, Names.Of(figure.Kind), type.ToString(), "table", what);
        var label = $"{cell.Table}: {cell.Row}, {cell.Column}";
        return new TrendMeasure(key, report.Topic is { } t && !label.Contains(t, StringComparison.Ordinal) ? $"{t}: {label}" : label, what, null, type, report.Topic);
    }

    /// <summary>A frame found before the figure: its noun phrase ("current strength of UNOMIG"), or null.</summary>
    internal static string? FrameOf(string before)
    {
        var text = before.TrimEnd();
        for (var i = 0; i < 4 && AtEnd(CoordinatedBefore(), text) is { Success: true } c && c.Index > 0; i++)
        {
            text = text[..c.Index].TrimEnd();
        }

        if (AtEnd(FrameOf(), text) is { Success: true } of)
        {
            return of.Value.Trim();
        }

        if (FrameVerbBefore().IsMatch(text, Math.Max(0, text.Length - 60)) && AtEnd(FrameBefore(), text) is { Success: true } m)
        {
            // Between the frame and the figure: words and dates, not another figure.
            var gap = DateText().Replace(m.Value, " ");
            if (!gap.Any(char.IsDigit))
            {
                return m.Value.Trim();
            }
        }

        if (AtEnd(LevelWordsBefore(), text) is { Success: true } w)
        {
            return w.Value.Trim();
        }

        return AtEnd(LevelVerbBefore(), text) is { Success: true } v ? v.Value.Trim() : null;
    }

    /// <summary>
    /// Matches a pattern anchored at the end of the text, scanning only its last <see cref="Reach"/>
    /// characters (from a word start): these patterns span far fewer, and scanning a long sentence
    /// from every position was a tenth of the run. A match that starts at the cut is tried again on
    /// the whole text.
    /// </summary>
    private static Match AtEnd(Regex regex, string text)
    {
        var from = text.Length > Reach ? text.IndexOf(' ', text.Length - Reach) + 1 : 0;
        var m = regex.Match(text, from);
        return m.Success && from > 0 && m.Index == from ? regex.Match(text) : m;
    }

    private static MeasureType TypeOf(Figure figure, string? frame, string before, string after)
    {
        if (figure.Kind == FigureKind.Percent)
        {
            return MeasureType.Share;
        }

        var current = frame is not null && CurrentFrame().IsMatch(frame);
        if (frame is not null && CachedRegex.IsMatch(frame, @"\b" + TargetWords + @"\b", RegexOptions.IgnoreCase))
        {
            return MeasureType.Target;
        }

        var clause = before.Length > 160 ? before[^160..] : before;
        if (!current && (ProposalWords().IsMatch(clause) || CachedRegex.IsMatch(clause, @"\b" + TargetWords + @"\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)
            || CachedRegex.IsMatch(after, @"^\s*(?:\w+\s+){0,4}(?:is|are|was|were)\s+(?:authori[sz]ed|planned|proposed|required|expected)", RegexOptions.IgnoreCase)))
        {
            return MeasureType.Target;
        }

        var near = before.Length > 40 ? before[^40..] : before;
        if (figure.Open == "since" || CachedRegex.IsMatch((frame ?? string.Empty) + " " + near, @"\b(?:year[\s-]*to[\s-]*date|cumulative|to\s+date)\b", RegexOptions.IgnoreCase))
        {
            return MeasureType.Cumulative;
        }

        if (figure.Time is { } t && !t.IsPoint)
        {
            return MeasureType.Flow;
        }

        // "110,000 refugees returned in 1998" counts events of a year or a month, not a level at a date;
        // "a total of 578,667 refugees have returned" is a running total.
        var verb = EventVerbAfter().Match(AfterUnit(after, figure.Unit));
        if (verb.Success)
        {
            return verb.Groups["perfect"].Success ? (figure.Time is null ? MeasureType.Cumulative : MeasureType.Flow)
                : figure.Time is { Start.Day: null } ? MeasureType.Flow : MeasureType.Stock;
        }

        return MeasureType.Stock;
    }

    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:(?<perfect>have|has)\s+(?:been\s+)?|were\s+|was\s+)?(?:returned|arrived|fled|left|crossed|died|registered|repatriated|resettled|relocated|displaced|killed|injured|wounded|abducted|arrested|detained|released|recorded|reported|evacuated|deported|expelled|demobilized|disarmed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventVerbAfter();

    /// <summary>The text after the figure's unit ("returned to ..." after "refugees").</summary>
    private static string AfterUnit(string after, string unit)
    {
        var u = unit.Length == 0 ? -1 : after.IndexOf(unit, StringComparison.OrdinalIgnoreCase);
        return u is >= 0 and < 4 ? after[(u + unit.Length)..] : after;
    }

    /// <summary>The place the sentence limits the figure to, unless it is the mission's own area.</summary>
    private static string? ScopeOf(string after, string unit, string? frame, ReportContext report)
    {
        string? place = null;
        if (frame is not null && PlaceAtEnd().Match(CachedRegex.Replace(frame, @"\s+(?:" + Vocabulary.LevelVerbs + @"|was|were|is|are|has|have|had|remained|remains|of|at|to)\b.*$", string.Empty, RegexOptions.IgnoreCase)) is { Success: true } f)
        {
            place = f.Groups["place"].Value;
        }

        var tail = after;
        var u = tail.IndexOf(unit, StringComparison.OrdinalIgnoreCase);
        if (u is >= 0 and < 4)
        {
            tail = tail[(u + unit.Length)..];
        }

        tail = CachedRegex.Replace(tail, @"^\s*\([^)]*\)", string.Empty);
        if (PlaceAfter().Match(tail) is { Success: true } a)
        {
            place = a.Groups["place"].Value;
        }

        var unitPlace = CachedRegex.Match(unit, @"\b(?:in|at|within)\s+(?:the\s+)?(?<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*(?:\s+" + AreaNouns + @")?)\s*$");
        if (unitPlace.Success)
        {
            place = unitPlace.Groups["place"].Value;
        }

        if (place is null || DateText().IsMatch(place) || IsOwnArea(place, report))
        {
            return null;
        }

        return place;
    }

    /// <summary>True when the place is the mission itself or part of its name or the report's title.</summary>
    private static bool IsOwnArea(string place, ReportContext report)
    {
        var words = Words().Matches(place.ToLowerInvariant()).Select(w => w.Value).Where(w => !CachedRegex.IsMatch(w, "^" + AreaNouns + "$")).ToList();
        if (words.Count == 0)
        {
            return true;
        }

        var own = $"{report.Topic} {report.TopicName} {report.Title} united nations mission headquarters".ToLowerInvariant();
        var ownWords = Words().Matches(own).Select(w => w.Value).ToHashSet(StringComparer.Ordinal);
        return words.All(ownWords.Contains);
    }

    /// <summary>What is counted, normalized: "UNOMIG civilian police officers" is "police officer".</summary>
    public static string What(string unit, ReportContext report)
    {
        var text = CachedRegex.Replace(unit, @"\s+(?:in|at|within)\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*(?:\s+" + AreaNouns + @")?\s*$", string.Empty);
        text = CachedRegex.Replace(text, @"\s+(?:of|in|with|from)\s+the\s+(?:Mission|Force|Operation|Group|mission|force|operation)\s*$", string.Empty);
        if (report.Topic is { } topic)
        {
            text = CachedRegex.Replace(text, @"\s+(?:of|in|with|from)\s+" + Regex.Escape(topic) + @"\s*$", string.Empty);
            text = CachedRegex.Replace(text, @"\b" + Regex.Escape(topic) + @"(?:['’]s)?\b", " ");
        }

        text = CachedRegex.Replace(text, @"^\s*(?:[A-Z]{2,}[A-Z0-9]*['’]?s?\s+)+", " ");
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var first = 0;
        while (first < words.Count - 1 && Leading.Contains(words[first]))
        {
            first++;
        }

        words = words.Skip(first).ToList();
        if (words.All(w => Leading.Contains(w) || NotCounted.Contains(w)))
        {
            return string.Empty;
        }

        // "Civilian police" is the United Nations' former name for its police.
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "civilian" && words[i + 1] == "police")
            {
                words.RemoveAt(i);
            }
        }

        return string.Join(' ', words.Select(Singular));
    }

    /// <summary>The unit as the label shows it: the report's words without the mission's name.</summary>
    private static string Display(string unit, ReportContext report)
    {
        var text = CachedRegex.Replace(unit, @"\s+(?:of|in|with|from)\s+the\s+(?:Mission|Force|Operation|Group|mission|force|operation)\s*$", string.Empty);
        text = report.Topic is { } topic ? CachedRegex.Replace(text, @"\b" + Regex.Escape(topic) + @"(?:['’]s)?\s*", string.Empty) : text;
        text = CachedRegex.Replace(text, @"^(?:the\s+|United\s+Nations\s+)+", string.Empty, RegexOptions.IgnoreCase);
        text = CachedRegex.Replace(text, @"\s+(?:in|at|within)\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*(?:\s+" + AreaNouns + @")?\s*$", string.Empty);
        return text.Trim().Length == 0 ? unit : text.Trim();
    }

    private static string Label(string? topic, string display, string? scope, MeasureType type)
    {
        var name = scope is null ? display : $"{display} in {scope}";
        var suffix = type switch
        {
            MeasureType.Target => " (target or authorized)",
            MeasureType.Flow => " (over a period)",
            MeasureType.Cumulative => " (cumulative)",
            _ => string.Empty,
        };
        return topic is null ? name + suffix : $"{topic}: {name}{suffix}";
    }

    /// <summary>A word in the singular ("observers" is "observer", "countries" is "country").</summary>
    internal static string Singular(string word)
    {
        if (Irregular.TryGetValue(word, out var s))
        {
            return s;
        }

        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    private static string Normal(string text) => string.Join(' ', Words().Matches(text.ToLowerInvariant()).Select(m => Singular(m.Value)));

    /// <summary>Where the quote stands in the sentence, whitespace folded; (-1, 0) when not found.</summary>
    private static (int Start, int Length) Locate(string sentence, string quote)
    {
        var folded = CachedRegex.Replace(quote, @"\s+", " ").Trim();
        var i = sentence.IndexOf(folded, StringComparison.Ordinal);
        return i >= 0 ? (i, folded.Length) : (-1, 0);
    }
}

using MigrationStats.Common;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MigrationStats.Dataset;
using MigrationStats.Recognize;

namespace MigrationStats.Interpret;

/// <summary>
/// Reads the statistical figures of a sentence from the recognizers' numbers: drops what is not a
/// figure (years, dates, symbols, resolution and article numbers, ordinals, "one"), then reads
/// kind, qualifier, unit, measure and time the way an analyst would.
/// </summary>
internal static partial class FigureInterpreter
{
    /// <summary>A number kept as a figure candidate, before unit and time.</summary>
    private sealed record Candidate(int NumberStart, int Start, int End, decimal Value, FigureKind Kind, string? Currency, Qualifier Qualifier)
    {
        public string? Unit { get; set; }
        public string? Measure { get; set; }
        public Period? Time { get; set; }
    }

    public static ImmutableArray<FigureReading> Read(Sentence sentence, int index, Recognition recognized, ImmutableArray<DateReading> dates, ImmutableArray<DateReading> previousDates)
    {
        var text = sentence.Text;

        // A "sentence" of digits alone is a table cell cut from its row and column (pdftotext puts
        // each cell on its own line): nothing says what it counts, so it is no figure.
        if (!text.Any(char.IsLetter))
        {
            return [];
        }

        var dateSpans = dates.Select(d => (Start: d.Start - sentence.Start, End: d.End - sentence.Start)).ToList();
        var candidates = new List<Candidate>();
        var percentages = recognized.Numbers.Where(n => n.IsPercentage).ToList();
        foreach (var n in recognized.Numbers.OrderBy(n => n.Start))
        {
            if (!n.IsPercentage && percentages.Any(p => p.Start <= n.Start && n.End <= p.End))
            {
                continue;
            }

            if (candidates.Any(c => c.NumberStart < n.End && n.Start < c.End) || dateSpans.Any(d => d.Start < n.End && n.Start < d.End))
            {
                continue;
            }

            if (Classify(text, n) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        candidates.AddRange(Folds(text).Where(f => !candidates.Any(c => c.NumberStart < f.End && f.Start < c.End)));
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        SharePercentAcrossPairs(text, candidates);
        AssignUnits(text, candidates);
        AssignTimes(text, candidates, dates.Where(d => d.Kind != DateKind.Session).Select(d => d with { Start = d.Start - sentence.Start, End = d.End - sentence.Start }).ToList(), previousDates);
        return candidates.Select(c => new FigureReading(sentence.Start + c.Start, sentence.Start + c.End, c.Kind, c.Value, c.Currency, c.Unit ?? string.Empty, c.Qualifier, c.Time, c.Measure, index))
            .ToImmutableArray();
    }

    // ---- what is a figure ---------------------------------------------------------------------


    [GeneratedRegex(@"^-?(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|nights?)\b|^\s+(?:days?|weeks?|months?|years?|hours?|decades?)\b(?!\s+(?:old|of age))", RegexOptions.IgnoreCase)]
    private static partial Regex DurationAfter();

    [GeneratedRegex(@"(?:\b(?:over|more\s+than|above|exceeding|in\s+excess\s+of|upwards\s+of|at\s+least|greater\s+than)(?<o>)|\b(?:under|less\s+than|fewer\s+than|nearly|almost|up\s+to|below|no\s+more\s+than|not\s+more\s+than|just\s+under)(?<u>)|\b(?:some|about|around|approximately|close\s+to|roughly|an\s+estimated|estimated|circa|approx\.)(?<a>))\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierBefore();

        /// <summary>After a day: the month, maybe after more days ("11, 12 and 14 June", "from 1 to 3 September").</summary>
    [GeneratedRegex(@"^(?:(?:\s*,\s*|\s+(?:and|to|through|until)\s+|\s*[-–]\s*)\d{1,2})*\s+" + Vocabulary.MonthNames + @"\b")]
    private static partial Regex DayBeforeMonth();

    /// <summary>Before a day: its month ("June 25", "June 25 and").</summary>
    [GeneratedRegex(Vocabulary.MonthNames + @"\s+(?:\d{1,2}(?:\s*,\s*|\s+and\s+|\s*[-–]\s*))*$")]
    private static partial Regex MonthBeforeDay();

    [GeneratedRegex(@"(?:US\s?\$|USD|\$|EUR|€|£|GBP|CHF|SwF|¥|JPY)\s*$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\s*(?:(?<usd>(?:United\s+States\s+|US\s+|U\.S\.\s+)?dollars)|(?<eur>euros?)|(?<gbp>pounds\s+sterling))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"\b(?<w>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)[\s-]?fold\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fold();

    private static readonly Dictionary<string, decimal> FoldWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    private static Candidate? Classify(string text, RecognizedNumber n)
    {
        var quote = text[n.Start..n.End];
        var before = text[..n.Start];
        var after = text[n.End..];

        // Glued to letters, digits or slashes: a code, symbol or resolution ("4Rs", "58/208", "A/59/287").
        if ((n.Start > 0 && (char.IsLetterOrDigit(text[n.Start - 1]) || text[n.Start - 1] is '/' or '-' or '.'))
            || (after.Length > 0 && (char.IsLetterOrDigit(after[0]) || after[0] == '/'))
            || quote.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        // Ordinals ("thirty-seventh", "37th"), compounds ("one-time"), fractions, vague plurals.
        var hyphenWord = Regex.Match(after, @"^-(?<w>[A-Za-z]+)");
        var isDuration = DurationAfter().IsMatch(after);
        if (hyphenWord.Success && !isDuration)
        {
            return null; // "-fold" multipliers are read by Folds.
        }

        if (Regex.IsMatch(quote, @"\b(?:half|halves|third|thirds|quarter|quarters|millions|thousands|hundreds|billions|dozens)\b", RegexOptions.IgnoreCase))
        {
            return null;
        }

        if (n.Value == 1 && Regex.IsMatch(quote, @"^(?:one|a|an)$", RegexOptions.IgnoreCase))
        {
            return null;
        }

        // A year or a number naming an article, goal, resolution, session...
        if (!n.IsPercentage && n.Value is >= 1000 and <= 2100 && decimal.Truncate(n.Value) == n.Value && Regex.IsMatch(quote, @"^\d{4}$"))
        {
            return null;
        }

        // A label, not a count: a number that starts its sentence and is followed by a full stop
        // ("4. OTHER LOCATIONS", OCR's "1. 2. 3." column of paragraph numbers, "37 ."), or a
        // decimal label before a capitalized title ("2.2 Strengthening the rule of law").
        if (!n.IsPercentage && Regex.IsMatch(before, @"^\s*$|[.!?:;]\s*$")
            && ((Regex.IsMatch(quote, @"^\d{1,3}$") && Regex.IsMatch(after, @"^\s?\.(?:\s|$)"))
                || (Regex.IsMatch(quote, @"^\d{1,2}\.\d{1,2}$") && Regex.IsMatch(after, @"^\s+[A-Z](?!illion|er cent|ercent)"))))
        {
            return null;
        }

        // The day of a date the date reader left ("As at 25 June", "on 11, 12 and 14 June",
        // "from 1 July 2004 to 30 June 2005", "June 25"): never a count.
        if (!n.IsPercentage && n.Value is >= 1 and <= 31 && decimal.Truncate(n.Value) == n.Value && Regex.IsMatch(quote, @"^\d{1,2}$")
            && (DayBeforeMonth().IsMatch(after) || MonthBeforeDay().IsMatch(before)))
        {
            return null;
        }

        // "resolutions 786 (1992) and 816 (1993)": a number followed by its year in parentheses.
        if (!n.IsPercentage && Regex.IsMatch(quote, @"^\d{3,4}$") && Regex.IsMatch(after, @"^\s*\((?:19|20)\d\d\)"))
        {
            return null;
        }

        // "paragraphs 5 to 7", "articles 12 and 13": the later numbers of a naming list.
        var listHead = Regex.Replace(before, @"(?:\d+(?:\.\d+)*[a-z]?\s*(?:to|and|or|-|–|,)\s*)+$", string.Empty);
        if ((listHead.Length < before.Length && Cues.NamingWordBefore().IsMatch(listHead)) ||
            Cues.NamingWordBefore().IsMatch(before) || Regex.IsMatch(after, @"^\s*(?:a\.m\.|p\.m\.)", RegexOptions.IgnoreCase))
        {
            return null;
        }

        // Inside parentheses on its own: a reference or a label, "(2)".
        if (Regex.IsMatch(before, @"\(\s*$") && Regex.IsMatch(after, @"^\s*\)"))
        {
            return null;
        }

        // "one in four detained migrants": a proportion, read as a percentage.
        if (!n.IsPercentage && Regex.IsMatch(quote, @"\s(?:in|out\s+of)\s", RegexOptions.IgnoreCase) && n.Value < 1)
        {
            return new Candidate(n.Start, n.Start, n.End, n.Value * 100, FigureKind.Percent, null, Qualifier.Exact);
        }

        var percentagePoints = Regex.IsMatch(after, @"^\s+percentage\s+points?\b", RegexOptions.IgnoreCase);
        var kind = n.IsPercentage || percentagePoints ? FigureKind.Percent : isDuration ? FigureKind.Duration : FigureKind.Count;
        string? currency = null;
        var start = n.Start;
        var currencyMatch = CurrencyBefore().Match(before);
        if (!n.IsPercentage && currencyMatch.Success)
        {
            kind = FigureKind.Money;
            currency = CurrencyCode(currencyMatch.Value);
            start = currencyMatch.Index;
        }
        else if (!n.IsPercentage && CurrencyAfter().Match(after) is { Success: true } ca)
        {
            kind = FigureKind.Money;
            currency = ca.Groups["usd"].Success ? "USD" : ca.Groups["eur"].Success ? "EUR" : "GBP";
        }

        var qualifier = Qualifier.Exact;
        var q = QualifierBefore().Match(text[..start]);
        if (q.Success)
        {
            qualifier = q.Groups["o"].Success ? Qualifier.Over : q.Groups["u"].Success ? Qualifier.Under : Qualifier.Approx;
            start = q.Index;
        }

        var end = n.End + Regex.Match(after, quote.EndsWith("percentage", StringComparison.OrdinalIgnoreCase) ? @"^\s+points?\b" : @"^\s+percentage\s+points?\b", RegexOptions.IgnoreCase).Length;
        return new Candidate(n.Start, start, end, n.Value, kind, currency, qualifier);
    }

    private static string CurrencyCode(string symbol) => symbol.Trim() switch
    {
        "EUR" or "€" => "EUR",
        "£" or "GBP" => "GBP",
        "CHF" or "SwF" => "CHF",
        "¥" or "JPY" => "JPY",
        _ => "USD",
    };

    private static IEnumerable<Candidate> Folds(string text)
    {
        foreach (Match m in Fold().Matches(text))
        {
            var w = m.Groups["w"].Value;
            var value = FoldWords.TryGetValue(w, out var v) ? v : decimal.Parse(w, CultureInfo.InvariantCulture);
            yield return new Candidate(m.Index, m.Index, m.Index + m.Length, value, FigureKind.Rate, null, Qualifier.Exact) { Unit = "times" };
        }
    }

    /// <summary>"from 7 to 21 per cent", "between 5 and 10 per cent": the first number is a percentage too.</summary>
    private static void SharePercentAcrossPairs(string text, List<Candidate> candidates)
    {
        for (var i = candidates.Count - 2; i >= 0; i--)
        {
            var (a, b) = (candidates[i], candidates[i + 1]);
            if (a.Kind == FigureKind.Count && b.Kind == FigureKind.Percent && Regex.IsMatch(text[a.End..b.Start], @"^\s*(?:to|and|or|-|–)\s*$"))
            {
                candidates[i] = new Candidate(a.NumberStart, a.Start, a.End, a.Value, FigureKind.Percent, null, a.Qualifier);
            }
        }
    }

    // ---- unit and measure ----------------------------------------------------------------------

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "from", "to", "for", "at", "on", "by", "with", "that", "which", "who", "whose", "were", "was", "is", "are", "be", "been",
        "have", "has", "had", "will", "would", "could", "should", "may", "can", "and", "or", "as", "than", "per", "each", "since", "during",
        "between", "through", "across", "including", "such", "plus", "into", "the", "a", "an", "this", "these", "those", "their", "its",
        "respectively", "while", "where", "when", "not", "also", "both", "all", "out", "over", "under", "about", "up", "down", "more", "less",

        // Irregular past tenses end a noun phrase as "-ed" verbs do.
        "met", "held", "took", "made", "became", "began", "brought", "came", "gave", "went", "saw", "set", "led", "rose", "fell", "grew",
        "found", "left", "sent", "spent", "won", "paid", "sought", "built", "stood", "remain", "remained",
    };

    [GeneratedRegex(@"^\s*(?:per\s*cent|percent|%)?\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?)?(?<np>(?:[A-Za-z][\w’'\-]*)(?:\s+[A-Za-z][\w’'\-]*){0,7})")]
    private static partial Regex WordsAfter();

    [GeneratedRegex(@"\b(?:(?<noun>number|numbers|stock|total|proportion|share|percentage|population|count|level|volume|amount|value|rate)\s+of\s+(?:the\s+|all\s+)?(?<np>[A-Za-z][^,;:()]*?))\s+(?:(?:had|has|have|was|were|is|are|had\s+been|has\s+been)\s+)?(?:stood|stands|stand|rose|risen|increased|reached|grew|grown|fell|fallen|declined|decreased|dropped|doubled|totalled|totaled|amounted|was|were|is|are|had|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasurePhrase();

    /// <summary>"UNAMSIL troop strength stood at 11,500": the subject of a verb of level names the measure.</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s+|\b(?:that|which|when|while|and)\s+)(?:(?:In|By|During|At)\s+[^,]{1,40},\s+)?(?:the\s+|The\s+)?(?<np>[A-Za-z][\w’'\-]*(?:\s+[\w’'\-]+){0,7}?)\s+(?:(?:had|has|have)\s+)?(?:stood|stands|reached|totalled|totaled|amounted|rose|risen|fell|fallen|increased|decreased|declined|grew|grown|dropped|numbered)\s+(?:at|to|by)?\s*(?:some|about|approximately|around|nearly|almost|over|more\s+than|less\s+than|an\s+estimated)?\s*$")]
    private static partial Regex SubjectOfLevelVerb();

    /// <summary>"a turnout of 83 per cent", "a rate of 12 per cent": the noun before "of" is the unit.</summary>
    [GeneratedRegex(@"\b(?<noun>[a-z][a-z\-]{2,})\s+of\s+(?:some\s+|about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+)?$")]
    private static partial Regex NounOfBefore();

    private static void AssignUnits(string text, List<Candidate> candidates)
    {
        var measure = MeasurePhrase().Match(text);
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.Unit is not null)
            {
                continue;
            }

            var unitStart = c.End;
            var after = text[unitStart..];
            if (c.Kind == FigureKind.Percent && !Regex.IsMatch(after, @"^\s*(?:per\s*cent|percent|%)?\s*of\b", RegexOptions.IgnoreCase))
            {
                after = string.Empty;
            }

            var unit = NounPhrase(after);
            if (Cues.Pronoun().IsMatch(unit))
            {
                unit = string.Empty;
            }

            // "42 and 18 States", "from 7 to 21 per cent": share the next figure's unit.
            if (unit.Length == 0 && i + 1 < candidates.Count && Regex.IsMatch(text[c.End..candidates[i + 1].Start], @"^\s*(?:,|and|or|to|-|–|,\s*and)\s*$"))
            {
                unit = candidates[i + 1].Unit ?? string.Empty;
                c.Measure = candidates[i + 1].Measure;
            }

            if (unit.Length == 0 && i > 0 && UpOrDownFrom().IsMatch(text[..c.Start]))
            {
                c.Unit = string.Empty;
                continue; // takes the unit of the figure it changed from, below
            }

            if (unit.Length == 0 && measure.Success && measure.Index < c.Start)
            {
                unit = Regex.Replace(measure.Groups["np"].Value.Trim(), @"\s+", " ");
                var noun = measure.Groups["noun"].Value.ToLowerInvariant();
                c.Measure = noun is "number" or "numbers" or "total" or "stock" or "count" or "population" ? unit : $"{noun} of {unit}";
            }

            if (unit.Length == 0 && SubjectOfLevelVerb().Match(text[..c.Start]) is { Success: true } subject && !StopWords.Contains(subject.Groups["np"].Value))
            {
                unit = subject.Groups["np"].Value;
                c.Measure = unit;
            }

            if (unit.Length == 0 && NounOfBefore().Match(text[..c.Start]) is { Success: true } nounOf && !StopWords.Contains(nounOf.Groups["noun"].Value)
                && nounOf.Groups["noun"].Value is not ("number" or "total" or "proportion" or "share" or "percentage"))
            {
                unit = nounOf.Groups["noun"].Value;
            }

            if (c.Kind == FigureKind.Duration)
            {
                unit = Regex.Match(after, @"^-?\s*(?<u>[A-Za-z]+)").Groups["u"].Value;
            }
            else if (c.Kind == FigureKind.Money)
            {
                // Money is counted in its currency.
                unit = c.Currency ?? unit;
            }

            c.Unit = unit;
        }

        // "stood at 11,500 on 15 June 2004, down from 17,500 in late 2002": the change's other end;
        // "37 States have ratified it, while 15 have signed it": the unit elided after the first.
        for (var i = 1; i < candidates.Count; i++)
        {
            var (c, previous) = (candidates[i], candidates[i - 1]);
            if (c.Unit is not { Length: 0 } || previous.Kind != c.Kind)
            {
                continue;
            }

            if (UpOrDownFrom().IsMatch(text[..c.Start]))
            {
                c.Unit = previous.Unit;
                c.Measure = previous.Measure;
            }
            else if (c.Kind == FigureKind.Count && VerbAfter().IsMatch(text[c.End..]))
            {
                c.Unit = previous.Unit;
            }
        }

        foreach (var c in candidates.Where(c => c is { Kind: FigureKind.Percent, Unit.Length: 0 }))
        {
            var complement = PercentComplement().Match(text[c.End..]);
            if (complement.Success)
            {
                c.Unit = NounPhrase(" " + complement.Groups["np"].Value);
            }
        }
    }

    [GeneratedRegex(@"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex UpOrDownFrom();

    /// <summary>"Some 37 States have ratified it, while 15 have signed it": an elided unit.</summary>
    [GeneratedRegex(@"^\s+(?:have|has|had|were|are|was|is|did|do|will|would)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbAfter();

    /// <summary>"of whom 48.5 per cent were women": the complement names the share.</summary>
    [GeneratedRegex(@"^\s+(?:were|are|was|is)\s+(?<np>[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,3})")]
    private static partial Regex PercentComplement();

    /// <summary>The counted thing after a number: words up to a preposition, verb or punctuation.</summary>
    private static string NounPhrase(string after)
    {
        var m = WordsAfter().Match(after);
        if (!m.Success)
        {
            return string.Empty;
        }

        var words = new List<string>();
        var all = m.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < all.Length; i++)
        {
            var w = all[i].Trim();

            // "senior- and middle-level officials": a suspended hyphen carries on past "and".
            var suspended = words.Count > 0 && words[^1].EndsWith('-') && w is "and" or "or";

            // "12 members of CIS", "26 Ministers of European countries": "of" and a proper name.
            var ofProperName = words.Count > 0 && w == "of" && i + 1 < all.Length && char.IsUpper(all[i + 1][0]);
            if (suspended || ofProperName)
            {
                words.Add(w);
                continue;
            }

            if (StopWords.Contains(w) || (words.Count > 0 && Regex.IsMatch(w, @"^[a-z]+ed$") && !Regex.IsMatch(w, "^(?:skilled|unskilled|displaced|internally|registered|undocumented|employed|unemployed|qualified|trained|detained|trafficked|smuggled|affected|infected)$")))
            {
                break;
            }

            words.Add(w);
            if (after.Length > 0 && Regex.IsMatch(after, Regex.Escape(w) + @"\s*[,.;:()]"))
            {
                break;
            }
        }

        return string.Join(' ', words);
    }

    // ---- time ---------------------------------------------------------------------------------

    private static void AssignTimes(string text, List<Candidate> candidates, List<DateReading> dates, ImmutableArray<DateReading> previousDates)
    {
        var sentenceHasDates = dates.Count > 0;
        dates = dates.Where(d => !IsTitleYear(text, d)).ToList();
        var range = dates.FirstOrDefault(d => d.Kind == DateKind.Range && d.Period.Start.Month is null);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Kind == FigureKind.Duration)
            {
                continue;
            }

            // "between 1975 and 2003 ... from 7 to 21 per cent": the pair takes the range's ends.
            if (range is not null && i + 1 < candidates.Count && Regex.IsMatch(text[..c.Start], @"\bfrom\s+$", RegexOptions.IgnoreCase)
                && Regex.IsMatch(text[c.End..candidates[i + 1].Start], @"^\s*to\s*$"))
            {
                c.Time = Period.At(range.Period.Start);
                candidates[i + 1].Time = Period.At(range.Period.End);
                i++;
                continue;
            }

            c.Time = Nearest(text, c, dates)?.Period ?? (!sentenceHasDates && previousDates.Length > 0 ? previousDates[^1].Period : null);
        }
    }

    /// <summary>
    /// The date a figure attaches to: one right after it ("175 million in 2000"), else the
    /// nearest one before it in the sentence ("In May 2004, an additional 10 countries"), else the
    /// nearest after.
    /// </summary>
    private static DateReading? Nearest(string text, Candidate c, List<DateReading> dates)
    {
        var rightAfter = dates.Where(d => d.Start >= c.End && d.Start - c.End <= 60 && !Regex.IsMatch(text[c.End..d.Start], @"\d|[;]"))
            .OrderBy(d => d.Start).FirstOrDefault();
        if (rightAfter is not null)
        {
            return rightAfter;
        }

        var before = dates.Where(d => d.End <= c.Start).OrderByDescending(d => d.End).FirstOrDefault();
        return before is not null && !Present().IsMatch(text[before.End..c.Start]) ? before : null;
    }

    /// <summary>Words that put a figure in the present, whatever date came before it.</summary>
    [GeneratedRegex(@"\b(?:currently|now|at present|presently|today|to date|so far|as yet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    /// <summary>
    /// A year that is part of a title or a convention's name ("World Population Policies, 2003",
    /// "Convention (Revised), 1949 (No. 97)"): a date, but not the time of a figure.
    /// </summary>
    private static bool IsTitleYear(string text, DateReading d) =>
        d.Kind == DateKind.Year && (Regex.IsMatch(text[..d.Start], @"(?:\b[A-Z][\w’'-]*|\))\s*,\s*$|\d\s*\(\s*$") || Regex.IsMatch(text[d.End..], @"^\s*\(No\.|^\s+(?:Revision|Survey|Report|round|Convention|census)\b"));
}

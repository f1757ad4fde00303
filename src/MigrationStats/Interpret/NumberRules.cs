using MigrationStats.Common;
using static MigrationStats.Interpret.RuleTable;

namespace MigrationStats.Interpret;

/// <summary>
/// The rules about a number on its own: which numbers are not figures (vetoes, each a reason),
/// what kind a figure is, and how the text qualifies it. Every rule is evaluated on every number:
/// a number is dropped when any veto holds, and <c>inspect --explain</c> lists them all.
/// </summary>
internal static class NumberRules
{
    private const string DayAfterList = @"^(?:(?:\s*,\s*|\s+(?:and|to|through|until)\s+|\s*[-–]\s*)\d{1,2})*\s+" + Vocabulary.MonthNames + @"\b";

    /// <summary>Reasons a number is not a figure.</summary>
    public static readonly NumberRule[] Vetoes =
    [
        new(Info("veto.no-words", Layer.Veto, "a sentence with no letters (a table cell cut from its row)", "not a figure: nothing says what it counts",
                ["[5 247]", "[12] [14] 9"], ["[12] observers were deployed."]),
            When: c => !c.Text.Any(char.IsLetter)),
        new(Info("veto.code", Layer.Veto, "a number glued to letters or digits (a code, a footnote marker, a symbol part)", "not a figure: part of a code",
                ["The patrol was stopped at site [12b] twice."], ["UNHCR runs [4] programmes in post-conflict areas."]),
            When: c => (c.Start > 0 && (char.IsLetterOrDigit(c.Text[c.Start - 1]) || c.Text[c.Start - 1] is '.' or '-')) || (c.End < c.Text.Length && char.IsLetterOrDigit(c.Text[c.End]))
                || CachedRegex.IsMatch(c.Quote, @"^\d+[A-Za-z]{1,3}$")),
        new(Info("veto.symbol", Layer.Veto, "a number with or beside a slash (a resolution or document symbol: 58/208, A/59/287)", "not a figure: part of a symbol",
                ["The General Assembly, in its resolution [58/208], requested a report.", "See the report of the Secretary-General (A/[59]/287)."], ["The Assembly received [58] reports."]),
            When: c => c.Quote.Contains('/', StringComparison.Ordinal) || (c.Start > 0 && c.Text[c.Start - 1] == '/') || (c.End < c.Text.Length && c.Text[c.End] == '/')),
        new(Info("veto.compound", Layer.Veto, "a number joined by a hyphen to a word other than a unit of time or 'fold' ('two-track', 'one-time')", "not a figure: part of a compound word",
                ["The Government adopted a [two]-track approach to returns.", "It was intended to be a [one]-time seminar."], ["The Mission conducted a [15]-day assessment.", "Incomes saw a [3]-fold increase.", "A [525]-strong battalion arrived."]),
            After: Rx(@"^-(?!(?:" + Vocabulary.TimeUnits + @"|fold|strong|member|person|man|seat)\b)[A-Za-z]", ignoreCase: true)),
        new(Info("veto.vague", Layer.Veto, "a fraction or vague plural ('half', 'two thirds', 'a fifth', 'millions of', 'dozens'); 'a fifth round' is an ordinal the recognizer reads as 0.2", "not a figure: not a number of things",
                ["Nearly half of the returnees are women, and almost [two thirds] live in towns.", "Some [three quarters] of the displaced were women.", "The parties will hold [a fifth] round of talks."], ["[2 million] refugees returned home after the war."]),
            Quote: Rx(@"\b(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|millions|thousands|hundreds|billions|dozens)\b|[¼½¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]", ignoreCase: true), When: c => !c.IsPercentage),
        new(Info("veto.article", Layer.Veto, "'a' or 'an' read as 1, and 'one' as a pronoun or in a phrase ('one of', 'at one point', 'no one')", "not a figure: an article or pronoun",
                ["[One] of the most notable activities was a database.", "It was [one] of the worst incidents of the year.", "At [one] point the talks stalled."], ["[1] child was killed in the incident.", "The police recorded [one] robbery and two abductions."]),
            Quote: Rx("^(?:one|a|an)$", ignoreCase: true),
            When: c => c.Value == 1 && (!c.Quote.Equals("one", StringComparison.OrdinalIgnoreCase)
                || CachedRegex.IsMatch(c.After, @"^(?:\s+(?:of|another|who|which|that|is|was|has|had|can|could|may|might|must|should|would|will|and|or|by|in|on|at|to|for|such|more|day|point|hand|way|side|time|way|thing)\b|\s*[,.;:)]|\s*$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                || CachedRegex.IsMatch(c.Before, @"\b(?:no|any|each|every|the|this|that|such|a|an|at|in|on|with|for|from|than|last|only|no\s+other)\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase))),
        new(Info("veto.year", Layer.Veto, $"a four-digit whole number from {Vocabulary.FirstYear} to {Vocabulary.LastYear}", "not a figure: a year (it belongs in dates)",
                ["In [2003], ECE convened a work session.", "The law of [1996] was amended."], ["Some [2,500] people were displaced.", "The camp holds [2500] people."]),
            When: c => !c.IsPercentage && c.IsPlainInteger && c.Quote.Length == 4 && c.Value is >= Vocabulary.FirstYear and <= Vocabulary.LastYear
                && !CachedRegex.IsMatch(c.After, @"^\s+(?:persons|people|refugees|families|troops|soldiers|observers|officers|staff|households|cases|incidents|returnees)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)),
        new(Info("veto.clock", Layer.Veto, "a time of day ('at 2200 hours', '10 a.m.')", "not a figure: a time of day",
                ["The patrol came under fire at [2200] hours near the bridge.", "The meeting opened at [10] a.m. in the Council chamber."], ["The patrol was detained for [48] hours."]),
            When: c => (c.IsPlainInteger && c.Quote.Length == 4 && c.Value % 100 < 60 && c.Value < 2400 && CachedRegex.IsMatch(c.After, @"^\s*(?:hours|hrs|h)\b"))
                || CachedRegex.IsMatch(c.After, @"^\s*(?:a\.m\.|p\.m\.)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)),
        new(Info("veto.label", Layer.Veto, "a number that starts its sentence and is followed by a full stop ('4. OTHER LOCATIONS'), or a decimal label before a title ('2.2 Strengthening')", "not a figure: a paragraph or section label",
                ["[4]. OTHER LOCATIONS", "[2.2] Strengthening the rule of law"], ["[4] observers were injured."]),
            Before: Rx(@"(?:^|[.!?:;])\s*$"),
            When: c => !c.IsPercentage && ((CachedRegex.IsMatch(c.Quote, @"^\d{1,3}$") && CachedRegex.IsMatch(c.After, @"^\s?\.(?:\s|$)"))
                || (CachedRegex.IsMatch(c.Quote, @"^\d{1,2}\.\d{1,2}$") && CachedRegex.IsMatch(c.After, @"^\s+[A-Z](?!illion|er cent|ercent)")))),
        new(Info("veto.day-of-date", Layer.Veto, "a day number before a month ('on 11, 12 and 14 June', 'from 26 to 30 July') or after one ('June 25')", "not a figure: the day of a date",
                ["On [11], 12 and 14 June, the Mission held consultations.", "The talks resumed on June [25] and continued into July.", "As at [25] June, the zone remained calm."], ["On 11 June, [12] observers were deployed."]),
            When: c => !c.IsPercentage && c.IsPlainInteger && c.Value is >= 1 and <= 31
                && (CachedRegex.IsMatch(c.After, DayAfterList) || CachedRegex.IsMatch(c.Before, Vocabulary.MonthNames + @"\s+(?:\d{1,2}(?:\s*,\s*|\s+and\s+|\s*[-–]\s*))*$"))),
        new(Info("veto.resolution", Layer.Veto, "a number followed by its year in parentheses ('resolutions 786 (1992) and 816 (1993)')", "not a figure: a resolution number",
                ["The Council, in its resolutions 786 (1992) and [816] (1993), extended the ban."], ["The Mission counted [816] (mostly minor) violations."]),
            Quote: Rx(@"^\d{3,4}$"), After: Rx(@"^\s*\((?:19|20)\d\d\)")),
        new(Info("veto.named", Layer.Veto, "a number after a word that names things by number ('article 12', 'resolution 1325', 'Goal 3', 'No. 97'), or later in such a list ('paragraphs 5 to 7')", "not a figure: it names an article, goal, paragraph...",
                ["Article [12] guarantees freedom of movement.", "As noted in paragraphs 5 to [7] of his previous report, detention is common.", "Workers move under Mode [4] of the Agreement."], ["The Committee adopted [12] articles.", "Some [12] paragraphs were deleted."]),
            When: c => NamedBefore(c.Before)),
        new(Info("veto.parenthesized", Layer.Veto, "a number alone in parentheses ('(2)')", "not a figure: a reference or list label",
                ["The Panel made recommendations (see (2) and ([3]) below)."], ["The Panel made [3] recommendations."]),
            Before: Rx(@"\(\s*$"), After: Rx(@"^\s*\)")),
        new(Info("veto.split-number", Layer.Veto, "a number broken by a space or a comma and space ('25, 896', '17,0 86'; the recognizer itself reads '5 247' as 5247): its parts are not figures", "not a figure: part of a number the text split",
                ["The total number of returns was [25], 896, according to UNHCR.", "The total number of returns was 25, [896], according to UNHCR.", "The number of displaced persons was [17,0] 86.", "The number of displaced persons was 17,0 [86]."],
                ["In 2004, [150] people returned.", "Of the 36 returnees, [25] were Kosovo Serbs.", "The Mission has [120], 150 and 200 staff in its regions."]),
            When: SplitNumber),
        new(Info("veto.ratio", Layer.Veto, "'ten out of 11', 'three in five': a ratio the recognizer merged into one number (only 'one in N' is read, as a percentage)", "not a figure: a merged ratio (its two counts are not separable here)",
                ["[Ten out of 11] municipalities adopted the plan."], ["[One in four] detained migrants is a child."]),
            Quote: Rx(@"\s(?:in|out\s+of)\s", ignoreCase: true), When: c => !c.IsPercentage && c.Value < 1 && !CachedRegex.IsMatch(c.Quote, @"^(?:one|1)\s", System.Text.RegularExpressions.RegexOptions.IgnoreCase)),
        new(Info("veto.broken-scale", Layer.Veto, "a number whose scale is a lone letter or stands on another line ('15' then a section letter 'B' after a page break, read as 15 billion)", "not a figure: a number the recognizer joined across lines",
                ["Total [15\n\nB]. Police", "See page [15 B] of the annex."], ["Donors gave [15 billion] dollars."]),
            Quote: Rx(@"\d\s*\n\s*\S|\d\s+[BMKbmk]$")),
        new(Info("veto.run-together", Layer.Veto, "digits the recognizer ran together: three or more space-separated groups ('1 457 399 456', table columns on one line) or nine or more digits with no separator (OCR noise, a code)", "not a figure: table cells or digits run together",
                ["The columns read [1 457 399 456] 295 in the scan.", "The scan shows [11111111111] at the foot."], ["The Mission recorded [1,457,399] crossings.", "Donors pledged [2 billion] dollars."]),
            Quote: Rx(@"^(?:\d{1,3}(?:\s+\d{3}){2,}|\d{9,})$")),
        new(Info("veto.anaphoric", Layer.Veto, "'the two', 'the three' with no noun after them (they point back to things already counted)", "not a figure: a reference back",
                ["The plan is a combination of [the two].", "Talks between the two sides resumed, and [the two] agreed to meet again."], ["[The two] sides agreed to meet again."]),
            Quote: Rx(@"^(?:the\s+)?(?:two|three|four|five)$", ignoreCase: true),
            When: c => c.Quote.StartsWith("the", StringComparison.OrdinalIgnoreCase) || c.Before.EndsWith("the ", StringComparison.OrdinalIgnoreCase)
                ? CachedRegex.IsMatch(c.After, @"^(?:\s*[,.;:)]|\s*$|\s+(?:of|and|or|to|in|on|at|for|with|were|was|are|is|have|had|has|will|would|agreed|met|remain|remained)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
                : false),
        new(Info("veto.proper-name", Layer.Veto, "a capitalized number word inside a sentence before a capitalized word ('the Three Towers checkpoint')", "not a figure: part of a proper name",
                ["Shots were fired near the [Three] Towers checkpoint.", "He met the leaders of the [Seven] Sisters group."], ["[Two] new videos were launched in 2003.", "The Group of [Seven] countries met."]),
            Quote: Rx(@"^[A-Z][a-z]+$"), Before: Rx(@"\S\s+$"), After: Rx(@"^\s+[A-Z][a-z]")),
    ];

    /// <summary>What kind of figure a number is; the strongest kind annotation wins, a count when none holds.</summary>
    public static readonly NumberRule[] Kinds =
    [
        new(Info("kind.percent", Layer.Kind, "a percentage the recognizer read, or a number before 'per cent', 'percent' or '%'", "percent",
                ["Roughly [45 per cent] of migrants were women.", "Turnout reached [47.8] per cent in the north."], ["Some [45] migrants were women."]),
            When: c => c.IsPercentage || CachedRegex.IsMatch(c.After, @"^\s*(?:per\s*cent|percent|%)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)),
        new(Info("kind.percentage-points", Layer.Kind, "a number before 'percentage point(s)'", "percent (points)",
                ["The unemployment rate of migrants rose by [3.5] percentage points."], ["The rate rose by [3.5] points on the index."]),
            When: c => PercentagePoints(c) > 0),
        new(Info("kind.proportion", Layer.Kind, "'one in four', 'two out of three': a proportion", "percent (value × 100)",
                ["[One in four] detained migrants is a child."], ["[One] detained migrant is a child."]),
            Quote: Rx(@"^(?:one|1)\s+(?:in|out\s+of)\s", ignoreCase: true), When: c => !c.IsPercentage && c.Value < 1),
        new(Info("kind.money-before", Layer.Kind, "a currency sign or code before the number ('US$ 93 billion', 'EUR 12 million')", "money, with its currency",
                ["Remittances reached US$ [93 billion] in 2003.", "The project received EUR [12 million] from donors."], ["The project received [12 million] doses from donors."]),
            Before: Rx(Vocabulary.CurrencyBefore + @"\s*$"), When: c => !c.IsPercentage),
        new(Info("kind.money-after", Layer.Kind, "a currency name after the number ('12 million dollars', '5 euros')", "money, with its currency",
                ["The fund holds [12 million] United States dollars.", "Each family received [200] euros."], ["Each family received [200] kits."]),
            After: Rx(@"^\s*" + Vocabulary.CurrencyAfter + @"\b", ignoreCase: true), When: c => !c.IsPercentage),
        new(Info("kind.duration", Layer.Kind, "a number before a unit of time ('three days', 'a 15-day mission'), not 'years old'", "duration (kept apart from statistics)",
                ["UNCTAD held a [three]-day expert meeting.", "During the past [two] years, the Rapporteur undertook missions."], ["The [two] children were 10 years old.", "Children aged [10] years old were recruited."]),
            After: Rx(@"^-?" + Vocabulary.TimeUnits + @"\b|^\s+" + Vocabulary.TimeUnits + @"\b(?!\s+(?:old|of\s+age))", ignoreCase: true)),
        new(Info("kind.fold", Layer.Kind, "a number before '-fold' or 'fold' ('15-fold', '15 -fold', 'threefold')", "rate (a multiplier)",
                ["Migrants saw a [15]-fold increase in income.", "Migrants saw a [15] -fold increase in income.", "Exports of services grew [threefold] over the decade."], ["Migrants saw a [15] per cent increase in income."]),
            After: Rx(@"^\s*-?\s*fold\b", ignoreCase: true)),
    ];

    /// <summary>Words before a figure that qualify it; the match joins the figure's quote.</summary>
    public static readonly NumberRule[] Qualifiers =
    [
        new(Info("qualifier.over", Layer.Qualifier, "'" + Vocabulary.OverWords + "' before the number", "over",
                ["The Convention has been ratified by [more than 30] States.", "The camps hold [over 20,000] people."], ["The Convention has been ratified by [30] States."]),
            Before: Rx(@"\b" + Vocabulary.OverWords + @"\s+(?:" + Vocabulary.CurrencyBefore + @"\s*)?$", ignoreCase: true)),
        new(Info("qualifier.under", Layer.Qualifier, "'" + Vocabulary.UnderWords + "' before the number", "under",
                ["[Nearly 40] countries reported on their policies.", "A target of reducing to [less than 3 per cent] the cost of remittances."], ["[40] countries reported on their policies."]),
            Before: Rx(@"\b" + Vocabulary.UnderWords + @"\s+(?:" + Vocabulary.CurrencyBefore + @"\s*)?$", ignoreCase: true)),
        new(Info("qualifier.approx", Layer.Qualifier, "'" + Vocabulary.ApproxWords + "' before the number", "approx",
                ["[Some 2.5 million] people were displaced by the conflict.", "The Rohingya, of whom there were [close to 1 million]."], ["The [2.5 million] people displaced by the conflict."]),
            Before: Rx(@"\b" + Vocabulary.ApproxWords + @"\s+(?:" + Vocabulary.CurrencyBefore + @"\s*)?$", ignoreCase: true)),
    ];

    /// <summary>Every rule of this table, for the rule book.</summary>
    public static IEnumerable<RuleInfo> All => Vetoes.Concat(Kinds).Concat(Qualifiers).Select(r => r.Info);

    private static readonly System.Text.RegularExpressions.Regex ListTail = Rx(@"(?:\d+(?:\.\d+)*[a-z]?\s*(?:to|and|or|-|–|,)\s*)+$");

    /// <summary>The length of " percentage points" after the number (or " points" when the recognizer took "percentage"), or 0.</summary>
    public static int PercentagePoints(NumberContext c) =>
        CachedRegex.Match(c.After, c.Quote.EndsWith("percentage", StringComparison.OrdinalIgnoreCase) ? @"^\s+points?\b" : @"^\s+percentage\s+points?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Length;

    /// <summary>"25, 896", "17,0 86", "5 247": a digit group of three right after a short number, or a malformed group.</summary>
    private static bool SplitNumber(NumberContext c)
    {
        static bool rx(string input, string pattern) => CachedRegex.IsMatch(input, pattern);
        if (rx(c.Quote, @"^\d{1,3},\d{1,2}$"))
        {
            return true; // "17,0": no English number ends in a group of one or two digits
        }

        var leftOfGroup = rx(c.Quote, @"^\d{1,3}$") && rx(c.After, @"^,?\s\d{3}(?![\d.,]\d)(?!\s*(?:,|and|or)\s*\d)") && !rx(c.Before, @"\d[,.]?\s*$");
        var group = rx(c.Quote, @"^\d{2,3}$") && (rx(c.Before, @"(?:^|[^\d,.])\d{1,3},?\s$") && c.Quote.Length == 3 && !rx(c.After, @"^\s*(?:,|and|or)\s*\d") || rx(c.Before, @"\d,\d{1,2}\s$"));
        return leftOfGroup || group;
    }

    private static bool NamedBefore(string before)
    {
        if (Cues.NamingWordBefore().IsMatch(before))
        {
            return true;
        }

        var head = ListTail.Replace(before, string.Empty);
        return head.Length < before.Length && Cues.NamingWordBefore().IsMatch(head);
    }
}

using System.Text.RegularExpressions;
using MigrationStats.Common;
using MigrationStats.Dataset;
using static MigrationStats.Interpret.RuleTable;

namespace MigrationStats.Interpret;

/// <summary>A figure as the unit rules see it: its number, kind, quote span and the sentence.</summary>
internal sealed record FigureContext(SentenceDoc Doc, int Target, int Start, int End, FigureKind Kind, string? Currency, IReadOnlyList<FigureContext> All)
{
    public string Text => Doc.Text;

    public string Before => Text[..Start];

    public string After => Text[End..];

    /// <summary>The figure before this one in the sentence, if any.</summary>
    public FigureContext? Previous => All.LastOrDefault(f => f.End <= Start);

    /// <summary>The figure after this one in the sentence, if any.</summary>
    public FigureContext? Next => All.FirstOrDefault(f => f.Start >= End);

    /// <summary>The unit chosen so far for this figure ("" when none).</summary>
    public string Unit => Doc.Best(Target, Layer.Unit)?.Value ?? string.Empty;
}

/// <summary>A rule that finds the counted thing of a figure; the strongest unit annotation wins.</summary>
internal sealed record UnitRule(RuleInfo Info, double Score, bool SecondPass, Func<FigureContext, UnitRules.Found?> Find);

/// <summary>
/// How a figure's unit (the counted thing) and measure are found: the noun phrase after it, a
/// measure phrase ("the number of refugees ... rose to"), the subject of a level verb, the other
/// end of a change, an elided unit, and for percentages the "of", participle and object phrases.
/// Rules of the first pass run right to left (a figure may share the next one's unit: "42 and 18
/// States"); rules of the second pass run left to right (a figure may take the previous one's).
/// </summary>
internal static partial class UnitRules
{
    /// <summary>A unit found, with the measure it names when it names one.</summary>
    internal sealed record Found(string Unit, string? Measure = null);

    private const double Certain = 1.0, Strong = 0.8, Normal = 0.6, Weak = 0.4, Fallback = 0.2;

    public static readonly UnitRule[] All =
    [
        new(Info("unit.currency", Layer.Unit, "money", "the currency code", ["Remittances reached US$ [93 billion] in 2003. => USD"], ["Remittances reached [93 billion] in 2003."]),
            Certain, false, f => f.Kind == FigureKind.Money && f.Currency is { } c ? new Found(c) : null),
        new(Info("unit.duration", Layer.Unit, "a duration", "the unit of time", ["UNCTAD held a [three]-day meeting. => day"], ["UNCTAD held [three] meetings."]),
            Certain, false, f => f.Kind == FigureKind.Duration && TimeUnitAfter().Match(f.After) is { Success: true } m && m.Groups["u"].Value is not ("to" or "or" or "and") ? new Found(m.Groups["u"].Value) : null),
        new(Info("unit.fold-noun", Layer.Unit, "'N-fold' before a noun ('a 15-fold increase in income')", "the noun and its 'in' phrase",
                ["Migrants saw, on average, a [15-fold] increase in income. => increase in income", "Migrants saw a [15] -fold increase in income. => increase in income"], ["Exports grew [threefold] over the decade. => over"]),
            Strong, false, f => f.Kind == FigureKind.Rate && FoldNoun().Match(f.After) is { Success: true } m ? new Found(NounPhrase(" " + m.Groups["np"].Value, allowChangeObject: true)) : null),
        new(Info("unit.fold-times", Layer.Unit, "a multiplier with no noun after it ('grew threefold over the decade')", "'times'",
                ["Exports of services grew [threefold] over the decade. => times"], ["Exports grew by [three] per cent. => per"]),
            Fallback, false, f => f.Kind == FigureKind.Rate ? new Found("times") : null),
        new(Info("unit.noun-after", Layer.Unit, "the noun phrase after the number, up to a preposition, verb or punctuation; 'of' + a proper name and coordinated nouns carry on ('194 Member States and non-member States')", "that noun phrase",
                ["The Division covered the [194] Member States and non-member States of the United Nations. => Member States and non-member States", "The workshop was attended by [over 340] senior- and middle-level officials. => senior- and middle-level officials", "[Roughly 45 per cent] of migrants were women. => migrants"],
                ["[Approximately 55 per cent] of them had completed the programmes. => them", "The police recorded [two] killings, one robbery and two abductions. => killings, one"]),
            Normal, false, NounAfter),
        new(Info("unit.percent-participle", Layer.Unit, "a percentage followed by an -ing phrase ('with 59 per cent settling in developed regions')", "the -ing phrase",
                ["Most came from rural areas, with [40 per cent] living in camps near the border. => living in camps near the border"], ["Prices rose by [40 per cent], hurting the poor. => hurting"]),
            Normal, false, f => f.Kind == FigureKind.Percent && PercentParticiple().Match(f.After) is { Success: true } m ? new Found(CachedRegex.Replace(m.Groups["np"].Value.Trim(), @"\s+", " ")) : null),
        new(Info("unit.percent-object", Layer.Unit, "'to N per cent the X' (the object after the share: 'reducing to less than 3 per cent the transaction costs')", "X",
                ["The plan aims at raising to [30 per cent] the share of women in the police. => share of women"], ["The share of women rose to [30 per cent] the following year. => following"]),
            Normal, false, f => f.Kind == FigureKind.Percent && CachedRegex.IsMatch(f.Before, @"\bto\s+$|\bto\s+\S+(?:\s+than)?\s+$") && PercentObject().Match(f.After) is { Success: true } m && !CachedRegex.IsMatch(m.Groups["np"].Value, @"^(?:following|next|previous|same|end|beginning)\b") ? new Found(CachedRegex.Replace(m.Groups["np"].Value.Trim(), @"\s+", " ")) : null),
        new(Info("unit.share-next", Layer.Unit, "a figure joined to the next by 'and', 'to', 'or' or a comma with no noun of its own ('42 and 18 States', 'from 7 to 21 per cent')", "the next figure's unit",
                ["The Protocols were ratified, respectively, by [42] and 18 States. => States", "The process will take [five] to six months. => months"], ["By [42] votes to 18 States abstaining."]),
            Normal, false, f => f.Next is { } next && next.Unit.Length > 0 && CachedRegex.IsMatch(f.Text[f.End..next.Start], @"^\s*(?:,|and|or|to|-|–|,\s*and)\s*$") ? new Found(next.Unit, f.Doc.Best(next.Target, Layer.Measure)?.Value) : null),
        new(Info("unit.measure-phrase", Layer.Unit, "'the number (total, proportion, share...) of X' before a level verb, earlier in the sentence ('the number of persons of concern in Africa reached 26.4 million')", "X, and the measure",
                ["By the end of 2018, the number of persons of concern in Africa reached [26.4 million]. => persons of concern in Africa"], ["The number of incidents rose, and [12] persons were hurt. => persons"]),
            Weak, false, MeasurePhraseUnit),
        new(Info("unit.subject-of-level-verb", Layer.Unit, "the subject of a verb of level right before the number ('UNAMSIL troop strength stood at 11,500', 'its members number more than 310,000')", "the subject, and the measure",
                ["UNAMSIL troop strength stood at [11,500] on 15 June 2004. => UNAMSIL troop strength", "The minority lives in the north, where its members number [more than 310,000]. => members"], ["It stood at [11,500] on 15 June 2004."]),
            Weak, false, SubjectOfLevelVerbUnit),
        new(Info("unit.antecedent", Layer.Unit, "'X, of whom (which) there were N' ('the stateless Rohingya in Myanmar, of whom there were close to 1 million')", "X",
                ["In Asia, the stateless Rohingya in Myanmar, of whom there were [close to 1 million] in 2016, are the largest group. => stateless Rohingya in Myanmar"], ["The refugees, of whom [300] were children, returned. => children"]),
            Normal, false, Antecedent),
        new(Info("unit.noun-of-before", Layer.Unit, "'a turnout of 83 per cent', 'a rate of 12 per cent': the noun before 'of'", "the noun",
                ["Local elections were held on 22 May 2004, with a turnout of [83 per cent]. => turnout"], ["The number of [83] was disputed."]),
            Fallback, false, NounOfBefore),
        new(Info("unit.change-pair", Layer.Unit, "the other end of a change: 'up from', 'down from', 'compared with', 'against' before a figure with no noun", "the previous figure's unit and measure",
                ["Troop strength stood at 11,500 in June, down from [17,500] in late 2002. => Troop strength"], ["Troop strength stood at 11,500 in June, and [17,500] refugees returned. => refugees"]),
            Strong, true, f => f.Unit.Length == 0 && f.Previous is { } p && p.Kind == f.Kind && UpOrDownFrom().IsMatch(f.Before) && p.Unit.Length > 0 ? new Found(p.Unit, f.Doc.Best(p.Target, Layer.Measure)?.Value) : null),
        new(Info("unit.elided", Layer.Unit, "a count with no noun followed by a verb ('37 States have ratified it, while 15 have signed it') or after 'including', 'of which' ('13.6 million people, including 10.8 million within...')", "the previous figure's unit",
                ["Some 37 States have ratified the Convention, while [15] have signed it. => States", "An estimated 13.6 million people were newly displaced, including [10.8 million] within their own country. => people"], ["Some 37 States have ratified the Convention, while [15] countries have signed it. => countries"]),
            Normal, true, f => f.Unit.Length == 0 && f.Previous is { } p && p.Kind == f.Kind && p.Unit.Length > 0 && f.Kind == FigureKind.Count
                && (VerbAfter().IsMatch(f.After) || IncludingBefore().IsMatch(f.Before)) ? new Found(p.Unit) : null),
        new(Info("unit.percent-complement", Layer.Unit, "'of whom 48.5 per cent were women': the complement after the verb", "the complement",
                ["Some 12.3 million migrants lived there, of whom [48.5 per cent] were women. => women"], ["Some [48.5 per cent] were displaced in 2004. => displaced"]),
            Weak, true, f => f.Kind == FigureKind.Percent && f.Unit.Length == 0 && PercentComplement().Match(f.After) is { Success: true } m && NounPhrase(" " + m.Groups["np"].Value) is { Length: > 0 } np && !CachedRegex.IsMatch(np, @"^[a-z]+ed\b") ? new Found(np) : null),
    ];

    /// <summary>Runs the unit rules over the figures of a sentence, writing unit and measure annotations.</summary>
    public static void Annotate(IReadOnlyList<FigureContext> figures)
    {
        foreach (var f in figures.Reverse())
        {
            Run(f, secondPass: false);
        }

        foreach (var f in figures)
        {
            Run(f, secondPass: true);
        }
    }

    private static void Run(FigureContext f, bool secondPass)
    {
        foreach (var rule in All.Where(r => r.SecondPass == secondPass))
        {
            if (rule.Find(f) is not { } found || found.Unit.Length == 0 || Cues.Pronoun().IsMatch(found.Unit))
            {
                continue;
            }

            f.Doc.Add(new Annotation(f.Start, f.End, Layer.Unit, "unit", found.Unit, rule.Info.Id, rule.Score, f.Target));
            if (found.Measure is { Length: > 0 } measure)
            {
                f.Doc.Add(new Annotation(f.Start, f.End, Layer.Measure, "measure", measure, rule.Info.Id, rule.Score, f.Target));
            }
        }
    }

    private static Found? NounAfter(FigureContext f)
    {
        var after = f.After;
        if (f.Kind is FigureKind.Money or FigureKind.Duration or FigureKind.Rate)
        {
            return null;
        }

        if (f.Kind == FigureKind.Percent && !PercentOf().IsMatch(after))
        {
            return null;
        }

        return NounPhrase(after) is { Length: > 0 } np ? new Found(np) : null;
    }

    private static Found? MeasurePhraseUnit(FigureContext f)
    {
        var measure = MeasurePhrase().Match(f.Text);
        if (!measure.Success || measure.Index >= f.Start || f.Kind is FigureKind.Money or FigureKind.Duration)
        {
            return null;
        }

        var unit = CachedRegex.Replace(measure.Groups["np"].Value.Trim(), @"\s+", " ");
        var noun = measure.Groups["noun"].Value.ToLowerInvariant();
        return new Found(unit, noun is "number" or "numbers" or "total" or "stock" or "count" or "population" ? unit : $"{noun} of {unit}");
    }

    private static Found? SubjectOfLevelVerbUnit(FigureContext f)
    {
        if (f.Kind is FigureKind.Money or FigureKind.Duration || SubjectOfLevelVerb().Match(f.Before) is not { Success: true } subject)
        {
            return null;
        }

        var np = CachedRegex.Replace(subject.Groups["np"].Value, @"^(?:its|their|the|his|her)\s+", string.Empty, RegexOptions.IgnoreCase);
        return StopWords.Contains(np) || Cues.Pronoun().IsMatch(np) ? null : new Found(np, np);
    }

    private static Found? Antecedent(FigureContext f)
    {
        var m = OfWhomThereWere().Match(f.Before);
        if (!m.Success)
        {
            return null;
        }

        var np = CachedRegex.Replace(m.Groups["np"].Value.Trim(), @"^(?:the|its|their)\s+", string.Empty, RegexOptions.IgnoreCase);
        return np.Length > 0 ? new Found(np) : null;
    }

    private static Found? NounOfBefore(FigureContext f)
    {
        if (f.Kind is FigureKind.Money or FigureKind.Duration || NounOf().Match(f.Before) is not { Success: true } m)
        {
            return null;
        }

        var noun = m.Groups["noun"].Value;
        return StopWords.Contains(noun) || noun is "number" or "total" or "proportion" or "share" or "percentage" ? null : new Found(noun);
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "from", "to", "for", "at", "on", "by", "with", "that", "which", "who", "whose", "were", "was", "is", "are", "be", "been",
        "have", "has", "had", "will", "would", "could", "should", "may", "can", "and", "or", "as", "than", "per", "each", "since", "during",
        "between", "through", "across", "including", "such", "plus", "into", "the", "a", "an", "this", "these", "those", "their", "its",
        "respectively", "while", "where", "when", "not", "also", "both", "all", "out", "over", "under", "about", "up", "down", "more", "less",
        "within", "without", "among", "amongst", "against", "after", "before", "towards", "toward", "via", "upon", "inside", "outside", "near",
        "along", "beyond", "throughout", "despite", "amid", "following", "according", "because", "if", "but", "so", "then", "there", "here",

        // Irregular past tenses end a noun phrase as "-ed" verbs do.
        "met", "held", "took", "made", "became", "began", "brought", "came", "gave", "went", "saw", "set", "led", "rose", "fell", "grew",
        "found", "left", "sent", "spent", "won", "paid", "sought", "built", "stood", "remain", "remained", "fled", "lost", "died", "live", "lived",
    };

    private static readonly HashSet<string> ParticipleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "skilled", "unskilled", "displaced", "internally", "registered", "undocumented", "employed", "unemployed", "qualified", "trained",
        "detained", "trafficked", "smuggled", "affected", "infected", "armed", "wounded", "injured", "disabled", "demobilized", "unaccompanied",
        "separated", "forced", "missing", "stateless", "naturalized", "elected", "accredited", "authorized", "uniformed", "deployed",
    };

    /// <summary>The counted thing after a number: words up to a preposition, verb or punctuation.</summary>
    internal static string NounPhrase(string after, bool allowChangeObject = false)
    {
        var m = WordsAfter().Match(after);
        if (!m.Success)
        {
            return string.Empty;
        }

        var start = m.Groups["np"].Index;
        var words = new List<string>();
        var tokens = NpToken().Matches(after[start..]).Select(t => t.Value).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : string.Empty;
            if (w is "," or ";" or ":" or "." or "(" or ")" or "[" or "]" or "“" or "”" or "\"")
            {
                // "60 parliamentarians, government officials and representatives": a list of
                // nouns carries on past its commas when it ends in "and"/"or" + a noun.
                if (w == "," && words.Count > 0 && ListContinues(tokens, i + 1))
                {
                    words[^1] += ",";
                    continue;
                }

                break;
            }

            var suspended = words.Count > 0 && words[^1].EndsWith('-') && w is "and" or "or";
            var ofProperName = words.Count > 0 && w == "of" && next.Length > 0 && char.IsUpper(next[0]);
            var coordinated = words.Count > 0 && w is "and" or "or" && next.Length > 0 && char.IsLetter(next[0]) && !StopWords.Contains(next) && !IsVerbLike(next) && !IsNumberWord(next);
            var changeObject = allowChangeObject && words.Count == 1 && w is "in" or "of" && next.Length > 0 && char.IsLetter(next[0]) && !StopWords.Contains(next);
            if (suspended || ofProperName || coordinated || changeObject)
            {
                words.Add(w);
                continue;
            }

            if (StopWords.Contains(w) || !char.IsLetter(w[0]) || (words.Count > 0 && IsVerbLike(w)))
            {
                break;
            }

            words.Add(w);
            if (words.Count >= 8)
            {
                break;
            }
        }

        return string.Join(' ', words).TrimEnd(',');
    }

    private static bool ListContinues(List<string> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j < from + 8; j++)
        {
            var t = tokens[j];
            if (t is "and" or "or")
            {
                return j + 1 < tokens.Count && char.IsLetter(tokens[j + 1][0]) && !StopWords.Contains(tokens[j + 1]);
            }

            if (IsNumberWord(t))
            {
                return false; // "two killings, one robbery and two abductions": each item has its own figure
            }

            if (t == "," || (char.IsLetter(t[0]) && !StopWords.Contains(t) && !IsVerbLike(t)))
            {
                continue;
            }

            return false;
        }

        return false;
    }

    private static bool IsNumberWord(string w) => CachedRegex.IsMatch(w, "^(?:" + Vocabulary.NumberWords + ")$", RegexOptions.IgnoreCase);

    private static bool IsVerbLike(string w) => CachedRegex.IsMatch(w, "^[a-z]+ed$") && !ParticipleNouns.Contains(w);

    [GeneratedRegex(@"[A-Za-z][\w’'\-]*|[^\sA-Za-z]")]
    private static partial Regex NpToken();

    [GeneratedRegex(@"^\s*(?:per\s*cent|percent|%)?\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?)?(?<np>[A-Za-z])")]
    private static partial Regex WordsAfter();

    [GeneratedRegex(@"^\s*(?:per\s*cent|percent|%)?\s*of\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentOf();

    [GeneratedRegex(@"^-?\s*(?<u>[A-Za-z]+)")]
    private static partial Regex TimeUnitAfter();

    [GeneratedRegex(@"^(?:\s*-?\s*fold)?\s+(?<np>[a-z].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FoldNoun();

    [GeneratedRegex(@"^\s*(?:per\s*cent|percent|%)?\s+(?<np>[a-z]+ing\b(?:\s+[A-Za-z][\w’'\-]*){0,6}?)(?=\s*(?:[,;:.()]|$|\s+(?:where|which|who|while|and\s+(?:some|about|around|approximately|nearly|\d))))")]
    private static partial Regex PercentParticiple();

    [GeneratedRegex(@"^\s*(?:per\s*cent|percent|%)?\s+(?:the|its|their)\s+(?<np>[a-z][\w’'\-]*(?:\s+(?:of\s+)?[A-Za-z][\w’'\-]*){0,6}?)(?=\s*(?:[,;:.()]|$|\s+(?:as|by|in|which|that|and)\b))")]
    private static partial Regex PercentObject();

    [GeneratedRegex(@"\b(?:(?<noun>number|numbers|stock|total|proportion|share|percentage|population|count|level|volume|amount|value|rate)\s+of\s+(?:the\s+|all\s+)?(?<np>[A-Za-z][^,;:()]*?))\s+(?:(?:had|has|have|was|were|is|are|had\s+been|has\s+been)\s+)?(?:stood|stands|stand|rose|risen|increased|reached|grew|grown|fell|fallen|declined|decreased|dropped|doubled|totalled|totaled|amounted|was|were|is|are|had|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasurePhrase();

    [GeneratedRegex(@"(?:^|[,;:]\s+|\b(?:that|which|when|while|and|where)\s+)(?:(?:In|By|During|At)\s+[^,]{1,40},\s+)?(?:the\s+|The\s+)?(?<np>[A-Za-z][\w’'\-]*(?:\s+[\w’'\-]+){0,7}?)\s+(?:(?:had|has|have)\s+)?" + Vocabulary.LevelVerbs + @"\s+(?:at|to|by)?\s*(?:" + Vocabulary.OverWords + "|" + Vocabulary.UnderWords + "|" + Vocabulary.ApproxWords + @")?\s*$")]
    private static partial Regex SubjectOfLevelVerb();

    [GeneratedRegex(@"(?:^|[:;,]\s*|\b(?:that|and)\s+)(?<np>(?:the\s+|The\s+)?[A-Za-z][\w’'\-]*(?:\s+[\w’'\-]+){0,6}?)\s*,\s*of\s+(?:whom|which)\s+there\s+(?:were|are|was|is|had\s+been|have\s+been)\s+(?:" + Vocabulary.OverWords + "|" + Vocabulary.UnderWords + "|" + Vocabulary.ApproxWords + @")?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhomThereWere();

    [GeneratedRegex(@"\b(?<noun>[a-z][a-z\-]{2,})\s+of\s+(?:some\s+|about\s+|approximately\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+)?$")]
    private static partial Regex NounOf();

    [GeneratedRegex(@"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex UpOrDownFrom();

    [GeneratedRegex(@"^\s+(?:have|has|had|were|are|was|is|did|do|will|would)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbAfter();

    [GeneratedRegex(@"\b(?:including|of\s+(?:which|whom)|among\s+(?:them|whom|which))\s+(?:(?:" + Vocabulary.OverWords + "|" + Vocabulary.UnderWords + "|" + Vocabulary.ApproxWords + @")\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IncludingBefore();

    [GeneratedRegex(@"^\s+(?:were|are|was|is)\s+(?<np>[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,3})")]
    private static partial Regex PercentComplement();
}

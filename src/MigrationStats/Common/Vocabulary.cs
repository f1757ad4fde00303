namespace MigrationStats.Common;

/// <summary>
/// Word lists that more than one stage or rule matches, each defined once, as regex alternations
/// (non-capturing groups) so rules can be composed from them.
/// </summary>
public static class Vocabulary
{
    /// <summary>English month names.</summary>
    public const string MonthNames = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>A four-digit year a report can mention (1500-2099).</summary>
    public const string Year = "(?:1[5-9]\\d\\d|20\\d\\d)";

    /// <summary>The numbers a year can be (a four-digit integer in this range is read as a year, never a count).</summary>
    public const int FirstYear = 1500, LastYear = 2099;

    /// <summary>Qualifier words that put a figure above its number ("more than 60").</summary>
    public const string OverWords = @"(?:over|more\s+than|above|exceeding|in\s+excess\s+of|upwards\s+of|at\s+least|greater\s+than|well\s+over)";

    /// <summary>Qualifier words that put a figure below its number ("nearly 40", "less than 3 per cent").</summary>
    public const string UnderWords = @"(?:under|less\s+than|fewer\s+than|nearly|almost|up\s+to|below|no\s+more\s+than|not\s+more\s+than|just\s+under|not\s+exceeding)";

    /// <summary>Qualifier words that make a figure approximate ("some 57", "close to 1 million").</summary>
    public const string ApproxWords = @"(?:some|about|around|approximately|close\s+to|roughly|an\s+estimated|estimated|circa|approx\.|nearly\s+some|an\s+approximate)";

    /// <summary>Words after which a number names something (a resolution, an article, a goal) rather than counts or dates it.</summary>
    public const string NamingWords = "(?:No|Nos|Mode|Modes|Goal|Goals|Target|Targets|Article|Articles|Art|Paragraph|Paragraphs|Para|Paras|Chapter|Chapters|Section|Sections|Item|Items|Annex|Annexes|Protocol|Rule|Rules|Resolution|Resolutions|Decision|Decisions|Page|Pages|Footnote|Note|Vol|Volume|Phase|Level|Table|Figure|Box|Part|Step|Principle|Recommendation|Option|Category|Corr|Rev|Add|Version|Number|Indicator|Objective|Clause|Title|Schedule|Appendix|Tier|Grade|Aged|Ages|Age|Resolution A|Report|Session|Meeting|Stage|Round|Priority|Sub-?programme|Programme|Convention|Element|Component|Pillar|Form|Question|Count|Sector|Zone|Unit|Camp|Checkpoint|Post|Route|Highway|Road|Kilometre|Km|Hill|Point|Site|Block|Ward|Code)";

    /// <summary>Verbs that give a level ("stood at", "reached", "totalled"), past, perfect or present.</summary>
    public const string LevelVerbs = "(?:stood|stands|stand|reached|reaches|totalled|totaled|totals|amounted|amounts|rose|risen|rises|fell|fallen|falls|increased|decreased|declined|grew|grown|dropped|numbered|number|numbers|doubled|tripled|peaked)";

    /// <summary>Currency symbols and codes written before an amount ("US$ 93 billion", "EUR 12 million").</summary>
    public const string CurrencyBefore = @"(?:US\s?\$|USD|\$|EUR|€|£|GBP|CHF|SwF|¥|JPY)";

    /// <summary>Currency names written after an amount ("12 million dollars", "5 euros").</summary>
    public const string CurrencyAfter = @"(?:(?<usd>(?:United\s+States\s+|US\s+|U\.S\.\s+)?dollars)|(?<eur>euros?)|(?<gbp>pounds\s+sterling)|(?<chf>Swiss\s+francs)|(?<hrk>kunas?)|(?<dem>(?:Deutsche|deutsche)\s+(?:mark|marks))|(?<other>(?:[A-Z][a-z]+\s+)?(?:dinars|francs|rupees|shillings|lari|leks|denars|somoni|roubles|rubles|pesos|colones|quetzales|gourdes|riels|afghanis|birr|nakfa|leones|cedis|naira|rand)))";

    /// <summary>Units of time: a number before them is a duration ("three days", "a 10-year plan").</summary>
    public const string TimeUnits = "(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|nights?)";

    /// <summary>Words that put a figure in the present, whatever date came before it.</summary>
    public const string PresentWords = @"(?:currently|now|at\s+present|presently|today|to\s+date|so\s+far|as\s+yet)";

    /// <summary>Auxiliaries and verbs of a present or present-perfect clause ("has been ratified", "there are").</summary>
    public const string PresentVerbs = @"(?:has|have|is|are|remain|remains|continues|continue)";

    /// <summary>Connectives that open a new statement, not a continuation of the last sentence's event.</summary>
    public const string NewStatement = @"(?:In\s+addition|Moreover|Furthermore|Also|However|Meanwhile|Overall|Similarly|By\s+contrast|In\s+contrast|Elsewhere|Currently|At\s+present|Today|Globally|Worldwide)";

    /// <summary>Words after a year that make it part of a name or title, not a date ("the 1990 Convention", "the 2000 round of censuses").</summary>
    public const string TitleWordsAfterYear = "(?:Revision|Survey|Report|round|Convention|Conventions|Protocol|Agreement|Agreements|Act|Constitution|Declaration|Accord|Accords|Agenda|Plan|Programme|Framework|Law|Edition|edition|Yearbook|Review|Round)";

    /// <summary>Abbreviations a sentence does not end at ("No.", "para.", "e.g.").</summary>
    public const string Abbreviations = @"(?:No|Nos|Corr|Rev|Add|Mr|Mrs|Ms|Dr|Prof|St|Vol|para|paras|art|Art|p|pp|e\.g|i\.e|etc|Inc|Ltd|Co|approx|cf|vs|ch|Ch|Sect|Suppl|Amend|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Maj|Capt|Sgt|Amb|H\.E)";

    /// <summary>Word numbers the recognizer reads.</summary>
    public const string NumberWords = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)";
}

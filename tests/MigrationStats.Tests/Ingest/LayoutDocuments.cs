using MigrationStats.Ingest;

namespace MigrationStats.Tests.Ingest;

/// <summary>
/// Small hand-written documents, one per layout the structure reader must handle. The sentences
/// are invented (UN-report-like, not copied from any report); each document is shaped the way
/// pdftotext, a web copy, an OCR scan or a PDF-to-markdown tool gives such text.
/// </summary>
public static class LayoutDocuments
{
    /// <summary>Numbering 1, 2, then an elision line, an orphan block, then 7, 8.</summary>
    public const string Elision = """
        1. The Commission on Population and Development met in April 2004 to review progress.

        2. Delegations stressed that data on international migrants remain scarce in many regions.

        [...]

        of the remaining countries, most reported that their policies had not changed.

        7. The Secretariat was asked to prepare a concise report on the matter.

        8. The report will be presented at the next session of the Commission.
        """;

    /// <summary>Numbering 1, 2, 3, 6, 7 with nothing in the text to explain the jump.</summary>
    public const string UnmarkedGap = """
        1. Remittances to developing countries rose steadily during the period under review.

        2. Several Governments lowered the fees charged for transfers of small amounts.

        3. Regional banks opened branches in towns with many returning workers.

        6. The Committee welcomed the cooperation of the private sector.

        7. Further work is needed on the measurement of informal transfers.
        """;

    /// <summary>Body 1..4, then "Annex I" whose paragraphs are numbered 1..3 again.</summary>
    public const string Annex = """
        1. The present report is submitted pursuant to General Assembly resolution 59/241.

        2. It summarizes the replies received from Member States to a note verbale.

        3. Thirty-one States had replied by the deadline set by the Secretariat.

        4. The replies are reproduced in the annex to the present report.

        Annex I

        1. The Government of the reporting State attaches great importance to the subject.

        2. A national committee on migration was established by decree in 2003.

        3. The committee meets twice a year and publishes its findings.
        """;

    /// <summary>Numbers alone on their lines, with paragraph 4 read before paragraph 3.</summary>
    public const string NumbersAloneOutOfOrder = """
        1.
        The first paragraph describes the mandate of the Special Rapporteur.

        2.
        The second paragraph lists the countries visited during the year.

        4.
        The fourth paragraph sets out the conclusions of the missions.

        3.
        The third paragraph describes the methods of work that were followed.

        5.
        The fifth paragraph contains the recommendations to Member States.
        """;

    /// <summary>Footnote markers detached by a space and glued to words or punctuation, with numbers of the text that are not markers.</summary>
    public const string Footnotes = """
        1. Host countries received large numbers of refugees1 and asylum-seekers during the year.

        2. Several States adopted national policies on internally displaced persons (IDPs).2 Others
        reviewed their legislation together with stakeholders, 3 including civil society.

        3. A regional consultation on labour migration will be held in the near future. 4
        In addition, 12 States ratified the Convention in 2004.

        4. The survey covered 1,500 people in five provinces, of which 12 were women heads of
        household, as noted in para. 5 of the report. Some 1.5 million persons remain displaced.

        5. Remittances were an important source of income for development. 5 Migrants contributed
        to their communities of origin in many other ways.
        """;

    /// <summary>A contents page with dot leaders, slash-separated entries and a wrapped title, then the body.</summary>
    public const string Contents = """
        Contents
                                                                        Paragraphs    Page
          I.   Introduction . . . . . . . . . . . . . . . . . . . . . .    1–9          3
         II.   International migration and its effects on countries of
               origin and destination . . . . . . . . . . . . . . . . .   10–42         5
               A. Migration facts / 43–49 / 12
               B. Policies of States of destination / 50–58 / 14
        III.   Conclusions . . . . . . . . . . . . . . . . . . . . . . .   59–64        17

          I. Introduction

        1. In its resolution 58/208, the General Assembly decided to devote a high-level
        dialogue to international migration and development.

        2. The present report was prepared in response to that request.
        """;

    /// <summary>A cover page as pdftotext gives it: one item per line.</summary>
    public const string Cover = """
        United Nations
        General Assembly
        Distr.: General
        12 May 2005

        Original: English

        Agenda item 54 (c)
        International migration and development

        Report of the Secretary-General

        05-12345 (E) 120505
        *0512345*

        1. The present report is submitted in accordance with resolution 58/208 of the General
        Assembly.

        2. It reviews the work of the United Nations system on international migration.
        """;

    /// <summary>The same cover page as a web copy gives it: the whole first page on one line.</summary>
    public static readonly string CoverOnOneLine =
        "United Nations A/60/87 General Assembly Distr.: General 12 May 2005 Original: English Sixtieth session "
        + "Agenda item 54 (c) Globalization and interdependence: international migration and development 05-12345 (E) 120505 *0512345* "
        + "International migration and development Report of the Secretary-General "
        + "1. The present report is submitted in accordance with resolution 58/208 of the General Assembly, in which the Assembly "
        + "requested the Secretary-General to report on the preparations for the high-level dialogue. "
        + "2. It reviews the work of the United Nations system on international migration and sets out the main questions "
        + "that Member States may wish to consider during the dialogue.\n"
        + "A/60/87 3. Member States are invited to take note of the present report and of the information it contains "
        + "on the activities of the funds, programmes and specialized agencies of the system, which continued to expand "
        + "their work on the collection of data on migrants and on the protection of migrant workers and their families "
        + "throughout the period under review, in close cooperation with Governments and civil society. 2\n";

    /// <summary>Four pages separated by form feeds, with running heads, "Page N" footers and an "English" line at page tops.</summary>
    public static readonly string FormFeeds = string.Join("\n\f", [
        """
        S/2005/123
        English

        1. The Security Council, in its resolution 1590 (2005), requested the Secretary-General
        to report regularly on the situation of refugees and returnees in the region.

        2. The present report covers the period from January to April 2005 and describes the
        """,
        """
        S/2005/123
        English

        movement of persons across the border and the assistance they received.

        3. Returns continued at a steady pace throughout the reporting period, although
        the rainy season slowed the movement of convoys.

        Page 2
        """,
        """
        S/2005/123
        English

        4. The Office of the United Nations High Commissioner for Refugees registered
        new arrivals in three camps near the border.

        Page 3
        """,
        """
        S/2005/123
        English

        5. The Secretary-General will continue to keep the Council informed.

        Page 4
        """,
    ]) + "\n";

    /// <summary>An early-1990s scan: "9," for "9.", "6 ." with a space, a number after a paragraph's first line.</summary>
    public const string OcrNoise = """
        1. The Executive Committee of the Programme met in Geneva in October 1991.

        2. It reviewed the situation of refugees in Africa, Asia and Central America.

        3. The Committee heard statements by the High Commissioner and by delegations.

        4. The Committee expressed concern at the growing number of asylum-seekers.

        5. Several delegations called for more support to host countries.

        6 . Voluntary repatriation remained the preferred durable solution.

        7. The Committee welcomed the return of refugees to their countries.

        The Committee noted that the number of applications for asylum
        8.
        had risen sharply in several States during the year.

        9,
        The Committee adopted its programme of work for the following year.

        10. The session was closed by the Chairman of the Committee.
        """;

    /// <summary>A PDF-to-markdown copy: heading hashes, list bullets, bold emphasis, a paragraph carried on after a page break.</summary>
    public const string Markdown = """
        ## I. Introduction

        - 11. The **Global Commission on International Migration** was launched in December 2003.

        - 12. The text of its report was presented to the Secretary-General in October 2005.

        - 13. The Commission recommended that States should

        consider the interests of migrants in their **national** development plans.

        ## II. Follow-up

        - 14. Several States have begun to implement the recommendations.
        """;

    /// <summary>A web copy whose ordered list renumbers the paragraphs: list item 1 holds the report's paragraphs 1 and 2.</summary>
    public const string WebList = """
          1. International migration has grown in scale and complexity over the past decade.
        The number of international migrants continued to rise in 2018.1 2. By the end of 2018, the number of refugees had reached a new high.
          2. The Secretary-General encourages Member States to strengthen their cooperation.
        """;

    /// <summary>Every document above by name.</summary>
    public static IReadOnlyDictionary<string, string> ByName { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(Elision)] = Elision,
        [nameof(UnmarkedGap)] = UnmarkedGap,
        [nameof(Annex)] = Annex,
        [nameof(NumbersAloneOutOfOrder)] = NumbersAloneOutOfOrder,
        [nameof(Footnotes)] = Footnotes,
        [nameof(Contents)] = Contents,
        [nameof(Cover)] = Cover,
        [nameof(CoverOnOneLine)] = CoverOnOneLine,
        [nameof(FormFeeds)] = FormFeeds,
        [nameof(OcrNoise)] = OcrNoise,
        [nameof(Markdown)] = Markdown,
        [nameof(WebList)] = WebList,
    };

    /// <summary>The names of every document, as theory data.</summary>
    public static TheoryData<string> Names => new(ByName.Keys);
}

/// <summary>Parses the layout documents once and reads their numbers and texts.</summary>
internal static class Layout
{
    private static readonly Dictionary<string, ReportDocument> Cache = [];

    public static ReportDocument Parse(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var doc))
            {
                Cache[name] = doc = Seeds.Parse(LayoutDocuments.ByName[name], name);
            }

            return doc;
        }
    }

    public static List<int> Numbers(ReportDocument doc) => doc.NumberedParagraphs.Select(p => p.Number!.Value).ToList();

    public static string TextOf(ReportDocument doc, int number, string? part = null) =>
        doc.Paragraphs.Single(p => p.Number == number && p.Part == part).Text.Value;

    public static string AllCleanText(ReportDocument doc) => string.Join("\n", doc.Paragraphs.Select(p => p.Text.Value));
}

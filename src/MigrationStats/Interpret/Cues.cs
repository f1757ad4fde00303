using System.Text.RegularExpressions;

namespace MigrationStats.Interpret;

/// <summary>Words around a number that say what the number is, shared by figures and dates.</summary>
internal static partial class Cues
{
    /// <summary>Words after which a number names something (a resolution, an article, a goal) rather than counts or dates it.</summary>
    [GeneratedRegex(@"\b(?:No|Nos|Mode|Modes|Goal|Goals|Target|Targets|Article|Articles|Art|Paragraph|Paragraphs|Para|Paras|Chapter|Chapters|Section|Sections|Item|Items|Annex|Annexes|Protocol|Rule|Rules|Resolution|Resolutions|Decision|Decisions|Page|Pages|Footnote|Note|Vol|Volume|Phase|Level|Table|Figure|Box|Part|Step|Principle|Recommendation|Option|Category|Corr|Rev|Add|Version|Number|Indicator|Objective|Clause|Title|Schedule|Appendix|Tier|Grade|Group of|Aged|Ages|Age|Resolution A|Report|Session|Meeting|Stage|Round|Priority|Sub-?programme|Programme|Convention|Recommendation|Element|Component|Pillar|Annex|Form|Question|Count)\.?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex NamingWordBefore();

    /// <summary>Pronouns are not units: "55 per cent of them".</summary>
    [GeneratedRegex(@"^(?:them|they|these|those|it|this|that|which|whom|us|we|you|all|each|both)$", RegexOptions.IgnoreCase)]
    public static partial Regex Pronoun();
}

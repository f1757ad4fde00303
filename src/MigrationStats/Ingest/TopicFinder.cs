using System.Text.RegularExpressions;
using MigrationStats.Common;

namespace MigrationStats.Ingest;

/// <summary>
/// The mission or topic a report is about: the mission whose name the report defines with an
/// acronym ("United Nations Observer Mission in Georgia (UNOMIG)") and then uses most, or else the
/// subject of its title ("the situation in Abkhazia, Georgia"). Agencies the report also defines
/// (UNHCR, UNDP) are not missions: the name must say Mission, Force, Operation and the like.
/// </summary>
internal static partial class TopicFinder
{
    /// <summary>Words that make a defined name a mission, force or other field presence.</summary>
    private static readonly HashSet<string> MissionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mission", "Force", "Forces", "Operation", "Observer", "Observers", "Observation", "Group", "Authority",
        "Administration", "Deployment", "Verification", "Transitional", "Protection", "Assistance", "Support", "Stabilization",
    };

    [GeneratedRegex(@"(?<name>United\s+Nations\b[^()\n]{0,20}(?:\n[^()\n]{0,100}|[^()\n]{0,100}?))\s*\((?<acr>[A-Z][A-Z0-9]{2,11})\)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^\s*(?:REPORT|Report)\s+(?:OF|of)\s+(?:THE|the)\s+(?:SECRETARY-GENERAL|Secretary-General)\b(?<rest>.*(?:\n(?!\s*\n)(?!\s*(?:[IVX]+\.|\d+\.|[A-Z]\.)\s*$).*){0,3})", RegexOptions.Multiline)]
    private static partial Regex Title();

    [GeneratedRegex(@"^\s*(?:on|concerning|regarding)\s+(?<subject>.+?)\s*(?:\*|\bpursuant\b.*)?$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>
    /// The topic of a report's text; null when it defines no mission and shows no title subject.
    /// <paramref name="fileTitle"/>, a PDF's Title entry, stands in for a title the text does not
    /// show when it reads as one ("Report of the Secretary-General on ...").
    /// </summary>
    public static DocumentTopic? Find(string source, string? fileTitle = null)
    {
        var title = TitleOf(source);
        if (title.Length == 0 && fileTitle is not null && Title().Match(fileTitle) is { Success: true })
        {
            title = Fold(fileTitle);
        }

        var best = Definition().Matches(source)
            .Select(m => (Acronym: m.Groups["acr"].Value, Name: Fold(m.Groups["name"].Value)))
            .Select(d => (d.Acronym, Name: TrimToName(d.Name)))
            .Where(d => d.Name.Split(' ').Any(MissionWords.Contains))
            .GroupBy(d => d.Acronym, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Name, Uses: CachedRegex.Matches(source, $@"\b{Regex.Escape(g.Key)}\b").Count))
            .OrderByDescending(d => d.Uses)
            .FirstOrDefault();
        if (best.Key is not null)
        {
            return new DocumentTopic(best.Key, best.Name, title);
        }

        var subject = Subject().Match(title.Length > 0 ? title["Report of the Secretary-General ".Length..] : string.Empty);
        return subject.Success && subject.Groups["subject"].Value.Length > 3
            ? new DocumentTopic(subject.Groups["subject"].Value, subject.Groups["subject"].Value, title)
            : null;
    }

    /// <summary>The missions the documents define (key to topic), for documents that only use a mission's acronym.</summary>
    public static IReadOnlyDictionary<string, DocumentTopic> Missions(IEnumerable<ReportDocument> documents) =>
        Missions(documents.Select(d => d.Topic));

    /// <summary>The missions among the documents' own topics (key to topic).</summary>
    public static IReadOnlyDictionary<string, DocumentTopic> Missions(IEnumerable<DocumentTopic?> topics) =>
        topics.OfType<DocumentTopic>().Where(t => t.Key != t.Name)
            .GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>
    /// What a document gives for choosing its mission once every document of the run is read: its
    /// own topic, its title, and how often it uses each acronym-like word (so its text can be let go).
    /// </summary>
    public static MissionEvidence EvidenceOf(ReportDocument document)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in AcronymWord().Matches(document.Source))
        {
            uses[m.Value] = uses.GetValueOrDefault(m.Value) + 1;
        }

        return new MissionEvidence(document.Topic, document.Topic?.Title ?? TitleOf(document.Source), uses);
    }

    /// <summary>The mission of a document among those it or any other document of the run defines (see <see cref="WithKnownMission(MissionEvidence, IReadOnlyDictionary{string, DocumentTopic})"/>).</summary>
    public static ReportDocument WithKnownMission(ReportDocument document, IReadOnlyDictionary<string, DocumentTopic> missions) =>
        document with { Topic = WithKnownMission(EvidenceOf(document), missions) };

    /// <summary>
    /// The mission of a document among those it or any other document of the run defines: the one
    /// its title names ("Report of the Secretary-General on the United Nations Mission in Bosnia and
    /// Herzegovina"), else the one whose acronym it uses most (at least twice). So a short addendum
    /// that only uses "UNOMIG" is UNOMIG's, and a UNMIBH report that defines UNMIK in passing stays
    /// UNMIBH's. With no such mission, its own topic.
    /// </summary>
    public static DocumentTopic? WithKnownMission(MissionEvidence document, IReadOnlyDictionary<string, DocumentTopic> missions)
    {
        if (missions.Count == 0)
        {
            return document.Own;
        }

        var title = document.Title;
        var candidates = missions.Values.Concat(document.Own is { } own && own.Key != own.Name ? [own] : Array.Empty<DocumentTopic>())
            .DistinctBy(m => m.Key).ToList();
        var named = candidates.Where(m => title.Contains(m.Name, StringComparison.OrdinalIgnoreCase)).OrderByDescending(m => m.Name.Length).FirstOrDefault();
        if (named is not null)
        {
            return named with { Title = title };
        }

        var best = candidates.Select(m => (m, Uses: document.Uses.GetValueOrDefault(m.Key)))
            .Where(x => x.Uses >= 2).OrderByDescending(x => x.Uses).ThenBy(x => x.m.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.m is null ? document.Own : best.m with { Title = title };
    }

    /// <summary>A word that can be a mission's acronym, whole (as <c>\bKEY\b</c> finds a key): the shape <see cref="Definition"/> gives acronyms.</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]{2,11}\b")]
    private static partial Regex AcronymWord();

    /// <summary>"Report of the Secretary-General on ..." as the cover prints it, whitespace folded; empty when none.</summary>
    internal static string TitleOf(string source)
    {
        var m = Title().Match(source[..Math.Min(source.Length, 6000)]);
        if (!m.Success)
        {
            return string.Empty;
        }

        var rest = Fold(m.Groups["rest"].Value).TrimEnd('*', ' ');
        return rest.Length == 0 ? string.Empty : "Report of the Secretary-General " + rest;
    }

    /// <summary>The name from its "United Nations" on, up to a preposition-free end ("... decided to establish the United Nations X" keeps "United Nations X").</summary>
    private static string TrimToName(string name)
    {
        var i = name.LastIndexOf("United Nations", StringComparison.Ordinal);
        return i > 0 ? name[i..] : name;
    }

    private static string Fold(string text) => Space().Replace(text, " ").Trim();
}

/// <summary>What a document gives for choosing its mission among the run's (<see cref="TopicFinder.WithKnownMission(MissionEvidence, IReadOnlyDictionary{string, DocumentTopic})"/>).</summary>
/// <param name="Own">The topic its own text gives.</param>
/// <param name="Title">Its title as the cover prints it; empty when none.</param>
/// <param name="Uses">How often it uses each acronym-like word.</param>
public sealed record MissionEvidence(DocumentTopic? Own, string Title, IReadOnlyDictionary<string, int> Uses);

using System.Text.RegularExpressions;
using MigrationStats.Common;

namespace MigrationStats.Interpret;

/// <summary>Words around a number that say what the number is, shared by figures and dates.</summary>
internal static partial class Cues
{
    /// <summary>Words after which a number names something (a resolution, an article, a goal) rather than counts or dates it.</summary>
    [GeneratedRegex(@"\b" + Vocabulary.NamingWords + @"\.?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex NamingWordBefore();

    /// <summary>Pronouns are not units: "55 per cent of them".</summary>
    [GeneratedRegex(@"^(?:them|they|these|those|it|this|that|which|whom|us|we|you|all|each|both)$", RegexOptions.IgnoreCase)]
    public static partial Regex Pronoun();
}

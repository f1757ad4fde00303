namespace MigrationStats.Common;

/// <summary>Word lists that more than one stage matches, defined once (as regex alternations).</summary>
public static class Vocabulary
{
    /// <summary>English month names, as a non-capturing group.</summary>
    public const string MonthNames = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MigrationStats.Common;

/// <summary>
/// The static <see cref="Regex"/> helpers, with every pattern parsed and compiled once: the rules
/// build many distinct patterns from the vocabulary, more than the framework's static cache (15)
/// holds, and they run on every number of every sentence.
/// </summary>
internal static class CachedRegex
{
    private static readonly ConcurrentDictionary<(string, RegexOptions), Regex> Cache = new();

    private static Regex Of(string pattern, RegexOptions options) =>
        Cache.GetOrAdd((pattern, options), key => new Regex(key.Item1, key.Item2 | RegexOptions.Compiled | RegexOptions.CultureInvariant));

    public static bool IsMatch(string input, string pattern, RegexOptions options = RegexOptions.None) => Of(pattern, options).IsMatch(input);

    public static Match Match(string input, string pattern, RegexOptions options = RegexOptions.None) => Of(pattern, options).Match(input);

    public static MatchCollection Matches(string input, string pattern, RegexOptions options = RegexOptions.None) => Of(pattern, options).Matches(input);

    public static string Replace(string input, string pattern, string replacement, RegexOptions options = RegexOptions.None) => Of(pattern, options).Replace(input, replacement);
}

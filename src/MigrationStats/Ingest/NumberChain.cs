namespace MigrationStats.Ingest;

/// <summary>
/// Finds the best run of numbers that count up by one through a document (paragraph numbers,
/// footnote markers): the strongest signal that tells them from other numbers.
/// </summary>
internal static class NumberChain
{
    /// <summary>A candidate, in document order.</summary>
    /// <param name="Number">The printed number.</param>
    /// <param name="Weight">How much the candidate looks like a member (0..1].</param>
    public readonly record struct Candidate(int Number, double Weight);

    /// <summary>
    /// Indices (into <paramref name="candidates"/>, which are in document order) of the
    /// highest-scoring increasing chain. Each member scores its weight; skipping numbers costs
    /// <paramref name="gapPenalty"/> each, and at most <paramref name="maxGap"/> may be skipped
    /// in one step.
    /// </summary>
    public static IReadOnlyList<int> Best(IReadOnlyList<Candidate> candidates, int maxGap, double gapPenalty)
    {
        var n = candidates.Count;
        var score = new double[n];
        var previous = new int[n];
        var byNumber = new Dictionary<int, List<int>>();
        var best = -1;
        for (var i = 0; i < n; i++)
        {
            var c = candidates[i];
            score[i] = c.Weight;
            previous[i] = -1;
            for (var step = 1; step <= maxGap + 1; step++)
            {
                if (!byNumber.TryGetValue(c.Number - step, out var earlier))
                {
                    continue;
                }

                foreach (var j in earlier)
                {
                    var s = score[j] + c.Weight - (gapPenalty * (step - 1));
                    if (s > score[i])
                    {
                        score[i] = s;
                        previous[i] = j;
                    }
                }
            }

            if (!byNumber.TryGetValue(c.Number, out var same))
            {
                byNumber[c.Number] = same = [];
            }

            same.Add(i);
            if (best < 0 || score[i] > score[best])
            {
                best = i;
            }
        }

        var chain = new List<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            chain.Add(i);
        }

        chain.Reverse();
        return chain;
    }
}

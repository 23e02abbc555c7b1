namespace FaqBot.Analytics.Report;

/// <summary>Groups questions by the words they share, as our Japanese analyzer sees them (base forms, no particles):
/// a question joins the group whose first question it overlaps most (Jaccard ≥ <see cref="MinSimilarity"/>), else
/// starts one. Candidate groups come from an index of terms, so it stays near-linear on a year of traffic.</summary>
public sealed class QuestionGrouper(Func<string, IReadOnlySet<string>> termsOf)
{
    /// <summary>How much two questions must share to be one group.</summary>
    public const double MinSimilarity = 0.5;

    private const int MaxExamples = 3;

    /// <summary>Groups <paramref name="questions"/> (phrasing → times asked), biggest group first.</summary>
    public List<QuestionGroup> Group(IReadOnlyDictionary<string, int> questions)
    {
        var groups = new List<(IReadOnlySet<string> Seed, List<PhrasingCount> Members)>();
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (text, count) in questions.OrderByDescending(q => q.Value).ThenBy(q => q.Key, StringComparer.Ordinal))
        {
            var terms = termsOf(text);
            var best = -1;
            var bestScore = 0d;
            var seen = new HashSet<int>();
            foreach (var term in terms)
            {
                if (!byTerm.TryGetValue(term, out var candidates))
                {
                    continue;
                }
                foreach (var candidate in candidates)
                {
                    if (seen.Add(candidate) && Jaccard(terms, groups[candidate].Seed) is var score && score > bestScore)
                    {
                        (best, bestScore) = (candidate, score);
                    }
                }
            }
            if (best >= 0 && bestScore >= MinSimilarity)
            {
                groups[best].Members.Add(new PhrasingCount(text, count));
                continue;
            }
            groups.Add((terms, [new PhrasingCount(text, count)]));
            foreach (var term in terms)
            {
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }
                list.Add(groups.Count - 1);
            }
        }
        return groups
            .Select(g => new QuestionGroup(g.Members.Sum(m => m.Count), g.Members.Take(MaxExamples).ToList()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Examples[0].Text, StringComparer.Ordinal)
            .ToList();
    }

    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var shared = 0;
        foreach (var term in a)
        {
            if (b.Contains(term))
            {
                shared++;
            }
        }
        return (double)shared / (a.Count + b.Count - shared);
    }
}

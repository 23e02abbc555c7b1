using FaqIndex.Search.Analysis;

namespace FaqIndex.Search;

/// <summary>Decides between the two best candidates when the ranking model holds them close: the one whose question side
/// holds the words of the question the other lacks (紙 or WEB, 期限切れ, 退職, 70歳) comes first, since that word is what
/// tells near-twin entries apart.</summary>
internal static class NearTwinOrder
{
    // The runner-up's probability at or above this share of the best one's makes the two close enough to be decided by words.
    // Chosen on the tuning half (0.3 to 0.9 tried: below 0.6 clear winners are overturned, above 0.8 nothing changes).
    private const double CloseRatio = 0.7;

    // How much more of the question's weight the runner-up's own words must carry than the best one's.
    private const double Lead = 0.1;

    /// <summary>Swaps the first two of <paramref name="hits"/> (and their confidences) when they are close and the
    /// runner-up holds clearly more of the question's telling words.</summary>
    public static void Apply(TermSets questionTerms, AnalyzedTerms question, Span<HitFeatures> hits, Span<double> confidences)
    {
        if (hits.Length < 2 || confidences[1] < CloseRatio * confidences[0])
        {
            return;
        }
        var (bestOnly, runnerUpOnly) = questionTerms.Evidence(question, hits[0].Document, hits[1].Document);
        if (runnerUpOnly - bestOnly > Lead)
        {
            (hits[0], hits[1]) = (hits[1], hits[0]);
            (confidences[0], confidences[1]) = (confidences[1], confidences[0]);
        }
    }
}

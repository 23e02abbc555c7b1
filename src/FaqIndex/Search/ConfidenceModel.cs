namespace FaqIndex.Search;

/// <summary>Turns BM25 results into calibrated confidences (a logistic model over coverage, score and margin, fitted on
/// the evaluation set) and decides answered / ambiguous / no answer.</summary>
internal static class ConfidenceModel
{
    /// <summary>The probability that <paramref name="features"/> describe the right entry.</summary>
    public static double Probability(in HitFeatures features, IReadOnlyList<double> weights)
    {
        Span<double> vector = stackalloc double[HitFeatures.Count];
        features.CopyTo(vector);
        double z = weights[0];
        for (int i = 0; i < vector.Length; i++)
        {
            z += weights[i + 1] * vector[i];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The status for hits already sorted by confidence, and how many hits to offer.</summary>
    public static (MatchStatus Status, int Offered) Decide(ReadOnlySpan<double> confidences, FaqSearchTuning tuning)
    {
        if (confidences.Length == 0)
        {
            return (MatchStatus.NoAnswer, 0);
        }
        double best = confidences[0];
        if (best < tuning.NoAnswerThreshold)
        {
            return (MatchStatus.NoAnswer, confidences.Length);
        }
        bool close = confidences.Length > 1 && confidences[1] >= tuning.CloseRatio * best;
        if (best >= tuning.AnsweredThreshold && !close)
        {
            return (MatchStatus.Answered, confidences.Length);
        }
        // Offer the runner-up always, a third only when it is itself plausible.
        int offered = Math.Min(confidences.Length, 2);
        if (confidences.Length > 2 && confidences[2] >= tuning.NoAnswerThreshold)
        {
            offered = 3;
        }
        return (MatchStatus.Ambiguous, offered);
    }
}

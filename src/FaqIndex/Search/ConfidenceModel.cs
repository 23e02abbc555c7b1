namespace FaqIndex.Search;

/// <summary>Turns BM25 results into calibrated confidences (a logistic model over coverage, score and margin, fitted on
/// the evaluation set) and decides answered / ambiguous / no answer. Two models share the features: one says whether a
/// candidate is the right entry (ranking, answered), the other whether the question is about this FAQ at all (no answer),
/// because an in-scope question whose best candidate is only nearly right must still be offered choices.</summary>
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

    /// <summary>The status for hits already sorted by confidence, given the probability <paramref name="scope"/> that the
    /// question is in scope (<see cref="Probability"/> of the best hit with <see cref="FaqSearchTuning.ScopeWeights"/>),
    /// and how many hits to offer.</summary>
    public static (MatchStatus Status, int Offered) Decide(ReadOnlySpan<double> confidences, double scope, FaqSearchTuning tuning)
    {
        if (confidences.Length == 0)
        {
            return (MatchStatus.NoAnswer, 0);
        }
        double best = confidences[0];
        if (scope < tuning.NoAnswerThreshold)
        {
            return (MatchStatus.NoAnswer, confidences.Length);
        }
        bool close = confidences.Length > 1 && confidences[1] >= tuning.CloseRatio * best;
        if (best >= tuning.AnsweredThreshold && (!close || best >= tuning.ClearThreshold))
        {
            return (MatchStatus.Answered, confidences.Length);
        }
        // The question is ours but no candidate stands out: offer every candidate kept (up to three buttons).
        return (MatchStatus.Ambiguous, confidences.Length);
    }
}

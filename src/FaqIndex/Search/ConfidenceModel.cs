namespace FaqIndex.Search;

/// <summary>Turns BM25 results into calibrated confidences and decides answered / ambiguous / no answer, with three
/// logistic models fitted on the tuning half: the ranking model says whether a candidate is the right entry (it orders
/// the hits); over the ranked result (<see cref="DecisionFeatures"/>), the scope model says whether the question is about
/// this FAQ at all and the answer model whether the best hit is right. Scope and answer are apart because an in-scope
/// question whose best candidate is only nearly right must still be offered choices, not refused.</summary>
internal static class ConfidenceModel
{
    /// <summary>The probability that <paramref name="features"/> describe the right entry.</summary>
    public static double Probability(in HitFeatures features, IReadOnlyList<double> weights)
    {
        Span<double> vector = stackalloc double[HitFeatures.Count];
        features.CopyTo(vector);
        return Logistic(vector, weights);
    }

    /// <summary>A logistic model: <paramref name="weights"/> (bias first) applied to <paramref name="vector"/>.</summary>
    public static double Logistic(ReadOnlySpan<double> vector, IReadOnlyList<double> weights)
    {
        double z = weights[0];
        for (int i = 0; i < vector.Length; i++)
        {
            z += weights[i + 1] * vector[i];
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The status of a question whose best hit and runner-up are described by <paramref name="decision"/> (null
    /// when nothing matched), and how many of its <paramref name="candidates"/> hits to offer: no answer when the scope
    /// model says the question is not about this FAQ, answered when the answer model says the best hit is right, else
    /// the candidates as choices.</summary>
    public static (MatchStatus Status, int Offered) Decide(in DecisionFeatures? decision, int candidates, FaqSearchTuning tuning)
    {
        if (decision is not { } features || candidates == 0)
        {
            return (MatchStatus.NoAnswer, 0);
        }
        return Decide(features.Probability(tuning.ScopeWeights), features.AnswerProbability(tuning.AnswerWeights), candidates, tuning);
    }

    /// <summary>The same from the two probabilities (for the tuner, which moves the thresholds).</summary>
    public static (MatchStatus Status, int Offered) Decide(double scope, double answer, int candidates, FaqSearchTuning tuning)
    {
        if (scope < tuning.NoAnswerThreshold)
        {
            return (MatchStatus.NoAnswer, candidates);
        }
        // The question is ours: answer when the best hit is right with enough confidence, else offer every candidate kept.
        return (answer >= tuning.AnsweredThreshold ? MatchStatus.Answered : MatchStatus.Ambiguous, candidates);
    }
}

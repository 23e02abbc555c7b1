namespace FaqIndex.Search;

/// <summary>What the decision models know about a question once its candidates are ranked: the best hit's own features,
/// how far it stands above the runner-up, and how much of the question the FAQ speaks about at all. The scope model reads
/// them to say whether the question is ours; the answer model to say whether the best hit is right.</summary>
/// <param name="Best">The best hit's features.</param>
/// <param name="BestConfidence">The ranking model's probability for the best hit.</param>
/// <param name="RunnerUpConfidence">The same for the runner-up (0 without one).</param>
/// <param name="RunnerUpEvidence">Share of the question's weight (idf) in words the runner-up's question side holds and
/// the best's does not: a word of the question that points at the near twin.</param>
/// <param name="BestEvidence">The same the other way round: a word only the best entry holds.</param>
/// <param name="BigramLead">Bigram coverage of the best minus the runner-up's.</param>
/// <param name="ReadingLead">Reading coverage of the best minus the runner-up's.</param>
/// <param name="Uncovered">Share of the question's weight the best entry holds nowhere (neither question side nor answer).</param>
/// <param name="ForeignBigrams">Share of the question's bigrams no entry's question side holds: text the FAQ never speaks of.</param>
/// <param name="QuestionSideKnown">Share of the question's weight in words some entry's question side holds (words that
/// only occur inside answers are passing mentions, not topics of the FAQ).</param>
/// <param name="Twin">How much the best hit and the runner-up are near twins (<see cref="TermSets.Twin"/> of their
/// question sides; 0 without a runner-up). Between twins the overall margin says little: the word only one of them holds
/// decides, so the evidence features are also given gated by it.</param>
internal readonly record struct DecisionFeatures(HitFeatures Best, double BestConfidence, double RunnerUpConfidence,
    double RunnerUpEvidence, double BestEvidence, double BigramLead, double ReadingLead, double Uncovered, double ForeignBigrams,
    double QuestionSideKnown, double Twin)
{
    /// <summary>Number of features (without the bias).</summary>
    public const int Count = 25;

    /// <summary>The features as the vector the logistic weights apply to (after the bias).</summary>
    public void CopyTo(Span<double> vector)
    {
        vector[0] = Best.QuestionCoverage;
        vector[1] = Best.AnswerCoverage;
        vector[2] = Best.BigramCoverage;
        vector[3] = Best.ReadingCoverage;
        vector[4] = Best.PhrasingSimilarity;
        vector[5] = Best.KnownCoverage;
        vector[6] = Best.UnknownWords;
        vector[7] = Best.Anchor;
        vector[8] = Math.Log(1 + Best.Score);
        vector[9] = Best.Margin;
        vector[10] = Best.Agreement;
        vector[11] = Best.PhrasingMargin;
        vector[12] = Logit(BestConfidence);
        vector[13] = Logit(RunnerUpConfidence);
        vector[14] = RunnerUpEvidence;
        vector[15] = BestEvidence;
        vector[16] = BigramLead;
        vector[17] = ReadingLead;
        vector[18] = Uncovered;
        vector[19] = ForeignBigrams;
        vector[20] = QuestionSideKnown;
        vector[21] = Twin;
        // Twins told apart by the question: it uses the word only the best holds (answer) or only the runner-up's (do not).
        vector[22] = Twin * BestEvidence;
        vector[23] = Twin * RunnerUpEvidence;
        // Twins and no word of either: nothing in the question decides between them.
        vector[24] = BestEvidence == 0 && RunnerUpEvidence == 0 ? Twin : 0;
    }

    /// <summary>The answer model's probability that the best hit is right, held under the ranking model's own when that is
    /// below even odds: a vague word (「手続き」) that one entry happens to lead gets choices, not a confident answer.</summary>
    public double AnswerProbability(IReadOnlyList<double> weights)
    {
        var p = Probability(weights);
        return BestConfidence < 0.5 ? Math.Min(p, BestConfidence) : p;
    }

    /// <summary>The logistic model <paramref name="weights"/> (bias first) applied to these features.</summary>
    public double Probability(IReadOnlyList<double> weights)
    {
        Span<double> vector = stackalloc double[Count];
        CopyTo(vector);
        return ConfidenceModel.Logistic(vector, weights);
    }

    // Clamped so that a runner-up of probability 0 (none) stays finite, and scaled to the range of the other features
    // (about ±2) so that the gradient-descent fit converges with one step size.
    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-3, 1 - 1e-3);
        return Math.Log(p / (1 - p)) / 4;
    }
}

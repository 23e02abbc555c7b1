namespace FaqIndex.Search;

/// <summary>Every number that shapes ranking and confidence, in one place. The defaults were fitted on tests/eval/tuning.tsv
/// and questions.tsv, never on heldout.tsv, by <c>search-tune --keep-boosts</c> (docs/SEARCH.md); change them only with a
/// fresh evaluation run.</summary>
public sealed record FaqSearchTuning
{
    /// <summary>Boost of the canonical question.</summary>
    public float QuestionBoost { get; init; } = 2f;
    /// <summary>Boost of the alternate phrasings.</summary>
    public float AlternatesBoost { get; init; } = 2f;
    /// <summary>Boost of the answer text (low: answers mention many topics in passing).</summary>
    public float AnswerBoost { get; init; } = 0.8f;
    /// <summary>Boost of the tags.</summary>
    public float TagsBoost { get; init; } = 0f;
    /// <summary>Boost of the CJK-bigram field.</summary>
    public float BigramBoost { get; init; } = 1f;

    /// <summary>Boost of the reading-bigram field.</summary>
    public float ReadingBoost { get; init; } = 1.5f;

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 0.9f;
    /// <summary>BM25 length normalisation.</summary>
    public float B { get; init; } = 0.3f;

    /// <summary>Logistic weights turning a hit's features into a probability of being right:
    /// bias, question coverage, answer coverage, bigram coverage, reading coverage, phrasing similarity, known coverage, unknown words, margin × known coverage, log(1 + score), margin, anchor, agreement, phrasing margin.</summary>
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-0.469, 0.074, -0.133, -0.731, 0.932, 0.383, 0.522, -0.17, 1.747, -0.054, 1.142, -1.892, 2.3, 1.545];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the question
    /// is about this FAQ at all; below <see cref="NoAnswerThreshold"/> it has no answer.</summary>
    public IReadOnlyList<double> ScopeWeights { get; init; } = [-8.352, 0.281, -0.59, 1.06, 0.987, 1.586, 0.556, -0.314, 2.155, 2.06, -0.065, 0.117, 0.165, -0.406, -0.949, -0.603, 0.078, 0.112, -0.255, -0.909, -1.372, 0.498];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the best hit
    /// is right; at or above <see cref="AnsweredThreshold"/> it is answered directly, below it the hits are offered.</summary>
    public IReadOnlyList<double> AnswerWeights { get; init; } = [-3.267, -0.177, 0.726, 0.032, 2.253, 1.22, -0.995, -0.156, 0.182, 0.668, 1.057, -0.99, 0.879, 1.633, -1.309, -0.193, 0.419, -1.105, 0.582, -0.674, 0.723, 0.587];

    /// <summary>The answer model's probability at or above which the best hit is answered directly.</summary>
    public double AnsweredThreshold { get; init; } = 0.8;
    /// <summary>The scope model's probability below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.48;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

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
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-0.594, 0.41, -0.111, -0.808, 0.886, 0.491, 0.716, -0.083, 1.948, -0.107, 0.833, -2.008, 2.418, 1.553];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the question
    /// is about this FAQ at all; below <see cref="NoAnswerThreshold"/> it has no answer.</summary>
    public IReadOnlyList<double> ScopeWeights { get; init; } = [-7.324, -0.075, -0.549, 0.736, 0.897, 1.297, 0.755, -0.683, 1.898, 1.874, 0.176, -0.068, 0.114, -0.245, -1.414, -0.122, 0.195, -0.274, 0.153, -0.704, -1.49, 0.659, 0.509, 0.215, 0.1, -0.519];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the best hit
    /// is right; at or above <see cref="AnsweredThreshold"/> it is answered directly, below it the hits are offered.</summary>
    public IReadOnlyList<double> AnswerWeights { get; init; } = [-2.98, 0.139, 0.665, -0.211, 2.098, 1.71, -0.798, -0.093, 0.033, 0.514, 1.143, -1.059, 0.837, 1.968, -1.592, -0.511, 0.322, -0.585, 0.823, -0.618, 0.532, 0.508, 0.21, 0.183, -0.07, -0.76];

    /// <summary>The answer model's probability at or above which the best hit is answered directly.</summary>
    public double AnsweredThreshold { get; init; } = 0.82;
    /// <summary>The scope model's probability below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.56;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

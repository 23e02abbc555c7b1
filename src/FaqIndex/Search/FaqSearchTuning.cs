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
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-0.577, 0.446, -0.121, -0.775, 0.884, 0.487, 0.731, -0.066, 1.944, -0.12, 0.847, -2.012, 2.375, 1.537];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the question
    /// is about this FAQ at all; below <see cref="NoAnswerThreshold"/> it has no answer.</summary>
    public IReadOnlyList<double> ScopeWeights { get; init; } = [-7.555, -0.073, -0.551, 0.728, 0.852, 1.268, 0.809, -0.638, 1.921, 1.923, 0.154, -0.068, 0.104, -0.273, -1.43, -0.122, 0.208, -0.282, 0.132, -0.715, -1.47, 0.68, 0.505, 0.217, 0.099, -0.539];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the best hit
    /// is right; at or above <see cref="AnsweredThreshold"/> it is answered directly, below it the hits are offered.</summary>
    public IReadOnlyList<double> AnswerWeights { get; init; } = [-3.611, 0.22, 0.558, -0.14, 2.122, 1.56, -0.768, 0.055, 0.09, 0.696, 1.176, -1.283, 0.954, 1.952, -1.527, -0.304, 0.341, -0.543, 0.804, -0.812, 0.644, 0.46, -0.083, 0.175, -0.092, -0.722];

    /// <summary>The answer model's probability at or above which the best hit is answered directly.</summary>
    public double AnsweredThreshold { get; init; } = 0.8;
    /// <summary>The scope model's probability below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.54;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

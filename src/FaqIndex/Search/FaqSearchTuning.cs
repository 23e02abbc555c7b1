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
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-0.575, 0.418, -0.134, -0.786, 0.881, 0.464, 0.739, -0.079, 1.951, -0.107, 0.864, -2.015, 2.328, 1.541];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the question
    /// is about this FAQ at all; below <see cref="NoAnswerThreshold"/> it has no answer.</summary>
    public IReadOnlyList<double> ScopeWeights { get; init; } = [-7.557, -0.084, -0.526, 0.769, 0.89, 1.292, 0.818, -0.588, 1.851, 1.909, 0.157, -0.067, 0.033, -0.251, -1.402, -0.087, 0.188, -0.246, 0.135, -0.694, -1.521, 0.685, 0.523, 0.221, 0.106, -0.588];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the best hit
    /// is right; at or above <see cref="AnsweredThreshold"/> it is answered directly, below it the hits are offered.</summary>
    public IReadOnlyList<double> AnswerWeights { get; init; } = [-3.272, 0.228, 0.586, -0.192, 2.1, 1.54, -0.913, -0.123, 0.028, 0.681, 1.31, -1.286, 0.939, 1.966, -1.474, -0.273, 0.254, -0.479, 0.779, -0.766, 0.727, 0.4, -0.054, 0.146, -0.07, -0.523];

    /// <summary>The answer model's probability at or above which the best hit is answered directly.</summary>
    public double AnsweredThreshold { get; init; } = 0.76;
    /// <summary>The scope model's probability below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.56;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

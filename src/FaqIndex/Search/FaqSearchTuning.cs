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
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-0.648, 0.365, -0.109, -0.747, 0.861, 0.479, 0.744, -0.068, 1.945, -0.105, 0.835, -1.988, 2.472, 1.574];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the question
    /// is about this FAQ at all; below <see cref="NoAnswerThreshold"/> it has no answer.</summary>
    public IReadOnlyList<double> ScopeWeights { get; init; } = [-7.508, -0.137, -0.625, 0.788, 0.938, 1.303, 0.758, -0.685, 1.917, 1.912, 0.129, -0.043, 0.106, -0.243, -1.381, -0.036, 0.112, -0.227, 0.112, -0.687, -1.493, 0.664, 0.411, 0.182, 0.104, -0.532];

    /// <summary>Logistic weights over <see cref="DecisionFeatures"/> (bias first) giving the probability that the best hit
    /// is right; at or above <see cref="AnsweredThreshold"/> it is answered directly, below it the hits are offered.</summary>
    public IReadOnlyList<double> AnswerWeights { get; init; } = [-2.935, 0.245, 0.758, -0.255, 1.993, 1.622, -0.687, -0.158, 0.36, 0.557, 1.174, -0.693, 0.909, 2.032, -1.144, -0.514, 0.116, -0.41, 0.955, -0.794, 0.507, 0.038, 0.22, 0.264, 0.005, -0.882];

    /// <summary>The answer model's probability at or above which the best hit is answered directly.</summary>
    public double AnsweredThreshold { get; init; } = 0.76;
    /// <summary>The scope model's probability below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.56;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

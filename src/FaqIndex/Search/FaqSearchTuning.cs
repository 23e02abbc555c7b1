namespace FaqIndex.Search;

/// <summary>Every number that shapes ranking and confidence, in one place. The defaults were tuned on tests/eval (see
/// docs/SEARCH.md for how); change them only with a fresh evaluation run.</summary>
public sealed record FaqSearchTuning
{
    /// <summary>Boost of the canonical question.</summary>
    public float QuestionBoost { get; init; } = 1f;
    /// <summary>Boost of the alternate phrasings.</summary>
    public float AlternatesBoost { get; init; } = 2f;
    /// <summary>Boost of the answer text (low: answers mention many topics in passing).</summary>
    public float AnswerBoost { get; init; } = 1.2f;
    /// <summary>Boost of the tags.</summary>
    public float TagsBoost { get; init; } = 0f;
    /// <summary>Boost of the CJK-bigram field.</summary>
    public float BigramBoost { get; init; } = 1f;

    /// <summary>Boost of the reading-bigram field.</summary>
    public float ReadingBoost { get; init; } = 1f;

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 0.6f;
    /// <summary>BM25 length normalisation.</summary>
    public float B { get; init; } = 0.3f;

    /// <summary>Logistic weights turning a hit's features into a probability of being right:
    /// bias, question coverage, answer coverage, bigram coverage, reading coverage, phrasing similarity, known coverage, unknown words, margin × known coverage, log(1 + score), margin, anchor.</summary>
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-4.289, 0.001, 0.178, -0.001, 0.802, 1.545, -0.723, -0.931, 2.699, 0.854, 2.732, 0];

    /// <summary>Logistic weights (same features, applied to the best hit) giving the probability that the question is about
    /// this FAQ at all; below <see cref="NoAnswerThreshold"/> it has no answer.</summary>
    public IReadOnlyList<double> ScopeWeights { get; init; } = [-5.335, 1.04, 0.144, 0.261, 1.122, 2.514, -0.653, -1.686, 0.542, 1.23, 0.313, 4.157];

    /// <summary>The best hit's confidence at or above which the question counts as answered.</summary>
    public double AnsweredThreshold { get; init; } = 0.6;
    /// <summary>The in-scope probability (<see cref="ScopeWeights"/>) below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.562;
    /// <summary>A runner-up whose confidence is at least this share of the best hit's makes the question ambiguous.</summary>
    public double CloseRatio { get; init; } = 0.7;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

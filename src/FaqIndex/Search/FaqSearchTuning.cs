namespace FaqIndex.Search;

/// <summary>Every number that shapes ranking and confidence, in one place. The defaults were fitted on tests/eval/tuning.tsv and questions.tsv, never on heldout.tsv (see
/// docs/SEARCH.md for how); change them only with a fresh evaluation run.</summary>
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
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-1.603, 0.248, 0.283, -0.441, 0.573, 0.402, -0.225, -0.236, 2.488, 0.191, 1.645, -0.446, 1.582, 1.842];

    /// <summary>Logistic weights (same features, applied to the best hit) giving the probability that the question is about
    /// this FAQ at all; below <see cref="NoAnswerThreshold"/> it has no answer.</summary>
    public IReadOnlyList<double> ScopeWeights { get; init; } = [-4.342, 1.427, 0.544, 0.255, 2.044, 1.802, -0.316, -0.425, 0.756, 0.83, 0.42, 3.027, -0.304, 0.048];

    /// <summary>The best hit's confidence at or above which the question counts as answered.</summary>
    public double AnsweredThreshold { get; init; } = 0.66;
    /// <summary>The in-scope probability (<see cref="ScopeWeights"/>) below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.66;
    /// <summary>A runner-up whose confidence is at least this share of the best hit's makes the question ambiguous.</summary>
    public double CloseRatio { get; init; } = 0.5;

    /// <summary>A best hit at or above this confidence is answered even with a close runner-up (both are likely right).</summary>
    public double ClearThreshold { get; init; } = 0.8;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

namespace FaqIndex.Search;

/// <summary>Every number that shapes ranking and confidence, in one place. The defaults were tuned on tests/eval (see
/// docs/SEARCH.md for how); change them only with a fresh evaluation run.</summary>
public sealed record FaqSearchTuning
{
    /// <summary>Boost of the canonical question.</summary>
    public float QuestionBoost { get; init; } = 3.0f;
    /// <summary>Boost of the alternate phrasings.</summary>
    public float AlternatesBoost { get; init; } = 2.0f;
    /// <summary>Boost of the answer text (low: answers mention many topics in passing).</summary>
    public float AnswerBoost { get; init; } = 0.4f;
    /// <summary>Boost of the tags.</summary>
    public float TagsBoost { get; init; } = 1.5f;
    /// <summary>Boost of the CJK-bigram field.</summary>
    public float BigramBoost { get; init; } = 0.6f;

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;
    /// <summary>BM25 length normalisation.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>Logistic weights turning a hit's features into a probability of being right:
    /// bias, question coverage, answer coverage, log score, margin to the next hit.</summary>
    public IReadOnlyList<double> ConfidenceWeights { get; init; } = [-4.0, 5.0, 1.0, 0.6, 2.0];

    /// <summary>The best hit's confidence at or above which the question counts as answered.</summary>
    public double AnsweredThreshold { get; init; } = 0.6;
    /// <summary>The best hit's confidence below which the question has no answer in the FAQ.</summary>
    public double NoAnswerThreshold { get; init; } = 0.3;
    /// <summary>A runner-up whose confidence is at least this share of the best hit's makes the question ambiguous.</summary>
    public double CloseRatio { get; init; } = 0.85;

    /// <summary>The tuned defaults.</summary>
    public static FaqSearchTuning Default { get; } = new();
}

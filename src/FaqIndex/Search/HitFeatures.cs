namespace FaqIndex.Search;

/// <summary>What the confidence model knows about one candidate entry for one question.</summary>
/// <param name="Document">The entry's position in the snapshot.</param>
/// <param name="Score">The BM25 score.</param>
/// <param name="QuestionCoverage">Share of the question's weight (idf) found in the entry's question, alternates and tags.</param>
/// <param name="AnswerCoverage">Share of the question's weight found in the entry's answer.</param>
/// <param name="Margin">(score − best other candidate's score) / score: how much this candidate stands out.</param>
internal readonly record struct HitFeatures(int Document, float Score, double QuestionCoverage, double AnswerCoverage, double Margin)
{
    /// <summary>The features as the vector the logistic weights apply to (after the bias).</summary>
    public void CopyTo(Span<double> vector)
    {
        vector[0] = QuestionCoverage;
        vector[1] = AnswerCoverage;
        vector[2] = Math.Log(1 + Score);
        vector[3] = Margin;
    }

    /// <summary>Number of features (without the bias).</summary>
    public const int Count = 4;
}

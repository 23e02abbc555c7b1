namespace FaqIndex.Search;

/// <summary>What the confidence model knows about one candidate entry for one question.</summary>
/// <param name="Document">The entry's position in the snapshot.</param>
/// <param name="Score">The BM25 score.</param>
/// <param name="QuestionCoverage">Share of the question's weight (idf) found in the entry's question, alternates and tags.</param>
/// <param name="AnswerCoverage">Share of the question's weight found in the entry's answer.</param>
/// <param name="BigramCoverage">The same as <paramref name="QuestionCoverage"/> over CJK bigrams (robust to typos and kana).</param>
/// <param name="ReadingCoverage">The same over bigrams of the katakana reading (hiragana typing, homophone typos).</param>
/// <param name="PhrasingSimilarity">Dice similarity of reading bigrams to the entry's closest single phrasing.</param>
/// <param name="KnownCoverage">Share of the question's weight the FAQ knows at all (same for every candidate).</param>
/// <param name="UnknownWords">Words of the question (up to 3) that no entry contains (same for every candidate).</param>
/// <param name="Anchor">Largest share of entries whose question side holds one of the question's words (same for every candidate).</param>
/// <param name="Margin">(score − best other candidate's score) / score, clamped to [−1, 1]: how much this one stands out.</param>
/// <param name="Agreement">Share of the four word measures (question, bigram, reading coverage, phrasing) in which this
/// candidate is ahead of every other: fields that agree make a direct answer safe.</param>
/// <param name="PhrasingMargin">Phrasing similarity minus the best other candidate's.</param>
internal readonly record struct HitFeatures(int Document, float Score, double QuestionCoverage, double AnswerCoverage,
    double BigramCoverage, double ReadingCoverage, double PhrasingSimilarity, double KnownCoverage, int UnknownWords, double Anchor, double Margin,
    double Agreement = 0, double PhrasingMargin = 0)
{
    /// <summary>Number of features (without the bias).</summary>
    public const int Count = 13;

    /// <summary>The features as the vector the logistic weights apply to (after the bias).</summary>
    public void CopyTo(Span<double> vector)
    {
        vector[0] = QuestionCoverage;
        vector[1] = AnswerCoverage;
        vector[2] = BigramCoverage;
        vector[3] = ReadingCoverage;
        vector[4] = PhrasingSimilarity;
        vector[5] = KnownCoverage;
        vector[6] = UnknownWords;
        vector[7] = Margin * KnownCoverage;
        vector[8] = Math.Log(1 + Score);
        vector[9] = Margin;
        vector[10] = Anchor;
        vector[11] = Agreement;
        vector[12] = PhrasingMargin;
    }
}

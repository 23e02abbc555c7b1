namespace FaqIndex.Search.Understanding;

/// <summary>Query understanding before search, in order: romaji to kana, kana slips undone, regional endings to standard
/// Japanese, set phrases to their one word, set-aside phrases dropped, the question sentence of a long message weighted. Input is already
/// <see cref="QueryText.Normalize"/>d.</summary>
public static class QueryRewriter
{
    /// <summary>The text the search analyses for <paramref name="normalized"/>.</summary>
    public static string Rewrite(string normalized)
    {
        var text = RomajiKana.Convert(normalized);
        text = KanaSlips.Undo(text);
        text = DialectEndings.Normalize(text);
        text = SetPhrases.Rewrite(text);
        text = NegatedPhrase.Drop(text);
        return QuestionFocus.Weight(text);
    }
}

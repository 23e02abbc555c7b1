namespace FaqIndex.Search;

/// <summary>The Lucene field names of an FAQ document.</summary>
public static class FaqIndexFields
{
    /// <summary>The canonical question (Japanese analyzer).</summary>
    public const string Question = "question";
    /// <summary>Alternate phrasings (Japanese analyzer).</summary>
    public const string Alternates = "alternates";
    /// <summary>The answer as plain text (Japanese analyzer, low boost).</summary>
    public const string Answer = "answer";
    /// <summary>Tags (Japanese analyzer).</summary>
    public const string Tags = "tags";
    /// <summary>Question, alternates and tags as CJK bigrams: recall on words the dictionary does not know.</summary>
    public const string Bigram = "bigram";
    /// <summary>The katakana reading of question, alternates and tags as CJK bigrams: hiragana typing and homophone typos.</summary>
    public const string Reading = "reading";
    /// <summary>member and/or hr, untokenized, for the audience filter.</summary>
    public const string Audience = "audience";

    /// <summary>The fields analysed by the Japanese analyzer.</summary>
    public static IReadOnlyList<string> Morphological { get; } = [Question, Alternates, Answer, Tags];
}

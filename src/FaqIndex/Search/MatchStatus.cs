namespace FaqIndex.Search;

/// <summary>How sure the search is about a question's answer.</summary>
public enum MatchStatus
{
    /// <summary>The best hit is clearly right.</summary>
    Answered,

    /// <summary>Two or three hits are close: offer them as choices.</summary>
    Ambiguous,

    /// <summary>Nothing in the FAQ answers the question (out of scope).</summary>
    NoAnswer,
}

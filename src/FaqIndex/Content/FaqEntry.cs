namespace FaqIndex.Content;

/// <summary>One FAQ entry as an editor wrote it in content/faq: the question, its phrasings and the Markdown answer.</summary>
/// <param name="Id">Stable id (lower-case ASCII slug), used by follow-ups, analytics and links.</param>
/// <param name="Question">The canonical question, in Japanese.</param>
/// <param name="Alternates">Other phrasings members type (colloquial, hiragana-only, keywords).</param>
/// <param name="Audience">Who the entry is for.</param>
/// <param name="Tags">Free tags for editors and reports.</param>
/// <param name="Source">Where the facts come from, e.g. "000 資格確認書 Q13".</param>
/// <param name="FollowUps">Ids of entries offered after this answer.</param>
/// <param name="Reviewed">When an editor last checked the answer.</param>
/// <param name="Window">The days this version is served (valid_from..valid_until in Asia/Tokyo); other versions of the
/// same id, in <c>&lt;id&gt;.&lt;anything&gt;.md</c> files, cover other days.</param>
/// <param name="Answer">The answer as Markdown.</param>
/// <param name="FilePath">The file the entry came from, relative to the content root.</param>
/// <param name="Line">The 1-based line of the entry's front matter in that file.</param>
public sealed record FaqEntry(
    string Id,
    string Question,
    IReadOnlyList<string> Alternates,
    Audience Audience,
    IReadOnlyList<string> Tags,
    string Source,
    IReadOnlyList<string> FollowUps,
    DateOnly Reviewed,
    ValidityWindow Window,
    string Answer,
    string FilePath,
    int Line)
{
    /// <summary>The last day served (valid_until), or null when open-ended.</summary>
    public DateOnly? ValidUntil => Window.Until;

    /// <summary>The first day served (valid_from), or null.</summary>
    public DateOnly? ValidFrom => Window.From;
}
